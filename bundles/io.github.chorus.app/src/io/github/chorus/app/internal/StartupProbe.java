package io.github.chorus.app.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.function.Predicate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/**
 * Reports the moment the first workbench window is first painted, for the start-up benchmark
 * ({@code releng/io.github.chorus.benchmarks}).
 * <p>
 * Off unless the system property {@value #REPORT_PROPERTY} names a file; then the whole cost
 * is one property read. When it is set, a display filter watches paint events until the first
 * one that lands in a workbench window's shell (the splash screen does not count), writes
 * {@code firstPaint.epochMicros=<wall-clock time in microseconds>} to that file (atomically)
 * and removes itself. With {@value #EXIT_PROPERTY}{@code =true} the workbench is then closed,
 * so that a benchmark can start Chorus again and again.
 * </p>
 * <p>
 * Paint events are the right signal because the e4 renderer makes the window's shell visible
 * only after it has created the window's contents: the first paint is the first frame a user
 * sees.
 * </p>
 */
final class StartupProbe implements Listener {

	/** System property naming the file that receives the time of the first paint. */
	static final String REPORT_PROPERTY = "io.github.chorus.startupProbe"; //$NON-NLS-1$

	/** System property: {@code true} closes the workbench once the first paint is reported. */
	static final String EXIT_PROPERTY = "io.github.chorus.startupProbe.exit"; //$NON-NLS-1$

	/** Key of the time in the report file. */
	static final String FIRST_PAINT_KEY = "firstPaint.epochMicros"; //$NON-NLS-1$

	private final Display display;
	private final Path report;
	private final Predicate<Shell> target;
	private final Runnable afterReport;
	private boolean reported;

	StartupProbe(Display display, Path report, Predicate<Shell> target, Runnable afterReport) {
		this.display = display;
		this.report = report;
		this.target = target;
		this.afterReport = afterReport;
	}

	/**
	 * Installs the probe for the workbench if {@value #REPORT_PROPERTY} is set.
	 *
	 * @param display the workbench display
	 */
	static void installIfRequested(Display display) {
		String file = System.getProperty(REPORT_PROPERTY);
		if (file == null || file.isBlank()) {
			return;
		}
		Runnable afterReport = Boolean.getBoolean(EXIT_PROPERTY)
				? () -> display.asyncExec(() -> PlatformUI.getWorkbench().close())
				: () -> {
				};
		new StartupProbe(display, Path.of(file), StartupProbe::isWorkbenchWindow, afterReport).install();
	}

	void install() {
		display.addFilter(SWT.Paint, this);
	}

	@Override
	public void handleEvent(Event event) {
		if (reported || !(event.widget instanceof Control control) || !target.test(control.getShell())) {
			return;
		}
		long micros = epochMicros(Instant.now());
		reported = true;
		display.removeFilter(SWT.Paint, this);
		write(micros);
		afterReport.run();
	}

	private void write(long micros) {
		try {
			Path folder = report.toAbsolutePath().getParent();
			Files.createDirectories(folder);
			Path temporary = Files.createTempFile(folder, report.getFileName().toString(), ".tmp"); //$NON-NLS-1$
			Files.writeString(temporary, FIRST_PAINT_KEY + '=' + micros + '\n', StandardCharsets.UTF_8);
			Files.move(temporary, report, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot write the start-up report " + report, e); //$NON-NLS-1$
		}
	}

	static long epochMicros(Instant instant) {
		return instant.getEpochSecond() * 1_000_000L + instant.getNano() / 1_000;
	}

	private static boolean isWorkbenchWindow(Shell shell) {
		if (shell == null || !PlatformUI.isWorkbenchRunning()) {
			return false;
		}
		for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
			if (window.getShell() == shell) {
				return true;
			}
		}
		return false;
	}
}
