// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.plan.ui.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.SetCommand;
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
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;

import io.github.chorus.plan.model.PlanPackage.Literals;
import io.github.chorus.ui.emf.EmfContentProvider;
import io.github.chorus.ui.emf.EmfLabelProvider;
import io.github.chorus.workspace.ui.ModelFields;

/**
 * The plan's structure: audiences and personas, goals → KPIs → targets, challenges, channel
 * presences, budgets (and the definitions, campaigns and team) as a tree, with the selected
 * element's attributes editable beside it. Add and Remove are undoable commands.
 */
public final class StructurePage extends FormPage {

	static final String ID = "structure"; //$NON-NLS-1$

	private final PlanEditor editor;
	private TreeViewer tree;
	private Section detailsSection;
	private Composite details;
	private FormToolkit toolkit;
	private final List<Text> detailFields = new ArrayList<>();

	StructurePage(PlanEditor editor) {
		super(editor, ID, "Structure"); //$NON-NLS-1$
		this.editor = editor;
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		ScrolledForm form = managedForm.getForm();
		toolkit = managedForm.getToolkit();
		form.setText("Audiences, goals, challenges, channels and budget"); //$NON-NLS-1$
		toolkit.decorateFormHeading(form.getForm());
		Composite body = form.getBody();
		GridLayoutFactory.fillDefaults().margins(8, 8).applyTo(body);
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
		getSite().setSelectionProvider(tree);
		showProblems(editor.validate());
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
			EditingDomain domain = editor.getEditingDomain();
			for (EAttribute attribute : element.eClass().getEAllAttributes()) {
				if (attribute.isMany() || attribute == Literals.IDENTIFIED__ID || attribute.isDerived()
						|| !attribute.isChangeable()) {
					continue;
				}
				boolean multi = attribute.getEAttributeType().getInstanceClass() == String.class
						&& (attribute.getName().equals("description") || attribute.getName().equals("rationale") //$NON-NLS-1$ //$NON-NLS-2$
								|| attribute.getName().equals("needs") || attribute.getName().equals("painPoints")); //$NON-NLS-1$ //$NON-NLS-2$
				toolkit.createLabel(details, label(attribute.getName())).setLayoutData(GridDataFactory
						.swtDefaults().align(SWT.BEGINNING, multi ? SWT.TOP : SWT.CENTER).create());
				if (attribute.getEAttributeType() instanceof EEnum enumeration) {
					enumCombo(details, domain, element, attribute, enumeration);
				} else if (attribute.getEAttributeType().getInstanceClass() == boolean.class) {
					Button check = toolkit.createButton(details, "", SWT.CHECK); //$NON-NLS-1$
					check.setSelection(Boolean.TRUE.equals(element.eGet(attribute)));
					check.addListener(SWT.Selection, event -> domain.getCommandStack().execute(
							SetCommand.create(domain, element, attribute, check.getSelection())));
				} else {
					Text text = toolkit.createText(details, "", //$NON-NLS-1$
							multi ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE);
					GridDataFactory.fillDefaults().grab(true, false).indent(8, 0).hint(150, multi ? 60 : SWT.DEFAULT)
							.applyTo(text);
					text.setData("attribute", attribute.getName()); //$NON-NLS-1$
					ModelFields.bind(domain, text, element, attribute);
					detailFields.add(text);
				}
			}
		}
		details.layout(true, true);
		detailsSection.layout(true, true);
		getManagedForm().reflow(true);
	}

	private void enumCombo(Composite parent, EditingDomain domain, EObject element, EAttribute attribute,
			EEnum enumeration) {
		Combo combo = new Combo(parent, SWT.READ_ONLY);
		toolkit.adapt(combo);
		List<EEnumLiteral> literals = enumeration.getELiterals();
		for (EEnumLiteral literal : literals) {
			combo.add(literal.getName());
		}
		Object value = element.eGet(attribute);
		for (int i = 0; i < literals.size(); i++) {
			if (literals.get(i).getInstance() == value) {
				combo.select(i);
			}
		}
		GridDataFactory.fillDefaults().indent(8, 0).applyTo(combo);
		combo.addListener(SWT.Selection, event -> {
			Object chosen = literals.get(combo.getSelectionIndex()).getInstance();
			if (chosen != element.eGet(attribute)) {
				domain.getCommandStack().execute(SetCommand.create(domain, element, attribute, chosen));
			}
		});
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

	void showProblems(List<Diagnostic> problems) {
		IManagedForm managed = getManagedForm();
		if (managed != null) {
			Problems.show(managed.getForm(), problems);
		}
	}
}
