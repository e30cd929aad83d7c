// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.workspace.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;

import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.chorus.content.model.ContentItem;
import io.github.chorus.content.model.PublicationState;
import io.github.chorus.content.model.ScheduledPublication;
import io.github.chorus.content.model.Variant;
import io.github.chorus.content.ui.internal.ComposerEditor;
import io.github.chorus.content.ui.internal.VariantColumn;
import io.github.chorus.plan.model.ChannelPresence;
import io.github.chorus.plan.model.Plan;
import io.github.chorus.plan.model.PlanFactory;
import io.github.chorus.plan.model.PlanPackage;
import io.github.chorus.ui.ChorusWorkbench;
import io.github.chorus.workspace.ui.TypingCommands;
import io.github.chorus.workspace.ui.internal.ProblemsView;
import io.github.chorus.workspace.ui.WorkspaceEditors;
import io.github.chorus.workspace.ui.WorkspaceSession;

/** Types into the composer's X variant and watches the live count and errors. */
class ComposerTest {

	private IWorkbenchPage page;
	private WorkspaceSession session;

	@BeforeEach
	void setUp() {
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry()
				.findPerspectiveWithId(ChorusWorkbench.PERSPECTIVE_CONTENT));
		session = WorkspaceSession.of(PlatformUI.getWorkbench());
	}

	@AfterEach
	void tearDown() throws Exception {
		page.closeAllEditors(false);
		Ui.revertUnsaved(session);
		Ui.assertNoLoggedErrors();
	}

	/** The strategist adds an X presence to the plan (the demo has none). */
	private ChannelPresence addXToThePlan() {
		Plan plan = session.workspace().plan();
		ChannelPresence x = PlanFactory.eINSTANCE.createChannelPresence();
		x.setId("channel-x-test");
		x.setName("X @emberandoak");
		x.setAccountHandle("@emberandoak");
		x.setChannelTypeId("io.github.chorus.channel.x");
		x.setActive(true);
		session.domain().getCommandStack().execute(
				AddCommand.create(session.domain(), plan, PlanPackage.Literals.PLAN__CHANNELS, x));
		return x;
	}

	private ContentItem itemWithTwoVariants() {
		return session.workspace().content().getItems().stream().filter(item -> item.getVariants().size() >= 2)
				.findFirst().orElseThrow();
	}

	private static boolean isX(Variant variant) {
		return variant.getChannel() != null && "io.github.chorus.channel.x".equals(variant.getChannel().getChannelTypeId());
	}

	@Test
	void typingShowsTheCountAsXCountsAndFlagsTheOverLimitPart() throws Exception {
		ChannelPresence presence = addXToThePlan();
		ContentItem item = itemWithTwoVariants();
		int variantsBefore = item.getVariants().size();
		ComposerEditor editor = (ComposerEditor) WorkspaceEditors.open(page, session, item);
		Ui.processEvents();
		assertThat(editor.composePage().columns()).hasSize(variantsBefore);

		// choose X in "Add a variant for" and press Add Variant
		Combo choice = editor.composePage().channelChoice();
		choice.select(Arrays.asList(choice.getItems()).indexOf("X @emberandoak"));
		editor.composePage().addVariantButton().notifyListeners(SWT.Selection, new Event());
		Ui.processEvents();
		assertThat(item.getVariants()).hasSize(variantsBefore + 1);
		assertThat(item.getVariants().get(variantsBefore).getChannel()).isSameAs(presence);
		assertThat(editor.composePage().columns()).hasSize(variantsBefore + 1);
		VariantColumn x = editor.composePage().columns().stream().filter(c -> isX(c.variant())).findFirst()
				.orElseThrow();

		// X counts a link as 23 whatever its length
		x.text().setText("Fresh beans today #coffee https://example.com/a/very/long/path/to/the/roastery/page");
		Ui.processEvents();
		assertThat(x.countText()).startsWith("49 / 280");
		assertThat(x.problemsText()).isEmpty();
		assertThat(x.variant().getText()).startsWith("Fresh beans today #coffee");
		assertThat(Arrays.stream(x.text().getStyleRanges()).filter(s -> s.foreground != null)).hasSize(2);

		// a pause ends the undo step; typing on within it would extend the step
		Ui.waitFor(TypingCommands.PAUSE_MILLIS + 100);
		String longText = "Fresh beans today #coffee " + "x".repeat(300);
		x.text().setText(longText);
		Ui.processEvents();
		assertThat(x.countText()).startsWith("326 / 280").contains("46 over the limit");
		assertThat(x.problemsText()).contains("Too long");
		StyleRange[] styles = x.text().getStyleRanges();
		StyleRange last = styles[styles.length - 1];
		assertThat(last.background).as("over-limit highlight").isNotNull();
		assertThat(last.start + last.length).isEqualTo(longText.length());
		assertThat(last.start).isEqualTo(280);
		assertThat(editor.isDirty()).isTrue();
		page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
		Ui.screenshot("content-composer-over-limit");
		page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_RESTORED);

		// the Problems view runs the workspace validation, channel rules included, shortly after the edit
		ProblemsView problems = (ProblemsView) page.showView(ProblemsView.ID);
		page.activate(editor);
		Ui.waitFor(900);
		assertThat(((java.util.List<?>) problems.viewer().getInput()).stream()
				.map(io.github.chorus.workspace.WorkspaceValidator.Finding.class::cast)
				.filter(f -> f.target() == x.variant() && f.severity() == org.eclipse.emf.common.util.Diagnostic.ERROR))
				.as("an error on the over-limit X variant").isNotEmpty();

		editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId()).run();
		Ui.processEvents();
		assertThat(x.text().getText()).startsWith("Fresh beans today #coffee https://");
		assertThat(x.countText()).startsWith("49 / 280");
		assertThat(x.problemsText()).isEmpty();
		Ui.processEvents();
	}

	@Test
	void aMastodonVariantCountsMentionsByUserName() throws Exception {
		ContentItem item = session.workspace().content().getItems().stream()
				.filter(i -> i.getVariants().stream().anyMatch(v -> v.getChannel() != null
						&& "io.github.chorus.channel.mastodon".equals(v.getChannel().getChannelTypeId())))
				.findFirst().orElseThrow();
		ComposerEditor editor = (ComposerEditor) WorkspaceEditors.open(page, session, item);
		Ui.processEvents();
		VariantColumn mastodon = editor.composePage().columns().stream()
				.filter(c -> "io.github.chorus.channel.mastodon".equals(c.variant().getChannel().getChannelTypeId()))
				.findFirst().orElseThrow();
		// Mastodon counts a remote mention by its user name only: "@alice" = 6
		mastodon.text().setText("Hi @alice@example.social");
		Ui.processEvents();
		assertThat(mastodon.countText()).startsWith("9 / 500");
		assertThat(mastodon.lastCheck().entities()).hasSize(1);
	}

	@Test
	void pickGoalsScheduleAndSendForReview() throws Exception {
		ContentItem item = session.workspace().content().getItems().stream()
				.filter(i -> i.getVariants().stream().flatMap(v -> v.getPublications().stream())
						.anyMatch(p -> p.getState() == PublicationState.DRAFT))
				.findFirst().orElseThrow();
		ComposerEditor editor = (ComposerEditor) WorkspaceEditors.open(page, session, item);
		Ui.processEvents();

		Button goal = editor.composePage().goalChecks().get(0);
		boolean served = item.getGoals().contains(goal.getData());
		goal.setSelection(!served);
		goal.notifyListeners(SWT.Selection, new Event());
		assertThat(item.getGoals().contains(goal.getData())).isEqualTo(!served);
		session.domain().getCommandStack().undo();
		Ui.processEvents();
		assertThat(item.getGoals().contains(goal.getData())).isEqualTo(served);
		assertThat(goal.getSelection()).isEqualTo(served);

		VariantColumn column = editor.composePage().columns().get(0);
		int before = column.variant().getPublications().size();
		column.scheduleField().setText("2026-12-24 09:30");
		Button schedule = (Button) column.scheduleField().getParent().getChildren()[1];
		schedule.notifyListeners(SWT.Selection, new Event());
		Ui.processEvents();
		assertThat(column.variant().getPublications()).hasSize(before + 1);
		ScheduledPublication added = column.variant().getPublications().get(before);
		assertThat(added.getScheduledAt()).isEqualTo(ZonedDateTime.of(2026, 12, 24, 9, 30, 0, 0,
				ZoneId.of(session.workspace().plan().getTimeZone())).toInstant());
		assertThat(added.getState()).as("the demo plan requires approval").isEqualTo(PublicationState.IN_REVIEW);
		assertThat(column.publicationsText()).contains("2026-12-24 09:30  in review");

		Button send = editor.composePage().sendForReviewButton();
		assertThat(send.isEnabled()).isTrue();
		send.notifyListeners(SWT.Selection, new Event());
		Ui.processEvents();
		assertThat(item.getVariants().stream().flatMap(v -> v.getPublications().stream())
				.noneMatch(p -> p.getState() == PublicationState.DRAFT)).isTrue();
		assertThat(send.isEnabled()).isFalse();
		session.domain().getCommandStack().undo();
		assertThat(item.getVariants().stream().flatMap(v -> v.getPublications().stream())
				.anyMatch(p -> p.getState() == PublicationState.DRAFT)).isTrue();
	}
}
