// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.workspace;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.github.chorus.plan.model.validation.ChorusDiagnostics;
import io.github.chorus.plan.model.validation.IConstraintContributor;
import io.github.chorus.plan.model.validation.ValidationContext;

/**
 * Validates a whole workspace with EMF validation: the generated validators of every model
 * (structural checks, unresolved references, and the Chorus rules) plus contributed rules.
 *
 * @since 1.0
 * @noinstantiate This class is not intended to be instantiated by clients.
 */
public final class WorkspaceValidator {

    /**
     * One problem found.
     *
     * @param severity {@link Diagnostic#ERROR}, {@link Diagnostic#WARNING} or {@link Diagnostic#INFO}
     * @param resource the file name of the resource holding the object
     * @param object   the object, as {@code Type#id}
     * @param rule     the Chorus rule id, or {@code null} for EMF's structural checks
     * @param message  the message
     * @param target   the object, or {@code null}
     */
    public record Finding(int severity, String resource, String object, String rule, String message, EObject target) {

        /** @return {@code error}, {@code warning} or {@code info} */
        public String severityLabel() {
            return severity >= Diagnostic.ERROR ? "error" : severity >= Diagnostic.WARNING ? "warning" : "info"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }

        /** @return {@code severity<TAB>resource<TAB>object<TAB>message} */
        public String toLine() {
            return severityLabel() + '\t' + resource + '\t' + object + '\t' + message;
        }
    }

    private WorkspaceValidator() {
    }

    /**
     * Validates every loaded part of a workspace.
     *
     * @param workspace    the workspace
     * @param contributors contributed rules (for example channel limits)
     * @param clock        what "now" is for rules about dates
     * @return the findings, errors first, in a stable order
     */
    public static List<Finding> validate(ChorusWorkspace workspace, Collection<? extends IConstraintContributor> contributors,
            Clock clock) {
        Diagnostician diagnostician = new Diagnostician() {
            @Override
            public String getObjectLabel(EObject eObject) {
                return reference(eObject);
            }
        };
        Map<Object, Object> context = diagnostician.createDefaultContext();
        ValidationContext.withClock(context, clock);
        ValidationContext.withContributors(context, contributors);
        BasicDiagnostic chain = new BasicDiagnostic();
        for (WorkspacePart part : WorkspacePart.values()) {
            if (workspace.isLoaded(part)) {
                for (EObject root : workspace.resource(part).getContents()) {
                    diagnostician.validate(root, chain, context);
                }
            }
        }
        List<Finding> findings = new ArrayList<>();
        Set<String> unreadable = new HashSet<>();
        for (WorkspacePart part : WorkspacePart.values()) {
            if (!workspace.isLoaded(part)) {
                unreadable.add(workspace.file(part).getFileName().toString());
            }
        }
        collect(chain, findings, unreadable);
        findings.sort((a, b) -> Integer.compare(b.severity(), a.severity()));
        return findings;
    }

    /**
     * Collects the leaf diagnostics, leaving out the consequences of an unreadable file:
     * references into it, and personas that only it targeted. The file itself is reported
     * as a load problem.
     */
    private static void collect(Diagnostic diagnostic, List<Finding> findings, Set<String> unreadable) {
        if (diagnostic.getChildren().isEmpty()) {
            if (!unreadable.isEmpty() && isConsequenceOfUnreadable(diagnostic, unreadable)) {
                return;
            }
            if (diagnostic.getSeverity() > Diagnostic.OK && diagnostic.getMessage() != null) {
                List<?> data = diagnostic.getData();
                EObject target = data == null || data.isEmpty() || !(data.get(0) instanceof EObject e) ? null : e;
                Resource resource = target == null ? null : target.eResource();
                String file = resource == null ? "-" : resource.getURI().lastSegment(); //$NON-NLS-1$
                findings.add(new Finding(diagnostic.getSeverity(), file, target == null ? "-" : typeAndId(target), //$NON-NLS-1$
                        ChorusDiagnostics.rule(diagnostic), diagnostic.getMessage().replaceAll("\\s+", " "), target)); //$NON-NLS-1$ //$NON-NLS-2$
            }
            return;
        }
        for (Diagnostic child : diagnostic.getChildren()) {
            collect(child, findings, unreadable);
        }
    }

    private static boolean isConsequenceOfUnreadable(Diagnostic diagnostic, Set<String> unreadable) {
        if ("persona.untargeted".equals(ChorusDiagnostics.rule(diagnostic))) { //$NON-NLS-1$
            return true;
        }
        if (EObjectValidator.DIAGNOSTIC_SOURCE.equals(diagnostic.getSource())
                && diagnostic.getCode() == EObjectValidator.EOBJECT__EVERY_PROXY_RESOLVES) {
            for (Object datum : diagnostic.getData() == null ? List.of() : diagnostic.getData()) {
                if (datum instanceof EObject proxy && proxy.eIsProxy()
                        && unreadable.contains(((InternalEObject) proxy).eProxyURI().lastSegment())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * @param object a model object
     * @return {@code Type#id}, or {@code Type} with its path when it has no id
     */
    public static String typeAndId(EObject object) {
        EStructuralFeature id = object.eClass().getEIDAttribute();
        Object value = id == null || object.eIsProxy() ? null : object.eGet(id);
        return value == null ? object.eClass().getName() + " " + EcoreUtil.getURI(object).fragment() //$NON-NLS-1$
                : object.eClass().getName() + "#" + value; //$NON-NLS-1$
    }

    private static String reference(EObject object) {
        if (object.eIsProxy()) {
            URI uri = EcoreUtil.getURI(object);
            return object.eClass().getName() + " " + uri.lastSegment() + "#" + uri.fragment(); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return typeAndId(object);
    }
}
