// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.plan.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.chorus.plan.model.ChannelPresence;
import io.github.chorus.plan.model.Goal;
import io.github.chorus.plan.model.Kpi;
import io.github.chorus.plan.model.Plan;
import io.github.chorus.plan.model.Target;
import io.github.chorus.ui.ChorusWorkbench;
import io.github.chorus.workspace.ChorusWorkspace;
import io.github.chorus.workspace.ui.WorkspaceEditors;
import io.github.chorus.workspace.ui.WorkspaceSession;

/** Drives the plan editor's pages on the demo workspace: in-place edits, undo/redo, save, Properties. */
class PlanEditorPagesTest {

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
		PlanUi.revertUnsaved(session);
		PlanUi.assertNoLoggedErrors();
	}

	private PlanEditor open() throws Exception {
		PlanEditor editor = (PlanEditor) WorkspaceEditors.open(page, session, session.workspace().plan());
		PlanUi.processEvents();
		return editor;
	}

	private GoalsPage goalsPage(PlanEditor editor) {
		editor.setActivePage(GoalsPage.ID);
		PlanUi.processEvents();
		return (GoalsPage) editor.page(GoalsPage.ID);
	}

	/** Types into the cell of a row as a user does: activate the cell editor, type, press Enter. */
	private static void typeInCell(ElementTable table, Object row, int column, String typed) {
		table.viewer().editElement(row, column);
		Text cell = PlanUi.find(table.viewer().getTable(), Text.class);
		assertThat(cell).as("cell editor of column " + column).isNotNull();
		cell.setText(typed);
		cell.notifyListeners(SWT.DefaultSelection, new Event());
		PlanUi.processEvents();
	}

	private void run(PlanEditor editor, ActionFactory action) {
		page.activate(editor);
		editor.getEditorSite().getActionBars().getGlobalActionHandler(action.getId()).run();
		PlanUi.processEvents();
	}

	@Test
	void editATargetInPlaceUndoRedoSaveAndReopen() throws Exception {
		Plan plan = session.workspace().plan();
		Goal goal = plan.getGoals().get(0);
		Kpi kpi = goal.getKpis().get(0);
		Target target = kpi.getTargets().get(0);
		Double valueBefore = target.getValue();
		LocalDate dateBefore = target.getDueDate();
		LocalDate newDate = LocalDate.now().plusYears(1).withDayOfMonth(1);

		PlanEditor editor = open();
		assertThat(editor.isDirty()).isFalse();
		GoalsPage goals = goalsPage(editor);
		goals.select(target);
		assertThat(goals.kpisTable().viewer().getTable().getItemCount()).isEqualTo(goal.getKpis().size());
		assertThat(goals.targetsTable().viewer().getTable().getItemCount()).isEqualTo(kpi.getTargets().size());

		typeInCell(goals.targetsTable(), target, 0, "4321");
		typeInCell(goals.targetsTable(), target, 2, newDate.toString());
		assertThat(target.getValue()).isEqualTo(4321.0);
		assertThat(target.getDueDate()).isEqualTo(newDate);
		assertThat(goals.targetsTable().viewer().getTable().getItem(0).getText(0)).isEqualTo("4321");
		assertThat(editor.isDirty()).as("dirty after editing").isTrue();

		// a date that does not parse is refused with a message, the value stays
		typeInCell(goals.targetsTable(), target, 2, "next spring");
		assertThat(target.getDueDate()).isEqualTo(newDate);

		run(editor, ActionFactory.UNDO);
		assertThat(target.getDueDate()).isEqualTo(dateBefore);
		assertThat(target.getValue()).isEqualTo(4321.0);
		run(editor, ActionFactory.UNDO);
		assertThat(target.getValue()).isEqualTo(valueBefore);
		assertThat(editor.isDirty()).as("clean after undoing every edit").isFalse();
		run(editor, ActionFactory.REDO);
		run(editor, ActionFactory.REDO);
		assertThat(target.getValue()).isEqualTo(4321.0);
		assertThat(target.getDueDate()).isEqualTo(newDate);
		assertThat(goals.targetsTable().viewer().getTable().getItem(0).getText(2)).isEqualTo(newDate.toString());

		page.saveEditor(editor, false);
		assertThat(editor.isDirty()).isFalse();
		ChorusWorkspace reread = ChorusWorkspace.open(session.workspace().folder());
		Target saved = reread.plan().getGoals().get(0).getKpis().get(0).getTargets().get(0);
		assertThat(saved.getId()).isEqualTo(target.getId());
		assertThat(saved.getValue()).isEqualTo(4321.0);
		assertThat(saved.getDueDate()).isEqualTo(newDate);

		page.closeEditor(editor, false);
		PlanEditor reopened = open();
		GoalsPage again = goalsPage(reopened);
		again.select(target);
		assertThat(again.targetsTable().viewer().getTable().getItem(0).getText(0)).isEqualTo("4321");

		// leave the demo as it was for the other tests
		session.domain().getCommandStack().execute(org.eclipse.emf.edit.command.SetCommand
				.create(session.domain(), target, io.github.chorus.plan.model.PlanPackage.Literals.TARGET__VALUE, valueBefore));
		session.domain().getCommandStack().execute(org.eclipse.emf.edit.command.SetCommand
				.create(session.domain(), target, io.github.chorus.plan.model.PlanPackage.Literals.TARGET__DUE_DATE, dateBefore));
		page.saveEditor(reopened, false);
	}

	@Test
	void referencesArePickedFromValidTargetsWithUndo() throws Exception {
		Plan plan = session.workspace().plan();
		Kpi kpi = plan.getGoals().get(0).getKpis().get(0);
		ChannelPresence before = kpi.getChannel();
		PlanEditor editor = open();
		GoalsPage goals = goalsPage(editor);
		goals.select(kpi.getTargets().get(0));

		List<Object> choices = Values.choices(session.adapterFactory(), kpi,
				io.github.chorus.plan.model.PlanPackage.Literals.KPI__CHANNEL);
		assertThat(choices).first().isSameAs(Values.NONE);
		assertThat(choices.subList(1, choices.size())).containsExactlyInAnyOrderElementsOf(plan.getChannels());
		ChannelPresence other = plan.getChannels().stream().filter(channel -> channel != before).findFirst()
				.orElseThrow();

		goals.kpisTable().viewer().editElement(kpi, 1);
		CCombo combo = PlanUi.find(goals.kpisTable().viewer().getTable(), CCombo.class);
		assertThat(combo).as("the channel picker").isNotNull();
		assertThat(combo.getItemCount()).isEqualTo(choices.size());
		combo.select(choices.indexOf(other));
		combo.notifyListeners(SWT.Selection, new Event());
		combo.notifyListeners(SWT.DefaultSelection, new Event());
		PlanUi.processEvents();
		assertThat(kpi.getChannel()).isSameAs(other);
		assertThat(editor.isDirty()).isTrue();
		run(editor, ActionFactory.UNDO);
		assertThat(kpi.getChannel()).isSameAs(before);
		assertThat(editor.isDirty()).isFalse();
	}

	@Test
	void propertiesViewShowsTheSelectionOfEveryPage() throws Exception {
		Plan plan = session.workspace().plan();
		PlanEditor editor = open();
		PropertySheet properties = (PropertySheet) page.showView(IPageLayout.ID_PROP_SHEET, null,
				IWorkbenchPage.VIEW_VISIBLE);
		page.activate(editor);
		GoalsPage goals = goalsPage(editor);
		Target target = plan.getGoals().get(0).getKpis().get(0).getTargets().get(0);
		goals.select(target);
		goals.targetsTable().viewer().getControl().setFocus();
		PlanUi.processEvents();
		assertThat(((IStructuredSelection) editor.getSite().getSelectionProvider().getSelection()).getFirstElement())
				.isSameAs(target);
		assertThat(propertyValues(properties)).as("Properties of the target").contains(target.getDueDate().toString());
		PlanUi.screenshot("plan-properties-target");
		// it follows edits and their undo
		typeInCell(goals.targetsTable(), target, 3, "Checked with the agency");
		assertThat(propertyValues(properties)).contains("Checked with the agency");
		run(editor, ActionFactory.UNDO);
		assertThat(propertyValues(properties)).doesNotContain("Checked with the agency");

		editor.setActivePage(ChannelsPage.ID);
		PlanUi.processEvents();
		ChannelsPage channels = (ChannelsPage) editor.page(ChannelsPage.ID);
		ElementTable table = channels.channelsTable();
		ChannelPresence presence = plan.getChannels().get(0);
		table.viewer().getControl().setFocus();
		table.viewer().setSelection(new StructuredSelection(presence), true);
		PlanUi.processEvents();
		assertThat(propertyValues(properties)).as("Properties of the presence").contains(presence.getName());
		// the channel type is shown by its name from the channel registry, not by its id
		assertThat(presence.getChannelTypeId()).startsWith("io.github.chorus.channel.");
		assertThat(table.viewer().getTable().getItem(0).getText(1)).isNotEmpty()
				.doesNotStartWith("io.github.chorus.channel.");
	}

	private static List<String> propertyValues(PropertySheet properties) {
		Control control = properties.getCurrentPage().getControl();
		Tree tree = control instanceof Tree t ? t : PlanUi.find((org.eclipse.swt.widgets.Composite) control, Tree.class);
		assertThat(tree).as("the Properties tree").isNotNull();
		java.util.ArrayList<String> values = new java.util.ArrayList<>();
		collect(tree.getItems(), values);
		return values;
	}

	private static void collect(TreeItem[] items, List<String> values) {
		for (TreeItem item : items) {
			values.add(item.getText(1));
			collect(item.getItems(), values);
		}
	}

	@Test
	void validationProblemsDecorateFieldsAndRowsAndRevealSelectsTheElement() throws Exception {
		Plan plan = session.workspace().plan();
		Target target = plan.getGoals().get(0).getKpis().get(0).getTargets().get(0);
		PlanEditor editor = open();
		GoalsPage goals = goalsPage(editor);
		goals.select(target);
		assertThat(goals.targetsTable().viewer().getTable().getItem(0).getImage(0)).isNull();
		typeInCell(goals.targetsTable(), target, 2, "");
		assertThat(target.getDueDate()).isNull();
		assertThat(goals.targetsTable().viewer().getTable().getItem(0).getImage(0))
				.as("error icon on the target without a date").isNotNull();
		assertThat(editor.problems().of(target, null)).extracting(d -> d.getMessage())
				.anyMatch(message -> message.contains("no due date"));
		PlanUi.screenshot("plan-goals-problem");

		editor.setActivePage(OverviewPage.ID);
		PlanUi.processEvents();
		Text zone = editor.overviewPage().field("Plan.timeZone");
		zone.setText("Mars/Olympus_Mons");
		PlanUi.processEvents();
		ControlDecoration decoration = decorationOf(zone);
		assertThat(decoration).isNotNull();
		assertThat(decoration.isVisible()).as("time zone decorated").isTrue();
		assertThat(decoration.getDescriptionText()).contains("Mars/Olympus_Mons");
		PlanUi.screenshot("plan-overview-problem");
		session.domain().getCommandStack().undo();
		PlanUi.processEvents();
		assertThat(decoration.isVisible()).as("decoration gone after undo").isFalse();

		// the Problems view opens the element through WorkspaceEditors.open, which reveals it
		WorkspaceEditors.open(page, session, target);
		PlanUi.processEvents();
		assertThat(editor.getActivePageInstance().getId()).isEqualTo(StructurePage.ID);
		assertThat(((IStructuredSelection) editor.structurePage().tree().getSelection()).getFirstElement())
				.isSameAs(target);
	}

	private static ControlDecoration decorationOf(Control control) {
		Object data = control.getData(ProblemMarks.DECORATION_KEY);
		return data instanceof ControlDecoration decoration ? decoration : null;
	}

	@Test
	void budgetPageTotalsTheLinesInThePlanCurrency() throws Exception {
		Plan plan = session.workspace().plan();
		PlanEditor editor = open();
		editor.setActivePage(BudgetPage.ID);
		PlanUi.processEvents();
		BudgetPage budget = (BudgetPage) editor.page(BudgetPage.ID);
		java.math.BigDecimal total = plan.getBudgets().stream().map(b -> b.getAmount())
				.reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
		assertThat(budget.totals().get(0)).isEqualTo(BudgetTotals.format(total, plan.getCurrency()))
				.endsWith(plan.getCurrency());
		io.github.chorus.plan.model.Budget first = plan.getBudgets().get(0);
		ElementTable lines = budget.linesTable();
		typeInCell(lines, first, 2, first.getAmount().add(java.math.BigDecimal.valueOf(1000)).toPlainString());
		assertThat(budget.totals().get(0))
				.isEqualTo(BudgetTotals.format(total.add(java.math.BigDecimal.valueOf(1000)), plan.getCurrency()));
		run(editor, ActionFactory.UNDO);
		assertThat(budget.totals().get(0)).isEqualTo(BudgetTotals.format(total, plan.getCurrency()));
	}

	@Test
	void screenshotOfEveryPage() throws Exception {
		PlanEditor editor = open();
		for (String id : List.of(OverviewPage.ID, AudiencesPage.ID, GoalsPage.ID, ChallengesPage.ID,
				ChannelsPage.ID, BudgetPage.ID, StructurePage.ID)) {
			editor.setActivePage(id);
			PlanUi.processEvents();
			assertThat(editor.getActivePageInstance().getId()).isEqualTo(id);
			PlanUi.screenshot("plan-page-" + id);
		}
		AudiencesPage audiences = (AudiencesPage) editor.page(AudiencesPage.ID);
		assertThat(audiences.tree().getTree().getItemCount())
				.isEqualTo(session.workspace().plan().getPersonas().size());
	}
}
