// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.workspace.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.jface.bindings.TriggerSequence;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.Test;

import io.github.chorus.help.ui.internal.GuideView;

/** Help > Chorus User Guide shows the guide's table of contents and pages. */
class HelpAndKeysTest {

	@Test
	void theUserGuideCommandShowsTheGuide() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
		TriggerSequence[] keys = bindings.getActiveBindingsFor("io.github.chorus.help.ui.showGuide");
		assertThat(keys).extracting(TriggerSequence::format).contains("Shift+F1");

		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("io.github.chorus.help.ui.showGuide",
				null);
		Ui.processEvents();
		GuideView guide = (GuideView) page.findView(GuideView.ID);
		assertThat(guide).isNotNull();
		assertThat(guide.pageText()).startsWith("Getting started").contains("demo workspace");
		Object chorusToc = ((Object[]) guide.tree().getInput())[0];
		Object[] topics = ((org.eclipse.help.IToc) chorusToc).getTopics();
		assertThat(topics).extracting(t -> ((org.eclipse.help.ITopic) t).getLabel()).containsExactly("Getting started",
				"The marketing plan", "Composing content", "The content calendar");
		guide.tree().setSelection(new StructuredSelection(topics[3]));
		assertThat(guide.pageText()).startsWith("The content calendar").contains("Drag a publication");
		Ui.screenshot("help-user-guide");
		page.hideView(guide);
	}
}
