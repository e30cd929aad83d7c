// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.workspace.ui.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.ISaveablePart;
import org.eclipse.ui.ISaveablesSource;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.Saveable;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;

import io.github.chorus.ui.emf.EmfContentProvider;
import io.github.chorus.ui.emf.EmfLabelProvider;
import io.github.chorus.ui.emf.EmfPropertySource;
import io.github.chorus.workspace.ui.CommandStackActions;
import io.github.chorus.workspace.ui.WorkspaceEditors;
import io.github.chorus.workspace.ui.WorkspaceSession;

/**
 * The Workspace view: the plan and the content library of the open workspace as a tree.
 * Double-click opens an object's editor; New, Rename and Delete are commands on the shared
 * stack, so Edit &gt; Undo reverts them. The view holds the workspace's saveable: the
 * workbench asks to save unsaved edits when it closes, even with no editor open.
 */
public final class WorkspaceNavigator extends ViewPart implements ISaveablePart, ISaveablesSource {

	/** The view id. */
	public static final String ID = "io.github.chorus.workspace.ui.navigator"; //$NON-NLS-1$

	private WorkspaceSession session;
	private TreeViewer viewer;
	private CommandStackActions commandStackActions;
	private final Runnable dirtyListener = () -> {
		firePropertyChange(PROP_DIRTY);
		showCurrentRoots();
	};
	private final Runnable reloadListener = this::showCurrentRoots;
	private final Action open = new Action("&Open") { //$NON-NLS-1$
		@Override
		public void run() {
			openSelection();
		}
	};
	private final Action rename = new Action("Re&name...") { //$NON-NLS-1$
		@Override
		public void run() {
			renameSelection();
		}
	};
	private final Action delete = new Action("&Delete") { //$NON-NLS-1$
		@Override
		public void run() {
			deleteSelection();
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		session = WorkspaceSession.of(getSite());
		AdapterFactoryEditingDomain domain = session.domain();
		viewer = new TreeViewer(parent, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
		viewer.setContentProvider(new EmfContentProvider(session.adapterFactory()));
		viewer.setLabelProvider(new EmfLabelProvider(session.adapterFactory()));
		viewer.setUseHashlookup(true);
		viewer.setInput(roots());
		viewer.expandToLevel(2);
		viewer.addDoubleClickListener(event -> openSelection());
		getSite().setSelectionProvider(viewer);

		MenuManager menu = new MenuManager();
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(this::fillContextMenu);
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
		getSite().registerContextMenu(menu, viewer);

		IActionBars bars = getViewSite().getActionBars();
		delete.setActionDefinitionId("org.eclipse.ui.edit.delete"); //$NON-NLS-1$
		rename.setActionDefinitionId("org.eclipse.ui.edit.rename"); //$NON-NLS-1$
		bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), delete);
		bars.setGlobalActionHandler(ActionFactory.RENAME.getId(), rename);
		commandStackActions = new CommandStackActions(domain.getCommandStack(), bars);
		viewer.addSelectionChangedListener(event -> updateActions());
		updateActions();
		session.addDirtyListener(dirtyListener);
		session.addReloadListener(reloadListener);
	}

	private List<EObject> roots() {
		List<EObject> roots = new ArrayList<>();
		if (session.workspace().plan() != null) {
			roots.add(session.workspace().plan());
		}
		if (session.workspace().content() != null) {
			roots.add(session.workspace().content());
		}
		return roots;
	}

	/** After a reload (unsaved edits discarded, or another process's changes adopted) the roots are new objects. */
	private void showCurrentRoots() {
		if (viewer != null && !viewer.getControl().isDisposed() && !roots().equals(viewer.getInput())) {
			viewer.setInput(roots());
			viewer.expandToLevel(2);
		}
	}

	private void updateActions() {
		List<EObject> selected = selectedObjects();
		open.setEnabled(selected.stream().anyMatch(o -> WorkspaceEditors.editorId(o) != null));
		rename.setEnabled(selected.size() == 1 && nameAttribute(selected.get(0)) != null);
		delete.setEnabled(!selected.isEmpty() && selected.stream().allMatch(o -> o.eContainer() != null));
	}

	private void fillContextMenu(IMenuManager menu) {
		List<EObject> selected = selectedObjects();
		menu.add(open);
		if (selected.size() == 1) {
			MenuManager newMenu = new MenuManager("&New"); //$NON-NLS-1$
			EObject parent = selected.get(0);
			AdapterFactoryEditingDomain domain = session.domain();
			Collection<?> descriptors = domain.getNewChildDescriptors(parent, null);
			for (Object descriptor : descriptors) {
				Command command = CreateChildCommand.create(domain, parent, descriptor, List.of(parent));
				if (command.canExecute() && descriptor instanceof CommandParameter parameter
						&& parameter.getEReference() != null && parameter.getEReference().isContainment()) {
					newMenu.add(new Action(command.getLabel()) {
						@Override
						public void run() {
							domain.getCommandStack().execute(command);
							Collection<?> created = command.getAffectedObjects();
							viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(created.toArray()),
									true);
						}
					});
				}
			}
			if (!newMenu.isEmpty()) {
				menu.add(newMenu);
			}
		}
		menu.add(new Separator());
		menu.add(rename);
		menu.add(delete);
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
	}

	private List<EObject> selectedObjects() {
		List<EObject> result = new ArrayList<>();
		for (Object element : ((IStructuredSelection) viewer.getSelection()).toList()) {
			if (element instanceof EObject object) {
				result.add(object);
			}
		}
		return result;
	}

	private static EAttribute nameAttribute(EObject object) {
		return object.eClass().getEStructuralFeature("name") instanceof EAttribute attribute ? attribute : null; //$NON-NLS-1$
	}

	private void openSelection() {
		for (EObject object : selectedObjects()) {
			try {
				WorkspaceEditors.open(getSite().getPage(), session, object);
			} catch (PartInitException e) {
				ErrorDialog.openError(getSite().getShell(), "Open failed", null, e.getStatus()); //$NON-NLS-1$
			}
		}
	}

	private void renameSelection() {
		List<EObject> selected = selectedObjects();
		if (selected.size() != 1 || nameAttribute(selected.get(0)) == null) {
			return;
		}
		EObject object = selected.get(0);
		EAttribute name = nameAttribute(object);
		Object current = object.eGet(name);
		InputDialog dialog = new InputDialog(getSite().getShell(), "Rename", "New name:", //$NON-NLS-1$ //$NON-NLS-2$
				current == null ? "" : current.toString(), //$NON-NLS-1$
				text -> text.isBlank() ? "The name cannot be empty." : null); //$NON-NLS-1$
		if (dialog.open() == Window.OK) {
			session.domain().getCommandStack().execute(SetCommand.create(session.domain(), object, name,
					dialog.getValue().strip()));
		}
	}

	private void deleteSelection() {
		List<EObject> selected = selectedObjects().stream().filter(o -> o.eContainer() != null).toList();
		if (selected.isEmpty()) {
			return;
		}
		// DeleteCommand also removes the references to the deleted objects (a post's goals,
		// say); undo restores both.
		Command command = DeleteCommand.create(session.domain(), selected);
		if (command.canExecute()) {
			session.domain().getCommandStack().execute(command);
		}
	}

	/** @return the tree, for tests */
	public TreeViewer viewer() {
		return viewer;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IPropertySheetPage.class && session != null) {
			PropertySheetPage page = new PropertySheetPage();
			page.setPropertySourceProvider(element -> EmfPropertySource.of(element, session.adapterFactory()));
			return adapter.cast(page);
		}
		return super.getAdapter(adapter);
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		try {
			session.save();
		} catch (IOException e) {
			ErrorDialog.openError(getSite().getShell(), "Save failed", //$NON-NLS-1$
					"The workspace could not be saved; your edits are still open.", //$NON-NLS-1$
					Status.error(String.valueOf(e.getMessage()), e));
		}
	}

	@Override
	public void doSaveAs() {
		// a workspace is saved where it is
	}

	@Override
	public boolean isDirty() {
		return session != null && session.isDirty();
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public boolean isSaveOnCloseNeeded() {
		return isDirty();
	}

	@Override
	public Saveable[] getSaveables() {
		return session == null ? new Saveable[0] : new Saveable[] { session.saveable() };
	}

	@Override
	public Saveable[] getActiveSaveables() {
		return getSaveables();
	}

	@Override
	public void dispose() {
		if (session != null) {
			session.removeDirtyListener(dirtyListener);
			session.removeReloadListener(reloadListener);
		}
		if (commandStackActions != null) {
			commandStackActions.dispose();
		}
		super.dispose();
	}
}
