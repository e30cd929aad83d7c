// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.publishing.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.chorus.channels.accounts.AccountDirectory;
import io.github.chorus.channels.connector.AccountProfile;
import io.github.chorus.cli.CommandContext;
import io.github.chorus.cli.ICommand;
import io.github.chorus.content.model.ApprovalDecision;
import io.github.chorus.content.model.ContentFactory;
import io.github.chorus.content.model.ContentItem;
import io.github.chorus.content.model.PublicationState;
import io.github.chorus.content.model.ScheduledPublication;
import io.github.chorus.content.model.Variant;
import io.github.chorus.plan.model.ChannelPresence;
import io.github.chorus.plan.model.Member;
import io.github.chorus.plan.model.PlanFactory;
import io.github.chorus.plan.model.RoleKind;
import io.github.chorus.publishing.ApprovalPolicy;
import io.github.chorus.publishing.ApprovalWorkflow;
import io.github.chorus.workspace.ChorusWorkspace;
import io.github.chorus.workspace.WorkspacePart;
import io.github.chorus.workspace.demo.DemoWorkspace;

/**
 * {@code chorus publish --once} and {@code chorus freeze}, run as contributed commands in OSGi, on a demo
 * workspace with a Local feed channel connected to a folder: the due Local-feed posts land in the feed once,
 * the channels without an account are held and say so.
 */
class PublishCommandTest {

	private static final String LOCAL = "io.github.chorus.channel.local";

	@TempDir
	Path temp;

	private record Run(int exit, List<String> lines, String err) {
	}

	private static Run run(String name, String... arguments) throws Exception {
		IConfigurationElement contribution = List
				.of(RegistryFactory.getRegistry().getConfigurationElementsFor("io.github.chorus.cli.commands")).stream()
				.filter(element -> name.equals(element.getAttribute("name"))).findFirst()
				.orElseThrow(() -> new AssertionError(name + " is not contributed"));
		assertThat(contribution.getAttribute("description")).doesNotStartWith("%");
		ICommand command = (ICommand) contribution.createExecutableExtension("class");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exit = command.run(new CommandContext(name, List.of(arguments), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8)));
		String text = out.toString(StandardCharsets.UTF_8);
		return new Run(exit, text.isEmpty() ? List.of() : List.of(text.split("\n")), err.toString(StandardCharsets.UTF_8));
	}

	@Test
	void publishOncePutsTheDemosDueLocalFeedPostsIntoTheFeed() throws Exception {
		Path folder = temp.resolve("demo");
		Path feed = temp.resolve("feed");
		ChorusWorkspace workspace = DemoWorkspace.generate(folder,
				new DemoWorkspace.Options(7, 24, 40, 200, LocalDate.now(ZoneOffset.UTC)));
		ChannelPresence local = PlanFactory.eINSTANCE.createChannelPresence();
		local.setId("channel-local");
		local.setName("Local feed");
		local.setChannelTypeId(LOCAL);
		local.setAccountHandle(feed.toString());
		workspace.plan().getChannels().add(local);
		new AccountDirectory(folder).save(new AccountProfile(LOCAL, feed.toString(), "Local feed (feed)", null, null,
				Map.of("folder", feed.toString())));
		Member approver = workspace.plan().getTeam().getMembers().stream()
				.filter(m -> m.getRoles().stream().anyMatch(r -> r.getKind() == RoleKind.APPROVER)).findFirst().orElseThrow();
		ApprovalWorkflow workflow = new ApprovalWorkflow(ApprovalPolicy.oneApprover());
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		List<ScheduledPublication> due = new ArrayList<>();
		List<String> texts = new ArrayList<>();
		ScheduledPublication notYet = null;
		for (int i = 0; i < 4; i++) {
			ContentItem item = workspace.content().getItems().get(i);
			Variant variant = ContentFactory.eINSTANCE.createVariant();
			variant.setId(item.getId() + "-local");
			variant.setChannel(local);
			variant.setText(item.getVariants().get(0).getText());
			item.getVariants().add(variant);
			ScheduledPublication publication = ContentFactory.eINSTANCE.createScheduledPublication();
			publication.setId(variant.getId() + "-pub");
			publication.setState(PublicationState.DRAFT);
			variant.getPublications().add(publication);
			workflow.submit(publication);
			workflow.decide(publication, approver, ApprovalDecision.APPROVED, null, now.minusSeconds(3600));
			workflow.schedule(publication, i < 3 ? now.minusSeconds(60 * (i + 1)) : now.plusSeconds(86_400), "Europe/Paris");
			if (i < 3) {
				due.add(publication);
				texts.add(variant.getText());
			} else {
				notYet = publication;
			}
		}
		workspace.save();

		Run first = run("publish", "--workspace", folder.toString(), "--once");

		assertThat(first.exit()).as(first.lines() + first.err()).isZero();
		for (ScheduledPublication publication : due) {
			assertThat(first.lines()).as(first.lines().toString())
					.anyMatch(l -> l.startsWith(publication.getId() + " PUBLISHED Local feed: published [urn:chorus:local:"));
		}
		// the demo's posts in flight on channels that cannot publish here (not installed in this runtime, or
		// without an account) are held, visibly, and do not count as failures
		assertThat(first.lines()).anyMatch(l -> l.contains(" HELD ") && l.contains(": held: "));
		String notYetId = notYet.getId();
		assertThat(first.lines()).noneMatch(l -> l.startsWith(notYetId));

		String xml = Files.readString(feed.resolve("feed.xml"));
		for (String text : texts) {
			assertThat(xml.split(java.util.regex.Pattern.quote("<content type=\"text\">" + escape(text) + "</content>"), -1))
					.as(text).hasSize(2);
		}
		ChorusWorkspace reloaded = ChorusWorkspace.open(folder);
		for (ScheduledPublication publication : due) {
			ScheduledPublication saved = (ScheduledPublication) reloaded.resource(WorkspacePart.CONTENT).getEObject(publication.getId());
			assertThat(saved.getState()).isEqualTo(PublicationState.PUBLISHED);
			assertThat(saved.getRemoteId()).startsWith("urn:chorus:local:");
			assertThat(xml).contains("<id>" + saved.getRemoteId() + "</id>");
		}

		// a second run sends nothing again
		Run second = run("publish", "--workspace", folder.toString(), "--once");
		assertThat(second.exit()).isZero();
		assertThat(second.lines()).noneMatch(l -> l.contains(" PUBLISHED "));
		assertThat(Files.readString(feed.resolve("feed.xml"))).isEqualTo(xml);
	}

	@Test
	void freezeHoldsAndUnfreezeReleases() throws Exception {
		Path folder = temp.resolve("ws");
		Fixture fixture = new Fixture(folder);
		ChannelPresence local = PlanFactory.eINSTANCE.createChannelPresence();
		local.setId("channel-local");
		local.setName("Local feed");
		local.setChannelTypeId(LOCAL);
		fixture.workspace.plan().getChannels().add(local);
		Path feed = temp.resolve("feed");
		new AccountDirectory(folder).save(new AccountProfile(LOCAL, feed.toString(), "Local feed", null, null,
				Map.of("folder", feed.toString())));
		ScheduledPublication publication = fixture.scheduled(local, "Held, then released", Instant.now().minusSeconds(5));
		fixture.workspace.save();

		assertThat(run("freeze", "--workspace", folder.toString(), "--reason", "crisis").exit()).isZero();
		Run held = run("publish", "--workspace", folder.toString(), "--once");
		assertThat(held.exit()).isZero();
		assertThat(held.lines()).singleElement().asString().contains(" HELD ").contains("crisis");
		assertThat(Files.exists(feed.resolve("feed.xml"))).isFalse();

		assertThat(run("unfreeze", "--workspace", folder.toString()).exit()).isZero();
		Run released = run("publish", "--workspace", folder.toString(), "--once");
		assertThat(released.lines()).singleElement().asString().startsWith(publication.getId() + " PUBLISHED ");
		assertThat(Files.readString(feed.resolve("feed.xml"))).contains("Held, then released");
	}

	@Test
	void aRejectedPublicationMakesTheRunFailWithExitCode3() throws Exception {
		Path folder = temp.resolve("ws");
		Fixture fixture = new Fixture(folder);
		ChannelPresence local = PlanFactory.eINSTANCE.createChannelPresence();
		local.setId("channel-local");
		local.setName("Local feed");
		local.setChannelTypeId(LOCAL);
		fixture.workspace.plan().getChannels().add(local);
		// an account without a folder: the Local feed answers GONE
		new AccountDirectory(folder).save(new AccountProfile(LOCAL, "broken", "Local feed", null, null, Map.of()));
		fixture.scheduled(local, "Nowhere to go", Instant.now().minusSeconds(5));
		fixture.workspace.save();

		Run run = run("publish", "--workspace", folder.toString(), "--once");

		assertThat(run.exit()).isEqualTo(3);
		assertThat(run.lines()).singleElement().asString().contains(" FAILED ").contains("no folder");
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}
}
