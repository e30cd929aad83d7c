// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.workspace.ui;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * Turns typing into undo steps of a sensible size: each keystroke is set on the model at once
 * (so nothing typed is lost and the editor is dirty at once), but keystrokes in one field that
 * follow each other within {@value #PAUSE_MILLIS} ms replace the previous set instead of adding
 * one, so Undo takes back the word or sentence just typed, not one character.
 *
 * @since 0.1
 */
public final class TypingCommands {

	/** A pause longer than this starts a new undo step. */
	public static final long PAUSE_MILLIS = 1500;

	private Command last;
	private long lastTime;

	/**
	 * Sets a value as typed. While it runs, the model may briefly go back to the value before
	 * the typing started: callers ignore model notifications during the call.
	 *
	 * @param domain  the editing domain
	 * @param owner   the object
	 * @param feature the feature
	 * @param value   the new value
	 */
	public void set(EditingDomain domain, EObject owner, EStructuralFeature feature, Object value) {
		CommandStack stack = domain.getCommandStack();
		long now = System.currentTimeMillis();
		// never merge into a step that was saved: undoing it would lose the save point
		boolean savedSince = stack instanceof BasicCommandStack basic && !basic.isSaveNeeded();
		if (last != null && stack.getUndoCommand() == last && now - lastTime < PAUSE_MILLIS && !savedSince) {
			stack.undo();
		}
		Command command = SetCommand.create(domain, owner, feature, value);
		stack.execute(command);
		last = command;
		lastTime = now;
	}

	/** Ends the current undo step: the next keystroke starts a new one. */
	public void endStep() {
		last = null;
	}
}
