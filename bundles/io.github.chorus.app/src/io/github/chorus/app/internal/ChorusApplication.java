package io.github.chorus.app.internal;

import java.io.IOException;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/**
 * The Chorus workbench application ({@code io.github.chorus.app.application}).
 */
public final class ChorusApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) throws Exception {
		Display display = PlatformUI.createDisplay();
		try {
			if (!lockWorkspace(display)) {
				return EXIT_OK;
			}
			StartupProbe.installIfRequested(display);
			int returnCode = PlatformUI.createAndRunWorkbench(display, new ChorusWorkbenchAdvisor());
			return returnCode == PlatformUI.RETURN_RESTART ? EXIT_RESTART : EXIT_OK;
		} finally {
			display.dispose();
			Location instanceLocation = Platform.getInstanceLocation();
			if (instanceLocation != null && instanceLocation.isLocked()) {
				instanceLocation.release();
			}
		}
	}

	/**
	 * Two Chorus windows writing the same workspace would overwrite each other's saves, so a
	 * second instance on the same folder stops with a message instead.
	 */
	private static boolean lockWorkspace(Display display) throws IOException {
		Location instanceLocation = Platform.getInstanceLocation();
		if (instanceLocation == null || !instanceLocation.isSet() || instanceLocation.lock()) {
			return true;
		}
		Shell shell = new Shell(display);
		try {
			MessageDialog.openError(shell, Messages.ChorusApplication_workspaceInUseTitle,
					NLS.bind(Messages.ChorusApplication_workspaceInUse,
							instanceLocation.getURL().getFile()));
		} finally {
			shell.dispose();
		}
		return false;
	}

	@Override
	public void stop() {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		IWorkbench workbench = PlatformUI.getWorkbench();
		Display display = workbench.getDisplay();
		display.syncExec(() -> {
			if (!display.isDisposed()) {
				workbench.close();
			}
		});
	}
}
