// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.plan.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.ui.PartInitException;

import io.github.chorus.plan.model.Plan;
import io.github.chorus.workspace.ui.WorkspaceFormEditor;

/**
 * The plan editor: an overview page (plan, brand and value proposition, voice and tone) and a
 * structure page (audiences and personas, goals with KPIs and targets, challenges, channel
 * presences with rationale, budgets) with details for the selected element. Problems found by
 * EMF validation show in the form headers and in the Problems view.
 */
public final class PlanEditor extends WorkspaceFormEditor {

	/** The editor id. */
	public static final String ID = "io.github.chorus.plan.ui.editor"; //$NON-NLS-1$

	private OverviewPage overview;
	private StructurePage structure;

	@Override
	protected void addPages() {
		try {
			overview = new OverviewPage(this);
			structure = new StructurePage(this);
			addPage(overview);
			addPage(structure);
		} catch (PartInitException e) {
			throw new IllegalStateException(e);
		}
	}

	/** @return the plan */
	public Plan plan() {
		return (Plan) object();
	}

	@Override
	public void reveal(EObject element) {
		setActivePage(StructurePage.ID);
		structure.select(element);
	}

	@Override
	protected void modelChanged() {
		List<Diagnostic> problems = validate();
		if (overview != null) {
			overview.showProblems(problems);
		}
		if (structure != null) {
			structure.showProblems(problems);
		}
	}

	/** @return the leaf diagnostics of the plan, errors first */
	List<Diagnostic> validate() {
		BasicDiagnostic chain = new BasicDiagnostic();
		Diagnostician.INSTANCE.validate(plan(), chain);
		List<Diagnostic> leaves = new ArrayList<>();
		collect(chain, leaves);
		leaves.sort((a, b) -> Integer.compare(b.getSeverity(), a.getSeverity()));
		return leaves;
	}

	private static void collect(Diagnostic diagnostic, List<Diagnostic> leaves) {
		if (diagnostic.getChildren().isEmpty()) {
			if (diagnostic.getSeverity() > Diagnostic.OK) {
				leaves.add(diagnostic);
			}
			return;
		}
		for (Diagnostic child : diagnostic.getChildren()) {
			collect(child, leaves);
		}
	}

	/** @return the structure page, for tests */
	public StructurePage structurePage() {
		return structure;
	}

	/** @return the overview page, for tests */
	public OverviewPage overviewPage() {
		return overview;
	}
}
