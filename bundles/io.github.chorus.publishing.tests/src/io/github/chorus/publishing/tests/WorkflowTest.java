// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.publishing.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.chorus.content.model.ApprovalDecision;
import io.github.chorus.content.model.ContentItem;
import io.github.chorus.content.model.PublicationState;
import io.github.chorus.content.model.ScheduledPublication;
import io.github.chorus.content.model.Variant;
import io.github.chorus.plan.model.Campaign;
import io.github.chorus.plan.model.ChannelPresence;
import io.github.chorus.plan.model.RoleKind;
import io.github.chorus.publishing.ApprovalPolicy;
import io.github.chorus.publishing.ApprovalWorkflow;
import io.github.chorus.publishing.Outbox;
import io.github.chorus.publishing.OutboxEvent;
import io.github.chorus.publishing.OutboxEvent.Result;
import io.github.chorus.publishing.PublishingSettings;
import io.github.chorus.publishing.Schedules;

/** Approvals, freezes and daylight-saving time, through the outbox and a loopback Mastodon instance. */
class WorkflowTest {

	private static final Instant T0 = Instant.parse("2026-10-24T07:00:00Z");
	private static final String ROME = "Europe/Rome";

	@TempDir
	Path temp;

	private LoopbackMastodon server;
	private Fixture fixture;
	private MutableClock clock;
	private ChannelPresence channel;
	private io.github.chorus.publishing.IConnectorResolver resolver;

	@BeforeEach
	void setUp() throws Exception {
		server = new LoopbackMastodon();
		fixture = new Fixture(temp.resolve("ws"));
		clock = new MutableClock(T0);
		channel = fixture.mastodon("alice");
		resolver = fixture.resolver(server.url(), Duration.ofSeconds(2));
	}

	@AfterEach
	void tearDown() {
		server.close();
	}

	private List<OutboxEvent> run() throws Exception {
		return new Outbox(fixture.workspace, resolver, clock,
				Outbox.Options.defaults(), e -> {
				}).publishDue();
	}

	@Test
	void nothingUnapprovedIsPublishedWhenApprovalIsRequired() throws Exception {
		ScheduledPublication sneaky = fixture.draft(channel, "Not reviewed");
		sneaky.setScheduledAt(T0); // scheduled without approval, as a hand-edited file could
		sneaky.setTimeZone(ROME);
		sneaky.setState(PublicationState.SCHEDULED);

		assertThat(run()).extracting(OutboxEvent::result).containsExactly(Result.BACK_TO_REVIEW);
		assertThat(sneaky.getState()).isEqualTo(PublicationState.IN_REVIEW);
		assertThat(((ScheduledPublication) io.github.chorus.workspace.ChorusWorkspace.open(fixture.workspace.folder())
				.resource(io.github.chorus.workspace.WorkspacePart.CONTENT).getEObject(sneaky.getId())).getState())
				.as("saved").isEqualTo(PublicationState.IN_REVIEW);
		assertThat(server.requests()).isZero();
		assertThatThrownBy(() -> new ApprovalWorkflow(ApprovalPolicy.oneApprover()).schedule(sneaky, T0, ROME))
				.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void editingAnApprovedVariantSendsItBackToReview() throws Exception {
		ApprovalWorkflow workflow = new ApprovalWorkflow(ApprovalPolicy.oneApprover());
		ScheduledPublication publication = fixture.scheduled(channel, "Version one", T0.plusSeconds(60));
		Variant variant = (Variant) publication.eContainer();
		assertThat(workflow.isApproved(publication)).isTrue();

		variant.setText("Version two");
		workflow.variantEdited(variant);

		assertThat(variant.getRevision()).isEqualTo(2);
		assertThat(publication.getState()).isEqualTo(PublicationState.IN_REVIEW);
		assertThat(workflow.isApproved(publication)).isFalse();
		clock.advance(Duration.ofMinutes(5));
		assertThat(run()).isEmpty();
		assertThat(server.requests()).isZero();

		// the author may not approve; the approver approves revision 2, with a record of who and when
		assertThatThrownBy(() -> workflow.decide(publication, fixture.author, ApprovalDecision.APPROVED, null, clock.instant()))
				.isInstanceOf(IllegalStateException.class);
		var approval = workflow.decide(publication, fixture.approver, ApprovalDecision.APPROVED, "ok", clock.instant());
		assertThat(approval.getVariantRevision()).isEqualTo(2);
		assertThat(approval.getApprover()).isSameAs(fixture.approver);
		assertThat(approval.getDecidedAt()).isEqualTo(clock.instant());
		workflow.schedule(publication, clock.instant(), ROME);
		assertThat(run()).extracting(OutboxEvent::result).containsExactly(Result.PUBLISHED);
		assertThat(server.posts()).extracting(LoopbackMastodon.Post::text).containsExactly("Version two");
		assertThat(server.posts().get(0).key()).endsWith("@r2#0");
	}

	@Test
	void aRequestForChangesSendsTheDraftBackAndVoidsEarlierApprovals() {
		ApprovalWorkflow workflow = new ApprovalWorkflow(ApprovalPolicy.multiStep(RoleKind.APPROVER, RoleKind.ADMIN));
		ScheduledPublication publication = fixture.draft(channel, "Two steps");
		workflow.submit(publication);
		workflow.decide(publication, fixture.approver, ApprovalDecision.APPROVED, null, T0);
		assertThat(publication.getState()).isEqualTo(PublicationState.IN_REVIEW);
		assertThat(workflow.nextStep(publication)).isEqualTo(RoleKind.ADMIN);
		workflow.decide(publication, fixture.admin, ApprovalDecision.CHANGES_REQUESTED, "Shorter", T0.plusSeconds(1));
		assertThat(publication.getState()).isEqualTo(PublicationState.DRAFT);

		workflow.submit(publication);
		assertThat(workflow.nextStep(publication)).isEqualTo(RoleKind.APPROVER);
		assertThatThrownBy(() -> workflow.decide(publication, fixture.admin, ApprovalDecision.APPROVED, null, T0))
				.isInstanceOf(IllegalStateException.class); // the admin step comes second
		workflow.decide(publication, fixture.approver, ApprovalDecision.APPROVED, null, T0.plusSeconds(2));
		workflow.decide(publication, fixture.admin, ApprovalDecision.APPROVED, null, T0.plusSeconds(3));
		assertThat(publication.getState()).isEqualTo(PublicationState.APPROVED);
		assertThat(workflow.isApproved(publication)).isTrue();
		assertThat(publication.getApprovals()).hasSize(4);
	}

	@Test
	void withoutRequiredApprovalScheduledPostsGoOut() throws Exception {
		fixture.workspace.plan().setApprovalRequired(false);
		ScheduledPublication publication = fixture.draft(channel, "Straight out");
		ApprovalWorkflow workflow = new ApprovalWorkflow(
				PublishingSettings.load(fixture.workspace.folder()).approvalPolicy(false));
		workflow.submit(publication);
		assertThat(publication.getState()).isEqualTo(PublicationState.APPROVED);
		workflow.schedule(publication, T0, ROME);
		assertThat(run()).extracting(OutboxEvent::result).containsExactly(Result.PUBLISHED);
	}

	@Test
	void freezesHoldPostsUntilReleased() throws Exception {
		Campaign launch = fixture.campaign("campaign-launch");
		ScheduledPublication inCampaign = fixture.scheduled(channel, "Launch", T0);
		((ContentItem) inCampaign.eContainer().eContainer()).setCampaign(launch);
		ScheduledPublication other = fixture.scheduled(channel, "Other", T0);

		PublishingSettings settings = PublishingSettings.load(fixture.workspace.folder());
		settings.setWorkspaceFreeze("crisis");
		settings.save();
		assertThat(run()).extracting(OutboxEvent::result).containsExactly(Result.HELD, Result.HELD);
		assertThat(server.requests()).isZero();

		settings.setWorkspaceFreeze(null);
		settings.setCampaignFreeze("campaign-launch", "launch postponed");
		settings.save();
		List<OutboxEvent> events = run();
		assertThat(events).extracting(OutboxEvent::publicationId, OutboxEvent::result).containsExactlyInAnyOrder(
				org.assertj.core.groups.Tuple.tuple(inCampaign.getId(), Result.HELD),
				org.assertj.core.groups.Tuple.tuple(other.getId(), Result.PUBLISHED));
		assertThat(events.stream().filter(e -> e.result() == Result.HELD).findFirst().orElseThrow().message())
				.contains("launch postponed");

		settings.setCampaignFreeze("campaign-launch", null);
		settings.save();
		assertThat(run()).extracting(OutboxEvent::publicationId).containsExactly(inCampaign.getId());
		assertThat(server.posts()).hasSize(2);
	}

	@Test
	void nineOClockInRomeStaysNineOClockAcrossTheOctoberChange() throws Exception {
		// 2026-10-25 03:00 CEST becomes 02:00 CET: 09:00 is 07:00 UTC before, 08:00 UTC after
		List<ScheduledPublication> daily = new ArrayList<>();
		for (int day = 23; day <= 27; day++) {
			ScheduledPublication publication = fixture.scheduled(channel, "Daily " + day,
					Schedules.at(LocalDate.of(2026, 10, day), LocalTime.of(9, 0), ROME));
			daily.add(publication);
		}
		assertThat(daily.get(1).getScheduledAt()).isEqualTo(Instant.parse("2026-10-24T07:00:00Z"));
		assertThat(daily.get(3).getScheduledAt()).isEqualTo(Instant.parse("2026-10-26T08:00:00Z"));
		// moving a summer post to a winter day keeps its wall-clock time
		ScheduledPublication moved = fixture.scheduled(channel, "Moved", Instant.parse("2026-10-23T07:00:00Z"));
		Schedules.moveToDay(moved, LocalDate.of(2026, 10, 28));
		assertThat(moved.getScheduledAt()).isEqualTo(Instant.parse("2026-10-28T08:00:00Z"));
		daily.add(moved);

		// the publisher polls every 5 minutes from Thursday to Thursday
		for (Instant t = Instant.parse("2026-10-22T22:00:00Z"); t.isBefore(Instant.parse("2026-10-29T00:00:00Z")); t = t
				.plus(Duration.ofMinutes(5))) {
			clock.set(t);
			run();
		}
		for (ScheduledPublication publication : daily) {
			assertThat(publication.getState()).as(publication.getId()).isEqualTo(PublicationState.PUBLISHED);
			ZonedDateTime sent = publication.getAttempts().get(0).getStartedAt().atZone(ZoneId.of(ROME));
			assertThat(sent.toLocalTime()).as(publication.getId() + " sent at " + sent).isEqualTo(LocalTime.of(9, 0));
		}
		assertThat(daily.stream().map(p -> p.getAttempts().get(0).getStartedAt().atZone(ZoneId.of(ROME)).toLocalDate().getDayOfMonth()))
				.containsExactly(23, 24, 25, 26, 27, 28);
		assertThat(server.posts()).hasSize(6);
	}
}
