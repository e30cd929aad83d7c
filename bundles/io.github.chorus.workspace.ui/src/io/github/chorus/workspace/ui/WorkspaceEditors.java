// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.workspace.ui;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

import io.github.chorus.content.model.ContentItem;
import io.github.chorus.content.model.ContentLibrary;
import io.github.chorus.plan.model.Plan;

/**
 * Opens workspace objects in their editors: anything in the plan opens the plan editor, a
 * content item (or anything in it) opens the composer, the content library opens the calendar.
 *
 * @since 0.1
 */
public final class WorkspaceEditors {

	/** The id of the plan editor. */
	public static final String PLAN_EDITOR = "io.github.chorus.plan.ui.editor"; //$NON-NLS-1$
	/** The id of the content calendar editor. */
	public static final String CALENDAR = "io.github.chorus.calendar.ui.editor"; //$NON-NLS-1$
	/** The id of the composer, the content item editor. */
	public static final String COMPOSER = "io.github.chorus.content.ui.composer"; //$NON-NLS-1$

	private WorkspaceEditors() {
	}

	/**
	 * @param object an object of the workspace
	 * @return the object an editor opens for it (the plan, or the content item), or
	 *         {@code null} when no editor edits it
	 */
	public static EObject editedObject(EObject object) {
		if (object instanceof ContentLibrary) {
			return object;
		}
		for (EObject current = object; current != null; current = current.eContainer()) {
			if (current instanceof ContentItem || current instanceof Plan) {
				return current;
			}
		}
		return null;
	}

	/**
	 * @param object an object of the workspace
	 * @return the id of the editor that edits it, or {@code null}
	 */
	public static String editorId(EObject object) {
		EObject edited = editedObject(object);
		return edited instanceof Plan ? PLAN_EDITOR
				: edited instanceof ContentItem ? COMPOSER : edited instanceof ContentLibrary ? CALENDAR : null;
	}

	/**
	 * Opens (or activates) the editor of an object.
	 *
	 * @param page    the workbench page
	 * @param session the session the object belongs to
	 * @param object  the object
	 * @return the editor, or {@code null} when no editor edits this object
	 * @throws PartInitException when the editor cannot be opened
	 */
	public static IEditorPart open(IWorkbenchPage page, WorkspaceSession session, EObject object)
			throws PartInitException {
		EObject edited = editedObject(object);
		String id = editorId(object);
		if (edited == null || id == null) {
			return null;
		}
		Object labels = session.adapterFactory().adapt(edited, IItemLabelProvider.class);
		String name = labels instanceof IItemLabelProvider provider ? provider.getText(edited) : edited.toString();
		IEditorPart editor = page.openEditor(new ModelEditorInput(edited, name), id);
		if (editor instanceof WorkspaceFormEditor modelEditor && object != edited) {
			modelEditor.reveal(object);
		}
		return editor;
	}
}
