// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.plan.ui.internal;

import java.util.Objects;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;

import io.github.chorus.workspace.ui.ModelFields;

/** Builds the sections and fields of the plan editor's pages, bound to the model by commands. */
final class PlanForms {

	private final PlanEditor editor;
	private final FormToolkit toolkit;

	PlanForms(PlanEditor editor, FormToolkit toolkit) {
		this.editor = editor;
		this.toolkit = toolkit;
	}

	/** @return the client of a new titled section, with two columns (label, field) */
	Composite section(Composite parent, String title, String description) {
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

	/**
	 * A labelled field for a feature of an object: a text for values, a combo for
	 * enumerations, booleans and references (offering only valid targets). Edits are commands;
	 * the field follows model changes (undo, the Properties view) and shows the feature's
	 * validation problems as a decoration.
	 *
	 * @return the field's control
	 */
	Control field(Composite parent, EObject owner, EStructuralFeature feature, String label, boolean multi) {
		toolkit.createLabel(parent, label).setLayoutData(GridDataFactory.swtDefaults()
				.align(SWT.BEGINNING, multi ? SWT.TOP : SWT.CENTER).create());
		Control control;
		if (Values.isChoice(feature)) {
			control = combo(parent, owner, feature);
		} else {
			Text text = toolkit.createText(parent, "", multi ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE); //$NON-NLS-1$
			GridDataFactory.fillDefaults().grab(true, false).indent(8, 0).hint(200, multi ? 60 : SWT.DEFAULT)
					.applyTo(text);
			ModelFields.bind(editor.getEditingDomain(), text, owner, (EAttribute) feature);
			control = text;
		}
		control.setData(PlanEditor.FIELD_KEY, owner.eClass().getName() + '.' + feature.getName());
		editor.problems().decorate(control, owner, feature);
		return control;
	}

	private Control combo(Composite parent, EObject owner, EStructuralFeature feature) {
		AdapterFactory adapterFactory = editor.session().adapterFactory();
		EditingDomain domain = editor.getEditingDomain();
		Combo combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		toolkit.adapt(combo);
		GridDataFactory.fillDefaults().grab(true, false).indent(8, 0).applyTo(combo);
		ComboViewer viewer = new ComboViewer(combo);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object value) {
				return Values.text(adapterFactory, value);
			}
		});
		boolean[] updating = { false };
		Runnable show = () -> {
			updating[0] = true;
			try {
				viewer.setInput(Values.choices(adapterFactory, owner, feature));
				Object value = owner.eGet(feature);
				viewer.setSelection(new StructuredSelection(Values.toChoice(value)));
			} finally {
				updating[0] = false;
			}
		};
		show.run();
		// the choices change with the plan (a new KPI definition, say): list them when opened
		combo.addListener(SWT.MouseDown, event -> show.run());
		viewer.addSelectionChangedListener(event -> {
			if (updating[0]) {
				return;
			}
			Object chosen = Values.fromChoice(((IStructuredSelection) event.getSelection()).getFirstElement());
			if (!Objects.equals(chosen, owner.eGet(feature))) {
				domain.getCommandStack().execute(SetCommand.create(domain, owner, feature, chosen));
			}
		});
		AdapterImpl listener = new AdapterImpl() {
			@Override
			public void notifyChanged(Notification notification) {
				if (notification.getFeature() == feature && !combo.isDisposed()) {
					show.run();
				}
			}
		};
		owner.eAdapters().add(listener);
		combo.addDisposeListener(event -> owner.eAdapters().remove(listener));
		return combo;
	}

	FormToolkit toolkit() {
		return toolkit;
	}
}
