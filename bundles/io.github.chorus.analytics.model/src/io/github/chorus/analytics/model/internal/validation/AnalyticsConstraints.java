// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.analytics.model.internal.validation;

import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;

import io.github.chorus.analytics.model.MetricSeries;
import io.github.chorus.content.model.ScheduledPublication;
import io.github.chorus.content.model.Variant;
import io.github.chorus.plan.model.validation.ChorusDiagnostics;

/** Bodies of the invariants of the analytics model (called from the generated code). */
public final class AnalyticsConstraints {

    private AnalyticsConstraints() {
    }

    public static boolean isConsistent(MetricSeries series, DiagnosticChain diagnostics, Map<Object, Object> context) {
        ScheduledPublication subject = series.getSubject();
        if (subject != null && !subject.eIsProxy() && subject.eContainer() instanceof Variant variant
                && variant.getChannel() != series.getChannel()) {
            return ChorusDiagnostics.report(diagnostics, Diagnostic.ERROR, "series.channel", series, //$NON-NLS-1$
                    "the series observes a post of another channel"); //$NON-NLS-1$
        }
        if (series.getObservations() == null || series.getObservations().size() == 0) {
            return ChorusDiagnostics.report(diagnostics, Diagnostic.WARNING, "series.empty", series, //$NON-NLS-1$
                    "the series has no observations"); //$NON-NLS-1$
        }
        return true;
    }
}
