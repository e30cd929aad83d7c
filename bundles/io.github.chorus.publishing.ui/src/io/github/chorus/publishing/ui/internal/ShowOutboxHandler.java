// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.publishing.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import io.github.chorus.content.model.ScheduledPublication;

/** Shows the Outbox view (Publish &gt; Outbox, and a click on the status bar's outbox summary). */
public final class ShowOutboxHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		show(HandlerUtil.getActiveWorkbenchWindow(event), null);
		return null;
	}

	/**
	 * @param window      the window
	 * @param publication a publication to select, or {@code null}
	 * @return the view, or {@code null} when it cannot be shown
	 */
	static OutboxView show(IWorkbenchWindow window, ScheduledPublication publication) {
		if (window == null || window.getActivePage() == null) {
			return null;
		}
		try {
			OutboxView view = (OutboxView) window.getActivePage().showView(OutboxView.ID);
			if (publication != null) {
				view.select(publication);
			}
			return view;
		} catch (PartInitException e) {
			ILog.of(ShowOutboxHandler.class).error("Cannot show the Outbox", e); //$NON-NLS-1$
			return null;
		}
	}
}
