// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.benchmarks;

import java.util.Locale;

/**
 * A reference measurement printed next to the figures, with its ratio to the same-run baseline,
 * but without a target: it shows what a figure's bound means on this machine (for example how
 * far a minimal application of the same technology is from the baseline), not whether the
 * product meets it.
 *
 * @param name          what was measured
 * @param value         the measured value, in {@code unit}
 * @param unit          unit of both values
 * @param baselineName  what the value is compared with
 * @param baselineValue the baseline, in {@code unit}, measured in the same run
 * @param detail        spread, sample counts and how it was measured
 */
public record Reference(String name, double value, String unit, String baselineName, double baselineValue,
		String detail) {

	/** @return the printed line: name, value, ratio to the baseline, detail */
	public String line() {
		return String.format(Locale.ROOT, "%s: %.3f %s = %.2fx %s (%.3f %s), no target; %s", name, value, unit,
				value / baselineValue, baselineName, baselineValue, unit, detail);
	}
}
