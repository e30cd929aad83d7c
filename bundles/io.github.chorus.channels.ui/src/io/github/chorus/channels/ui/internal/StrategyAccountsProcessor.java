// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.channels.ui.internal;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.advanced.MPlaceholder;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;

import io.github.chorus.ui.ChorusWorkbench;

/**
 * Puts the Accounts view into the Strategy perspective, where the plan chooses the channels: a tab of
 * its details stack, and a Window &gt; Show View shortcut. Runs after io.github.chorus.ui's processor
 * made the area perspectives (the workbench orders processors by bundle dependencies). It changes a
 * perspective once, and marks it, so a user who removes the view from a saved Strategy layout does not
 * get it back.
 */
public final class StrategyAccountsProcessor {

	private static final String MARKER = "io.github.chorus.channels.ui.accountsPlaced"; //$NON-NLS-1$
	private static final String VIEW_SHORTCUT_TAG = "persp.viewSC:"; //$NON-NLS-1$

	/**
	 * @param application  the application model being assembled
	 * @param modelService the model service
	 */
	@Execute
	public void placeAccountsView(MApplication application, EModelService modelService) {
		MUIElement snippet = modelService.findSnippet(application, ChorusWorkbench.PERSPECTIVE_STRATEGY);
		if (!(snippet instanceof MPerspective perspective) || perspective.getTags().contains(MARKER)) {
			return;
		}
		perspective.getTags().add(MARKER);
		perspective.getTags().add(VIEW_SHORTCUT_TAG + ChannelsUi.ACCOUNTS_VIEW);
		if (!modelService.findElements(perspective, ChannelsUi.ACCOUNTS_VIEW, MPlaceholder.class).isEmpty()) {
			return;
		}
		MPartStack details = modelService.findElements(perspective, ChorusWorkbench.PERSPECTIVE_STRATEGY + ".details", //$NON-NLS-1$
				MPartStack.class).stream().findFirst().orElse(null);
		if (details != null) {
			MPlaceholder view = modelService.createModelElement(MPlaceholder.class);
			view.setElementId(ChannelsUi.ACCOUNTS_VIEW);
			view.setCloseable(true);
			details.getChildren().add(view);
		}
	}
}
