// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.benchmarks.startup.probe;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * Life-cycle class of the reference side "minimal pure e4 window" of the start-up benchmark:
 * reports the first paint in a window of the application model and then closes the workbench.
 */
public final class FirstPaintLifeCycle {

	@PostContextCreate
	void installProbe(IEclipseContext context) {
		Display display = Display.getCurrent();
		if (display == null) {
			throw new IllegalStateException("The e4 life cycle's @PostContextCreate did not run on the display thread");
		}
		FirstPaintFilter.install(display, FirstPaintFilter.reportFromProperty(),
				shell -> isApplicationWindow(context, shell), () -> context.get(IWorkbench.class).close());
	}

	private static boolean isApplicationWindow(IEclipseContext context, Shell shell) {
		MApplication application = context.get(MApplication.class);
		if (application == null) {
			return false;
		}
		for (MWindow window : application.getChildren()) {
			if (window.getWidget() == shell) {
				return true;
			}
		}
		return false;
	}
}
