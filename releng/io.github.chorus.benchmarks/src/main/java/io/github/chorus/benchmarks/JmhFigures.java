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
	 * Runs each pair {@code rounds} times, the measured benchmark and its baseline one after the
	 * other in each round, so that both see the same load of the shared machine; the figure is the
	 * median of the rounds' ratios (the values shown are the median scores).
	 *
	 * @param root   the repository root (benchmarks read channel rules and sample data from it)
	 * @param only   a name filter, empty for all
	 * @param rounds rounds per pair
	 * @return one figure per pair
	 * @throws RunnerException when JMH fails
	 */
	static List<Figure> run(String root, String only, int rounds) throws RunnerException {
		List<Figure> figures = new ArrayList<>();
		for (Pair pair : PAIRS) {
			if (!only.isEmpty() && !pair.name().contains(only)) {
				continue;
			}
			double[] measured = new double[rounds];
			double[] baseline = new double[rounds];
			double[] ratios = new double[rounds];
			String unit = "";
			for (int round = 0; round < rounds; round++) {
				Collection<RunResult> results = new Runner(new OptionsBuilder()
						.include(Pattern.quote(pair.benchmark().getName()) + "\\.(" + pair.measured() + "|"
								+ pair.baseline() + ")$")
						.param("bundles", root + "/bundles").build()).run();
				Result<?> m = score(results, pair.measured());
				Result<?> b = score(results, pair.baseline());
				measured[round] = m.getScore();
				baseline[round] = b.getScore();
				ratios[round] = m.getScore() / b.getScore();
				unit = m.getScoreUnit();
			}
			double ratio = Stats.median(ratios);
			figures.add(new Figure(pair.name(), Stats.median(measured), unit, pair.baselineName(), Stats.median(baseline),
					ratio, pair.target(),
					String.format(Locale.ROOT,
							"JMH, %d rounds each running %s and %s back to back; values are median scores, the ratio is"
									+ " the median of the per-round ratios %s",
							rounds, pair.measured(), pair.baseline(), Stats.list(ratios))));
		}
		return figures;
	}

	private static Result<?> score(Collection<RunResult> results, String method) {
		return results.stream().filter(result -> result.getParams().getBenchmark().endsWith("." + method)).findFirst()
				.orElseThrow(() -> new IllegalStateException("JMH produced no result for " + method)).getPrimaryResult();
	}
}
