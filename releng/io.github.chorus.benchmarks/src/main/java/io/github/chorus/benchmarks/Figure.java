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
		return target.isMetBy(target.unit() == null ? ratio() : value());
	}

	/** @return the table line: name, value, baseline name, baseline value, ratio, target, PASS/FAIL */
	public String line() {
		return String.format(Locale.ROOT, "%-46s %12s  %-22s %12s  %8s  %-10s %s", name, format(value), baselineName,
				format(baselineValue), String.format(Locale.ROOT, "%.2fx", ratio()), target.text(), pass() ? "PASS" : "FAIL");
	}

	/** @return the header matching {@link #line()} */
	public static String header() {
		return String.format(Locale.ROOT, "%-46s %12s  %-22s %12s  %8s  %-10s %s", "figure", "value", "baseline",
				"baseline value", "ratio", "target", "result");
	}

	private String format(double v) {
		return String.format(Locale.ROOT, v >= 100 ? "%.0f %s" : "%.3f %s", v, unit);
	}

	/**
	 * A bound on the ratio or, where the issue sets an absolute limit (a frame time), on the value;
	 * the ratio is printed either way.
	 *
	 * @param atMost {@code true}: must be &lt;= bound; {@code false}: must be &gt;= bound
	 * @param bound  the bound
	 * @param unit   {@code null} for a bound on the ratio, else the unit of a bound on the value
	 */
	public record Target(boolean atMost, double bound, String unit) {

		/** @return ratio &lt;= bound */
		public static Target atMost(double bound) {
			return new Target(true, bound, null);
		}

		/** @return ratio &gt;= bound */
		public static Target atLeast(double bound) {
			return new Target(false, bound, null);
		}

		/**
		 * @param bound the limit
		 * @param unit  its unit, the figure's
		 * @return value &lt;= bound, whatever the ratio
		 */
		public static Target valueAtMost(double bound, String unit) {
			return new Target(true, bound, unit);
		}

		boolean isMetBy(double measure) {
			return atMost ? measure <= bound : measure >= bound;
		}

		String text() {
			return (atMost ? "<= " : ">= ") + (unit == null ? String.format(Locale.ROOT, "%.2fx", bound)
					: String.format(Locale.ROOT, "%.0f %s", bound, unit));
		}
	}
}
