package io.github.chorus.benchmarks.startup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;

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
		Listener probe = new Listener() {
			private boolean reported;

			@Override
			public void handleEvent(Event event) {
				if (reported || event.widget != shell) {
					return;
				}
				Instant now = Instant.now();
				reported = true;
				display.removeFilter(SWT.Paint, this);
				write(report, now);
				display.asyncExec(shell::dispose);
			}
		};
		display.addFilter(SWT.Paint, probe);
		shell.open();
		while (!shell.isDisposed()) {
			if (!display.readAndDispatch()) {
				display.sleep();
			}
		}
		display.dispose();
	}

	private static void write(Path report, Instant paint) {
		long micros = paint.getEpochSecond() * 1_000_000L + paint.getNano() / 1_000;
		try {
			Path folder = report.toAbsolutePath().getParent();
			Path temporary = Files.createTempFile(folder, report.getFileName().toString(), ".tmp");
			Files.writeString(temporary, StartupBenchmark.FIRST_PAINT_KEY + '=' + micros + '\n', StandardCharsets.UTF_8);
			Files.move(temporary, report, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} catch (IOException e) {
			throw new IllegalStateException("Cannot write " + report, e);
		}
	}
}
