package io.github.chorus.app.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first-paint hook that the start-up benchmark reads. */
class StartupProbeTest {

	@TempDir
	Path folder;

	@Test
	void reportsTheFirstPaintOfTheTargetShellOnceAndIgnoresOtherShells() throws IOException {
		Display display = Display.getCurrent();
		Path report = folder.resolve("nested/first-paint.properties");
		Shell other = new Shell(display);
		Shell target = new Shell(display);
		AtomicInteger reports = new AtomicInteger();
		long before = StartupProbe.epochMicros(Instant.now());
		try {
			new StartupProbe(display, report, shell -> shell == target, reports::incrementAndGet).install();
			other.setSize(200, 100);
			other.open();
			spin(display, 300, () -> false);
			assertThat(report).as("painting another shell reports nothing").doesNotExist();

			target.setSize(300, 200);
			target.open();
			spin(display, 10_000, () -> Files.exists(report));
			target.redraw();
			spin(display, 300, () -> false);
		} finally {
			other.dispose();
			target.dispose();
		}
		long after = StartupProbe.epochMicros(Instant.now());

		assertThat(reports).as("reported exactly once").hasValue(1);
		String text = Files.readString(report, StandardCharsets.UTF_8).strip();
		assertThat(text).startsWith(StartupProbe.FIRST_PAINT_KEY + "=");
		long micros = Long.parseLong(text.substring(text.indexOf('=') + 1));
		assertThat(micros).isBetween(before, after);
		try (var files = Files.list(report.getParent())) {
			assertThat(files).as("no temporary file left").containsExactly(report);
		}
	}

	private static void spin(Display display, long millis, java.util.function.BooleanSupplier done) {
		long end = System.nanoTime() + millis * 1_000_000L;
		while (!done.getAsBoolean() && System.nanoTime() < end) {
			if (!display.readAndDispatch()) {
				try {
					Thread.sleep(5);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
	}
}
