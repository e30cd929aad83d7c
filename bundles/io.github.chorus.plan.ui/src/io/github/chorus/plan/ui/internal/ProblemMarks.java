// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.plan.ui.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Control;

import io.github.chorus.plan.model.PlanPackage.Literals;
import io.github.chorus.plan.model.validation.ChorusDiagnostics;

/**
 * The validation problems of the plan (the EMF Diagnostician's, which the Problems view shows
 * too) by object and field, and the decorations that show them on the editor's fields.
 */
final class ProblemMarks {

	/** The field each Chorus rule is about; rules not listed mark the object as a whole. */
	private static final Map<String, EStructuralFeature> RULE_FEATURES = Map.of(
			"plan.timezone", Literals.PLAN__TIME_ZONE, //$NON-NLS-1$
			"member.timezone", Literals.MEMBER__TIME_ZONE, //$NON-NLS-1$
			"brand.valueproposition", Literals.BRAND__VALUE_PROPOSITION, //$NON-NLS-1$
			"target.date", Literals.TARGET__DUE_DATE, //$NON-NLS-1$
			"target.past", Literals.TARGET__DUE_DATE, //$NON-NLS-1$
			"channelpresence.type", Literals.CHANNEL_PRESENCE__CHANNEL_TYPE_ID, //$NON-NLS-1$
			"budget.amount", Literals.BUDGET__AMOUNT, //$NON-NLS-1$
			"budget.period", Literals.BUDGET__PERIOD_END); //$NON-NLS-1$

	/** The key of a decorated control's data holding its decoration. */
	static final String DECORATION_KEY = "io.github.chorus.plan.ui.decoration"; //$NON-NLS-1$

	private record Field(EObject owner, EStructuralFeature feature, ControlDecoration decoration) {
	}

	private final List<Field> fields = new ArrayList<>();
	private Map<EObject, List<Diagnostic>> byObject = Map.of();

	/** Decorates a field with the problems of an object's feature from now on. */
	void decorate(Control control, EObject owner, EStructuralFeature feature) {
		ControlDecoration decoration = new ControlDecoration(control, SWT.RIGHT | SWT.TOP);
		decoration.hide();
		control.setData(DECORATION_KEY, decoration);
		Field field = new Field(owner, feature, decoration);
		fields.add(field);
		control.addDisposeListener(event -> fields.remove(field));
		show(field);
	}

	/** Takes the latest problems and updates every decoration. */
	void update(List<Diagnostic> problems) {
		Map<EObject, List<Diagnostic>> map = new HashMap<>();
		for (Diagnostic problem : problems) {
			if (!problem.getData().isEmpty() && problem.getData().get(0) instanceof EObject object) {
				map.computeIfAbsent(object, key -> new ArrayList<>()).add(problem);
			}
		}
		byObject = map;
		for (Field field : List.copyOf(fields)) {
			show(field);
		}
	}

	private void show(Field field) {
		List<Diagnostic> problems = of(field.owner(), field.feature());
		if (problems.isEmpty()) {
			field.decoration().hide();
			return;
		}
		field.decoration().setImage(image(severity(problems)));
		field.decoration().setDescriptionText(text(problems));
		field.decoration().show();
	}

	/** @return the problems of an object (its feature's, or all of them when feature is null) */
	List<Diagnostic> of(EObject object, EStructuralFeature feature) {
		List<Diagnostic> all = byObject.getOrDefault(object, List.of());
		if (feature == null) {
			return all;
		}
		return all.stream().filter(problem -> feature.equals(featureOf(problem))).toList();
	}

	private static EStructuralFeature featureOf(Diagnostic problem) {
		List<?> data = problem.getData();
		String rule = ChorusDiagnostics.rule(problem);
		if (rule != null) {
			return RULE_FEATURES.get(rule);
		}
		return data.size() > 1 && data.get(1) instanceof EStructuralFeature feature ? feature : null;
	}

	static int severity(List<Diagnostic> problems) {
		return problems.stream().mapToInt(Diagnostic::getSeverity).max().orElse(Diagnostic.OK);
	}

	static String text(List<Diagnostic> problems) {
		return String.join("\n", problems.stream().map(Diagnostic::getMessage).toList()); //$NON-NLS-1$
	}

	/** @return the error or warning decoration image for a severity, or {@code null} when OK */
	static Image image(int severity) {
		String id = severity >= Diagnostic.ERROR ? FieldDecorationRegistry.DEC_ERROR
				: severity >= Diagnostic.WARNING ? FieldDecorationRegistry.DEC_WARNING
						: severity > Diagnostic.OK ? FieldDecorationRegistry.DEC_INFORMATION : null;
		return id == null ? null : FieldDecorationRegistry.getDefault().getFieldDecoration(id).getImage();
	}
}
