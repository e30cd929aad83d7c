package io.github.chorus.benchmarks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import io.github.chorus.benchmarks.text.TextValidationBenchmark;

/**
 * The in-process figures: JMH benchmarks (forked JVMs, warm-up, several iterations), each paired
 * with its baseline benchmark from the same run.
 */
final class JmhFigures {

	private JmhFigures() {
	}

	/** A figure made of two benchmark methods of one class. */
	private record Pair(String name, Class<?> benchmark, String measured, String baseline, String baselineName,
			Figure.Target target) {
	}

	private static final List<Pair> PAIRS = List.of(new Pair("text: check variants vs channel rules",
			TextValidationBenchmark.class, "validateAgainstChannelRules", "twitterTextAlone", "twitter-text parseTweet",
			Figure.Target.atLeast(1.0)));

	/**
	 * @param root the repository root (benchmarks read channel rules and sample data from it)
	 * @param only a name filter, empty for all
	 * @return one figure per pair
	 * @throws RunnerException when JMH fails
	 */
	static List<Figure> run(String root, String only) throws RunnerException {
		List<Figure> figures = new ArrayList<>();
		for (Pair pair : PAIRS) {
			if (!only.isEmpty() && !pair.name().contains(only)) {
				continue;
			}
			Collection<RunResult> results = new Runner(new OptionsBuilder()
					.include(Pattern.quote(pair.benchmark().getName()) + "\\.(" + pair.measured() + "|" + pair.baseline()
							+ ")$")
					.param("bundles", root + "/bundles").build()).run();
			Result<?> measured = score(results, pair.measured());
			Result<?> baseline = score(results, pair.baseline());
			figures.add(new Figure(pair.name(), measured.getScore(), measured.getScoreUnit(), pair.baselineName(),
					baseline.getScore(), pair.target(),
					String.format(Locale.ROOT, "JMH %s: %.0f ± %.0f vs %s: %.0f ± %.0f %s (99.9%% CI)",
							pair.measured(), measured.getScore(), measured.getScoreError(), pair.baseline(),
							baseline.getScore(), baseline.getScoreError(), measured.getScoreUnit())));
		}
		return figures;
	}

	private static Result<?> score(Collection<RunResult> results, String method) {
		return results.stream().filter(result -> result.getParams().getBenchmark().endsWith("." + method)).findFirst()
				.orElseThrow(() -> new IllegalStateException("JMH produced no result for " + method)).getPrimaryResult();
	}
}
