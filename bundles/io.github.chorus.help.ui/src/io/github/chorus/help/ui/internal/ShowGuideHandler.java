// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.help.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Help &gt; Chorus User Guide (Shift+F1): shows the User Guide view. */
public final class ShowGuideHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		try {
			window.getActivePage().showView(GuideView.ID);
		} catch (PartInitException e) {
			throw new ExecutionException("Cannot show the user guide", e); //$NON-NLS-1$
		}
		return null;
	}
}
