// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.plan.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.editor.IFormPage;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

import io.github.chorus.channels.IChannelTypeRegistry;

import io.github.chorus.plan.model.Plan;
import io.github.chorus.workspace.ui.WorkspaceFormEditor;

/**
 * The plan editor: pages a marketer recognises (overview with brand, value proposition, voice
 * and tone; audiences; goals, KPIs and targets; challenges; channels; budget) and a structure
 * page with every element of the plan. Every edit is a command on the workspace's command stack.
 * Problems found by EMF validation show on the fields, in the tables, in the form headers and in
 * the Problems view; the selection of any page is the editor's, for the Properties view.
 */
public final class PlanEditor extends WorkspaceFormEditor {

	/** The editor id. */
	public static final String ID = "io.github.chorus.plan.ui.editor"; //$NON-NLS-1$

	/** The key of a field control's data naming what it edits ({@code Class.feature}). */
	static final String FIELD_KEY = "io.github.chorus.plan.ui.field"; //$NON-NLS-1$

	private final PlanSelection selection = new PlanSelection();
	private final ProblemMarks problems = new ProblemMarks();
	private final List<PlanPage> pages = new ArrayList<>();
	private final List<PropertySheetPage> propertyPages = new ArrayList<>();
	private List<Diagnostic> latestProblems = List.of();
	private OverviewPage overview;
	private StructurePage structure;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		super.init(site, input);
		// one provider for all pages, set before the workbench hooks the site
		site.setSelectionProvider(selection);
		latestProblems = validate();
		problems.update(latestProblems);
	}

	@Override
	protected void addPages() {
		try {
			overview = new OverviewPage(this);
			structure = new StructurePage(this);
			for (PlanPage page : List.of(overview, new AudiencesPage(this), new GoalsPage(this),
					new ChallengesPage(this), new ChannelsPage(this), new BudgetPage(this), structure)) {
				pages.add(page);
				addPage(page);
			}
		} catch (PartInitException e) {
			throw new IllegalStateException(e);
		}
	}

	/** @return the plan */
	public Plan plan() {
		return (Plan) object();
	}

	/** Shows an element of the plan on the structure page, which holds every kind of element. */
	@Override
	public void reveal(EObject element) {
		setActivePage(StructurePage.ID);
		structure.select(element);
	}

	@Override
	protected void modelChanged() {
		latestProblems = validate();
		problems.update(latestProblems);
		for (PlanPage page : pages) {
			page.modelChanged(latestProblems);
		}
		// the Properties view shows values of the model: show them after undo and edits elsewhere
		propertyPages.removeIf(page -> page.getControl() == null || page.getControl().isDisposed());
		propertyPages.forEach(PropertySheetPage::refresh);
	}

	@Override
	protected void pageChange(int newPageIndex) {
		super.pageChange(newPageIndex);
		// Properties follows the page: show what is selected on it, not what was on the last one
		if (getActivePageInstance() instanceof PlanPage page && page.getPartControl() != null) {
			selection.pageShown(page.getPartControl());
		}
	}

	/** @return the channel-type registry (a DS service), when it runs */
	Optional<IChannelTypeRegistry> channelTypes() {
		Bundle bundle = FrameworkUtil.getBundle(PlanEditor.class);
		BundleContext context = bundle == null ? null : bundle.getBundleContext();
		ServiceReference<IChannelTypeRegistry> reference = context == null ? null
				: context.getServiceReference(IChannelTypeRegistry.class);
		return reference == null ? Optional.empty() : Optional.ofNullable(context.getService(reference));
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		T result = super.getAdapter(adapter);
		if (result instanceof PropertySheetPage page) {
			propertyPages.add(page);
		}
		return result;
	}

	/** Shows a message about the user's input in the active page's heading ({@code null} clears it). */
	void showMessage(String message) {
		if (getActivePageInstance() instanceof PlanPage page) {
			page.showMessage(message);
		}
	}

	/** @return the editor's selection provider, which the pages' viewers feed */
	PlanSelection selection() {
		return selection;
	}

	/** @return the problems by object, for decorations */
	ProblemMarks problems() {
		return problems;
	}

	/** @return the problems of the last validation */
	List<Diagnostic> latestProblems() {
		return latestProblems;
	}

	/** @return the leaf diagnostics of the plan, errors first */
	List<Diagnostic> validate() {
		BasicDiagnostic chain = new BasicDiagnostic();
		Diagnostician.INSTANCE.validate(plan(), chain);
		List<Diagnostic> leaves = new ArrayList<>();
		collect(chain, leaves);
		leaves.sort((a, b) -> Integer.compare(b.getSeverity(), a.getSeverity()));
		return leaves;
	}

	private static void collect(Diagnostic diagnostic, List<Diagnostic> leaves) {
		if (diagnostic.getChildren().isEmpty()) {
			if (diagnostic.getSeverity() > Diagnostic.OK) {
				leaves.add(diagnostic);
			}
			return;
		}
		for (Diagnostic child : diagnostic.getChildren()) {
			collect(child, leaves);
		}
	}

	/** @return the page with an id, for tests */
	IFormPage page(String id) {
		return findPage(id);
	}

	/** @return the structure page, for tests */
	public StructurePage structurePage() {
		return structure;
	}

	/** @return the overview page, for tests */
	public OverviewPage overviewPage() {
		return overview;
	}
}
