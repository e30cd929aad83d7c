// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.workspace.ui.internal;

import java.io.IOException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.ISaveablePart2;
import org.eclipse.ui.IWorkbenchPart;

import io.github.chorus.workspace.ui.WorkspaceEditors;
import io.github.chorus.workspace.ui.WorkspaceSession;

/**
 * The question asked when a Chorus editor closes while the workspace has unsaved edits.
 * Save saves the workspace; Don't Save discards the unsaved edits from the shared session;
 * Cancel keeps the editor open. When some unsaved edits were made outside the closing editor,
 * the question names them, since the workspace is saved (or discarded) as a whole.
 */
public final class SaveOnClose {

	/** The button indexes, in the order shown. */
	static final int SAVE = 0, DONT_SAVE = 1, CANCEL = 2;

	private SaveOnClose() {
	}

	/**
	 * Asks, and discards the unsaved edits when the answer is Don't Save.
	 *
	 * @param part    the closing editor
	 * @param session the session
	 * @param edited  the object the editor edits
	 * @return an {@link ISaveablePart2} answer for the workbench: YES to save, NO to close
	 *         without saving, CANCEL to keep the editor open
	 */
	public static int prompt(IWorkbenchPart part, WorkspaceSession session, EObject edited) {
		if (session == null || !session.isDirty()) {
			return ISaveablePart2.NO;
		}
		Set<String> elsewhere = editedElsewhere(session, edited);
		String name = part.getTitle();
		String question = elsewhere.isEmpty() ? NLS.bind(Messages.SaveOnClose_question, name)
				: NLS.bind(Messages.SaveOnClose_questionShared, name, String.join(", ", elsewhere)); //$NON-NLS-1$
		MessageDialog dialog = new MessageDialog(part.getSite().getShell(), Messages.SaveOnClose_title, null, question,
				MessageDialog.QUESTION, SAVE, Messages.SaveOnClose_save, Messages.SaveOnClose_dontSave,
				Messages.SaveOnClose_cancel);
		switch (dialog.open()) {
		case SAVE:
			return ISaveablePart2.YES;
		case DONT_SAVE:
			try {
				session.discardUnsavedEdits();
			} catch (IOException e) {
				ErrorDialog.openError(part.getSite().getShell(), Messages.SaveOnClose_title,
						Messages.SaveOnClose_revertFailed, Status.error(String.valueOf(e.getMessage()), e));
				return ISaveablePart2.CANCEL;
			}
			return ISaveablePart2.NO;
		default:
			return ISaveablePart2.CANCEL;
		}
	}

	/** The names of the objects outside {@code edited} that unsaved commands changed. */
	private static Set<String> editedElsewhere(WorkspaceSession session, EObject edited) {
		Set<String> names = new LinkedHashSet<>();
		if (!(session.domain().getCommandStack() instanceof WorkspaceCommandStack stack)) {
			return names;
		}
		for (Command command : stack.commandsSinceSave()) {
			Collection<?> affected = command.getAffectedObjects();
			for (Object object : affected) {
				if (object instanceof EObject eObject && !EcoreUtil.isAncestor(edited, eObject)) {
					EObject owner = WorkspaceEditors.editedObject(eObject);
					EObject shown = owner == null ? eObject : owner;
					if (!EcoreUtil.isAncestor(edited, shown)) {
						names.add(label(session, shown));
					}
				}
			}
		}
		return names.stream().limit(5).collect(Collectors.toCollection(LinkedHashSet::new));
	}

	private static String label(WorkspaceSession session, EObject object) {
		Object labels = session.adapterFactory().adapt(object, IItemLabelProvider.class);
		return labels instanceof IItemLabelProvider provider ? provider.getText(object) : object.eClass().getName();
	}
}
