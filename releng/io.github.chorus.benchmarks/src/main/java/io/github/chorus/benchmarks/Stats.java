package io.github.chorus.benchmarks;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Small statistics helpers for the figures. */
public final class Stats {

	private Stats() {
	}

	/**
	 * @param values at least one value
	 * @return the median
	 */
	public static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int n = sorted.length;
		return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
	}

	/**
	 * @param values values
	 * @return them, two decimals each, comma separated
	 */
	public static String list(double[] values) {
		return Arrays.stream(values).mapToObj(v -> String.format(Locale.ROOT, "%.2f", v))
				.collect(Collectors.joining(", "));
	}
}
