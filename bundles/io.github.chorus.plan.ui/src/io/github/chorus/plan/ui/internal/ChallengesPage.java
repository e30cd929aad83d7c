// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.plan.ui.internal;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.widgets.Composite;

import io.github.chorus.plan.model.Goal;
import io.github.chorus.plan.model.PlanPackage.Literals;

/** The challenges the plan answers (the seed's list of kinds), how severe, and the goals facing them. */
final class ChallengesPage extends PlanPage {

	static final String ID = "challenges"; //$NON-NLS-1$

	ChallengesPage(PlanEditor editor) {
		super(editor, ID, "Challenges", "Challenges the plan answers"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	protected void createContent(Composite body, PlanForms forms) {
		ElementTable challenges = table(body, "Challenges", //$NON-NLS-1$
				"What stands in the way (severity 1 = minor to 5 = critical), and the goals that address it.", //$NON-NLS-1$
				List.of(ElementTable.Column.of("Challenge", 260, Literals.NAMED__NAME), //$NON-NLS-1$
						ElementTable.Column.of("Kind", 190, Literals.CHALLENGE__KIND), //$NON-NLS-1$
						ElementTable.Column.of("Severity", 70, Literals.CHALLENGE__SEVERITY), //$NON-NLS-1$
						ElementTable.Column.computed("Addressed by goals", 260, this::goalsFacing), //$NON-NLS-1$
						ElementTable.Column.of("Description", 360, Literals.NAMED__DESCRIPTION))); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, true).applyTo(challenges.section());
		challenges.setInput(plan(), Literals.PLAN__CHALLENGES);
	}

	private String goalsFacing(EObject challenge) {
		return plan().getGoals().stream().filter(goal -> goal.getChallenges().contains(challenge))
				.map(Goal::getName).collect(Collectors.joining(", ")); //$NON-NLS-1$
	}
}
