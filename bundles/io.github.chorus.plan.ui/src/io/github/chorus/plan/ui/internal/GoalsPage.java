// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.plan.ui.internal;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.widgets.Composite;

import io.github.chorus.plan.model.Goal;
import io.github.chorus.plan.model.Kpi;
import io.github.chorus.plan.model.PlanPackage.Literals;
import io.github.chorus.plan.model.Target;

/**
 * Goals → KPIs → targets: the goals of the plan, the KPIs that measure the selected goal, and
 * the dated targets of the selected KPI, each an editable table.
 */
final class GoalsPage extends PlanPage {

	static final String ID = "goals"; //$NON-NLS-1$

	private ElementTable goals;
	private ElementTable kpis;
	private ElementTable targets;

	GoalsPage(PlanEditor editor) {
		super(editor, ID, "Goals && KPIs", "Goals, KPIs and targets"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	protected void createContent(Composite body, PlanForms forms) {
		goals = table(body, "Goals", "What the plan sets out to achieve, most important first.", List.of( //$NON-NLS-1$ //$NON-NLS-2$
				ElementTable.Column.of("Goal", 300, Literals.NAMED__NAME), //$NON-NLS-1$
				ElementTable.Column.of("Priority", 70, Literals.GOAL__PRIORITY), //$NON-NLS-1$
				ElementTable.Column.of("Owner", 150, Literals.GOAL__OWNER), //$NON-NLS-1$
				ElementTable.Column.computed("KPIs", 50, goal -> String.valueOf(((Goal) goal).getKpis().size())), //$NON-NLS-1$
				ElementTable.Column.of("Description", 360, Literals.NAMED__DESCRIPTION))); //$NON-NLS-1$
		// KPIs and their targets side by side, so all three levels show without scrolling
		Composite measures = forms.toolkit().createComposite(body);
		GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).spacing(12, 0).applyTo(measures);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(measures);
		kpis = table(measures, "KPIs of the selected goal", "How progress on the goal is measured, and where.", //$NON-NLS-1$ //$NON-NLS-2$
				List.of(ElementTable.Column.of("KPI", 180, Literals.KPI__DEFINITION), //$NON-NLS-1$
						ElementTable.Column.of("Channel", 150, Literals.KPI__CHANNEL), //$NON-NLS-1$
						ElementTable.Column.of("Baseline", 70, Literals.KPI__BASELINE), //$NON-NLS-1$
						ElementTable.Column.computed("Unit", 70, kpi -> unit((Kpi) kpi)), //$NON-NLS-1$
						ElementTable.Column.computed("Targets", 60, //$NON-NLS-1$
								kpi -> String.valueOf(((Kpi) kpi).getTargets().size()))));
		targets = table(measures, "Targets of the selected KPI", "The values to reach, and by when.", //$NON-NLS-1$ //$NON-NLS-2$
				List.of(ElementTable.Column.of("Value", 80, Literals.TARGET__VALUE), //$NON-NLS-1$
						ElementTable.Column.computed("Unit", 70, target -> unit((Kpi) target.eContainer())), //$NON-NLS-1$
						ElementTable.Column.of("Due date", 95, Literals.TARGET__DUE_DATE), //$NON-NLS-1$
						ElementTable.Column.of("Note", 200, Literals.TARGET__NOTE))); //$NON-NLS-1$
		for (ElementTable table : List.of(goals, kpis, targets)) {
			GridDataFactory.fillDefaults().grab(true, true).applyTo(table.section());
		}
		goals.setInput(plan(), Literals.PLAN__GOALS);
		goals.viewer().addSelectionChangedListener(event -> {
			Goal goal = (Goal) goals.selected();
			kpis.setInput(goal, Literals.GOAL__KPIS);
			if (goal != null && !goal.getKpis().isEmpty()) {
				kpis.viewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(goal.getKpis().get(0)));
			} else {
				targets.setInput(null, null);
			}
		});
		kpis.viewer().addSelectionChangedListener(event -> targets.setInput(kpis.selected(), Literals.KPI__TARGETS));
		if (!plan().getGoals().isEmpty()) {
			goals.viewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(plan().getGoals().get(0)));
		}
	}

	private static String unit(Kpi kpi) {
		return kpi == null || kpi.getDefinition() == null || kpi.getDefinition().getUnit() == null ? "" //$NON-NLS-1$
				: kpi.getDefinition().getUnit().getName();
	}

	/** Selects a target (its goal and KPI too), for tests and for revealing it. */
	void select(Target target) {
		Kpi kpi = (Kpi) target.eContainer();
		goals.viewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(kpi.eContainer()), true);
		kpis.viewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(kpi), true);
		targets.viewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(target), true);
	}

	ElementTable goalsTable() {
		return goals;
	}

	ElementTable kpisTable() {
		return kpis;
	}

	ElementTable targetsTable() {
		return targets;
	}
}
