// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.workspace.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.chorus.plan.model.Goal;
import io.github.chorus.plan.model.Plan;
import io.github.chorus.plan.ui.internal.PlanEditor;
import io.github.chorus.ui.ChorusWorkbench;
import io.github.chorus.workspace.ChorusWorkspace;
import io.github.chorus.workspace.ui.WorkspaceEditors;
import io.github.chorus.workspace.ui.WorkspaceSession;

/** Opens the plan editor on the demo workspace, edits, undoes, saves and reopens. */
class PlanEditorTest {

	private IWorkbenchPage page;
	private WorkspaceSession session;

	@BeforeEach
	void setUp() {
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry()
				.findPerspectiveWithId(ChorusWorkbench.PERSPECTIVE_STRATEGY));
		session = WorkspaceSession.of(PlatformUI.getWorkbench());
	}

	@AfterEach
	void tearDown() throws Exception {
		page.closeAllEditors(false);
		Ui.revertUnsaved(session);
		Ui.assertNoLoggedErrors();
	}

	@Test
	void firstLaunchCreatesTheDemoWorkspaceAtTheInstanceLocation() {
		assertThat(ChorusWorkspace.isWorkspace(session.workspace().folder())).isTrue();
		assertThat(session.workspace().plan().getName()).isEqualTo("Ember & Oak Coffee Roasters");
		assertThat(session.workspace().content().getItems()).isNotEmpty();
	}

	@Test
	void editUndoSaveAndReopenThePlan() throws Exception {
		Plan plan = session.workspace().plan();
		PlanEditor editor = (PlanEditor) WorkspaceEditors.open(page, session, plan);
		Ui.processEvents();
		assertThat(editor.isDirty()).isFalse();
		Text value = editor.overviewPage().field("Brand.valueProposition");
		String before = value.getText();
		assertThat(before).isEqualTo(plan.getBrand().getValueProposition()).isNotEmpty();

		value.setText("Coffee roasted this week, for people we know by name.");
		Ui.processEvents();
		assertThat(plan.getBrand().getValueProposition())
				.isEqualTo("Coffee roasted this week, for people we know by name.");
		assertThat(editor.isDirty()).as("dirty after typing").isTrue();
		Ui.screenshot("strategy-plan-editor");

		// Edit > Undo is the workbench's retargetable action, handled by the editor
		page.activate(editor);
		editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId()).run();
		Ui.processEvents();
		assertThat(plan.getBrand().getValueProposition()).isEqualTo(before);
		assertThat(value.getText()).isEqualTo(before);
		assertThat(editor.isDirty()).as("clean after undoing the only edit").isFalse();
		editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.REDO.getId()).run();
		assertThat(value.getText()).isEqualTo("Coffee roasted this week, for people we know by name.");

		// Typing character by character is one undo step
		value.setText("C");
		value.setText("Co");
		value.setText("Cof");
		editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId()).run();
		assertThat(value.getText()).isEqualTo("Coffee roasted this week, for people we know by name.");

		// A bad date is decorated and not set
		Text end = editor.overviewPage().field("Plan.endDate");
		Object endBefore = plan.getEndDate();
		end.setText("next spring");
		assertThat(plan.getEndDate()).isEqualTo(endBefore);
		end.setText("2027-09-30");
		assertThat(plan.getEndDate()).hasToString("2027-09-30");

		page.saveEditor(editor, false);
		assertThat(editor.isDirty()).isFalse();
		String saved = Files.readString(session.workspace().file(io.github.chorus.workspace.WorkspacePart.PLAN));
		assertThat(saved).contains("Coffee roasted this week, for people we know by name.").contains("2027-09-30");
		ChorusWorkspace reread = ChorusWorkspace.open(session.workspace().folder());
		assertThat(reread.plan().getBrand().getValueProposition())
				.isEqualTo("Coffee roasted this week, for people we know by name.");

		page.closeEditor(editor, false);
		PlanEditor reopened = (PlanEditor) WorkspaceEditors.open(page, session, plan);
		Ui.processEvents();
		assertThat(reopened.overviewPage().field("Brand.valueProposition").getText())
				.isEqualTo("Coffee roasted this week, for people we know by name.");
	}

	@Test
	void structurePageEditsAGoalAndShowsValidationProblems() throws Exception {
		Plan plan = session.workspace().plan();
		Goal goal = plan.getGoals().get(0);
		PlanEditor editor = (PlanEditor) WorkspaceEditors.open(page, session, goal);
		Ui.processEvents();
		assertThat(editor.getActivePageInstance().getId()).isEqualTo("structure");
		Text name = editor.structurePage().detailField("name");
		assertThat(name.getText()).isEqualTo(goal.getName());
		name.setText("Grow awareness in Lyon, Grenoble and Annecy");
		assertThat(goal.getName()).isEqualTo("Grow awareness in Lyon, Grenoble and Annecy");
		assertThat(editor.isDirty()).isTrue();
		Ui.screenshot("strategy-plan-structure");
		String copy = EcoreUtil.getURI(goal).toString();
		IEditorPart same = WorkspaceEditors.open(page, session, plan);
		assertThat(same).as("one editor per plan").isSameAs(editor);
		session.domain().getCommandStack().undo();
		assertThat(goal.getName()).isNotEqualTo("Grow awareness in Lyon, Grenoble and Annecy");
		assertThat(copy).isNotEmpty();
		assertThat(editor.isDirty()).isFalse();
	}
}
