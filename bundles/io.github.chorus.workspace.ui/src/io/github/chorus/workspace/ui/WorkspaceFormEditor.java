// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.workspace.ui;

import java.io.IOException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.ISaveablePart2;
import org.eclipse.ui.ISaveablesSource;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.Saveable;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;

import io.github.chorus.ui.emf.EmfPropertySource;
import io.github.chorus.workspace.ui.internal.SaveOnClose;

/**
 * Base of the Chorus model editors: a multi-page form editor on one object of the workspace
 * (a {@link ModelEditorInput}), editing through the session's shared editing domain. It is
 * dirty while the workspace has unsaved edits, saves the whole workspace atomically, takes
 * part in Edit &gt; Undo/Redo, and closes itself when its object is deleted. Closing it while
 * the workspace has unsaved edits asks to save them; "Don't Save" really discards them from
 * the shared session (see {@link WorkspaceSession#discardUnsavedEdits()}), so that no other
 * editor or later save carries them.
 *
 * @since 0.1
 */
public abstract class WorkspaceFormEditor extends FormEditor
		implements ISaveablesSource, ISaveablePart2, IEditingDomainProvider {

	private WorkspaceSession session;
	private EObject object;
	private CommandStackActions commandStackActions;
	private final Runnable dirtyListener = this::workspaceChanged;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof ModelEditorInput modelInput)) {
			throw new PartInitException("Not a workspace object: " + input); //$NON-NLS-1$
		}
		session = WorkspaceSession.of(site);
		object = session.resolve(modelInput.uri());
		if (object == null) {
			throw new PartInitException("No such object in the workspace: " + modelInput.uri()); //$NON-NLS-1$
		}
		super.init(site, input);
		setPartName(input.getName());
		session.addDirtyListener(dirtyListener);
		commandStackActions = new CommandStackActions(session.domain().getCommandStack(), site.getActionBars());
	}

	/** @return the session */
	public final WorkspaceSession session() {
		return session;
	}

	/** @return the object being edited */
	protected final EObject object() {
		return object;
	}

	@Override
	public EditingDomain getEditingDomain() {
		return session.domain();
	}

	/**
	 * Shows an object inside the edited one (for example a KPI in the plan); by default does
	 * nothing.
	 *
	 * @param element an object contained in the edited object
	 */
	public void reveal(EObject element) {
		// subclasses with a master/details page select it
	}

	private void workspaceChanged() {
		if (getContainer() == null || getContainer().isDisposed()) {
			return;
		}
		if (object.eResource() == null) {
			// deleted (through the navigator, say): nothing left to edit
			getSite().getShell().getDisplay().asyncExec(() -> getSite().getPage().closeEditor(this, false));
			return;
		}
		firePropertyChange(org.eclipse.ui.IEditorPart.PROP_DIRTY);
		modelChanged();
	}

	/** Called after every command, undo, redo and save; by default does nothing. */
	protected void modelChanged() {
		// subclasses refresh validation here
	}

	@Override
	public boolean isDirty() {
		return session != null && session.isDirty();
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		try {
			session.save();
		} catch (IOException e) {
			ErrorDialog.openError(getSite().getShell(), "Save failed", //$NON-NLS-1$
					"The workspace could not be saved; your edits are still open here.", //$NON-NLS-1$
					Status.error(String.valueOf(e.getMessage()), e));
		}
	}

	@Override
	public void doSaveAs() {
		// a workspace is saved where it is
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public int promptToSaveOnClose() {
		return SaveOnClose.prompt(this, session, object);
	}

	@Override
	public Saveable[] getSaveables() {
		return new Saveable[] { session.saveable() };
	}

	@Override
	public Saveable[] getActiveSaveables() {
		return getSaveables();
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IPropertySheetPage.class) {
			PropertySheetPage page = new PropertySheetPage();
			page.setPropertySourceProvider(element -> EmfPropertySource.of(element, session.adapterFactory()));
			return adapter.cast(page);
		}
		if (adapter == EditingDomain.class) {
			return adapter.cast(session.domain());
		}
		return super.getAdapter(adapter);
	}

	@Override
	public void dispose() {
		if (session != null) {
			session.removeDirtyListener(dirtyListener);
		}
		if (commandStackActions != null) {
			commandStackActions.dispose();
		}
		super.dispose();
	}
}
