// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.benchmarks.startup.probe;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;

/**
 * The report file of a start-up run: {@code firstPaint.epochMicros=<wall-clock microseconds>},
 * written atomically, the format of the product's {@code io.github.chorus.app.internal.StartupProbe}.
 */
public final class FirstPaintFile {

	/** Key of the first-paint time in a report file. */
	public static final String KEY = "firstPaint.epochMicros";

	/**
	 * System property naming the report file of the probe applications of the start-up
	 * benchmark's reference sides.
	 */
	public static final String REPORT_PROPERTY = "io.github.chorus.benchmarks.startup.report";

	private FirstPaintFile() {
	}

	/**
	 * Writes the report.
	 *
	 * @param report the file
	 * @param paint  the moment of the first paint
	 */
	public static void write(Path report, Instant paint) {
		long micros = paint.getEpochSecond() * 1_000_000L + paint.getNano() / 1_000;
		try {
			Path folder = report.toAbsolutePath().getParent();
			Path temporary = Files.createTempFile(folder, report.getFileName().toString(), ".tmp");
			Files.writeString(temporary, KEY + '=' + micros + '\n', StandardCharsets.UTF_8);
			Files.move(temporary, report, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot write the start-up report " + report, e);
		}
	}
}
