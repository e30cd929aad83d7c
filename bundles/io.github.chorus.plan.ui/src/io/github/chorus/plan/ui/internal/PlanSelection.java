// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.plan.ui.internal;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.SWT;

/**
 * The plan editor's selection, as the workbench (and so the Properties view) sees it: the
 * selection of whichever viewer of whichever page was last selected in or focused. Set once on
 * the editor site, so the pages' viewers come and go without re-wiring the site.
 */
final class PlanSelection implements ISelectionProvider {

	private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
	private ISelection selection = StructuredSelection.EMPTY;

	/** Makes the selection of a viewer the editor's selection whenever it changes or gets focus. */
	void track(Viewer viewer) {
		viewer.addSelectionChangedListener(event -> setSelection(event.getSelection()));
		viewer.getControl().addListener(SWT.FocusIn, event -> setSelection(viewer.getSelection()));
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
