// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.plan.model.validation;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;

/**
 * Adds rules to the validation of Chorus models without the models knowing them. The
 * channels bundle contributes one that checks variants against the declared text and media
 * limits of their channel type; the models themselves hard-code no network limits.
 * <p>
 * Register an implementation as an OSGi service (for example a DS {@code @Component} with
 * {@code service = IConstraintContributor.class}); {@code chorus validate} and the workbench
 * pass every registered contributor to a validation run through
 * {@link ValidationContext#withContributors(Map, java.util.Collection)}. They are called for every
 * {@code Variant} (from its {@code satisfiesChannelRules} invariant) and may be called for
 * other objects later, so implementations must ignore objects they do not know.
 * </p>
 *
 * @since 1.0
 */
@FunctionalInterface
public interface IConstraintContributor {

    /**
     * Validates one object.
     *
     * @param object      the object being validated
     * @param diagnostics where to add diagnostics (build them with {@link ChorusDiagnostics}),
     *                    or {@code null} when the caller only wants the verdict
     * @param context     the validation context map of the run
     * @return {@code false} when the object violates a rule of this contributor
     */
    boolean validate(EObject object, DiagnosticChain diagnostics, Map<Object, Object> context);
}
