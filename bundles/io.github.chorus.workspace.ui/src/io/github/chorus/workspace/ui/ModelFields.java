// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.workspace.ui;

import java.util.Objects;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Text;

/**
 * Binds text fields to attributes: every edit is set at once through the shared command stack
 * (so it is undoable and makes the editor dirty at once; a run of keystrokes is one undo step,
 * see {@link TypingCommands}), and model changes (undo, the
 * Properties view) show in the field. Values that do not parse (a bad date) are decorated as
 * errors and not set.
 *
 * @since 0.1
 */
public final class ModelFields {

	private ModelFields() {
	}

	/**
	 * @param domain    the editing domain
	 * @param text      the field
	 * @param owner     the object
	 * @param attribute a single-valued attribute of the object
	 */
	public static void bind(EditingDomain domain, Text text, EObject owner, EAttribute attribute) {
		EDataType type = attribute.getEAttributeType();
		boolean[] updating = { false };
		ControlDecoration decoration = new ControlDecoration(text, SWT.LEFT | SWT.TOP);
		decoration.setImage(FieldDecorationRegistry.getDefault()
				.getFieldDecoration(FieldDecorationRegistry.DEC_ERROR).getImage());
		decoration.hide();
		text.setText(toText(type, owner.eGet(attribute)));
		TypingCommands typing = new TypingCommands();
		text.addListener(org.eclipse.swt.SWT.FocusOut, event -> typing.endStep());
		text.addModifyListener(event -> {
			if (updating[0]) {
				return;
			}
			Object value;
			try {
				value = fromText(type, text.getText());
				decoration.hide();
			} catch (RuntimeException e) {
				decoration.setDescriptionText("Not a valid " + type.getName() //$NON-NLS-1$
						+ (type.getInstanceClass() == java.time.LocalDate.class ? " (use YYYY-MM-DD)" : "")); //$NON-NLS-1$ //$NON-NLS-2$
				decoration.show();
				return;
			}
			if (!Objects.equals(value, owner.eGet(attribute))) {
				updating[0] = true;
				try {
					typing.set(domain, owner, attribute, value);
				} finally {
					updating[0] = false;
				}
			}
		});
		Adapter listener = new AdapterImpl() {
			@Override
			public void notifyChanged(Notification notification) {
				if (notification.getFeature() != attribute || text.isDisposed() || updating[0]) {
					return;
				}
				// changed from elsewhere (undo, redo, Properties): the next keystroke is a new step
				typing.endStep();
				String shown = toText(type, owner.eGet(attribute));
				Object current;
				try {
					current = fromText(type, text.getText());
				} catch (RuntimeException e) {
					current = null;
				}
				if (!Objects.equals(current, owner.eGet(attribute))) {
					updating[0] = true;
					try {
						int caret = text.getCaretPosition();
						text.setText(shown);
						text.setSelection(Math.min(caret, shown.length()));
						decoration.hide();
					} finally {
						updating[0] = false;
					}
				}
			}
		};
		owner.eAdapters().add(listener);
		text.addDisposeListener(event -> owner.eAdapters().remove(listener));
	}

	private static String toText(EDataType type, Object value) {
		return value == null ? "" : EcoreUtil.convertToString(type, value); //$NON-NLS-1$
	}

	private static Object fromText(EDataType type, String text) {
		if (type == EcorePackage.Literals.ESTRING || type.getInstanceClass() == String.class) {
			return text.isEmpty() ? null : text;
		}
		return text.isBlank() ? null : EcoreUtil.createFromString(type, text.strip());
	}
}
