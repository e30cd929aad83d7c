// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.plan.model.validation;

import java.util.List;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Builds the diagnostics of Chorus rules. Each one names its rule (a stable id such as
 * {@code goal.kpi}), has the offending object as its first data element, and a message that
 * names the object.
 *
 * @since 1.0
 * @noinstantiate This class is not intended to be instantiated by clients.
 */
public final class ChorusDiagnostics {

    /** The {@link Diagnostic#getSource() source} of every Chorus rule diagnostic. */
    public static final String SOURCE = "io.github.chorus.model"; //$NON-NLS-1$

    private ChorusDiagnostics() {
    }

    /**
     * Adds a diagnostic for a broken rule to {@code diagnostics} (when not {@code null}).
     *
     * @param diagnostics the chain, may be {@code null}
     * @param severity    {@link Diagnostic#ERROR}, {@link Diagnostic#WARNING} or {@link Diagnostic#INFO}
     * @param rule        the rule id, for example {@code goal.kpi}
     * @param object      the object that breaks the rule
     * @param message     what is wrong, without the object's name (it is prefixed)
     * @return {@code false}, so that rules can {@code return report(...)}, except for
     *         warnings and infos, which return {@code true}: only errors make an object invalid
     */
    public static boolean report(DiagnosticChain diagnostics, int severity, String rule, EObject object,
            String message) {
        if (diagnostics != null) {
            diagnostics.add(new BasicDiagnostic(severity, SOURCE, rule.hashCode(),
                    label(object) + ": " + message + " [" + rule + "]", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    new Object[] { object, rule }));
        }
        return severity < Diagnostic.ERROR;
    }

    /**
     * Returns the rule id of a diagnostic built by {@link #report}, or {@code null}.
     *
     * @param diagnostic a diagnostic
     * @return the rule id or {@code null}
     */
    public static String rule(Diagnostic diagnostic) {
        List<?> data = diagnostic.getData();
        return data != null && data.size() > 1 && SOURCE.equals(diagnostic.getSource()) && data.get(1) instanceof String s ? s : null;
    }

    /**
     * A short human label for a model object: its class and name, else its class and id.
     *
     * @param object a model object
     * @return for example {@code Goal 'Grow awareness'} or {@code Variant #v-12}
     */
    public static String label(EObject object) {
        if (object == null) {
            return "(none)"; //$NON-NLS-1$
        }
        String type = object.eClass().getName();
        EStructuralFeature name = object.eClass().getEStructuralFeature("name"); //$NON-NLS-1$
        Object value = name == null ? null : object.eGet(name);
        if (value instanceof String s && !s.isBlank()) {
            return type + " '" + s + "'"; //$NON-NLS-1$ //$NON-NLS-2$
        }
        EStructuralFeature id = object.eClass().getEIDAttribute();
        Object idValue = id == null ? null : object.eGet(id);
        return idValue == null ? type : type + " #" + idValue; //$NON-NLS-1$
    }
}
