// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.workspace.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import io.github.chorus.content.model.ContentItem;
import io.github.chorus.workspace.ui.WorkspaceEditors;
import io.github.chorus.workspace.ui.WorkspaceSession;

/**
 * Open Calendar (the content library's calendar) and Open in Composer (the content item
 * selected in the Workspace view, the calendar or the Problems view).
 */
public final class OpenHandlers extends AbstractHandler {

	/** The id of Open Calendar. */
	public static final String OPEN_CALENDAR = "io.github.chorus.workspace.ui.openCalendar"; //$NON-NLS-1$
	/** The id of Open in Composer. */
	public static final String OPEN_COMPOSER = "io.github.chorus.workspace.ui.openComposer"; //$NON-NLS-1$

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		WorkspaceSession session = WorkspaceSession.of(window);
		EObject target;
		if (OPEN_CALENDAR.equals(event.getCommand().getId())) {
			target = session.workspace().content();
		} else {
			target = selectedItem(HandlerUtil.getCurrentSelection(event));
			if (target == null) {
				MessageDialog.openInformation(window.getShell(), Messages.OpenHandlers_title,
						Messages.OpenHandlers_selectItem);
				return null;
			}
		}
		if (target != null) {
			try {
				WorkspaceEditors.open(window.getActivePage(), session, target);
			} catch (PartInitException e) {
				throw new ExecutionException(e.getMessage(), e);
			}
		}
		return null;
	}

	private static EObject selectedItem(ISelection selection) {
		if (selection instanceof IStructuredSelection structured) {
			for (Object element : structured.toList()) {
				Object object = element instanceof EObject ? element
						: org.eclipse.core.runtime.Adapters.adapt(element, EObject.class);
				for (EObject current = (EObject) object; current != null; current = current.eContainer()) {
					if (current instanceof ContentItem) {
						return current;
					}
				}
			}
		}
		return null;
	}
}
