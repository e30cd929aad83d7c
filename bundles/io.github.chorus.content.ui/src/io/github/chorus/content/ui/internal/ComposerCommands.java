// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.content.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * The composer's keyboard commands, on the active composer: Add UTM Parameters (to the
 * variant being edited, or to every variant), Send for Review, and Schedule (moves to the
 * schedule field of the variant being edited).
 */
public final class ComposerCommands extends AbstractHandler {

	/** Adds UTM parameters from the chosen preset. */
	public static final String ADD_UTM = "io.github.chorus.content.ui.addUtmParameters"; //$NON-NLS-1$
	/** Sends the item's drafts for review. */
	public static final String SEND_FOR_REVIEW = "io.github.chorus.content.ui.sendForReview"; //$NON-NLS-1$
	/** Moves to the schedule field. */
	public static final String SCHEDULE = "io.github.chorus.content.ui.schedule"; //$NON-NLS-1$

	@Override
	public Object execute(ExecutionEvent event) {
		IEditorPart active = HandlerUtil.getActiveEditor(event);
		if (!(active instanceof ComposerEditor composer) || composer.composePage() == null) {
			MessageDialog.openInformation(HandlerUtil.getActiveShell(event), Messages.NoComposer_title,
					Messages.NoComposer_message);
			return null;
		}
		ComposePage page = composer.composePage();
		VariantColumn focused = page.columns().stream().filter(c -> c.text().isFocusControl()).findFirst().orElse(null);
		switch (event.getCommand().getId()) {
		case ADD_UTM -> page.addUtmParameters(focused == null ? null : focused.variant());
		case SEND_FOR_REVIEW -> {
			Command command = Workflow.sendForReview(composer.getEditingDomain(), composer.item());
			if (command != null) {
				composer.getEditingDomain().getCommandStack().execute(command);
			}
		}
		case SCHEDULE -> {
			VariantColumn column = focused != null ? focused : page.columns().isEmpty() ? null : page.columns().get(0);
			if (column != null) {
				column.scheduleField().setFocus();
			}
		}
		default -> throw new IllegalArgumentException(event.getCommand().getId());
		}
		return null;
	}
}
