// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.publishing.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.chorus.content.model.ContentItem;
import io.github.chorus.content.model.ContentLibrary;
import io.github.chorus.content.model.PublicationState;
import io.github.chorus.content.model.ScheduledPublication;
import io.github.chorus.plan.model.ChannelPresence;
import io.github.chorus.publishing.IConnectorResolver;
import io.github.chorus.publishing.Outbox;
import io.github.chorus.publishing.OutboxEvent;
import io.github.chorus.publishing.PublicationOutcomes;
import io.github.chorus.publishing.PublisherLock;
import io.github.chorus.publishing.internal.Publisher;
import io.github.chorus.workspace.ChangedOnDiskException;
import io.github.chorus.workspace.ChorusWorkspace;
import io.github.chorus.workspace.WorkspacePart;

/**
 * Two writers on one workspace folder: a publisher and a workbench (two {@link ChorusWorkspace} instances),
 * or two publishers. No save overwrites another's changes unseen, no outcome is lost, nothing is sent twice.
 */
class TwoWritersTest {

	private static final Instant T0 = Instant.parse("2026-11-26T08:00:00Z");

	@TempDir
	Path temp;

	private LoopbackMastodon server;
	private Fixture fixture;
	private Path folder;
	private IConnectorResolver resolver;
	private final ByteArrayOutputStream output = new ByteArrayOutputStream();

	@BeforeEach
	void setUp() throws Exception {
		server = new LoopbackMastodon();
		folder = temp.resolve("ws");
		fixture = new Fixture(folder);
		resolver = fixture.resolver(server.url(), Duration.ofSeconds(2));
	}

	@AfterEach
	void tearDown() {
		server.close();
	}

	private Publisher publisher(java.util.function.Consumer<OutboxEvent> listener) {
		PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);
		return new Publisher(folder, resolver, new MutableClock(T0), Outbox.Options.defaults(), out,
				"chorus publish --once", listener);
	}

	private static ContentItem item(ChorusWorkspace workspace, String id) {
		return workspace.content().getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
	}

	private static ScheduledPublication publication(ChorusWorkspace workspace, String id) {
		return PublicationOutcomes.byId(workspace.content()).get(id);
	}

	@Test
	void aSaveOverFilesAnotherInstanceChangedIsRefusedAndTheirChangesStay() throws Exception {
		ChannelPresence channel = fixture.mastodon("alice");
		ScheduledPublication due = fixture.scheduled(channel, "Hello", T0);
		fixture.workspace.save();
		ChorusWorkspace a = ChorusWorkspace.open(folder);
		ChorusWorkspace b = ChorusWorkspace.open(folder);
		assertThat(a.changedOnDisk()).isEmpty();

		item(b, "item-1").setName("renamed by b");
		b.save();
		String afterB = Files.readString(folder.resolve("content.xmi"));
		item(a, "item-1").setName("renamed by a");

		assertThat(a.changedOnDisk()).containsExactly(WorkspacePart.CONTENT);
		assertThatThrownBy(a::save).isInstanceOf(ChangedOnDiskException.class)
				.hasMessageContaining("content.xmi").hasMessageContaining("changed on disk")
				.satisfies(e -> assertThat(((ChangedOnDiskException) e).files())
						.containsExactly(folder.resolve("content.xmi")));
		assertThat(Files.readString(folder.resolve("content.xmi"))).isEqualTo(afterB);

		// a touched file with the same content is no conflict; the plan (unchanged by b) saves fine
		Files.setLastModifiedTime(folder.resolve("plan.xmi"), java.nio.file.attribute.FileTime.from(T0));
		a.plan().setName("plan renamed by a");
		a.reload(WorkspacePart.CONTENT);
		assertThat(item(a, "item-1").getName()).isEqualTo("renamed by b");
		item(a, "item-1").setIdea("an idea from a");
		a.save();
		ChorusWorkspace reread = ChorusWorkspace.open(folder);
		assertThat(item(reread, "item-1").getName()).isEqualTo("renamed by b");
		assertThat(item(reread, "item-1").getIdea()).isEqualTo("an idea from a");
		assertThat(reread.plan().getName()).isEqualTo("plan renamed by a");
	}

	@Test
	void aPublisherWhoseSaveIsRefusedReappliesItsOutcomesToAFreshCopy() throws Exception {
		ChannelPresence channel = fixture.mastodon("alice");
		ScheduledPublication due = fixture.scheduled(channel, "Hello from the daemon", T0.minusSeconds(60));
		fixture.workspace.save();
		List<OutboxEvent> events = new ArrayList<>();
		// the workbench saves an edit while the publisher's call is on its way
		Publisher publisher = publisher(event -> {
			events.add(event);
			try {
				ChorusWorkspace workbench = ChorusWorkspace.open(folder);
				item(workbench, "item-1").setName("edited in the workbench meanwhile");
				workbench.save();
			} catch (java.io.IOException e) {
				throw new IllegalStateException(e);
			}
		});

		assertThat(publisher.once()).isZero();

		assertThat(events).extracting(OutboxEvent::result).containsExactly(OutboxEvent.Result.PUBLISHED);
		assertThat(output.toString(StandardCharsets.UTF_8)).contains("changed on disk during the pass")
				.contains("re-applying 1 outcome");
		assertThat(server.posts()).hasSize(1);
		ChorusWorkspace reread = ChorusWorkspace.open(folder);
		assertThat(item(reread, "item-1").getName()).isEqualTo("edited in the workbench meanwhile");
		ScheduledPublication saved = publication(reread, due.getId());
		assertThat(saved.getState()).isEqualTo(PublicationState.PUBLISHED);
		assertThat(saved.getRemoteId()).isEqualTo(server.posts().get(0).id());

		// nothing is due any more: a second pass sends nothing
		assertThat(publisher(e -> { }).once()).isZero();
		assertThat(server.posts()).hasSize(1);
	}

	@Test
	void aWorkbenchWithUnsavedEditsMergesThePublishersOutcomesAndKeepsItsEdits() throws Exception {
		ChannelPresence channel = fixture.mastodon("alice");
		ScheduledPublication due = fixture.scheduled(channel, "Published while editing", T0.minusSeconds(60));
		fixture.workspace.save();
		ChorusWorkspace workbench = ChorusWorkspace.open(folder);
		item(workbench, "item-1").setName("unsaved edit");

		assertThat(publisher(e -> { }).once()).isZero();

		assertThatThrownBy(workbench::save).isInstanceOf(ChangedOnDiskException.class);
		assertThat(workbench.changedOnDisk()).containsExactly(WorkspacePart.CONTENT);
		ChorusWorkspace.DiskVersion disk = workbench.readDiskVersion(WorkspacePart.CONTENT);
		assertThat(PublicationOutcomes.merge((ContentLibrary) disk.root(), workbench.content(), id -> true))
				.containsExactly(due.getId());
		assertThat(workbench.acceptDiskVersion(disk)).as("the unsaved edit is still to save").isFalse();
		workbench.save();

		ChorusWorkspace reread = ChorusWorkspace.open(folder);
		assertThat(item(reread, "item-1").getName()).isEqualTo("unsaved edit");
		assertThat(publication(reread, due.getId()).getState()).isEqualTo(PublicationState.PUBLISHED);
		assertThat(publication(reread, due.getId()).getAttempts()).hasSize(1);
		assertThat(server.posts()).hasSize(1);
	}

	@Test
	void aCleanWorkbenchAdoptsThePublishersFileWithoutReloading() throws Exception {
		ChannelPresence channel = fixture.mastodon("alice");
		ScheduledPublication due = fixture.scheduled(channel, "Published", T0.minusSeconds(60));
		fixture.workspace.save();
		ChorusWorkspace workbench = ChorusWorkspace.open(folder);
		ScheduledPublication shown = publication(workbench, due.getId());

		publisher(e -> { }).once();

		ChorusWorkspace.DiskVersion disk = workbench.readDiskVersion(WorkspacePart.CONTENT);
		PublicationOutcomes.merge((ContentLibrary) disk.root(), workbench.content(), id -> true);
		assertThat(workbench.acceptDiskVersion(disk)).isTrue();
		assertThat(workbench.changedOnDisk()).isEmpty();
		assertThat(shown.getState()).as("the same object, now published").isEqualTo(PublicationState.PUBLISHED);
	}

	@Test
	void aSecondPublisherIsRefusedWithTheNameOfTheFirst() throws Exception {
		fixture.scheduled(fixture.mastodon("alice"), "Once only", T0.minusSeconds(60));
		fixture.workspace.save();
		try (PublisherLock daemon = PublisherLock.acquire(folder, "chorus publish --daemon")) {
			assertThatThrownBy(() -> publisher(e -> { }).once()).isInstanceOf(PublisherLock.HeldException.class)
					.hasMessageContaining("Another publisher is already running")
					.hasMessageContaining("chorus publish --daemon (process " + ProcessHandle.current().pid());
			assertThat(server.posts()).isEmpty();
		}
		assertThat(publisher(e -> { }).once()).isZero();
		assertThat(server.posts()).hasSize(1);
	}
}
