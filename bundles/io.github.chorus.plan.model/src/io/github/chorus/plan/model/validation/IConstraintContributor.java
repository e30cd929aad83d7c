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
 * Contributors are passed to a validation run with
 * {@link ValidationContext#withContributors(Map, java.util.Collection)}; the workspace's
 * validation service collects them as OSGi services. They are called for every
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
