// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.plan.ui.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;

import io.github.chorus.plan.model.Brand;
import io.github.chorus.plan.model.Plan;
import io.github.chorus.plan.model.PlanPackage.Literals;
import io.github.chorus.workspace.ui.ModelFields;

/** The plan's overview: the plan itself, the brand and value proposition, voice and tone. */
public final class OverviewPage extends FormPage {

	static final String ID = "overview"; //$NON-NLS-1$

	private final PlanEditor editor;
	private final Map<String, Text> fields = new HashMap<>();

	OverviewPage(PlanEditor editor) {
		super(editor, ID, "Overview"); //$NON-NLS-1$
		this.editor = editor;
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		ScrolledForm form = managedForm.getForm();
		FormToolkit toolkit = managedForm.getToolkit();
		Plan plan = editor.plan();
		form.setText(("Plan: " + (plan.getName() == null ? "" : plan.getName())).replace("&", "&&")); //$NON-NLS-1$ //$NON-NLS-2$
		toolkit.decorateFormHeading(form.getForm());
		Composite body = form.getBody();
		GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).margins(10, 10).spacing(16, 10)
				.applyTo(body);
		EditingDomain domain = editor.getEditingDomain();

		Composite planSection = section(toolkit, body, "Plan", //$NON-NLS-1$
				"The plan's name, period, time zone and currency."); //$NON-NLS-1$
		field(toolkit, planSection, domain, plan, Literals.NAMED__NAME, "Name", false); //$NON-NLS-1$
		field(toolkit, planSection, domain, plan, Literals.NAMED__DESCRIPTION, "Description", true); //$NON-NLS-1$
		field(toolkit, planSection, domain, plan, Literals.PLAN__START_DATE, "Start (YYYY-MM-DD)", false); //$NON-NLS-1$
		field(toolkit, planSection, domain, plan, Literals.PLAN__END_DATE, "End (YYYY-MM-DD)", false); //$NON-NLS-1$
		field(toolkit, planSection, domain, plan, Literals.PLAN__TIME_ZONE, "Time zone", false); //$NON-NLS-1$
		field(toolkit, planSection, domain, plan, Literals.PLAN__CURRENCY, "Currency", false); //$NON-NLS-1$

		Brand brand = plan.getBrand();
		Composite brandSection = section(toolkit, body, "Brand and value proposition", //$NON-NLS-1$
				"Who the brand is and what it promises."); //$NON-NLS-1$
		Composite voiceSection = section(toolkit, body, "Voice and tone", //$NON-NLS-1$
				"How the brand speaks on every channel."); //$NON-NLS-1$
		if (brand != null) {
			field(toolkit, brandSection, domain, brand, Literals.NAMED__NAME, "Brand", false); //$NON-NLS-1$
			field(toolkit, brandSection, domain, brand, Literals.BRAND__IDENTITY, "Identity", true); //$NON-NLS-1$
			field(toolkit, brandSection, domain, brand, Literals.BRAND__VALUE_PROPOSITION, "Value proposition", //$NON-NLS-1$
					true);
			field(toolkit, voiceSection, domain, brand, Literals.BRAND__VOICE, "Voice", false); //$NON-NLS-1$
			field(toolkit, voiceSection, domain, brand, Literals.BRAND__TONE_GUIDELINES, "Tone guidelines", true); //$NON-NLS-1$
		} else {
			toolkit.createLabel(brandSection, "This plan has no brand yet: add one on the Structure page."); //$NON-NLS-1$
		}
		Composite summary = section(toolkit, body, "At a glance", //$NON-NLS-1$
				"Open the Structure page to edit these."); //$NON-NLS-1$
		toolkit.createLabel(summary, plan.getPersonas().size() + " personas, " + plan.getGoals().size() //$NON-NLS-1$
				+ " goals, " + plan.getChallenges().size() + " challenges, " + plan.getChannels().size() //$NON-NLS-1$ //$NON-NLS-2$
				+ " channel presences, " + plan.getBudgets().size() + " budget lines"); //$NON-NLS-1$ //$NON-NLS-2$
		showProblems(editor.validate());
	}

	private static Composite section(FormToolkit toolkit, Composite parent, String title, String description) {
		Section section = toolkit.createSection(parent, Section.TITLE_BAR | Section.DESCRIPTION);
		section.setText(title);
		section.setDescription(description);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.TOP).applyTo(section);
		Composite client = toolkit.createComposite(section);
		GridLayoutFactory.fillDefaults().numColumns(2).margins(4, 4).spacing(8, 6).applyTo(client);
		section.setClient(client);
		toolkit.paintBordersFor(client);
		return client;
	}

	private void field(FormToolkit toolkit, Composite parent, EditingDomain domain, EObject owner,
			EAttribute attribute, String label, boolean multi) {
		toolkit.createLabel(parent, label).setLayoutData(GridDataFactory.swtDefaults()
				.align(SWT.BEGINNING, multi ? SWT.TOP : SWT.CENTER).create());
		Text text = toolkit.createText(parent, "", multi ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).indent(8, 0).hint(200, multi ? 60 : SWT.DEFAULT)
				.applyTo(text);
		ModelFields.bind(domain, text, owner, attribute);
		fields.put(owner.eClass().getName() + '.' + attribute.getName(), text);
	}

	/**
	 * @param key {@code Class.attribute}, for example {@code Brand.valueProposition}
	 * @return the field, for tests
	 */
	public Text field(String key) {
		return fields.get(key);
	}

	void showProblems(List<Diagnostic> problems) {
		IManagedForm managed = getManagedForm();
		if (managed != null) {
			Problems.show(managed.getForm(), problems);
		}
	}
}
