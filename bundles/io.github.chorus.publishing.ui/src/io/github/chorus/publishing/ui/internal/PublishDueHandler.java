// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.publishing.ui.internal;

import java.io.IOException;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

import io.github.chorus.workspace.ui.WorkspaceSession;

/**
 * Publish Due Now (Ctrl+Alt+P): publishes what is due in the background. The engine publishes what is
 * saved, so unsaved edits are saved first when the user agrees.
 */
public final class PublishDueHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		start(window);
		return null;
	}

	/**
	 * Asks to save unsaved edits, then starts the job.
	 *
	 * @param window the window asking, or {@code null}
	 * @return the job, or {@code null} when the user cancelled or a run is in progress
	 */
	static PublishDueJob start(IWorkbenchWindow window) {
		OutboxMonitor monitor = OutboxMonitor.of(PlatformUI.getWorkbench());
		WorkspaceSession session = monitor.session();
		if (session.isDirty()) {
			MessageDialog ask = new MessageDialog(window == null ? null : window.getShell(), Messages.Job_name, null,
					Messages.Handler_saveFirst, MessageDialog.QUESTION, 0, Messages.Handler_saveAndPublish,
					Messages.Handler_cancel);
			if (ask.open() != 0) {
				return null;
			}
			try {
				session.save();
			} catch (IOException e) {
				ErrorDialog.openError(window == null ? null : window.getShell(), Messages.Job_name,
						Messages.Handler_saveFailed, Status.error(String.valueOf(e.getMessage()), e));
				return null;
			}
		}
		return monitor.publishDueNow();
	}
}
