package io.github.chorus.benchmarks.startup;

import java.nio.file.Path;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

import io.github.chorus.benchmarks.startup.probe.FirstPaintFilter;

/**
 * The start-up baseline: a bare SWT shell of the workbench window's size, run with the SWT jar
 * shipped in the product. It reports its first paint the way the product's start-up probe
 * does ({@code io.github.chorus.app.internal.StartupProbe}: a display filter on paint events,
 * wall-clock microseconds written atomically) and exits.
 */
public final class BareSwtShell {

	private BareSwtShell() {
	}

	/**
	 * @param args the report file
	 */
	public static void main(String[] args) {
		Path report = Path.of(args[0]);
		Display display = new Display();
		Shell shell = new Shell(display);
		shell.setText("Chorus start-up baseline");
		shell.setSize(1280, 800);
		FirstPaintFilter.install(display, report, candidate -> candidate == shell, shell::dispose);
		shell.open();
		while (!shell.isDisposed()) {
			if (!display.readAndDispatch()) {
				display.sleep();
			}
		}
		display.dispose();
	}
}
