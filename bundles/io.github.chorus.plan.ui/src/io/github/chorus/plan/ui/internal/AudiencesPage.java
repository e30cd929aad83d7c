// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.plan.ui.internal;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.Section;

import io.github.chorus.plan.model.ChannelPresence;
import io.github.chorus.plan.model.Persona;
import io.github.chorus.plan.model.PlanPackage.Literals;

/**
 * Audiences: the plan's personas and their sub-targets as a tree, and the selected persona's
 * profile (demographics, needs, pain points) with the channels that reach it.
 */
final class AudiencesPage extends PlanPage {

	static final String ID = "audiences"; //$NON-NLS-1$

	private TreeViewer tree;
	private Composite profile;
	private Section profileSection;
	private PlanForms forms;

	AudiencesPage(PlanEditor editor) {
		super(editor, ID, "Audiences", "Audiences and sub-targets (personas)"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	protected void createContent(Composite body, PlanForms pageForms) {
		forms = pageForms;
		SashForm sash = new SashForm(body, SWT.HORIZONTAL);
		forms.toolkit().adapt(sash);
		GridDataFactory.fillDefaults().grab(true, true).hint(600, 400).applyTo(sash);

		Section master = forms.toolkit().createSection(sash, Section.TITLE_BAR | Section.DESCRIPTION);
		master.setText("Audiences"); //$NON-NLS-1$
		master.setDescription("Who the plan speaks to; a sub-target narrows its audience."); //$NON-NLS-1$
		Composite masterClient = forms.toolkit().createComposite(master);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(masterClient);
		master.setClient(masterClient);
		tree = new TreeViewer(forms.toolkit().createTree(masterClient, SWT.SINGLE | SWT.V_SCROLL | SWT.BORDER));
		GridDataFactory.fillDefaults().grab(true, true).span(1, 3).applyTo(tree.getControl());
		tree.setContentProvider(new PersonaTree());
		tree.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return Values.text(planEditor().session().adapterFactory(), element);
			}

			@Override
			public org.eclipse.swt.graphics.Image getImage(Object element) {
				return ProblemMarks.image(ProblemMarks.severity(planEditor().problems().of((EObject) element, null)));
			}
		});
		tree.setInput(plan());
		tree.expandAll();
		button(masterClient, "Add audience", () -> add(plan(), Literals.PLAN__PERSONAS)); //$NON-NLS-1$
		button(masterClient, "Add sub-target", () -> { //$NON-NLS-1$
			if (selected() != null) {
				add(selected(), Literals.PERSONA__SUB_TARGETS);
			}
		});
		button(masterClient, "Remove", this::remove); //$NON-NLS-1$
		planEditor().selection().track(tree);

		profileSection = forms.toolkit().createSection(sash, Section.TITLE_BAR | Section.DESCRIPTION);
		profileSection.setText("Profile"); //$NON-NLS-1$
		profile = forms.toolkit().createComposite(profileSection);
		GridLayoutFactory.fillDefaults().numColumns(2).margins(4, 4).applyTo(profile);
		profileSection.setClient(profile);
		sash.setWeights(35, 65);
		tree.addSelectionChangedListener(event -> showProfile(selected()));
		if (!plan().getPersonas().isEmpty()) {
			tree.setSelection(new StructuredSelection(plan().getPersonas().get(0)));
		} else {
			showProfile(null);
		}
	}

	private void button(Composite parent, String label, Runnable action) {
		Button button = forms.toolkit().createButton(parent, label, SWT.PUSH);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.TOP).applyTo(button);
		button.addListener(SWT.Selection, event -> action.run());
	}

	Persona selected() {
		Object first = ((IStructuredSelection) tree.getSelection()).getFirstElement();
		return first instanceof Persona persona ? persona : null;
	}

	private void add(EObject owner, EReference list) {
		EditingDomain domain = planEditor().getEditingDomain();
		for (Object descriptor : domain.getNewChildDescriptors(owner, null)) {
			if (descriptor instanceof CommandParameter parameter && parameter.getEReference() == list) {
				Command command = CreateChildCommand.create(domain, owner, descriptor, List.of(owner));
				if (command.canExecute()) {
					domain.getCommandStack().execute(command);
					tree.setSelection(new StructuredSelection(command.getAffectedObjects().toArray()), true);
					return;
				}
			}
		}
	}

	private void remove() {
		Persona persona = selected();
		if (persona != null) {
			Command command = DeleteCommand.create(planEditor().getEditingDomain(), List.of(persona));
			if (command.canExecute()) {
				planEditor().getEditingDomain().getCommandStack().execute(command);
			}
		}
	}

	private void showProfile(Persona persona) {
		for (Control child : profile.getChildren()) {
			child.dispose();
		}
		if (persona == null) {
			profileSection.setDescription("Select an audience on the left."); //$NON-NLS-1$
		} else {
			profileSection.setDescription(persona.eContainer() instanceof Persona parent
					? "A sub-target of " + parent.getName() //$NON-NLS-1$
					: "An audience of the plan"); //$NON-NLS-1$
			forms.field(profile, persona, Literals.NAMED__NAME, "Name", false); //$NON-NLS-1$
			forms.field(profile, persona, Literals.NAMED__DESCRIPTION, "Description", true); //$NON-NLS-1$
			forms.field(profile, persona, Literals.PERSONA__DEMOGRAPHICS, "Demographics", true); //$NON-NLS-1$
			forms.field(profile, persona, Literals.PERSONA__NEEDS, "Needs", true); //$NON-NLS-1$
			forms.field(profile, persona, Literals.PERSONA__PAIN_POINTS, "Pain points", true); //$NON-NLS-1$
			forms.toolkit().createLabel(profile, "Reached on"); //$NON-NLS-1$
			Label channels = forms.toolkit().createLabel(profile, plan().getChannels().stream()
					.filter(channel -> channel.getPersonas().contains(persona)).map(ChannelPresence::getName)
					.collect(Collectors.joining(", ")).replace("&", "&&"), SWT.WRAP); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			GridDataFactory.fillDefaults().grab(true, false).indent(8, 0).applyTo(channels);
		}
		forms.toolkit().paintBordersFor(profile);
		profile.layout(true, true);
		profileSection.layout(true, true);
		getManagedForm().reflow(true);
	}

	@Override
	protected void refresh() {
		if (tree != null && !tree.getControl().isDisposed()) {
			tree.refresh();
			if (selected() != null && selected().eResource() == null) {
				tree.setSelection(StructuredSelection.EMPTY);
			}
		}
	}

	TreeViewer tree() {
		return tree;
	}

	private static final class PersonaTree implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			return ((io.github.chorus.plan.model.Plan) input).getPersonas().toArray();
		}

		@Override
		public Object[] getChildren(Object parent) {
			return ((Persona) parent).getSubTargets().toArray();
		}

		@Override
		public Object getParent(Object element) {
			return ((EObject) element).eContainer() instanceof Persona parent ? parent : null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return !((Persona) element).getSubTargets().isEmpty();
		}
	}
}
