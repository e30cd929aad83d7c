// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.ui.emf;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IWrapperItemProvider;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.jface.viewers.ICellEditorValidator;
import org.eclipse.ui.views.properties.ComboBoxPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.eclipse.ui.views.properties.TextPropertyDescriptor;

/**
 * A property sheet source over an object's {@link IItemPropertySource}. Single-valued
 * attributes of data types with a string form are editable (enumerations through a combo);
 * other properties are shown read-only. Values are set through the item property descriptor,
 * which uses the object's editing domain, so property edits are undoable.
 *
 * @since 0.1
 */
public class EmfPropertySource implements IPropertySource {

	private final Object object;
	private final IItemPropertySource source;

	/**
	 * @param object         the object
	 * @param adapterFactory the factory of item providers
	 * @return a property source, or {@code null} when the object has no item property source
	 */
	public static IPropertySource of(Object object, AdapterFactory adapterFactory) {
		Object source = adapterFactory.adapt(object, IItemPropertySource.class);
		return source instanceof IItemPropertySource itemSource ? new EmfPropertySource(object, itemSource) : null;
	}

	EmfPropertySource(Object object, IItemPropertySource source) {
		this.object = object;
		this.source = source;
	}

	@Override
	public Object getEditableValue() {
		return object;
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		List<IPropertyDescriptor> result = new ArrayList<>();
		for (IItemPropertyDescriptor item : source.getPropertyDescriptors(object)) {
			result.add(toDescriptor(item));
		}
		return result.toArray(IPropertyDescriptor[]::new);
	}

	private IPropertyDescriptor toDescriptor(IItemPropertyDescriptor item) {
		String id = item.getId(object);
		String name = item.getDisplayName(object);
		PropertyDescriptor descriptor;
		Object feature = item.getFeature(object);
		if (item.canSetProperty(object) && feature instanceof EAttribute attribute && !attribute.isMany()) {
			EDataType type = attribute.getEAttributeType();
			if (type instanceof EEnum enumeration) {
				// the value is the literal's index (see getPropertyValue); the combo's own label
				// provider shows the label of that index, where a generic one would show the number
				String[] labels = enumeration.getELiterals().stream()
						.map(literal -> item.getLabelProvider(object).getText(literal.getInstance()))
						.toArray(String[]::new);
				ComboBoxPropertyDescriptor combo = new ComboBoxPropertyDescriptor(id, name, labels);
				combo.setCategory(item.getCategory(object));
				combo.setDescription(item.getDescription(object));
				return combo;
			} else {
				TextPropertyDescriptor text = new TextPropertyDescriptor(id, name);
				text.setValidator(validator(type));
				descriptor = text;
			}
		} else {
			descriptor = new PropertyDescriptor(id, name);
		}
		descriptor.setCategory(item.getCategory(object));
		descriptor.setDescription(item.getDescription(object));
		descriptor.setLabelProvider(new org.eclipse.jface.viewers.LabelProvider() {
			@Override
			public String getText(Object element) {
				return item.getLabelProvider(object).getText(element);
			}
		});
		return descriptor;
	}

	private static ICellEditorValidator validator(EDataType type) {
		return value -> {
			if (value == null || value.toString().isEmpty() || type == EcorePackage.Literals.ESTRING) {
				return null;
			}
			try {
				EcoreUtil.createFromString(type, value.toString());
				return null;
			} catch (RuntimeException e) {
				return "Not a valid " + type.getName() + ": " + value; //$NON-NLS-1$ //$NON-NLS-2$
			}
		};
	}

	private IItemPropertyDescriptor item(Object id) {
		return source.getPropertyDescriptor(object, id);
	}

	@Override
	public Object getPropertyValue(Object id) {
		IItemPropertyDescriptor item = item(id);
		if (item == null) {
			return null;
		}
		Object value = item.getPropertyValue(object);
		if (value instanceof ItemPropertyDescriptor.PropertyValueWrapper wrapper) {
			value = wrapper.getEditableValue(object);
		}
		if (value instanceof IWrapperItemProvider wrapper) {
			value = wrapper.getValue();
		}
		Object feature = item.getFeature(object);
		if (feature instanceof EAttribute attribute && !attribute.isMany()) {
			EDataType type = attribute.getEAttributeType();
			if (type instanceof EEnum enumeration) {
				EEnumLiteral literal = value == null ? null : enumeration.getEEnumLiteralByLiteral(value.toString());
				return literal == null ? Integer.valueOf(0) : Integer.valueOf(enumeration.getELiterals().indexOf(literal));
			}
			if (item.canSetProperty(object)) {
				return value == null ? "" : EcoreUtil.convertToString(type, value); //$NON-NLS-1$
			}
		}
		return value;
	}

	@Override
	public boolean isPropertySet(Object id) {
		IItemPropertyDescriptor item = item(id);
		return item != null && item.isPropertySet(object);
	}

	@Override
	public void resetPropertyValue(Object id) {
		IItemPropertyDescriptor item = item(id);
		if (item != null) {
			item.resetPropertyValue(object);
		}
	}

	@Override
	public void setPropertyValue(Object id, Object value) {
		IItemPropertyDescriptor item = item(id);
		if (item == null || !(item.getFeature(object) instanceof EAttribute attribute)) {
			return;
		}
		EDataType type = attribute.getEAttributeType();
		Object newValue;
		if (type instanceof EEnum enumeration) {
			int index = value instanceof Integer i ? i : -1;
			if (index < 0 || index >= enumeration.getELiterals().size()) {
				return;
			}
			newValue = enumeration.getELiterals().get(index).getInstance();
		} else {
			String text = value == null ? "" : value.toString(); //$NON-NLS-1$
			if (text.isEmpty() && type != EcorePackage.Literals.ESTRING) {
				newValue = null;
			} else {
				try {
					newValue = EcoreUtil.createFromString(type, text);
				} catch (RuntimeException e) {
					return; // the cell editor validator already told the user
				}
			}
		}
		item.setPropertyValue(object, newValue);
	}
}
