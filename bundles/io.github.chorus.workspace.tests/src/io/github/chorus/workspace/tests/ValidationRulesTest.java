// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.workspace.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.chorus.community.model.HandoffState;
import io.github.chorus.community.model.Lead;
import io.github.chorus.community.model.Message;
import io.github.chorus.community.model.MessageThread;
import io.github.chorus.community.model.ThreadStatus;
import io.github.chorus.content.model.ContentItem;
import io.github.chorus.content.model.PublicationState;
import io.github.chorus.content.model.ScheduledPublication;
import io.github.chorus.content.model.TrackedLink;
import io.github.chorus.content.model.Variant;
import io.github.chorus.plan.model.Campaign;
import io.github.chorus.plan.model.Goal;
import io.github.chorus.plan.model.Kpi;
import io.github.chorus.plan.model.Persona;
import io.github.chorus.plan.model.PlanFactory;
import io.github.chorus.plan.model.SpendEntry;
import io.github.chorus.plan.model.Target;
import io.github.chorus.plan.model.validation.ChorusDiagnostics;
import io.github.chorus.workspace.ChorusWorkspace;
import io.github.chorus.workspace.WorkspaceValidator.Finding;

/** Each rule: the demo is clean, one edit breaks the rule, the finding names rule and object. */
class ValidationRulesTest {

    @TempDir
    Path folder;

    private ChorusWorkspace workspace;

    @BeforeEach
    void createDemo() {
        workspace = Fixtures.demo(folder);
    }

    @Test
    void demoHasNoErrors() {
        assertThat(Fixtures.validate(workspace)).noneMatch(f -> f.severity() >= Diagnostic.ERROR);
    }

    private List<Finding> findingsAfter(Consumer<ChorusWorkspace> breakIt) {
        breakIt.accept(workspace);
        return Fixtures.validate(workspace);
    }

    private static void assertFinding(List<Finding> findings, int severity, String rule, EObject object) {
        assertThat(findings).as("findings").anySatisfy(f -> {
            assertThat(f.rule()).isEqualTo(rule);
            assertThat(f.severity()).isEqualTo(severity);
            assertThat(f.target()).isSameAs(object);
            assertThat(f.message()).contains(ChorusDiagnostics.label(object)).contains("[" + rule + "]");
        });
    }

    @Test
    void goalWithoutKpi() {
        Goal goal = workspace.plan().getGoals().get(0);
        assertFinding(findingsAfter(w -> {
            w.plan().getCampaigns().forEach(c -> c.getKpis().removeAll(goal.getKpis()));
            goal.getKpis().clear();
        }), Diagnostic.ERROR, "goal.kpi", goal);
    }

    @Test
    void kpiWithoutTarget() {
        Kpi kpi = workspace.plan().getGoals().get(1).getKpis().get(0);
        assertFinding(findingsAfter(w -> kpi.getTargets().clear()), Diagnostic.ERROR, "kpi.target", kpi);
    }

    @Test
    void kpiTargetInThePast() {
        Target target = workspace.plan().getGoals().get(1).getKpis().get(0).getTargets().get(0);
        assertFinding(findingsAfter(w -> target.setDueDate(Fixtures.ANCHOR.minusDays(1))), Diagnostic.WARNING,
                "target.past", target);
    }

    @Test
    void planTimeZoneMissingOrInvalid() {
        assertFinding(findingsAfter(w -> w.plan().setTimeZone(null)), Diagnostic.ERROR, "plan.timezone", workspace.plan());
        assertFinding(findingsAfter(w -> w.plan().setTimeZone("Mars/Olympus")), Diagnostic.ERROR, "plan.timezone",
                workspace.plan());
    }

    private ScheduledPublication publication(PublicationState state) {
        return workspace.content().getItems().stream().flatMap(i -> i.getVariants().stream())
                .flatMap(v -> v.getPublications().stream()).filter(p -> p.getState() == state).findFirst().orElseThrow();
    }

    @Test
    void scheduledPublicationWithoutTimeZone() {
        ScheduledPublication publication = publication(PublicationState.SCHEDULED);
        assertFinding(findingsAfter(w -> publication.setTimeZone(null)), Diagnostic.ERROR, "publication.timezone",
                publication);
    }

    @Test
    void scheduledPublicationWithoutApprovalWhenApprovalRequired() {
        ScheduledPublication publication = publication(PublicationState.SCHEDULED);
        assertFinding(findingsAfter(w -> publication.getApprovals().clear()), Diagnostic.ERROR, "publication.approval",
                publication);
    }

    @Test
    void approvalOfAnOlderRevisionDoesNotCount() {
        ScheduledPublication publication = publication(PublicationState.SCHEDULED);
        Variant variant = (Variant) publication.eContainer();
        assertFinding(findingsAfter(w -> variant.setRevision(variant.getRevision() + 1)), Diagnostic.ERROR,
                "publication.approval", publication);
    }

    @Test
    void noApprovalNeededWhenThePlanDoesNotRequireIt() {
        ScheduledPublication publication = publication(PublicationState.SCHEDULED);
        List<Finding> findings = findingsAfter(w -> {
            w.plan().setApprovalRequired(false);
            publication.getApprovals().clear();
        });
        assertThat(findings).noneMatch(f -> "publication.approval".equals(f.rule()));
    }

    @Test
    void variantWithoutTextOrMedia() {
        Variant variant = workspace.content().getItems().get(2).getVariants().get(0);
        assertFinding(findingsAfter(w -> {
            variant.setText(" ");
            variant.getMedia().clear();
        }), Diagnostic.ERROR, "variant.empty", variant);
    }

    @Test
    void campaignSpendOverBudget() {
        Campaign campaign = workspace.plan().getCampaigns().get(0);
        assertFinding(findingsAfter(w -> {
            SpendEntry big = PlanFactory.eINSTANCE.createSpendEntry();
            big.setId("spend-big");
            big.setDate(Fixtures.ANCHOR);
            big.setAmount(campaign.getBudget());
            campaign.getSpend().add(big);
        }), Diagnostic.ERROR, "campaign.overspend", campaign);
    }

    @Test
    void sponsoredCampaignWithoutBudget() {
        Campaign campaign = workspace.plan().getCampaigns().get(1);
        assertFinding(findingsAfter(w -> campaign.setBudget(null)), Diagnostic.ERROR, "campaign.budget", campaign);
    }

    @Test
    void campaignFlightEndsBeforeItStarts() {
        Campaign campaign = workspace.plan().getCampaigns().get(1);
        assertFinding(findingsAfter(w -> campaign.setFlightEnd(campaign.getFlightStart().minusDays(1))), Diagnostic.ERROR,
                "campaign.flight", campaign);
    }

    @Test
    void personaNothingTargets() {
        Persona persona = PlanFactory.eINSTANCE.createPersona();
        persona.setId("persona-tourists");
        persona.setName("Tourists");
        assertFinding(findingsAfter(w -> w.plan().getPersonas().add(persona)), Diagnostic.WARNING, "persona.untargeted",
                persona);
        List<Finding> targeted = findingsAfter(w -> w.content().getItems().get(0).getPersonas().add(persona));
        assertThat(targeted).noneMatch(f -> f.target() == persona);
    }

    @Test
    void kpiFormulaThatIsInvalidOrUsesUnknownMetrics() {
        var definition = workspace.plan().getKpiDefinitions().get(0);
        assertFinding(findingsAfter(w -> definition.setFormula("reach / (")), Diagnostic.ERROR, "kpidefinition.formula",
                definition);
        assertFinding(findingsAfter(w -> definition.setFormula("reach / footfall")), Diagnostic.ERROR,
                "kpidefinition.formula", definition);
    }

    @Test
    void linkThatIsNotAnAbsoluteUrl() {
        TrackedLink link = workspace.content().getItems().stream().flatMap(i -> i.getVariants().stream())
                .flatMap(v -> v.getLinks().stream()).findFirst().orElseThrow();
        assertFinding(findingsAfter(w -> link.setUrl("emberandoak/shop")), Diagnostic.ERROR, "link.url", link);
    }

    @Test
    void assignedThreadWithoutAssignee() {
        MessageThread thread = workspace.community().getThreads().stream()
                .filter(t -> t.getStatus() == ThreadStatus.ASSIGNED).findFirst().orElseThrow();
        assertFinding(findingsAfter(w -> thread.setAssignee(null)), Diagnostic.ERROR, "thread.assignee", thread);
    }

    @Test
    void sentimentOutOfRange() {
        Message message = workspace.community().getThreads().get(0).getMessages().get(0);
        assertFinding(findingsAfter(w -> message.setSentiment(1.5f)), Diagnostic.ERROR, "message.sentiment", message);
    }

    @Test
    void handedOffLeadWithoutSalesOwner() {
        Lead lead = workspace.community().getLeads().get(0);
        assertFinding(findingsAfter(w -> {
            lead.setHandoff(HandoffState.HANDED_OFF);
            lead.setSalesOwner(null);
        }), Diagnostic.ERROR, "lead.salesowner", lead);
    }

    @Test
    void postSeriesOnTheWrongChannel() {
        var series = workspace.analytics().getSeries().stream().filter(s -> s.getSubject() != null).findFirst()
                .orElseThrow();
        var other = workspace.plan().getChannels().stream().filter(c -> c != series.getChannel()).findFirst().orElseThrow();
        assertFinding(findingsAfter(w -> series.setChannel(other)), Diagnostic.ERROR, "series.channel", series);
    }

    @Test
    void deletedReferencedObjectGivesAnUnresolvedReferenceError() throws Exception {
        workspace.save();
        ChorusWorkspace loaded = ChorusWorkspace.open(folder);
        Goal goal = loaded.plan().getGoals().get(1);
        ContentItem user = loaded.content().getItems().stream().filter(i -> i.getGoals().contains(goal)).findFirst()
                .orElseThrow();
        // delete the goal from the plan file only, as a hand edit would
        loaded.plan().getCampaigns().forEach(c -> {
            c.getGoals().remove(goal);
            c.getKpis().removeAll(goal.getKpis());
        });
        EcoreUtil.remove(goal);
        loaded.resource(io.github.chorus.workspace.WorkspacePart.PLAN).save(null);
        ChorusWorkspace reopened = ChorusWorkspace.open(folder);
        List<Finding> findings = Fixtures.validate(reopened);
        assertThat(findings).anySatisfy(f -> {
            assertThat(f.severity()).isEqualTo(Diagnostic.ERROR);
            assertThat(f.resource()).isEqualTo("content.xmi");
            assertThat(f.object()).isEqualTo("ContentItem#" + user.getId());
            assertThat(f.message()).contains("unresolved proxy").contains("plan.xmi#" + goal.getId());
        });
    }

    @Test
    void contributedChannelRulesRunThroughTheHook() {
        Variant variant = workspace.content().getItems().get(0).getVariants().get(0);
        List<Finding> findings = Fixtures.validate(workspace, (object, diagnostics, context) -> {
            if (object instanceof Variant v && v.getText() != null && v.getText().length() > 20) {
                return ChorusDiagnostics.report(diagnostics, Diagnostic.ERROR, "test.length", v, "text too long");
            }
            return true;
        });
        assertFinding(findings, Diagnostic.ERROR, "test.length", variant);
        assertThat(Fixtures.validate(workspace)).noneMatch(f -> "test.length".equals(f.rule()));
    }

    @Test
    void budgetAmountMustNotBeNegative() {
        var budget = workspace.plan().getBudgets().get(0);
        assertFinding(findingsAfter(w -> budget.setAmount(new BigDecimal("-1"))), Diagnostic.ERROR, "budget.amount", budget);
    }
}
