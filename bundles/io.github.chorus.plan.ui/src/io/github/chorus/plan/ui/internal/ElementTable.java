// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.plan.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ComboBoxViewerCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.FocusCellOwnerDrawHighlighter;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.TableViewerFocusCellManager;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;

/**
 * A table of the objects in one containment list (a goal's KPIs, the plan's budget lines...),
 * edited in place: click a cell (or press F2/Enter) to change it, Add and Remove change the
 * list. Every change is one command on the editor's command stack. Rows with validation
 * problems show the problem icon, their messages as the tooltip.
 */
final class ElementTable {

	/**
	 * A column: a feature of the row objects (editable), or a value computed from the row
	 * (read-only) when {@code feature} is {@code null}. A feature with {@code choices} is picked
	 * from them and shown by {@code display}.
	 */
	record Column(String label, int width, EStructuralFeature feature, Function<EObject, String> computed,
			Supplier<List<?>> choices, Function<Object, String> display) {

		static Column of(String label, int width, EStructuralFeature feature) {
			return new Column(label, width, feature, null, null, null);
		}

		static Column computed(String label, int width, Function<EObject, String> computed) {
			return new Column(label, width, null, computed, null, null);
		}

		static Column picked(String label, int width, EStructuralFeature feature, Supplier<List<?>> choices,
				Function<Object, String> display) {
			return new Column(label, width, feature, null, choices, display);
		}
	}

	private final PlanEditor editor;
	private final Section section;
	private final TableViewer viewer;
	private final Button add;
	private final Button remove;
	private EObject owner;
	private EReference list;

	ElementTable(PlanEditor editor, FormToolkit toolkit, Composite parent, String title, String description,
			List<Column> columns) {
		this.editor = editor;
		section = toolkit.createSection(parent, Section.TITLE_BAR | Section.DESCRIPTION);
		section.setText(title);
		section.setDescription(description);
		Composite client = toolkit.createComposite(section);
		GridLayoutFactory.fillDefaults().numColumns(2).margins(2, 2).applyTo(client);
		section.setClient(client);
		Table table = toolkit.createTable(client, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).span(1, 3).hint(300, 90).applyTo(table);
		viewer = new TableViewer(table);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		ColumnViewerToolTipSupport.enableFor(viewer);
		for (int i = 0; i < columns.size(); i++) {
			addColumn(columns.get(i), i == 0);
		}
		TableViewerFocusCellManager focus = new TableViewerFocusCellManager(viewer,
				new FocusCellOwnerDrawHighlighter(viewer));
		TableViewerEditor.create(viewer, focus, new ColumnViewerEditorActivationStrategy(viewer),
				ColumnViewerEditor.TABBING_HORIZONTAL | ColumnViewerEditor.TABBING_MOVE_TO_ROW_NEIGHBOR
						| ColumnViewerEditor.KEYBOARD_ACTIVATION);
		add = toolkit.createButton(client, "Add", SWT.PUSH); //$NON-NLS-1$
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.TOP).applyTo(add);
		add.addListener(SWT.Selection, event -> addRow());
		remove = toolkit.createButton(client, "Remove", SWT.PUSH); //$NON-NLS-1$
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.TOP).applyTo(remove);
		remove.addListener(SWT.Selection, event -> removeRow());
		toolkit.paintBordersFor(client);
		editor.selection().track(viewer);
		setInput(null, null);
	}

	private void addColumn(Column column, boolean first) {
		TableViewerColumn viewerColumn = new TableViewerColumn(viewer, SWT.LEFT);
		viewerColumn.getColumn().setText(column.label());
		viewerColumn.getColumn().setWidth(column.width());
		AdapterFactory adapterFactory = editor.session().adapterFactory();
		viewerColumn.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				EObject row = (EObject) element;
				if (column.feature() == null) {
					return column.computed().apply(row);
				}
				Object value = row.eGet(column.feature());
				return column.display() != null && value != null ? column.display().apply(value)
						: Values.text(adapterFactory, value);
			}

			@Override
			public Image getImage(Object element) {
				return first ? ProblemMarks.image(ProblemMarks.severity(problems((EObject) element))) : null;
			}

			@Override
			public String getToolTipText(Object element) {
				List<Diagnostic> problems = problems((EObject) element);
				return problems.isEmpty() ? null : ProblemMarks.text(problems);
			}
		});
		if (column.feature() != null && column.feature().isChangeable() && !column.feature().isMany()) {
			viewerColumn.setEditingSupport(new FeatureEditing(column));
		}
	}

	private List<Diagnostic> problems(EObject row) {
		return editor.problems().of(row, null);
	}

	/**
	 * Shows the objects of a list, or nothing.
	 *
	 * @param newOwner the object holding the list, or {@code null}
	 * @param newList  a containment reference of the owner
	 */
	void setInput(EObject newOwner, EReference newList) {
		owner = newOwner;
		list = newList;
		refresh();
	}

	/** Shows the current rows (after any change of the model). */
	void refresh() {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		List<?> rows = owner == null || owner.eResource() == null ? List.of() : (List<?>) owner.eGet(list);
		viewer.setInput(new ArrayList<>(rows));
		add.setEnabled(owner != null && owner.eResource() != null);
		remove.setEnabled(owner != null);
	}

	/** @return the selected row, or {@code null} */
	EObject selected() {
		Object first = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
		return first instanceof EObject object ? object : null;
	}

	TableViewer viewer() {
		return viewer;
	}

	Section section() {
		return section;
	}

	private void addRow() {
		EditingDomain domain = editor.getEditingDomain();
		for (Object descriptor : domain.getNewChildDescriptors(owner, null)) {
			if (descriptor instanceof CommandParameter parameter && parameter.getEReference() == list) {
				Command command = CreateChildCommand.create(domain, owner, descriptor, List.of(owner));
				if (command.canExecute()) {
					domain.getCommandStack().execute(command);
					viewer.setSelection(new StructuredSelection(command.getAffectedObjects().toArray()), true);
					return;
				}
			}
		}
	}

	private void removeRow() {
		EObject row = selected();
		if (row == null) {
			return;
		}
		Command command = DeleteCommand.create(editor.getEditingDomain(), List.of(row));
		if (command.canExecute()) {
			editor.getEditingDomain().getCommandStack().execute(command);
		}
	}

	/** Edits one feature of the rows in place, through a SetCommand. */
	private final class FeatureEditing extends EditingSupport {

		private final Column column;
		private final EStructuralFeature feature;

		FeatureEditing(Column column) {
			super(viewer);
			this.column = column;
			this.feature = column.feature();
		}

		private boolean picked() {
			return column.choices() != null || Values.isChoice(feature);
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			if (picked()) {
				ComboBoxViewerCellEditor combo = new ComboBoxViewerCellEditor(viewer.getTable(), SWT.READ_ONLY);
				combo.setContentProvider(ArrayContentProvider.getInstance());
				AdapterFactory adapterFactory = editor.session().adapterFactory();
				combo.setLabelProvider(new LabelProvider() {
					@Override
					public String getText(Object value) {
						return column.display() != null && value != Values.NONE ? column.display().apply(value)
								: Values.text(adapterFactory, value);
					}
				});
				combo.setInput(choices((EObject) element));
				return combo;
			}
			TextCellEditor text = new TextCellEditor(viewer.getTable());
			text.setValidator(value -> {
				try {
					Values.parse((EAttribute) feature, (String) value);
					return null;
				} catch (IllegalArgumentException e) {
					return e.getMessage();
				}
			});
			text.addListener(new org.eclipse.jface.viewers.ICellEditorListener() {
				@Override
				public void applyEditorValue() {
					editor.showMessage(null);
				}

				@Override
				public void cancelEditor() {
					editor.showMessage(null);
				}

				@Override
				public void editorValueChanged(boolean oldValidState, boolean newValidState) {
					editor.showMessage(newValidState ? null : text.getErrorMessage());
				}
			});
			return text;
		}

		private List<?> choices(EObject row) {
			if (column.choices() == null) {
				return Values.choices(editor.session().adapterFactory(), row, feature);
			}
			List<Object> choices = new ArrayList<>(column.choices().get());
			Object current = row.eGet(feature);
			if (current != null && !choices.contains(current)) {
				choices.add(0, current); // an unknown value stays pickable: nothing is lost
			}
			choices.add(0, Values.NONE);
			return choices;
		}

		@Override
		protected boolean canEdit(Object element) {
			return true;
		}

		@Override
		protected Object getValue(Object element) {
			Object value = ((EObject) element).eGet(feature);
			return picked() ? Values.toChoice(value) : Values.editText((EAttribute) feature, value);
		}

		@Override
		protected void setValue(Object element, Object value) {
			Object newValue = Values.fromChoice(value);
			if (!picked()) {
				try {
					newValue = Values.parse((EAttribute) feature, (String) value);
				} catch (IllegalArgumentException e) {
					editor.showMessage(e.getMessage());
					return;
				}
			}
			EObject row = (EObject) element;
			if (!Objects.equals(newValue, row.eGet(feature))) {
				EditingDomain domain = editor.getEditingDomain();
				domain.getCommandStack().execute(SetCommand.create(domain, row, feature, newValue));
			}
		}
	}
}
