// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.workspace.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.advanced.MPlaceholder;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPerspectiveRegistry;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.internal.registry.PerspectiveDescriptor;
import org.eclipse.ui.internal.registry.PerspectiveRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.chorus.plan.model.Persona;
import io.github.chorus.plan.model.Plan;
import io.github.chorus.ui.ChorusWorkbench;
import io.github.chorus.workspace.ui.WorkspaceSession;
import io.github.chorus.workspace.ui.internal.ProblemsView;
import io.github.chorus.workspace.ui.internal.WorkspaceNavigator;

/** The navigator in the Strategy and Content perspectives, delete with undo, saved layouts. */
class NavigatorAndPerspectivesTest {

	private IWorkbenchWindow window;
	private IWorkbenchPage page;

	@BeforeEach
	void setUp() {
		window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		page = window.getActivePage();
	}

	@org.junit.jupiter.api.AfterEach
	void tearDown() throws Exception {
		Ui.revertUnsaved(WorkspaceSession.of(PlatformUI.getWorkbench()));
		Ui.assertNoLoggedErrors();
	}

	private static IPerspectiveRegistry registry() {
		return PlatformUI.getWorkbench().getPerspectiveRegistry();
	}

	@Test
	void strategyAndContentShowTheNavigatorAndProblems() throws Exception {
		EModelService modelService = window.getService(EModelService.class);
		MWindow model = window.getService(MWindow.class);
		for (String id : List.of(ChorusWorkbench.PERSPECTIVE_STRATEGY, ChorusWorkbench.PERSPECTIVE_CONTENT)) {
			page.setPerspective(registry().findPerspectiveWithId(id));
			Ui.processEvents();
			MPerspective perspective = modelService.getActivePerspective(model);
			assertThat(modelService.findElements(perspective, WorkspaceNavigator.ID, MPlaceholder.class)).hasSize(1);
			assertThat(modelService.findElements(perspective, ProblemsView.ID, MPlaceholder.class)).hasSize(1);
			WorkspaceNavigator navigator = (WorkspaceNavigator) page.findView(WorkspaceNavigator.ID);
			assertThat(navigator).as("navigator shown in " + id).isNotNull();
			TreeItem[] roots = navigator.viewer().getTree().getItems();
			assertThat(Arrays.stream(roots).map(TreeItem::getText).toList()).hasSize(2)
					.anyMatch(text -> text.contains("Ember & Oak Coffee Roasters"));
			page.showView(ProblemsView.ID);
			Ui.waitFor(100);
			Ui.screenshot("perspective-" + id.substring(id.lastIndexOf('.') + 1));
		}
	}

	@Test
	void deleteInTheNavigatorIsUndoable() throws Exception {
		page.setPerspective(registry().findPerspectiveWithId(ChorusWorkbench.PERSPECTIVE_STRATEGY));
		WorkspaceNavigator navigator = (WorkspaceNavigator) page.showView(WorkspaceNavigator.ID);
		WorkspaceSession session = WorkspaceSession.of(PlatformUI.getWorkbench());
		Plan plan = session.workspace().plan();
		Persona persona = plan.getPersonas().get(0);
		int before = plan.getPersonas().size();
		navigator.viewer().setSelection(new StructuredSelection(persona), true);
		navigator.getViewSite().getActionBars().getGlobalActionHandler(ActionFactory.DELETE.getId()).run();
		assertThat(plan.getPersonas()).hasSize(before - 1).doesNotContain(persona);
		assertThat(navigator.isDirty()).isTrue();
		navigator.getViewSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId()).run();
		assertThat(plan.getPersonas()).hasSize(before).contains(persona);
		assertThat(navigator.isDirty()).isFalse();
	}

	@Test
	void aSavedCustomPerspectiveComesBackWithTheNavigator() throws Exception {
		page.setPerspective(registry().findPerspectiveWithId(ChorusWorkbench.PERSPECTIVE_CONTENT));
		page.hideView(page.findViewReference("org.eclipse.pde.runtime.LogView"));
		PerspectiveRegistry perspectives = (PerspectiveRegistry) registry();
		PerspectiveDescriptor mine = perspectives.createPerspective("My Calendar Desk",
				(PerspectiveDescriptor) page.getPerspective());
		page.savePerspectiveAs(mine);
		Ui.processEvents();
		page.setPerspective(registry().findPerspectiveWithId(ChorusWorkbench.PERSPECTIVE_STRATEGY));
		page.closePerspective(mine, false, false);
		Ui.processEvents();

		// reopen it from the registry, as Window > Perspective > Open Perspective does
		page.setPerspective(registry().findPerspectiveWithLabel("My Calendar Desk"));
		Ui.processEvents();
		assertThat(page.getPerspective().getLabel()).isEqualTo("My Calendar Desk");
		assertThat(page.findView(WorkspaceNavigator.ID)).isNotNull();
		assertThat(page.findViewReference("org.eclipse.pde.runtime.LogView")).as("hidden view stays hidden").isNull();
		Ui.screenshot("perspective-saved-custom");

		page.setPerspective(registry().findPerspectiveWithId(ChorusWorkbench.PERSPECTIVE_STRATEGY));
		page.closePerspective(mine, false, false);
		perspectives.deletePerspective(mine);
	}
}
