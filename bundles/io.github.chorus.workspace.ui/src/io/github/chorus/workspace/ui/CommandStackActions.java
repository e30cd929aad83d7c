// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.workspace.ui;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.action.Action;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.actions.ActionFactory;

/**
 * Undo and Redo over an EMF command stack, registered as the handlers of the workbench's
 * retargetable Edit &gt; Undo and Redo actions (and so of Ctrl+Z / Ctrl+Y) for a part.
 *
 * @since 0.1
 */
public final class CommandStackActions implements CommandStackListener {

	private final CommandStack stack;
	private final Action undo = new Action() {
		@Override
		public void run() {
			if (stack.canUndo()) {
				stack.undo();
			}
		}
	};
	private final Action redo = new Action() {
		@Override
		public void run() {
			if (stack.canRedo()) {
				stack.redo();
			}
		}
	};

	/**
	 * Registers Undo and Redo for a part and keeps them up to date until {@link #dispose()}.
	 *
	 * @param stack the command stack
	 * @param bars  the part's action bars
	 */
	public CommandStackActions(CommandStack stack, IActionBars bars) {
		this.stack = stack;
		undo.setActionDefinitionId("org.eclipse.ui.edit.undo"); //$NON-NLS-1$
		redo.setActionDefinitionId("org.eclipse.ui.edit.redo"); //$NON-NLS-1$
		bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
		bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
		stack.addCommandStackListener(this);
		update();
		bars.updateActionBars();
	}

	@Override
	public void commandStackChanged(java.util.EventObject event) {
		update();
	}

	private void update() {
		Command next = stack.getUndoCommand();
		undo.setEnabled(stack.canUndo());
		undo.setText(next == null || next.getLabel() == null ? "&Undo" : "&Undo " + next.getLabel()); //$NON-NLS-1$ //$NON-NLS-2$
		Command again = stack.getRedoCommand();
		redo.setEnabled(stack.canRedo());
		redo.setText(again == null || again.getLabel() == null ? "&Redo" : "&Redo " + again.getLabel()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Stops following the command stack. */
	public void dispose() {
		stack.removeCommandStackListener(this);
	}
}
