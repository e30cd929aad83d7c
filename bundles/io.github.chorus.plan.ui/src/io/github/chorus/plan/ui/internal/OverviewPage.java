// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.plan.ui.internal;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import io.github.chorus.plan.model.Brand;
import io.github.chorus.plan.model.Plan;
import io.github.chorus.plan.model.PlanPackage.Literals;

/** The plan's overview: the plan itself, the brand and value proposition, voice and tone. */
public final class OverviewPage extends PlanPage {

	static final String ID = "overview"; //$NON-NLS-1$

	private final Map<String, Text> fields = new HashMap<>();
	private Label glance;

	OverviewPage(PlanEditor editor) {
		super(editor, ID, "Overview", "Plan: " //$NON-NLS-1$ //$NON-NLS-2$
				+ (editor.plan().getName() == null ? "" : editor.plan().getName())); //$NON-NLS-1$
	}

	@Override
	protected void createContent(Composite body, PlanForms forms) {
		GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).margins(10, 10).spacing(16, 10)
				.applyTo(body);
		Plan plan = plan();
		Composite planSection = forms.section(body, "Plan", //$NON-NLS-1$
				"The plan's name, period, time zone and currency."); //$NON-NLS-1$
		field(forms, planSection, plan, Literals.NAMED__NAME, "Name", false); //$NON-NLS-1$
		field(forms, planSection, plan, Literals.NAMED__DESCRIPTION, "Description", true); //$NON-NLS-1$
		field(forms, planSection, plan, Literals.PLAN__START_DATE, "Start (YYYY-MM-DD)", false); //$NON-NLS-1$
		field(forms, planSection, plan, Literals.PLAN__END_DATE, "End (YYYY-MM-DD)", false); //$NON-NLS-1$
		field(forms, planSection, plan, Literals.PLAN__TIME_ZONE, "Time zone", false); //$NON-NLS-1$
		field(forms, planSection, plan, Literals.PLAN__CURRENCY, "Currency", false); //$NON-NLS-1$
		field(forms, planSection, plan, Literals.PLAN__APPROVAL_REQUIRED, "Approval required", false); //$NON-NLS-1$

		Brand brand = plan.getBrand();
		Composite brandSection = forms.section(body, "Brand and value proposition", //$NON-NLS-1$
				"Who the brand is and what it promises."); //$NON-NLS-1$
		Composite voiceSection = forms.section(body, "Voice and tone", //$NON-NLS-1$
				"How the brand speaks on every channel."); //$NON-NLS-1$
		if (brand != null) {
			field(forms, brandSection, brand, Literals.NAMED__NAME, "Brand", false); //$NON-NLS-1$
			field(forms, brandSection, brand, Literals.BRAND__IDENTITY, "Identity", true); //$NON-NLS-1$
			field(forms, brandSection, brand, Literals.BRAND__VALUE_PROPOSITION, "Value proposition", true); //$NON-NLS-1$
			field(forms, voiceSection, brand, Literals.BRAND__VOICE, "Voice", false); //$NON-NLS-1$
			field(forms, voiceSection, brand, Literals.BRAND__TONE_GUIDELINES, "Tone guidelines", true); //$NON-NLS-1$
		} else {
			forms.toolkit().createLabel(brandSection, "This plan has no brand yet: add one on the Structure page."); //$NON-NLS-1$
		}
		Composite summary = forms.section(body, "At a glance", //$NON-NLS-1$
				"Each has its own page (tabs below)."); //$NON-NLS-1$
		glance = forms.toolkit().createLabel(summary, ""); //$NON-NLS-1$
	}

	private void field(PlanForms forms, Composite parent, EObject owner, EStructuralFeature feature, String label,
			boolean multi) {
		if (forms.field(parent, owner, feature, label, multi) instanceof Text text) {
			fields.put(owner.eClass().getName() + '.' + feature.getName(), text);
		}
	}

	@Override
	protected void refresh() {
		if (glance == null || glance.isDisposed()) {
			return;
		}
		Plan plan = plan();
		glance.setText(plan.getPersonas().size() + " audiences, " + plan.getGoals().size() //$NON-NLS-1$
				+ " goals, " + plan.getChallenges().size() + " challenges, " + plan.getChannels().size() //$NON-NLS-1$ //$NON-NLS-2$
				+ " channel presences, " + plan.getBudgets().size() + " budget lines (" //$NON-NLS-1$ //$NON-NLS-2$
				+ BudgetTotals.format(BudgetTotals.budgeted(plan), plan.getCurrency()) + ")"); //$NON-NLS-1$
		glance.getParent().layout(true);
	}

	/**
	 * @param key {@code Class.attribute}, for example {@code Brand.valueProposition}
	 * @return the field, for tests
	 */
	public Text field(String key) {
		return fields.get(key);
	}
}
