package io.github.chorus.benchmarks;

import java.util.Locale;

/**
 * One measured figure next to the baseline measured in the same run, and the target that the
 * ratio {@code value / baseline} must meet.
 *
 * @param name          what was measured
 * @param value         the measured value, in {@code unit}
 * @param unit          unit of both values (for example {@code s}, {@code ops/s}, {@code MB})
 * @param baselineName  what the value is compared with
 * @param baselineValue the baseline, in {@code unit}, measured in the same run
 * @param ratio         the ratio checked against the target: {@code value / baselineValue}, or
 *                      the median of per-round ratios when the figure is measured in rounds
 * @param target        the bound the ratio must meet
 * @param detail        spread and sample counts, printed below the table
 */
public record Figure(String name, double value, String unit, String baselineName, double baselineValue, double ratio,
		Target target, String detail) {

	/**
	 * A figure whose ratio is {@code value / baselineValue}.
	 *
	 * @param name          what was measured
	 * @param value         the measured value
	 * @param unit          unit of both values
	 * @param baselineName  what the value is compared with
	 * @param baselineValue the baseline
	 * @param target        the bound the ratio must meet
	 * @param detail        spread and sample counts
	 */
	public Figure(String name, double value, String unit, String baselineName, double baselineValue, Target target,
			String detail) {
		this(name, value, unit, baselineName, baselineValue, value / baselineValue, target, detail);
	}

	/** @return whether the ratio (or, for an absolute target, the value) meets the target */
	public boolean pass() {
		return target.isMetBy(target.absolute() ? value : ratio());
	}

	/** @return the table line: name, value, baseline name, baseline value, ratio, target, PASS/FAIL */
	public String line() {
		return String.format(Locale.ROOT, "%-46s %12s  %-22s %12s  %8s  %-14s %s", name, format(value), baselineName,
				format(baselineValue), String.format(Locale.ROOT, "%.2fx", ratio()), target.text(), pass() ? "PASS" : "FAIL");
	}

	/** @return the header matching {@link #line()} */
	public static String header() {
		return String.format(Locale.ROOT, "%-46s %12s  %-22s %12s  %8s  %-14s %s", "figure", "value", "baseline",
				"baseline value", "ratio", "target", "result");
	}

	private String format(double v) {
		return String.format(Locale.ROOT, v >= 100 ? "%.0f %s" : "%.3f %s", v, unit);
	}

	/**
	 * A bound on the ratio, or on the value itself where the issue sets an absolute target (the
	 * ratio is then still printed, to show the same-run baseline).
	 *
	 * @param atMost   {@code true}: must be &lt;= bound; {@code false}: must be &gt;= bound
	 * @param bound    the bound
	 * @param absolute whether the bound applies to the value (in the figure's unit), not the ratio
	 * @param unit     the unit of an absolute bound
	 */
	public record Target(boolean atMost, double bound, boolean absolute, String unit) {

		/** @return ratio &lt;= bound */
		public static Target atMost(double bound) {
			return new Target(true, bound, false, "");
		}

		/** @return ratio &gt;= bound */
		public static Target atLeast(double bound) {
			return new Target(false, bound, false, "");
		}

		/** @return value &lt;= bound, in {@code unit} */
		public static Target valueAtMost(double bound, String unit) {
			return new Target(true, bound, true, unit);
		}

		/** @return value &gt;= bound, in {@code unit} */
		public static Target valueAtLeast(double bound, String unit) {
			return new Target(false, bound, true, unit);
		}

		boolean isMetBy(double ratio) {
			return atMost ? ratio <= bound : ratio >= bound;
		}

		String text() {
			return (atMost ? "<= " : ">= ")
					+ (absolute ? String.format(Locale.ROOT, "%.0f %s", bound, unit) : String.format(Locale.ROOT, "%.2fx", bound));
		}
	}
}
