// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.plan.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.ScrolledForm;

import io.github.chorus.plan.model.Plan;

/**
 * A page of the plan editor: a form with a heading that shows the plan's validation problems,
 * whose tables follow every change of the model.
 */
abstract class PlanPage extends FormPage {

	private final PlanEditor editor;
	private final String heading;
	private final List<ElementTable> tables = new ArrayList<>();
	private PlanForms forms;

	PlanPage(PlanEditor editor, String id, String title, String heading) {
		super(editor, id, title);
		this.editor = editor;
		this.heading = heading;
	}

	@Override
	protected final void createFormContent(IManagedForm managedForm) {
		ScrolledForm form = managedForm.getForm();
		form.setText(heading.replace("&", "&&")); //$NON-NLS-1$ //$NON-NLS-2$
		managedForm.getToolkit().decorateFormHeading(form.getForm());
		forms = new PlanForms(editor, managedForm.getToolkit());
		Composite body = form.getBody();
		GridLayoutFactory.fillDefaults().margins(10, 10).spacing(12, 10).applyTo(body);
		createContent(body, forms);
		modelChanged(editor.latestProblems());
	}

	/** Fills the page's body (a one-column grid by default). */
	protected abstract void createContent(Composite body, PlanForms pageForms);

	/** @return a table of this page, refreshed after every change of the model */
	protected final ElementTable table(Composite parent, String title, String description,
			List<ElementTable.Column> columns) {
		ElementTable table = new ElementTable(editor, forms.toolkit(), parent, title, description, columns);
		tables.add(table);
		return table;
	}

	/** Called after every change of the model with the plan's problems. */
	void modelChanged(List<Diagnostic> problems) {
		IManagedForm managed = getManagedForm();
		if (managed == null || managed.getForm().isDisposed()) {
			return;
		}
		Problems.show(managed.getForm(), problems);
		for (ElementTable table : tables) {
			table.refresh();
		}
		refresh();
	}

	/** Updates what the page computes from the model (totals, say); by default nothing. */
	protected void refresh() {
		// pages with computed values override
	}

	/** Shows a message about the user's input (a bad date) in the heading, or the problems again. */
	void showMessage(String message) {
		IManagedForm managed = getManagedForm();
		if (managed == null || managed.getForm().isDisposed()) {
			return;
		}
		if (message == null) {
			Problems.show(managed.getForm(), editor.latestProblems());
		} else {
			managed.getForm().setMessage(message, IMessageProvider.ERROR);
		}
	}

	protected final PlanEditor planEditor() {
		return editor;
	}

	protected final Plan plan() {
		return editor.plan();
	}
}
