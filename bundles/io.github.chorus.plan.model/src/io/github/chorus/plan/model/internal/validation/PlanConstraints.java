// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.plan.model.internal.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.github.chorus.plan.model.Brand;
import io.github.chorus.plan.model.Budget;
import io.github.chorus.plan.model.Campaign;
import io.github.chorus.plan.model.CampaignKind;
import io.github.chorus.plan.model.ChannelPresence;
import io.github.chorus.plan.model.Goal;
import io.github.chorus.plan.model.Kpi;
import io.github.chorus.plan.model.KpiDefinition;
import io.github.chorus.plan.model.Member;
import io.github.chorus.plan.model.MetricDefinition;
import io.github.chorus.plan.model.Persona;
import io.github.chorus.plan.model.Plan;
import io.github.chorus.plan.model.PlanPackage;
import io.github.chorus.plan.model.SpendEntry;
import io.github.chorus.plan.model.Target;
import io.github.chorus.plan.model.formula.KpiFormula;
import io.github.chorus.plan.model.validation.ChorusDiagnostics;
import io.github.chorus.plan.model.validation.ValidationContext;

/**
 * Bodies of the invariants of the plan model (called from the generated code). Rule ids
 * are {@code <class>.<rule>} in lower case.
 */
public final class PlanConstraints {

    private static final Object TARGETED_PERSONAS = new Object();

    private PlanConstraints() {
    }

    /** Whether {@code zone} is a region id of the IANA time zone database, or UTC. */
    public static boolean isIanaZone(String zone) {
        return zone != null && (ZoneId.getAvailableZoneIds().contains(zone) || "UTC".equals(zone)); //$NON-NLS-1$
    }

    /** The plan that contains {@code object}, or {@code null}. */
    public static Plan planOf(EObject object) {
        EObject root = object == null ? null : EcoreUtil.getRootContainer(object);
        return root instanceof Plan plan ? plan : null;
    }

    public static boolean hasValidTimeZone(Plan plan, DiagnosticChain diagnostics, Map<Object, Object> context) {
        if (plan.getTimeZone() == null || plan.getTimeZone().isBlank()) {
            return ChorusDiagnostics.report(diagnostics, Diagnostic.ERROR, "plan.timezone", plan, //$NON-NLS-1$
                    "the time zone is missing"); //$NON-NLS-1$
        }
        if (!isIanaZone(plan.getTimeZone())) {
            return ChorusDiagnostics.report(diagnostics, Diagnostic.ERROR, "plan.timezone", plan, //$NON-NLS-1$
                    "'" + plan.getTimeZone() + "' is not an IANA time zone"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return true;
    }

    public static boolean hasValidTimeZone(Member member, DiagnosticChain diagnostics, Map<Object, Object> context) {
        String zone = member.getTimeZone();
        if (zone != null && !zone.isBlank() && !isIanaZone(zone)) {
            return ChorusDiagnostics.report(diagnostics, Diagnostic.ERROR, "member.timezone", member, //$NON-NLS-1$
                    "'" + zone + "' is not an IANA time zone"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return true;
    }

    public static boolean hasValueProposition(Brand brand, DiagnosticChain diagnostics, Map<Object, Object> context) {
        if (brand.getValueProposition() == null || brand.getValueProposition().isBlank()) {
            return ChorusDiagnostics.report(diagnostics, Diagnostic.WARNING, "brand.valueproposition", brand, //$NON-NLS-1$
                    "the brand has no value proposition"); //$NON-NLS-1$
        }
        return true;
    }

    public static boolean hasKpi(Goal goal, DiagnosticChain diagnostics, Map<Object, Object> context) {
        if (goal.getKpis().isEmpty()) {
            return ChorusDiagnostics.report(diagnostics, Diagnostic.ERROR, "goal.kpi", goal, //$NON-NLS-1$
                    "the goal has no KPI, so it cannot be measured"); //$NON-NLS-1$
        }
        return true;
    }

    public static boolean hasTarget(Kpi kpi, DiagnosticChain diagnostics, Map<Object, Object> context) {
        if (kpi.getTargets().isEmpty()) {
            return ChorusDiagnostics.report(diagnostics, Diagnostic.ERROR, "kpi.target", kpi, //$NON-NLS-1$
                    "the KPI " + kpiName(kpi) + " has no target"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return true;
    }

    private static String kpiName(Kpi kpi) {
        KpiDefinition definition = kpi.getDefinition();
        return definition == null || definition.eIsProxy() ? "(undefined)" : "'" + definition.getName() + "'"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    public static boolean isDatedInFuture(Target target, DiagnosticChain diagnostics, Map<Object, Object> context) {
        LocalDate due = target.getDueDate();
        if (due == null) {
            return ChorusDiagnostics.report(diagnostics, Diagnostic.ERROR, "target.date", target, //$NON-NLS-1$
                    "the target has no due date"); //$NON-NLS-1$
        }
        Plan plan = planOf(target);
        ZoneId zone = plan != null && isIanaZone(plan.getTimeZone()) ? ZoneId.of(plan.getTimeZone()) : ZoneOffset.UTC;
        LocalDate today = LocalDate.now(ValidationContext.clock(context).withZone(zone));
        if (due.isBefore(today)) {
            return ChorusDiagnostics.report(diagnostics, Diagnostic.WARNING, "target.past", target, //$NON-NLS-1$
                    "the target date " + due + " is in the past"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return true;
    }

    public static boolean hasValidFormula(KpiDefinition definition, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        KpiFormula formula;
        try {
            formula = KpiFormula.parse(definition.getFormula());
        } catch (IllegalArgumentException e) {
            return ChorusDiagnostics.report(diagnostics, Diagnostic.ERROR, "kpidefinition.formula", definition, //$NON-NLS-1$
                    "the formula is invalid: " + e.getMessage()); //$NON-NLS-1$
        }
        Plan plan = planOf(definition);
        if (plan != null) {
            Set<String> known = new HashSet<>();
            for (MetricDefinition metric : plan.getMetricDefinitions()) {
                known.add(metric.getKey());
            }
            for (String key : formula.variables()) {
                if (!known.contains(key)) {
                    return ChorusDiagnostics.report(diagnostics, Diagnostic.ERROR, "kpidefinition.formula", definition, //$NON-NLS-1$
                            "the formula uses '" + key + "', which is not a metric of the plan"); //$NON-NLS-1$ //$NON-NLS-2$
                }
            }
        }
        return true;
    }

    public static boolean hasUniqueKey(MetricDefinition metric, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        if (metric.getKey() == null || metric.getKey().isBlank()) {
            return ChorusDiagnostics.report(diagnostics, Diagnostic.ERROR, "metricdefinition.key", metric, //$NON-NLS-1$
                    "the metric has no key"); //$NON-NLS-1$
        }
        Plan plan = planOf(metric);
        if (plan != null) {
            for (MetricDefinition other : plan.getMetricDefinitions()) {
                if (other != metric && metric.getKey().equals(other.getKey())) {
                    return ChorusDiagnostics.report(diagnostics, Diagnostic.ERROR, "metricdefinition.key", metric, //$NON-NLS-1$
                            "the key '" + metric.getKey() + "' is used twice"); //$NON-NLS-1$ //$NON-NLS-2$
                }
            }
        }
        return true;
    }

    public static boolean hasChannelType(ChannelPresence channel, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        if (channel.getChannelTypeId() == null || channel.getChannelTypeId().isBlank()) {
            return ChorusDiagnostics.report(diagnostics, Diagnostic.ERROR, "channelpresence.type", channel, //$NON-NLS-1$
                    "the channel presence names no channel type"); //$NON-NLS-1$
        }
        return true;
    }

    public static boolean hasValidAmountAndPeriod(Budget budget, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        boolean valid = true;
        if (budget.getAmount() == null || budget.getAmount().signum() < 0) {
            valid = ChorusDiagnostics.report(diagnostics, Diagnostic.ERROR, "budget.amount", budget, //$NON-NLS-1$
                    "the amount is missing or negative"); //$NON-NLS-1$
        }
        if (budget.getPeriodStart() != null && budget.getPeriodEnd() != null
                && budget.getPeriodEnd().isBefore(budget.getPeriodStart())) {
            valid &= ChorusDiagnostics.report(diagnostics, Diagnostic.ERROR, "budget.period", budget, //$NON-NLS-1$
                    "the period ends before it starts"); //$NON-NLS-1$
        }
        return valid;
    }

    public static boolean isSpendWithinBudget(Campaign campaign, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        BigDecimal spent = BigDecimal.ZERO;
        for (SpendEntry entry : campaign.getSpend()) {
            if (entry.getAmount() != null) {
                spent = spent.add(entry.getAmount());
            }
        }
        BigDecimal budget = campaign.getBudget();
        if (budget == null) {
            if (campaign.getKind() == CampaignKind.SPONSORED) {
                return ChorusDiagnostics.report(diagnostics, Diagnostic.ERROR, "campaign.budget", campaign, //$NON-NLS-1$
                        "the sponsored campaign has no budget"); //$NON-NLS-1$
            }
            return true;
        }
        if (spent.compareTo(budget) > 0) {
            return ChorusDiagnostics.report(diagnostics, Diagnostic.ERROR, "campaign.overspend", campaign, //$NON-NLS-1$
                    "spend " + spent.toPlainString() + " exceeds the budget " + budget.toPlainString()); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return true;
    }

    public static boolean hasOrderedFlightDates(Campaign campaign, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        if (campaign.getFlightStart() != null && campaign.getFlightEnd() != null
                && campaign.getFlightEnd().isBefore(campaign.getFlightStart())) {
            return ChorusDiagnostics.report(diagnostics, Diagnostic.ERROR, "campaign.flight", campaign, //$NON-NLS-1$
                    "the flight ends (" + campaign.getFlightEnd() + ") before it starts (" //$NON-NLS-1$ //$NON-NLS-2$
                            + campaign.getFlightStart() + ")"); //$NON-NLS-1$
        }
        return true;
    }

    /**
     * A persona is targeted when a {@code personas} reference of any object in the resource
     * set (content items, campaigns, channel presences) points at it or at one of its
     * sub-targets. A contact's single {@code persona} classifies, it does not target.
     */
    public static boolean isTargeted(Persona persona, DiagnosticChain diagnostics, Map<Object, Object> context) {
        Set<EObject> targeted = ValidationContext.cached(context, TARGETED_PERSONAS, () -> targetedPersonas(persona));
        for (TreeIterator<EObject> it = EcoreUtil.getAllProperContents(persona, false); it.hasNext();) {
            if (targeted.contains(it.next())) {
                return true;
            }
        }
        if (targeted.contains(persona)) {
            return true;
        }
        return ChorusDiagnostics.report(diagnostics, Diagnostic.WARNING, "persona.untargeted", persona, //$NON-NLS-1$
                "no content, campaign or channel targets this persona"); //$NON-NLS-1$
    }

    private static Set<EObject> targetedPersonas(EObject anyObject) {
        Resource resource = anyObject.eResource();
        TreeIterator<?> all = resource == null ? EcoreUtil.getAllProperContents(EcoreUtil.getRootContainer(anyObject), false)
                : resource.getResourceSet() == null ? EcoreUtil.getAllProperContents(resource, false)
                        : EcoreUtil.getAllProperContents(resource.getResourceSet(), false);
        Set<EObject> targeted = new HashSet<>();
        for (TreeIterator<?> it = all; it.hasNext();) {
            Object next = it.next();
            if (!(next instanceof EObject object)) {
                continue;
            }
            for (EReference reference : object.eClass().getEAllReferences()) {
                if (!reference.isContainment() && reference.isMany() && "personas".equals(reference.getName()) //$NON-NLS-1$
                        && PlanPackage.Literals.PERSONA.isSuperTypeOf(reference.getEReferenceType())) {
                    @SuppressWarnings("unchecked")
                    Collection<? extends EObject> personas = (Collection<? extends EObject>) object.eGet(reference);
                    targeted.addAll(personas);
                }
            }
        }
        return targeted;
    }
}
