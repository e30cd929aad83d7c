// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.content.ui.internal;

import java.util.List;
import java.util.UUID;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import io.github.chorus.content.model.ContentFactory;
import io.github.chorus.content.model.ContentItem;
import io.github.chorus.content.model.ContentLibrary;
import io.github.chorus.content.model.ContentPackage;
import io.github.chorus.content.model.Variant;
import io.github.chorus.core.preferences.ChorusPreferences;
import io.github.chorus.plan.model.ChannelPresence;
import io.github.chorus.plan.model.Plan;
import io.github.chorus.workspace.ui.WorkspaceEditors;
import io.github.chorus.workspace.ui.WorkspaceSession;

/**
 * New Content Item: adds an item to the content library with a variant for each default
 * channel (Preferences &gt; Chorus &gt; Content) among the plan's active channels, as one
 * undoable command, and opens it in the composer.
 */
public final class NewContentItemHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		WorkspaceSession session = WorkspaceSession.of(HandlerUtil.getActiveWorkbenchWindowChecked(event));
		ContentLibrary library = session.workspace().content();
		if (library == null) {
			return null;
		}
		ContentItem item = newItem(session.workspace().plan(), ChorusPreferences.defaultChannelTypes());
		Command command = AddCommand.create(session.domain(), library, ContentPackage.Literals.CONTENT_LIBRARY__ITEMS,
				item);
		session.domain().getCommandStack().execute(command);
		try {
			WorkspaceEditors.open(HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage(), session, item);
		} catch (PartInitException e) {
			throw new ExecutionException(e.getMessage(), e);
		}
		return null;
	}

	/**
	 * @param plan         the plan, or {@code null}
	 * @param channelTypes the default channel types; empty for all
	 * @return a new item with a variant for each default channel of the plan
	 */
	static ContentItem newItem(Plan plan, List<String> channelTypes) {
		ContentItem item = ContentFactory.eINSTANCE.createContentItem();
		item.setId("item-" + UUID.randomUUID()); //$NON-NLS-1$
		item.setName(Messages.NewContentItem_name);
		if (plan != null) {
			for (ChannelPresence presence : plan.getChannels()) {
				if (presence.isActive()
						&& (channelTypes.isEmpty() || channelTypes.contains(presence.getChannelTypeId()))) {
					Variant variant = ContentFactory.eINSTANCE.createVariant();
					variant.setId("variant-" + UUID.randomUUID()); //$NON-NLS-1$
					variant.setChannel(presence);
					item.getVariants().add(variant);
				}
			}
		}
		return item;
	}
}
