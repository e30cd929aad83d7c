// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.workspace.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.ui.css.swt.theme.IThemeEngine;
import org.eclipse.jface.bindings.Binding;
import org.eclipse.jface.bindings.TriggerSequence;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.chorus.content.model.ContentItem;
import io.github.chorus.content.model.UtmPreset;
import io.github.chorus.content.model.Variant;
import io.github.chorus.content.ui.internal.ComposerEditor;
import io.github.chorus.content.ui.internal.ContentPreferencePage;
import io.github.chorus.content.ui.internal.UtmPresetsPreferencePage;
import io.github.chorus.content.ui.internal.VariantColumn;
import io.github.chorus.core.preferences.ChorusPreferences;
import io.github.chorus.ui.ChorusWorkbench;
import io.github.chorus.workspace.ui.WorkspaceEditors;
import io.github.chorus.workspace.ui.WorkspaceSession;

/**
 * The Eclipse conventions of the workbench: preference pages that persist, the light and
 * dark themes, key bindings in Key Assist, Don't Save that really discards, and the
 * composer's UTM tool with undo.
 */
class ConventionsTest {

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
		ChorusPreferences.node().clear();
		Ui.assertNoLoggedErrors();
	}

	private static PreferenceDialog openPreferences(String pageId) {
		PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(
				PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), pageId, null, null);
		dialog.setBlockOnOpen(false);
		dialog.open();
		Ui.processEvents();
		return dialog;
	}

	private static void pressOk(PreferenceDialog dialog) {
		org.eclipse.swt.widgets.Button ok = (org.eclipse.swt.widgets.Button) dialog.getShell().getDefaultButton();
		ok.notifyListeners(SWT.Selection, new Event());
		Ui.processEvents();
		assertThat(dialog.getShell()).as("the dialog closed").isNull();
	}

	private ContentItem itemWithTwoVariants() {
		return session.workspace().content().getItems().stream().filter(item -> item.getVariants().size() >= 2)
				.findFirst().orElseThrow();
	}

	@Test
	void theTimeZoneAndDefaultChannelPagesPersistAndNewContentUsesThem() throws Exception {
		PreferenceDialog dialog = openPreferences("io.github.chorus.preferences");
		Combo zones = Ui.first(dialog.getShell(), Combo.class);
		assertThat(zones.getItem(0)).contains("plan's time zone");
		zones.select(List.of(zones.getItems()).indexOf("Asia/Tokyo"));
		zones.notifyListeners(SWT.Selection, new Event());
		pressOk(dialog);
		assertThat(ChorusPreferences.node().get(ChorusPreferences.TIME_ZONE, null)).isEqualTo("Asia/Tokyo");
		assertThat(ChorusPreferences.viewTimeZone("Europe/Paris")).hasToString("Asia/Tokyo");

		ChannelPresenceFinder presences = new ChannelPresenceFinder(session);
		String mastodon = presences.activeTypes().stream().filter(t -> t.endsWith("mastodon")).findFirst().orElseThrow();
		dialog = openPreferences("io.github.chorus.content.ui.preferences");
		ContentPreferencePage content = (ContentPreferencePage) dialog.getSelectedPage();
		Object type = ((List<?>) content.channels().getInput()).stream()
				.filter(t -> ((io.github.chorus.channels.ChannelTypeDescriptor) t).id().equals(mastodon)).findFirst()
				.orElseThrow();
		content.channels().setChecked(type, true);
		Ui.screenshot("preferences-content");
		pressOk(dialog);
		assertThat(ChorusPreferences.defaultChannelTypes()).containsExactly(mastodon);

		// Ctrl+Alt+N: a new item with a variant for the default channel only, in the composer
		int items = session.workspace().content().getItems().size();
		PlatformUI.getWorkbench().getService(IHandlerService.class)
				.executeCommand("io.github.chorus.content.ui.newContentItem", null);
		Ui.processEvents();
		assertThat(session.workspace().content().getItems()).hasSize(items + 1);
		ContentItem created = session.workspace().content().getItems().get(items);
		assertThat(created.getVariants()).extracting(v -> v.getChannel().getChannelTypeId()).containsOnly(mastodon)
				.isNotEmpty();
		assertThat(page.getActiveEditor()).isInstanceOf(ComposerEditor.class);
	}

	/** The channel types of the plan's active presences. */
	private record ChannelPresenceFinder(WorkspaceSession session) {
		Set<String> activeTypes() {
			return session.workspace().plan().getChannels().stream().filter(c -> c.isActive())
					.map(c -> c.getChannelTypeId()).collect(Collectors.toSet());
		}
	}

	@Test
	void utmPresetsAreEditedInTheWorkspaceWithUndo() throws Exception {
		int before = session.workspace().content().getUtmPresets().size();
		PreferenceDialog dialog = openPreferences("io.github.chorus.content.ui.preferences.utm");
		UtmPresetsPreferencePage presets = (UtmPresetsPreferencePage) dialog.getSelectedPage();
		presets.addPreset();
		presets.field(0).setText("Newsletter launch");
		presets.field(4).setText("{item}");
		Ui.screenshot("preferences-utm-presets");
		pressOk(dialog);
		List<UtmPreset> after = session.workspace().content().getUtmPresets();
		assertThat(after).hasSize(before + 1);
		UtmPreset added = after.get(before);
		assertThat(added.getName()).isEqualTo("Newsletter launch");
		assertThat(added.getUtmSource()).isEqualTo("{channel}");
		assertThat(added.getUtmTerm()).isEqualTo("{item}");
		assertThat(session.isDirty()).as("presets are saved with the workspace").isTrue();
		session.domain().getCommandStack().undo();
		assertThat(session.workspace().content().getUtmPresets()).hasSize(before);
	}

	@Test
	void theUtmToolTagsTheComposerLinksOnceAndUndoTakesItBack() throws Exception {
		ContentItem item = itemWithTwoVariants();
		ComposerEditor editor = (ComposerEditor) WorkspaceEditors.open(page, session, item);
		Ui.processEvents();
		VariantColumn first = editor.composePage().columns().get(0);
		VariantColumn second = editor.composePage().columns().get(1);
		first.text().setText("Our new roast https://emberandoak.example/shop?ref=home#beans. Also https://exa..mple.com");
		second.text().setText("Visit https://bücher.example/kaffee");
		Ui.processEvents();
		Combo presets = editor.composePage().presetChoice();
		assertThat(presets.getItems()).contains("Organic social");
		presets.select(List.of(presets.getItems()).indexOf("Organic social"));

		String message = editor.composePage().addUtmParameters(null);
		Ui.processEvents();
		String network = first.variant().getChannel().getChannelTypeId()
				.substring(first.variant().getChannel().getChannelTypeId().lastIndexOf('.') + 1);
		assertThat(first.variant().getText()).startsWith(
				"Our new roast https://emberandoak.example/shop?ref=home&utm_source=" + network + "&utm_medium=social")
				.contains("#beans. Also https://exa..mple.com");
		assertThat(first.text().getText()).isEqualTo(first.variant().getText());
		assertThat(second.variant().getText()).startsWith("Visit https://bücher.example/kaffee?utm_source=");
		assertThat(message).contains("2 link(s) in 2 variant(s)").contains("https://exa..mple.com left untouched");
		page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
		Ui.screenshot("content-composer-utm");
		page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_RESTORED);

		// idempotent: a second run changes nothing
		String tagged = first.variant().getText();
		assertThat(editor.composePage().addUtmParameters(null)).contains("0 link(s) in 0 variant(s); 2 link(s) already");
		assertThat(first.variant().getText()).isEqualTo(tagged);

		// one undo step takes both variants back
		session.domain().getCommandStack().undo();
		Ui.processEvents();
		assertThat(first.variant().getText()).isEqualTo(
				"Our new roast https://emberandoak.example/shop?ref=home#beans. Also https://exa..mple.com");
		assertThat(first.text().getText()).isEqualTo(first.variant().getText());
		assertThat(second.variant().getText()).isEqualTo("Visit https://bücher.example/kaffee");
	}

	@Test
	void dontSaveOnClosingADirtyEditorDiscardsItsEditsFromTheSession() throws Exception {
		ContentItem item = itemWithTwoVariants();
		Variant variant = item.getVariants().get(0);
		String saved = variant.getText();
		ComposerEditor editor = (ComposerEditor) WorkspaceEditors.open(page, session, item);
		Ui.processEvents();
		editor.composePage().columns().get(0).text().setText("typed, then thrown away");
		Ui.processEvents();
		assertThat(session.isDirty()).isTrue();
		// autosave writes only the part the typing changed
		assertThat(session.unsavedParts()).containsOnlyKeys(io.github.chorus.workspace.WorkspacePart.CONTENT);

		var answered = Ui.answerDialog("Save Changes", "Don't Save");
		assertThat(page.closeEditor(editor, true)).isTrue();
		Ui.processEvents();
		assertThat(answered).as("the save question was asked").isTrue();
		assertThat(variant.getText()).as("the edit is gone from the shared session").isEqualTo(saved);
		assertThat(session.isDirty()).isFalse();

		// Cancel keeps the editor and the edit
		editor = (ComposerEditor) WorkspaceEditors.open(page, session, item);
		Ui.processEvents();
		editor.composePage().columns().get(0).text().setText("kept");
		Ui.processEvents();
		Ui.answerDialog("Save Changes", "Cancel");
		assertThat(page.closeEditor(editor, true)).isFalse();
		assertThat(variant.getText()).isEqualTo("kept");
	}

	@Test
	void afterACrashTheNextStartOffersToRestoreTheUnsavedEdits() throws Exception {
		java.nio.file.Path folder = java.nio.file.Files.createTempDirectory("chorus-recovery");
		io.github.chorus.workspace.ChorusWorkspace crashed = WorkspaceSession.openOrCreate(folder);
		ContentItem item = crashed.content().getItems().get(0);
		String saved = item.getIdea();
		item.setIdea("typed just before the crash");
		new io.github.chorus.workspace.WorkspaceRecovery(folder).write(crashed.unsavedParts());

		var answered = Ui.answerDialog("Restore Unsaved Edits", "Restore");
		WorkspaceSession restored = io.github.chorus.workspace.ui.internal.Autosave.openWithRecovery(folder);
		assertThat(answered).as("the restore question was asked").isTrue();
		assertThat(restored.isDirty()).isTrue();
		assertThat(restored.workspace().content().getItems().get(0).getIdea()).isEqualTo("typed just before the crash");
		assertThat(java.nio.file.Files.readString(folder.resolve("content.xmi"))).doesNotContain("typed just before");

		// Don't Save of restored edits (not on the command stack) reloads the saved files
		restored.discardUnsavedEdits();
		assertThat(restored.isDirty()).isFalse();
		assertThat(restored.workspace().content().getItems().get(0).getIdea()).isEqualTo(saved);
		assertThat(new io.github.chorus.workspace.WorkspaceRecovery(folder).find()).isEmpty();

		// Discard at the next start deletes the snapshot and opens the saved workspace
		item.setIdea("typed before another crash");
		new io.github.chorus.workspace.WorkspaceRecovery(folder).write(crashed.unsavedParts());
		Ui.answerDialog("Restore Unsaved Edits", "Discard");
		WorkspaceSession discarded = io.github.chorus.workspace.ui.internal.Autosave.openWithRecovery(folder);
		assertThat(discarded.isDirty()).isFalse();
		assertThat(discarded.workspace().content().getItems().get(0).getIdea()).isEqualTo(saved);
		assertThat(new io.github.chorus.workspace.WorkspaceRecovery(folder).find()).isEmpty();
		try (var files = java.nio.file.Files.walk(folder)) {
			files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
		}
	}

	@Test
	void theMainActionsHaveKeysInKeyAssistThatClashWithNoOtherBinding() throws Exception {
		IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
		Map<String, String> expected = Map.of("io.github.chorus.content.ui.newContentItem", "Ctrl+Alt+N",
				"io.github.chorus.workspace.ui.openComposer", "Ctrl+Alt+O", "io.github.chorus.workspace.ui.openCalendar",
				"Ctrl+Alt+C", "io.github.chorus.content.ui.sendForReview", "Ctrl+Alt+R",
				"io.github.chorus.content.ui.schedule", "Ctrl+Alt+S", "io.github.chorus.content.ui.addUtmParameters",
				"Ctrl+Alt+U");
		expected.forEach((command, key) -> assertThat(bindings.getActiveBindingsFor(command))
				.extracting(TriggerSequence::format).as(command).contains(key));
		List<String> perspectiveKeys = new ArrayList<>();
		for (Binding binding : bindings.getBindings()) {
			ParameterizedCommand command = binding.getParameterizedCommand();
			if (command != null && command.getId().equals("org.eclipse.ui.perspectives.showPerspective")
					&& String.valueOf(command.getParameterMap().values()).contains("io.github.chorus.perspective")) {
				perspectiveKeys.add(binding.getTriggerSequence().format());
			}
		}
		assertThat(perspectiveKeys).contains("Ctrl+Alt+1", "Ctrl+Alt+2", "Ctrl+Alt+3", "Ctrl+Alt+4", "Ctrl+Alt+5");

		// no other command of the active scheme uses these keys
		Set<String> ours = new java.util.HashSet<>(expected.values());
		ours.addAll(perspectiveKeys);
		String scheme = bindings.getActiveScheme().getId();
		for (Binding binding : bindings.getBindings()) {
			if (binding.getType() == Binding.SYSTEM && binding.getParameterizedCommand() != null
					&& scheme.equals(binding.getSchemeId()) && ours.contains(binding.getTriggerSequence().format())) {
				String id = binding.getParameterizedCommand().getId();
				assertThat(id.startsWith("io.github.chorus.") || id.equals("org.eclipse.ui.perspectives.showPerspective"))
						.as(binding.getTriggerSequence().format() + " is also bound to " + id).isTrue();
			}
		}

		// Ctrl+Alt+2 switches to the Content perspective, Ctrl+Alt+1 back to Strategy
		IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
		for (Binding binding : bindings.getBindings()) {
			if ("Ctrl+Alt+1".equals(binding.getTriggerSequence().format()) && binding.getParameterizedCommand() != null) {
				handlers.executeCommand(binding.getParameterizedCommand(), null);
			}
		}
		Ui.processEvents();
		assertThat(page.getPerspective().getId()).isEqualTo(ChorusWorkbench.PERSPECTIVE_STRATEGY);

		// Key Assist lists them
		org.eclipse.swt.widgets.Shell window = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		handlers.executeCommand("org.eclipse.ui.window.showKeyAssist", null);
		Ui.waitFor(500);
		Ui.screenshot("key-assist");
		for (org.eclipse.swt.widgets.Shell shell : window.getDisplay().getShells()) {
			if (shell != window && !shell.isDisposed() && shell.isVisible()) {
				shell.close();
			}
		}
		Ui.processEvents();
	}

	@Test
	void theDarkThemeIsChosenInAppearanceAndTheComposerStaysReadable() throws Exception {
		IThemeEngine engine = PlatformUI.getWorkbench().getService(IThemeEngine.class);
		assertThat(engine.getActiveTheme().getId()).isEqualTo("io.github.chorus.theme.light");
		ContentItem item = itemWithTwoVariants();
		ComposerEditor editor = (ComposerEditor) WorkspaceEditors.open(page, session, item);
		Ui.processEvents();
		try {
			PreferenceDialog dialog = openPreferences("io.github.chorus.preferences.appearance");
			Combo themes = Ui.first(((org.eclipse.jface.preference.PreferencePage) dialog.getSelectedPage()).getControl(),
					Combo.class);
			assertThat(themes.getItems()).containsExactlyInAnyOrder("Chorus Light", "Chorus Dark");
			themes.select(List.of(themes.getItems()).indexOf("Chorus Dark"));
			var answered = Ui.answerDialog("Theme Changed", "No");
			pressOk(dialog);
			assertThat(answered).as("a restart was offered").isTrue();
			assertThat(engine.getActiveTheme().getId()).isEqualTo("io.github.chorus.theme.dark");

			VariantColumn column = editor.composePage().columns().stream()
					.filter(c -> c.lastCheck() != null && c.lastCheck().maxLength() < 10_000).findFirst().orElseThrow();
			column.text().setText(
					"Dark mode check https://emberandoak.example/shop " + "x".repeat(column.lastCheck().maxLength()));
			Ui.waitFor(300);
			org.eclipse.swt.graphics.RGB background = column.text().getBackground().getRGB();
			assertThat(background.red + background.green + background.blue).as("a dark text field").isLessThan(300);
			org.eclipse.swt.custom.StyleRange[] styles = column.text().getStyleRanges();
			org.eclipse.swt.graphics.RGB overLimit = styles[styles.length - 1].background.getRGB();
			assertThat(overLimit.red + overLimit.green + overLimit.blue).as("a dark over-limit fill").isLessThan(300);
			page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
			Ui.screenshot("theme-dark-composer");
			page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_RESTORED);
		} finally {
			engine.setTheme("io.github.chorus.theme.light", true);
			Ui.processEvents();
		}
		assertThat(new StructuredSelection(engine.getActiveTheme().getId()).getFirstElement())
				.isEqualTo("io.github.chorus.theme.light");
	}
}
