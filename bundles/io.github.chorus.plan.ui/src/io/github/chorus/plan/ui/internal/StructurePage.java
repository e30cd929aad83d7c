// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.plan.ui.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;

import io.github.chorus.plan.model.PlanPackage.Literals;
import io.github.chorus.ui.emf.EmfContentProvider;
import io.github.chorus.ui.emf.EmfLabelProvider;

/**
 * The plan's structure: audiences and personas, goals → KPIs → targets, challenges, channel
 * presences, budgets (and the definitions, campaigns and team) as a tree, with the selected
 * element's attributes editable beside it. Add and Remove are undoable commands.
 */
public final class StructurePage extends PlanPage {

	private static final Set<String> MULTI_LINE = Set.of("description", "rationale", "needs", "painPoints", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"demographics", "identity", "valueProposition", "toneGuidelines", "note", "formula"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

	static final String ID = "structure"; //$NON-NLS-1$

	private TreeViewer tree;
	private Section detailsSection;
	private Composite details;
	private FormToolkit toolkit;
	private PlanForms forms;
	private final List<Text> detailFields = new ArrayList<>();

	StructurePage(PlanEditor editor) {
		super(editor, ID, "Structure", "Every element of the plan"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	protected void createContent(Composite body, PlanForms pageForms) {
		forms = pageForms;
		toolkit = forms.toolkit();
		PlanEditor editor = planEditor();
		SashForm sash = new SashForm(body, SWT.HORIZONTAL);
		toolkit.adapt(sash);
		GridDataFactory.fillDefaults().grab(true, true).hint(600, 400).applyTo(sash);

		Section master = toolkit.createSection(sash, Section.TITLE_BAR);
		master.setText("Plan elements"); //$NON-NLS-1$
		Composite masterClient = toolkit.createComposite(master);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(masterClient);
		master.setClient(masterClient);
		tree = new TreeViewer(toolkit.createTree(masterClient, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL));
		GridDataFactory.fillDefaults().grab(true, true).span(1, 2).applyTo(tree.getControl());
		tree.setContentProvider(new EmfContentProvider(editor.session().adapterFactory()));
		tree.setLabelProvider(new EmfLabelProvider(editor.session().adapterFactory()));
		tree.setInput(editor.plan());
		Button add = toolkit.createButton(masterClient, "Add...", SWT.PUSH); //$NON-NLS-1$
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.TOP).applyTo(add);
		add.addListener(SWT.Selection, event -> showAddMenu(add));
		Button remove = toolkit.createButton(masterClient, "Remove", SWT.PUSH); //$NON-NLS-1$
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.TOP).applyTo(remove);
		remove.addListener(SWT.Selection, event -> removeSelection());

		detailsSection = toolkit.createSection(sash, Section.TITLE_BAR | Section.DESCRIPTION);
		detailsSection.setText("Details"); //$NON-NLS-1$
		detailsSection.setDescription("Select an element on the left."); //$NON-NLS-1$
		details = toolkit.createComposite(detailsSection);
		GridLayoutFactory.fillDefaults().numColumns(2).margins(4, 4).applyTo(details);
		detailsSection.setClient(details);
		toolkit.paintBordersFor(details);
		sash.setWeights(40, 60);

		tree.addSelectionChangedListener(event -> showDetails(selected()));
		editor.selection().track(tree);
	}

	private EObject selected() {
		Object element = ((IStructuredSelection) tree.getSelection()).getFirstElement();
		return element instanceof EObject object ? object : null;
	}

	/**
	 * Selects an element in the tree.
	 *
	 * @param element an element of the plan
	 */
	public void select(EObject element) {
		if (tree != null) {
			tree.setSelection(new StructuredSelection(element), true);
		}
	}

	private void showAddMenu(Control anchor) {
		PlanEditor editor = planEditor();
		EObject parent = selected() == null ? editor.plan() : selected();
		EditingDomain domain = editor.getEditingDomain();
		MenuManager manager = new MenuManager();
		Collection<?> descriptors = domain.getNewChildDescriptors(parent, null);
		for (Object descriptor : descriptors) {
			if (!(descriptor instanceof CommandParameter parameter) || parameter.getEReference() == null
					|| !parameter.getEReference().isContainment()) {
				continue;
			}
			Command command = CreateChildCommand.create(domain, parent, descriptor, List.of(parent));
			if (command.canExecute()) {
				manager.add(new Action(command.getLabel()) {
					@Override
					public void run() {
						domain.getCommandStack().execute(command);
						tree.setSelection(new StructuredSelection(command.getAffectedObjects().toArray()), true);
					}
				});
			}
		}
		Menu menu = manager.createContextMenu(anchor);
		menu.setLocation(anchor.toDisplay(0, anchor.getSize().y));
		menu.setVisible(true);
	}

	private void removeSelection() {
		PlanEditor editor = planEditor();
		EObject element = selected();
		if (element == null || element == editor.plan()) {
			return;
		}
		Command command = DeleteCommand.create(editor.getEditingDomain(), List.of(element));
		if (command.canExecute()) {
			editor.getEditingDomain().getCommandStack().execute(command);
		}
	}

	private void showDetails(EObject element) {
		for (Control child : details.getChildren()) {
			child.dispose();
		}
		detailFields.clear();
		if (element == null) {
			detailsSection.setDescription("Select an element on the left."); //$NON-NLS-1$
		} else {
			detailsSection.setDescription(element.eClass().getName());
			for (EStructuralFeature feature : element.eClass().getEAllStructuralFeatures()) {
				if (feature.isMany() || feature == Literals.IDENTIFIED__ID || feature.isDerived()
						|| !feature.isChangeable() || feature instanceof EReference reference
								&& (reference.isContainment() || reference.isContainer())) {
					continue;
				}
				boolean multi = feature.getEType().getInstanceClass() == String.class
						&& MULTI_LINE.contains(feature.getName());
				if (forms.field(details, element, feature, label(feature.getName()), multi) instanceof Text text) {
					text.setData("attribute", feature.getName()); //$NON-NLS-1$
					detailFields.add(text);
				}
			}
		}
		toolkit.paintBordersFor(details);
		details.layout(true, true);
		detailsSection.layout(true, true);
		getManagedForm().reflow(true);
	}

	private static String label(String name) {
		StringBuilder label = new StringBuilder();
		for (char c : name.toCharArray()) {
			if (Character.isUpperCase(c)) {
				label.append(' ').append(Character.toLowerCase(c));
			} else {
				label.append(label.isEmpty() ? Character.toUpperCase(c) : c);
			}
		}
		return label.toString();
	}

	/**
	 * @param attribute an attribute name
	 * @return the details field of the selected element for it, or {@code null}; for tests
	 */
	public Text detailField(String attribute) {
		return detailFields.stream().filter(t -> attribute.equals(t.getData("attribute"))).findFirst() //$NON-NLS-1$
				.orElse(null);
	}

	/** @return the tree, for tests */
	public TreeViewer tree() {
		return tree;
	}

	@Override
	protected void refresh() {
		if (tree != null && !tree.getControl().isDisposed()) {
			tree.refresh();
		}
	}
}
