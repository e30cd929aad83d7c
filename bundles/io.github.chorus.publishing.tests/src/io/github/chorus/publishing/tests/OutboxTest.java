// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.publishing.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.chorus.content.model.AttemptOutcome;
import io.github.chorus.content.model.PublicationState;
import io.github.chorus.content.model.PublishAttempt;
import io.github.chorus.content.model.ScheduledPublication;
import io.github.chorus.plan.model.ChannelPresence;
import io.github.chorus.publishing.Outbox;
import io.github.chorus.publishing.OutboxEvent;
import io.github.chorus.publishing.OutboxEvent.Result;
import io.github.chorus.publishing.PublishingSettings;
import io.github.chorus.publishing.tests.LoopbackMastodon.AcceptThenHang;
import io.github.chorus.publishing.tests.LoopbackMastodon.Status;
import io.github.chorus.workspace.ChorusWorkspace;

/** The outbox against a loopback Mastodon instance, through the real Mastodon connector. */
class OutboxTest {

	private static final Instant T0 = Instant.parse("2026-10-24T07:00:00Z");

	@TempDir
	Path temp;

	private LoopbackMastodon server;
	private Fixture fixture;
	private MutableClock clock;
	private io.github.chorus.publishing.IConnectorResolver resolver;
	private final List<OutboxEvent> events = new ArrayList<>();

	@BeforeEach
	void setUp() throws Exception {
		server = new LoopbackMastodon();
		fixture = new Fixture(temp.resolve("ws"));
		clock = new MutableClock(T0);
		resolver = fixture.resolver(server.url(), Duration.ofMillis(400));
	}

	@AfterEach
	void tearDown() {
		server.close();
	}

	private Outbox outbox() {
		return new Outbox(fixture.workspace, resolver, clock,
				Outbox.Options.defaults(), events::add);
	}

	private List<OutboxEvent> run() throws Exception {
		return outbox().publishDue();
	}

	/** The saved state, read back from disk. */
	private ScheduledPublication reloaded(ScheduledPublication publication) throws Exception {
		ChorusWorkspace loaded = ChorusWorkspace.open(fixture.workspace.folder());
		assertThat(loaded.problems()).isEmpty();
		return (ScheduledPublication) loaded.resource(io.github.chorus.workspace.WorkspacePart.CONTENT).getEObject(publication.getId());
	}

	@Test
	void publishesWhatIsDueAndRecordsTheAttempt() throws Exception {
		ChannelPresence channel = fixture.mastodon("alice");
		ScheduledPublication due = fixture.scheduled(channel, "Hello from Chorus", T0.minusSeconds(60));
		ScheduledPublication later = fixture.scheduled(channel, "Later", T0.plusSeconds(3600));

		List<OutboxEvent> result = run();

		assertThat(result).extracting(OutboxEvent::result).containsExactly(Result.PUBLISHED);
		assertThat(server.posts()).extracting(LoopbackMastodon.Post::text).containsExactly("Hello from Chorus");
		ScheduledPublication saved = reloaded(due);
		assertThat(saved.getState()).isEqualTo(PublicationState.PUBLISHED);
		assertThat(saved.getRemoteId()).isEqualTo(server.posts().get(0).id());
		assertThat(saved.getRemoteUrl()).isEqualTo(server.url() + "/@chorus/" + saved.getRemoteId());
		assertThat(saved.getAttempts()).singleElement().satisfies(a -> {
			assertThat(a.getOutcome()).isEqualTo(AttemptOutcome.SUCCESS);
			assertThat(a.getStartedAt()).isEqualTo(T0);
			assertThat(a.getRemoteId()).isEqualTo(saved.getRemoteId());
		});
		assertThat(reloaded(later).getState()).isEqualTo(PublicationState.SCHEDULED);
		assertThat(result.get(0).line()).startsWith(due.getId() + " PUBLISHED Mastodon alice: published");
	}

	@Test
	void retriesATransientFailureWithTheSameKeyAfterTheBackoff() throws Exception {
		ChannelPresence channel = fixture.mastodon("alice");
		ScheduledPublication publication = fixture.scheduled(channel, "Flaky", T0);
		server.script("token-alice", new Status(503, "Service Unavailable", null));

		assertThat(run()).extracting(OutboxEvent::result).containsExactly(Result.RETRY_LATER);
		assertThat(reloaded(publication).getState()).isEqualTo(PublicationState.SCHEDULED);
		assertThat(reloaded(publication).getAttempts()).extracting(PublishAttempt::getOutcome)
				.containsExactly(AttemptOutcome.TRANSIENT_ERROR);
		assertThat(reloaded(publication).getAttempts().get(0).getMessage()).contains("503");
		assertThat(server.posts()).isEmpty();

		clock.advance(Duration.ofSeconds(29));
		assertThat(run()).isEmpty(); // backoff: 30 s
		clock.advance(Duration.ofSeconds(1));
		assertThat(run()).extracting(OutboxEvent::result).containsExactly(Result.PUBLISHED);
		assertThat(server.posts()).hasSize(1);
		assertThat(reloaded(publication).getAttempts()).extracting(PublishAttempt::getOutcome)
				.containsExactly(AttemptOutcome.TRANSIENT_ERROR, AttemptOutcome.SUCCESS);
		assertThat(PublishingSettings.load(fixture.workspace.folder()).notBefore(publication.getId())).isEmpty();
	}

	@Test
	void waitsExactlyTheRetryAfterOfARateLimit() throws Exception {
		ChannelPresence channel = fixture.mastodon("alice");
		ScheduledPublication publication = fixture.scheduled(channel, "Busy", T0);
		server.script("token-alice", new Status(429, "Too many requests", "600"));

		assertThat(run()).extracting(OutboxEvent::result).containsExactly(Result.RETRY_LATER);
		assertThat(reloaded(publication).getAttempts()).extracting(PublishAttempt::getOutcome)
				.containsExactly(AttemptOutcome.RATE_LIMITED);
		assertThat(PublishingSettings.load(fixture.workspace.folder()).notBefore(publication.getId()))
				.contains(T0.plusSeconds(600));

		clock.advance(Duration.ofSeconds(599));
		assertThat(run()).isEmpty();
		assertThat(server.requests()).isEqualTo(1);
		clock.advance(Duration.ofSeconds(1));
		assertThat(run()).extracting(OutboxEvent::result).containsExactly(Result.PUBLISHED);
		assertThat(server.requests()).isEqualTo(2);
		assertThat(server.posts()).hasSize(1);
	}

	@Test
	void reconcilesATimeoutAfterTheServerAcceptedThePost() throws Exception {
		ChannelPresence channel = fixture.mastodon("alice");
		ScheduledPublication publication = fixture.scheduled(channel, "Slow answer", T0);
		server.script("token-alice", new AcceptThenHang(1_500));

		List<OutboxEvent> first = run();
		assertThat(first).extracting(OutboxEvent::result).containsExactly(Result.RETRY_LATER);
		assertThat(server.posts()).hasSize(1); // the network has it, the outbox does not know
		ScheduledPublication saved = reloaded(publication);
		assertThat(saved.getAttempts()).extracting(PublishAttempt::getOutcome).containsExactly(AttemptOutcome.UNKNOWN);
		assertThat(saved.getState()).isNotEqualTo(PublicationState.PUBLISHED);

		clock.advance(Duration.ofMinutes(1));
		assertThat(run()).extracting(OutboxEvent::result).containsExactly(Result.PUBLISHED);
		assertThat(server.posts()).hasSize(1);
		assertThat(server.repeatedKeys()).isEqualTo(1);
		saved = reloaded(publication);
		assertThat(saved.getState()).isEqualTo(PublicationState.PUBLISHED);
		assertThat(saved.getRemoteId()).isEqualTo(server.posts().get(0).id());
		assertThat(saved.getAttempts()).extracting(PublishAttempt::getOutcome)
				.containsExactly(AttemptOutcome.UNKNOWN, AttemptOutcome.SUCCESS);
	}

	@Test
	void anExpiredAuthorizationPausesThatAccountOnly() throws Exception {
		ChannelPresence alice = fixture.mastodon("alice");
		ChannelPresence bob = fixture.mastodon("bob");
		ScheduledPublication a1 = fixture.scheduled(alice, "Alice one", T0.minusSeconds(20));
		ScheduledPublication b1 = fixture.scheduled(bob, "Bob one", T0.minusSeconds(10));
		ScheduledPublication a2 = fixture.scheduled(alice, "Alice two", T0);
		ScheduledPublication b2 = fixture.scheduled(bob, "Bob two", T0);
		server.script("token-alice", new Status(401, "The access token expired", null));

		List<OutboxEvent> result = run();

		assertThat(result).extracting(OutboxEvent::publicationId, OutboxEvent::result).containsExactlyInAnyOrder(
				org.assertj.core.groups.Tuple.tuple(a1.getId(), Result.ACCOUNT_PAUSED),
				org.assertj.core.groups.Tuple.tuple(b1.getId(), Result.PUBLISHED),
				org.assertj.core.groups.Tuple.tuple(a2.getId(), Result.HELD),
				org.assertj.core.groups.Tuple.tuple(b2.getId(), Result.PUBLISHED));
		assertThat(server.posts()).extracting(LoopbackMastodon.Post::text).containsExactlyInAnyOrder("Bob one", "Bob two");
		assertThat(reloaded(a1).getState()).isEqualTo(PublicationState.SCHEDULED);
		assertThat(reloaded(a1).getAttempts()).extracting(PublishAttempt::getOutcome).containsExactly(AttemptOutcome.AUTH_ERROR);
		assertThat(reloaded(a2).getAttempts()).isEmpty(); // never sent
		PublishingSettings settings = PublishingSettings.load(fixture.workspace.folder());
		assertThat(settings.accountPause(Fixture.MASTODON, "alice")).hasValueSatisfying(r -> assertThat(r).contains("expired"));
		assertThat(settings.accountPause(Fixture.MASTODON, "bob")).isEmpty();

		// still paused on the next pass: nothing is sent; after the user reconnects, both go out
		assertThat(run()).extracting(OutboxEvent::result).containsOnly(Result.HELD);
		assertThat(server.requests()).isEqualTo(3);
		settings.setAccountPause(Fixture.MASTODON, "alice", null);
		settings.save();
		assertThat(run()).extracting(OutboxEvent::result).containsExactly(Result.PUBLISHED, Result.PUBLISHED);
		assertThat(server.posts()).hasSize(4);
	}

	@Test
	void rejectedContentGoesBackToItsAuthorWithTheNetworksReason() throws Exception {
		ChannelPresence channel = fixture.mastodon("alice");
		ScheduledPublication publication = fixture.scheduled(channel, "x".repeat(600), T0);
		server.script("token-alice", new Status(422, "Validation failed: Text character limit of 500 exceeded", null));

		List<OutboxEvent> result = run();

		assertThat(result).singleElement().satisfies(e -> {
			assertThat(e.result()).isEqualTo(Result.REJECTED);
			assertThat(e.message()).contains("back to author").contains("character limit of 500 exceeded");
		});
		ScheduledPublication saved = reloaded(publication);
		assertThat(saved.getState()).isEqualTo(PublicationState.DRAFT);
		assertThat(saved.getAttempts()).singleElement().satisfies(a -> {
			assertThat(a.getOutcome()).isEqualTo(AttemptOutcome.REJECTED);
			assertThat(a.getMessage()).contains("Text character limit of 500 exceeded");
		});
		clock.advance(Duration.ofHours(1));
		assertThat(run()).isEmpty(); // a draft is not published again
		assertThat(server.requests()).isEqualTo(1);
	}

	@Test
	void givesUpAfterTheMaximumOfTemporaryFailures() throws Exception {
		ChannelPresence channel = fixture.mastodon("alice");
		ScheduledPublication publication = fixture.scheduled(channel, "Never", T0);
		for (int i = 0; i < 8; i++) {
			server.script("token-alice", new Status(502, "Bad Gateway", null));
		}
		List<Result> results = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			results.addAll(run().stream().map(OutboxEvent::result).toList());
			clock.advance(Duration.ofHours(2));
		}
		assertThat(results).hasSize(8).endsWith(Result.FAILED).doesNotContain(Result.PUBLISHED);
		assertThat(reloaded(publication).getState()).isEqualTo(PublicationState.FAILED);
		assertThat(reloaded(publication).getAttempts()).hasSize(8);
		assertThat(run()).isEmpty();
	}

	@Test
	void aStopRollsBackTheRestOfTheBatchWithoutSendingIt() throws Exception {
		ChannelPresence channel = fixture.mastodon("alice");
		for (int i = 0; i < 5; i++) {
			fixture.scheduled(channel, "Post " + i, T0);
		}
		Outbox[] holder = new Outbox[1];
		holder[0] = new Outbox(fixture.workspace, fixture.resolver(server.url(), Duration.ofSeconds(2)), clock,
				Outbox.Options.defaults().withBatchSize(16), event -> holder[0].requestStop());
		List<OutboxEvent> result = holder[0].publishDue();

		assertThat(result).extracting(OutboxEvent::result).containsExactly(Result.PUBLISHED);
		assertThat(server.posts()).hasSize(1);
		ChorusWorkspace loaded = ChorusWorkspace.open(fixture.workspace.folder());
		List<PublicationState> states = new ArrayList<>();
		loaded.content().getItems().forEach(i -> i.getVariants().forEach(v -> v.getPublications().forEach(p -> {
			states.add(p.getState());
			if (p.getState() == PublicationState.SCHEDULED) {
				assertThat(p.getAttempts()).isEmpty();
			}
		})));
		assertThat(states).containsExactlyInAnyOrder(PublicationState.PUBLISHED, PublicationState.SCHEDULED,
				PublicationState.SCHEDULED, PublicationState.SCHEDULED, PublicationState.SCHEDULED);
	}

	@Test
	void parallelCallsInLargeBatchesPublishEachOnceAndRecordEveryOutcome() throws Exception {
		ChannelPresence alice = fixture.mastodon("alice");
		ChannelPresence bob = fixture.mastodon("bob");
		List<ScheduledPublication> due = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			due.add(fixture.scheduled(i % 2 == 0 ? alice : bob, "Parallel " + i, T0.minusSeconds(i)));
		}
		server.script("token-bob", new Status(503, "Service Unavailable", null));
		Outbox outbox = new Outbox(fixture.workspace, resolver, clock,
				Outbox.Options.defaults().withBatchSize(16).withParallelism(4), events::add);

		List<OutboxEvent> result = outbox.publishDue();

		assertThat(result).hasSize(40);
		assertThat(result).filteredOn(e -> e.result() == Result.RETRY_LATER).hasSize(1);
		assertThat(server.posts()).hasSize(39).extracting(LoopbackMastodon.Post::text).doesNotHaveDuplicates();
		clock.advance(Duration.ofMinutes(1));
		assertThat(outbox.publishDue()).extracting(OutboxEvent::result).containsExactly(Result.PUBLISHED);
		assertThat(server.posts()).hasSize(40);
		for (ScheduledPublication publication : due) {
			ScheduledPublication saved = reloaded(publication);
			assertThat(saved.getState()).isEqualTo(PublicationState.PUBLISHED);
			assertThat(saved.getAttempts().get(saved.getAttempts().size() - 1).getRemoteId()).isEqualTo(saved.getRemoteId());
		}
	}
}
