// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.plan.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;

/**
 * The plan editor's selection, as the workbench (and so the Properties view) sees it: the
 * selection of whichever viewer of whichever page was last selected in or focused. Set once on
 * the editor site, so the pages' viewers come and go without re-wiring the site.
 */
final class PlanSelection implements ISelectionProvider {

	private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
	private final List<Viewer> viewers = new ArrayList<>();
	private ISelection selection = StructuredSelection.EMPTY;
	private Viewer current;

	/** Makes the selection of a viewer the editor's selection whenever it changes or gets focus. */
	void track(Viewer viewer) {
		viewers.add(viewer);
		viewer.addSelectionChangedListener(event -> use(viewer));
		viewer.getControl().addListener(SWT.FocusIn, event -> use(viewer));
		viewer.getControl().addDisposeListener(event -> viewers.remove(viewer));
	}

	private void use(Viewer viewer) {
		current = viewer;
		setSelection(viewer.getSelection());
	}

	/**
	 * Shows the selection of a page that was just brought up: that of its viewer used last, or
	 * of its first viewer.
	 *
	 * @param page the page's control
	 */
	void pageShown(Control page) {
		Viewer chosen = null;
		for (Viewer viewer : viewers) {
			if (isInside(viewer.getControl(), page)) {
				if (viewer == current) {
					chosen = viewer;
					break;
				}
				if (chosen == null) {
					chosen = viewer;
				}
			}
		}
		if (chosen == null) {
			setSelection(StructuredSelection.EMPTY);
		} else {
			use(chosen);
		}
	}

	private static boolean isInside(Control control, Control ancestor) {
		for (Control c = control; c != null; c = c.getParent()) {
			if (c == ancestor) {
				return true;
			}
		}
		return false;
	}

	@Override
	public void addSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.add(listener);
	}

	@Override
	public void removeSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.remove(listener);
	}

	@Override
	public ISelection getSelection() {
		return selection;
	}

	@Override
	public void setSelection(ISelection newSelection) {
		selection = newSelection == null ? StructuredSelection.EMPTY : newSelection;
		SelectionChangedEvent event = new SelectionChangedEvent(this, selection);
		for (ISelectionChangedListener listener : listeners) {
			listener.selectionChanged(event);
		}
	}
}
