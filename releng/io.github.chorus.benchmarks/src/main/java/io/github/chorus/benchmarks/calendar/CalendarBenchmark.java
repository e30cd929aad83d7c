// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.benchmarks.calendar;

import java.io.File;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import io.github.chorus.benchmarks.Figure;
import io.github.chorus.benchmarks.Stats;

/**
 * Target 5: the content calendar stays smooth at scale. Runs {@link CalendarProbe} in a JVM of
 * its own on the jars of the materialized product (the calendar, the models, EMF, NatTable,
 * Eclipse Collections, JFace, SWT), on the build's display (Xvfb under {@code xvfb-run}).
 * <ul>
 * <li><b>month repaint</b>: milliseconds per frame of the month view with 10,000 publications in
 * the year, after the first frames, against the same view painting the empty month grid; the
 * issue's limit is absolute: under 16 ms a frame (60 frames a second);</li>
 * <li><b>list scrolling</b>: milliseconds per frame of the list view scrolled to another place
 * every frame, over 100,000 rows, against the same over 1,000 rows; under 16 ms a frame is
 * smooth, and a ratio near 1 shows that the table is virtual (the cost does not grow with the
 * rows).</li>
 * </ul>
 * Medians of {@code frames} frames per round, the two sides alternating; the figure is the
 * median over the rounds, in CPU milliseconds of the painting thread (the wall clock, which the
 * other builds on a shared machine inflate, is printed in the detail line).
 */
public final class CalendarBenchmark {

	private static final double FRAME_MILLIS = 16;
	/** The product bundles the probe runs on; each names one jar in the product's plugins folder. */
	private static final List<String> BUNDLES = List.of("io.github.chorus.calendar.ui_", "io.github.chorus.core_",
			"io.github.chorus.content.model_",
			"io.github.chorus.plan.model_", "org.eclipse.emf.common_", "org.eclipse.emf.ecore_", "org.eclipse.emf.edit_",
			"org.eclipse.nebula.widgets.nattable.core_", "org.eclipse.collections.api_", "org.eclipse.collections.impl_",
			"slf4j.api_", "org.eclipse.jface_", "org.eclipse.core.commands_", "org.eclipse.equinox.common_",
			"org.eclipse.osgi_", "org.eclipse.swt.gtk.linux.x86_64_");

	private final Path product;
	private final Path classes;
	private final Path work;
	private final int rounds;
	private final int frames;

	/**
	 * @param product the materialized Linux product
	 * @param classes this module's classes
	 * @param work    scratch folder
	 * @param rounds  rounds per figure
	 * @param frames  frames per side and round
	 */
	public CalendarBenchmark(Path product, Path classes, Path work, int rounds, int frames) {
		this.product = product;
		this.classes = classes;
		this.work = work;
		this.rounds = rounds;
		this.frames = frames;
	}

	/**
	 * @return the month repaint and list scrolling figures
	 * @throws IOException          when the product is missing or a probe fails
	 * @throws InterruptedException when interrupted
	 */
	public List<Figure> run() throws IOException, InterruptedException {
		Files.createDirectories(work);
		StringBuilder classPath = new StringBuilder(classes.toString());
		for (String bundle : BUNDLES) {
			classPath.append(File.pathSeparator).append(jar(product.resolve("plugins"), bundle));
		}
		return List.of(
				figure("calendar: month repaint, 10,000 in year", "empty month grid", "month", classPath.toString(),
						"month view of June in a year of 10,000 publications"),
				figure("calendar: list scroll, 100,000 rows", "list scroll, 1,000 rows", "list", classPath.toString(),
						"list view scrolled to row (frame x 7919) mod rows, every frame"));
	}

	private Figure figure(String name, String baselineName, String mode, String classPath, String what)
			throws IOException, InterruptedException {
		Path report = work.resolve(mode + ".properties");
		Path log = work.resolve(mode + ".log");
		Files.deleteIfExists(report);
		Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx2g",
				"-cp", classPath, CalendarProbe.class.getName(), mode, report.toString(), String.valueOf(rounds),
				String.valueOf(frames)).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		if (!process.waitFor(15, TimeUnit.MINUTES) || process.exitValue() != 0 || !Files.exists(report)) {
			process.destroyForcibly();
			throw new IOException("The calendar probe (" + mode + ") failed; see " + log);
		}
		Properties values = new Properties();
		try (var in = Files.newBufferedReader(report)) {
			values.load(in);
		}
		double[] measured = new double[rounds];
		double[] baseline = new double[rounds];
		double[] measuredWall = new double[rounds];
		double[] baselineWall = new double[rounds];
		for (int round = 0; round < rounds; round++) {
			measured[round] = Double.parseDouble(values.getProperty("round." + round + ".value"));
			baseline[round] = Double.parseDouble(values.getProperty("round." + round + ".baseline"));
			measuredWall[round] = Double.parseDouble(values.getProperty("round." + round + ".value.wall"));
			baselineWall[round] = Double.parseDouble(values.getProperty("round." + round + ".baseline.wall"));
		}
		return new Figure(name, Stats.median(measured), "ms", baselineName, Stats.median(baseline),
				Figure.Target.valueAtMost(FRAME_MILLIS, "ms"),
				what + "; median CPU ms per frame of the painting thread, " + frames + " frames per round, " + rounds
						+ " rounds: " + Stats.list(measured) + " vs " + Stats.list(baseline) + "; wall clock "
						+ Stats.list(measuredWall) + " vs " + Stats.list(baselineWall)
						+ "; the limit is absolute (16 ms a frame)");
	}

	private static Path jar(Path plugins, String prefix) throws IOException {
		List<Path> matches = new ArrayList<>();
		try (DirectoryStream<Path> stream = Files.newDirectoryStream(plugins, prefix + "*.jar")) {
			stream.forEach(matches::add);
		}
		if (matches.size() != 1) {
			throw new IOException("Expected one " + prefix + "*.jar in " + plugins + ", found " + matches);
		}
		return matches.get(0);
	}
}
