// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.benchmarks.startup.probe;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * Reference side "OSGi framework + bare shell" of the start-up benchmark: an Equinox
 * application that opens a bare shell of the workbench window's size in the product's framework,
 * reports its first paint and exits. What it costs beyond the plain bare shell is the launcher,
 * the framework and the product's bundle set.
 */
public final class BareShellApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		Display display = new Display();
		Shell shell = new Shell(display);
		shell.setText("Chorus start-up reference: OSGi framework + bare shell");
		shell.setSize(1280, 800);
		FirstPaintFilter.install(display, FirstPaintFilter.reportFromProperty(), candidate -> candidate == shell,
				shell::dispose);
		context.applicationRunning();
		shell.open();
		while (!shell.isDisposed()) {
			if (!display.readAndDispatch()) {
				display.sleep();
			}
		}
		display.dispose();
		return EXIT_OK;
	}

	@Override
	public void stop() {
		// The shell closes itself after its first paint.
	}
}
