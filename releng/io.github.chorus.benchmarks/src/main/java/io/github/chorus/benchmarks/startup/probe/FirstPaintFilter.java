// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.benchmarks.startup.probe;

import java.nio.file.Path;
import java.time.Instant;
import java.util.function.Predicate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;

/**
 * A display filter that waits for the first paint event in a shell of interest, writes its time
 * to the report file ({@link FirstPaintFile}), removes itself and then runs an action (closing
 * the application), as the product's start-up probe does.
 */
public final class FirstPaintFilter implements Listener {

	private final Display display;
	private final Path report;
	private final Predicate<Shell> target;
	private final Runnable afterReport;
	private boolean reported;

	private FirstPaintFilter(Display display, Path report, Predicate<Shell> target, Runnable afterReport) {
		this.display = display;
		this.report = report;
		this.target = target;
		this.afterReport = afterReport;
	}

	/**
	 * Installs the filter.
	 *
	 * @param display     the display whose paint events are watched
	 * @param report      the report file
	 * @param target      which shells count
	 * @param afterReport run asynchronously on the display after the report is written
	 */
	public static void install(Display display, Path report, Predicate<Shell> target, Runnable afterReport) {
		display.addFilter(SWT.Paint, new FirstPaintFilter(display, report, target, afterReport));
	}

	/**
	 * @return the report file named by {@link FirstPaintFile#REPORT_PROPERTY}
	 * @throws IllegalStateException when the property is not set
	 */
	static Path reportFromProperty() {
		String file = System.getProperty(FirstPaintFile.REPORT_PROPERTY);
		if (file == null || file.isBlank()) {
			throw new IllegalStateException("Start-up probe without a report file: set -D" + FirstPaintFile.REPORT_PROPERTY);
		}
		return Path.of(file);
	}

	@Override
	public void handleEvent(Event event) {
		if (reported || !(event.widget instanceof Control control) || !target.test(control.getShell())) {
			return;
		}
		Instant now = Instant.now();
		reported = true;
		display.removeFilter(SWT.Paint, this);
		FirstPaintFile.write(report, now);
		display.asyncExec(afterReport);
	}
}
