package io.github.chorus.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.github.chorus.benchmarks.calendar.CalendarBenchmark;
import io.github.chorus.benchmarks.publishing.OutboxBenchmark;
import io.github.chorus.benchmarks.startup.StartupBenchmark;
import io.github.chorus.benchmarks.workspace.WorkspaceBenchmark;

/**
 * Runs every implemented benchmark and prints one line per figure, then the figures' details and
 * the reference measurements that have no target (see README.md next to the pom). Every figure
 * is a ratio against a baseline measured in the same run, because the machines are shared and
 * absolute times drift.
 * <p>
 * System properties (set by the pom): {@code bench.product} (the materialized Linux product),
 * {@code bench.work} (a scratch folder), {@code bench.classes} (this module's classes, for the
 * baseline processes), {@code bench.startup.probeBundle} (the start-up reference sides' probe
 * bundle), {@code bench.root} (the repository), {@code bench.startup.runs},
 * {@code bench.jmh.rounds}, {@code bench.only} (a name filter).
 * </p>
 */
public final class BenchmarkSuite {

	private BenchmarkSuite() {
	}

	/**
	 * @param args unused
	 * @throws Exception when a benchmark cannot run at all
	 */
	public static void main(String[] args) throws Exception {
		Path work = Path.of(required("bench.work"));
		Files.createDirectories(work);
		String only = System.getProperty("bench.only", "");

		List<Figure> figures = new ArrayList<>();
		List<Reference> references = new ArrayList<>();
		if (selected("startup", only)) {
			StartupBenchmark startup = new StartupBenchmark(Path.of(required("bench.product")),
					Path.of(required("bench.classes")), Path.of(required("bench.startup.probeBundle")),
					work.resolve("startup"), Integer.getInteger("bench.startup.runs", 7));
			figures.addAll(startup.run());
			references.addAll(startup.references());
		}

		if (selected("calendar", only)) {
			figures.addAll(new CalendarBenchmark(Path.of(required("bench.product")), Path.of(required("bench.classes")),
					work.resolve("calendar"), Integer.getInteger("bench.jmh.rounds", 3),
					Integer.getInteger("bench.calendar.frames", 60)).run());
		}

		figures.addAll(JmhFigures.run(required("bench.root"), only, Integer.getInteger("bench.jmh.rounds", 3)));

		if (selected("workspace", only)) {
			figures.addAll(new WorkspaceBenchmark(work.resolve("workspace"), Integer.getInteger("bench.workspace.rounds", 3)).run());
		}
		if (selected("publishing", only)) {
			figures.add(new OutboxBenchmark(work.resolve("publishing"), Integer.getInteger("bench.publishing.rounds", 3)).run());
		}

		List<String> report = new ArrayList<>();
		report.add("Chorus benchmarks, " + Instant.now() + ", " + Runtime.version() + ", "
				+ Runtime.getRuntime().availableProcessors() + " CPUs");
		report.add(Figure.header());
		figures.forEach(figure -> report.add(figure.line()));
		report.add("");
		figures.forEach(figure -> report.add("  " + figure.name() + ": " + figure.detail()));
		if (!references.isEmpty()) {
			report.add("");
			report.add("references (measured in the same runs, not targets):");
			references.forEach(reference -> report.add("  " + reference.line()));
		}
		System.out.println();
		report.forEach(System.out::println);
		Path results = work.resolve("results.txt");
		Files.write(results, report, StandardCharsets.UTF_8);
		System.out.println("(also written to " + results + ")");
	}

	private static boolean selected(String name, String only) {
		return only.isEmpty() || name.contains(only) || only.contains(name);
	}

	private static String required(String property) throws IOException {
		String value = System.getProperty(property);
		if (value == null || value.isBlank()) {
			throw new IOException("Missing system property " + property);
		}
		return value;
	}
}
