// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.ui.emf;

import java.util.Collection;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
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
 *
 * @since 0.1
 */
public class EmfContentProvider implements ITreeContentProvider, INotifyChangedListener {

	private final AdapterFactory adapterFactory;
	private StructuredViewer viewer;

	/**
	 * @param adapterFactory the factory of item providers (typically a composed one)
	 */
	public EmfContentProvider(AdapterFactory adapterFactory) {
		this.adapterFactory = adapterFactory;
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
		Object provider = adapterFactory.adapt(parent, ITreeItemContentProvider.class);
		return provider instanceof ITreeItemContentProvider tree ? tree.getChildren(parent).toArray() : new Object[0];
	}

	@Override
	public Object getParent(Object element) {
		Object provider = adapterFactory.adapt(element, ITreeItemContentProvider.class);
		return provider instanceof ITreeItemContentProvider tree ? tree.getParent(element) : null;
	}

	@Override
	public boolean hasChildren(Object element) {
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
