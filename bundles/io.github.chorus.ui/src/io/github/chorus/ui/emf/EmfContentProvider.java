// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.ui.emf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.widgets.Control;

/**
 * A tree content provider over the {@link ITreeItemContentProvider}s of an adapter factory. The
 * input may be a collection of roots or one object whose children are shown. When the adapter
 * factory is an {@link IChangeNotifier}, the viewer is refreshed on model changes (in the UI
 * thread, for the changed element only).
 * <p>
 * A parent with more than a group size of children (an agency's content library holds 100,000
 * items) shows each feature that holds more than that many as one {@link ChildGroup}, whose
 * children are ranges of a group size each: a tree never gets more nodes at one level than it
 * can show, and what is shown is made only when it is expanded. Other children stay where they are.
 * </p>
 *
 * @since 0.1
 */
public class EmfContentProvider implements ITreeContentProvider, INotifyChangedListener {

	/** The default group size: more children than this are shown in groups. */
	public static final int GROUP_SIZE = 1000;

	private final AdapterFactory adapterFactory;
	private final int groupSize;
	private StructuredViewer viewer;

	/**
	 * @param adapterFactory the factory of item providers (typically a composed one)
	 */
	public EmfContentProvider(AdapterFactory adapterFactory) {
		this(adapterFactory, GROUP_SIZE);
	}

	/**
	 * @param adapterFactory the factory of item providers (typically a composed one)
	 * @param groupSize      more children of a parent, or of a feature, than this are shown in groups
	 * @since 1.0
	 */
	public EmfContentProvider(AdapterFactory adapterFactory, int groupSize) {
		if (groupSize < 1) {
			throw new IllegalArgumentException("group size " + groupSize); //$NON-NLS-1$
		}
		this.adapterFactory = adapterFactory;
		this.groupSize = groupSize;
		if (adapterFactory instanceof IChangeNotifier notifier) {
			notifier.addListener(this);
		}
	}

	@Override
	public void inputChanged(Viewer newViewer, Object oldInput, Object newInput) {
		viewer = newViewer instanceof StructuredViewer structured ? structured : null;
	}

	@Override
	public Object[] getElements(Object input) {
		if (input instanceof Collection<?> roots) {
			return roots.toArray();
		}
		Object provider = adapterFactory.adapt(input, IStructuredItemContentProvider.class);
		return provider instanceof IStructuredItemContentProvider structured
				? structured.getElements(input).toArray()
				: new Object[0];
	}

	@Override
	public Object[] getChildren(Object parent) {
		if (parent instanceof ChildGroup group) {
			return groupChildren(group);
		}
		List<?> children = itemChildren(parent);
		return children.size() <= groupSize ? children.toArray() : grouped(parent, children);
	}

	private List<?> itemChildren(Object parent) {
		Object provider = adapterFactory.adapt(parent, ITreeItemContentProvider.class);
		return provider instanceof ITreeItemContentProvider tree ? new ArrayList<>(tree.getChildren(parent)) : List.of();
	}

	/** The children, with those of each feature holding more than a group size replaced by one group. */
	private Object[] grouped(Object parent, List<?> children) {
		Map<EStructuralFeature, Integer> counts = new IdentityHashMap<>();
		for (Object child : children) {
			EStructuralFeature feature = feature(child);
			if (feature != null) {
				counts.merge(feature, 1, Integer::sum);
			}
		}
		List<Object> shown = new ArrayList<>();
		Set<EStructuralFeature> placed = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Object child : children) {
			EStructuralFeature feature = feature(child);
			int count = feature == null ? 0 : counts.get(feature);
			if (count <= groupSize) {
				shown.add(child);
			} else if (placed.add(feature)) {
				shown.add(ChildGroup.wholeFeature(parent, feature, count));
			}
		}
		return shown.toArray();
	}

	private Object[] groupChildren(ChildGroup group) {
		List<Object> members = members(itemChildren(group.parent()), group.feature());
		int size = members.size();
		if (!group.isWholeFeature()) {
			int first = Math.min(group.first(), size);
			return members.subList(first, Math.min(first + groupSize, size)).toArray();
		}
		if (size <= groupSize) {
			return members.toArray();
		}
		List<ChildGroup> ranges = new ArrayList<>();
		for (int first = 0; first < size; first += groupSize) {
			ranges.add(ChildGroup.range(group.parent(), group.feature(), first, Math.min(groupSize, size - first)));
		}
		return ranges.toArray();
	}

	/** The children that one feature of their parent holds, in their order. */
	private static List<Object> members(List<?> children, EStructuralFeature feature) {
		List<Object> members = new ArrayList<>();
		for (Object child : children) {
			if (feature(child) == feature) {
				members.add(child);
			}
		}
		return members;
	}

	private static EStructuralFeature feature(Object child) {
		return child instanceof EObject object ? object.eContainmentFeature() : null;
	}

	@Override
	public Object getParent(Object element) {
		if (element instanceof ChildGroup group) {
			return group.isWholeFeature() ? group.parent()
					: ChildGroup.wholeFeature(group.parent(), group.feature(), 0); // equal to the shown one
		}
		Object provider = adapterFactory.adapt(element, ITreeItemContentProvider.class);
		Object parent = provider instanceof ITreeItemContentProvider tree ? tree.getParent(element) : null;
		EStructuralFeature feature = feature(element);
		if (parent == null || feature == null) {
			return parent;
		}
		List<?> children = itemChildren(parent);
		if (children.size() <= groupSize) {
			return parent;
		}
		List<Object> members = members(children, feature);
		if (members.size() <= groupSize) {
			return parent;
		}
		for (int i = 0; i < members.size(); i++) {
			if (members.get(i) == element) {
				int first = i / groupSize * groupSize;
				return ChildGroup.range(parent, feature, first, Math.min(groupSize, members.size() - first));
			}
		}
		return parent;
	}

	@Override
	public boolean hasChildren(Object element) {
		if (element instanceof ChildGroup) {
			return true;
		}
		Object provider = adapterFactory.adapt(element, ITreeItemContentProvider.class);
		return provider instanceof ITreeItemContentProvider tree && tree.hasChildren(element);
	}

	@Override
	public void notifyChanged(Notification notification) {
		StructuredViewer target = viewer;
		if (target == null) {
			return;
		}
		Control control = target.getControl();
		if (control == null || control.isDisposed()) {
			return;
		}
		Object element = notification.getNotifier();
		boolean labelOnly = notification.getEventType() == Notification.SET;
		control.getDisplay().asyncExec(() -> {
			if (control.isDisposed()) {
				return;
			}
			if (labelOnly) {
				target.update(element, null);
			} else {
				target.refresh(element, true);
			}
		});
	}

	@Override
	public void dispose() {
		if (adapterFactory instanceof IChangeNotifier notifier) {
			notifier.removeListener(this);
		}
		viewer = null;
	}
}
