// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.workspace.ui.internal;

import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;

/**
 * The session's command stack, which can go back to its save point: "Don't Save" undoes (or
 * redoes) exactly the commands since the last save.
 */
public final class WorkspaceCommandStack extends BasicCommandStack {

	/**
	 * Undoes (or redoes) the commands since the last save.
	 *
	 * @return {@code false} when the save point cannot be reached any more (the commands that
	 *         led to it were discarded); nothing is changed then
	 */
	public boolean revertToSavePoint() {
		// saveIndex < -1 marks a save point that was flushed from the stack
		if (saveIndex < -1) {
			return false;
		}
		while (top > saveIndex && canUndo()) {
			undo();
		}
		while (top < saveIndex && canRedo()) {
			redo();
		}
		return top == saveIndex;
	}

	/**
	 * @return the commands done since the last save (empty when the save point is ahead or
	 *         unreachable)
	 */
	public List<Command> commandsSinceSave() {
		return saveIndex < -1 || top <= saveIndex ? List.of() : List.copyOf(commandList.subList(saveIndex + 1, top + 1));
	}
}
