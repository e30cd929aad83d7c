// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.plan.ui.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;

/** Shows, parses and offers the values of a feature, for fields, combos and table cells. */
final class Values {

	/** The choice that stands for no value, as viewers take no {@code null} elements. */
	static final Object NONE = new Object() {
		@Override
		public String toString() {
			return "(none)"; //$NON-NLS-1$
		}
	};

	private Values() {
	}

	/** @return the choice showing a value ({@link #NONE} for {@code null}) */
	static Object toChoice(Object value) {
		return value == null ? NONE : value;
	}

	/** @return the value a choice stands for */
	static Object fromChoice(Object choice) {
		return choice == NONE ? null : choice;
	}

	/** @return whether a feature is picked from a list (enumerations, booleans, references) */
	static boolean isChoice(EStructuralFeature feature) {
		return feature instanceof EReference || feature.getEType() instanceof EEnum
				|| feature.getEType().getInstanceClass() == boolean.class;
	}

	/**
	 * The values a single-valued feature may take, {@link #NONE} first when it is
	 * optional: for references the choices of the EMF.Edit item property descriptor, so only
	 * valid targets are offered.
	 */
	static List<Object> choices(AdapterFactory adapterFactory, EObject owner, EStructuralFeature feature) {
		List<Object> choices = new ArrayList<>();
		if (feature.getEType() instanceof EEnum enumeration) {
			for (EEnumLiteral literal : enumeration.getELiterals()) {
				choices.add(literal.getInstance());
			}
		} else if (feature.getEType().getInstanceClass() == boolean.class) {
			choices.add(Boolean.TRUE);
			choices.add(Boolean.FALSE);
		} else if (descriptor(adapterFactory, owner, feature) instanceof IItemPropertyDescriptor descriptor) {
			Collection<?> offered = descriptor.getChoiceOfValues(owner);
			if (offered != null) {
				for (Object value : offered) {
					if (value != null) {
						choices.add(value);
					}
				}
			}
			if (!feature.isRequired()) {
				choices.add(0, NONE);
			}
		}
		return choices;
	}

	private static IItemPropertyDescriptor descriptor(AdapterFactory adapterFactory, EObject owner,
			EStructuralFeature feature) {
		if (adapterFactory.adapt(owner, IItemPropertySource.class) instanceof IItemPropertySource source) {
			for (IItemPropertyDescriptor descriptor : source.getPropertyDescriptors(owner)) {
				if (feature.equals(descriptor.getFeature(owner))) {
					return descriptor;
				}
			}
		}
		return null;
	}

	/** @return a value as the user reads it: the label of an object, the name of a literal */
	static String text(AdapterFactory adapterFactory, Object value) {
		if (value == null) {
			return ""; //$NON-NLS-1$
		}
		if (value == NONE) {
			return NONE.toString();
		}
		if (value instanceof io.github.chorus.plan.model.Named named && named.getName() != null
				&& !named.getName().isBlank()) {
			// the item label repeats the type ("Kpi Definition Reach"): the column says what it is
			return named.getName();
		}
		if (value instanceof EObject object) {
			return adapterFactory.adapt(object, IItemLabelProvider.class) instanceof IItemLabelProvider labels
					? labels.getText(object)
					: String.valueOf(object);
		}
		if (value instanceof Boolean flag) {
			return flag ? "yes" : "no"; //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (value instanceof org.eclipse.emf.common.util.Enumerator literal) {
			String name = literal.getName().replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
			return Character.toUpperCase(name.charAt(0)) + name.substring(1);
		}
		if (value instanceof java.math.BigDecimal amount) {
			return String.format(java.util.Locale.ROOT, "%,.2f", amount); //$NON-NLS-1$
		}
		if (value instanceof Double number && number == Math.rint(number) && Math.abs(number) < 1e15) {
			return Long.toString(number.longValue());
		}
		return String.valueOf(value);
	}

	/** @return an attribute's value as typed in a field */
	static String editText(EAttribute attribute, Object value) {
		return value == null ? "" : EcoreUtil.convertToString(attribute.getEAttributeType(), value); //$NON-NLS-1$
	}

	/**
	 * @return the value of typed text
	 * @throws IllegalArgumentException with a message for the user when it does not parse
	 */
	static Object parse(EAttribute attribute, String text) {
		Class<?> type = attribute.getEAttributeType().getInstanceClass();
		if (type == String.class) {
			return text.isEmpty() ? null : text;
		}
		if (text.isBlank()) {
			if (type != null && type.isPrimitive()) {
				throw new IllegalArgumentException("Enter a number"); //$NON-NLS-1$
			}
			return null;
		}
		try {
			return EcoreUtil.createFromString(attribute.getEAttributeType(), text.strip());
		} catch (RuntimeException e) {
			throw new IllegalArgumentException("'" + text.strip() + "' is not a valid " //$NON-NLS-1$ //$NON-NLS-2$
					+ (type == java.time.LocalDate.class ? "date (use YYYY-MM-DD)" : "number"), e); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}
}
