// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.plan.ui.internal;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.widgets.Composite;

import io.github.chorus.channels.ChannelTypeDescriptor;
import io.github.chorus.plan.model.ChannelPresence;
import io.github.chorus.plan.model.Persona;
import io.github.chorus.plan.model.PlanPackage.Literals;

/** The plan's channel presences: the network, the account, why the brand is there and for whom. */
final class ChannelsPage extends PlanPage {

	static final String ID = "channels"; //$NON-NLS-1$

	private ElementTable channels;

	ChannelsPage(PlanEditor editor) {
		super(editor, ID, "Channels", "Channel presences"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	protected void createContent(Composite body, PlanForms forms) {
		channels = table(body, "Channel presences", //$NON-NLS-1$
				"One row per account. Edit the audiences reached in the Properties view.", //$NON-NLS-1$
				List.of(ElementTable.Column.of("Presence", 200, Literals.NAMED__NAME), //$NON-NLS-1$
						ElementTable.Column.picked("Channel type", 120, Literals.CHANNEL_PRESENCE__CHANNEL_TYPE_ID, //$NON-NLS-1$
								this::channelTypeIds, this::channelTypeName),
						ElementTable.Column.of("Handle", 150, Literals.CHANNEL_PRESENCE__ACCOUNT_HANDLE), //$NON-NLS-1$
						ElementTable.Column.of("Active", 60, Literals.CHANNEL_PRESENCE__ACTIVE), //$NON-NLS-1$
						ElementTable.Column.computed("Audiences", 200, //$NON-NLS-1$
								presence -> ((ChannelPresence) presence).getPersonas().stream().map(Persona::getName)
										.collect(Collectors.joining(", "))), //$NON-NLS-1$
						ElementTable.Column.of("Rationale", 420, Literals.CHANNEL_PRESENCE__RATIONALE))); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, true).applyTo(channels.section());
		channels.setInput(plan(), Literals.PLAN__CHANNELS);
	}

	/** @return the ids of the installed channel types (none when the registry is not running) */
	private List<?> channelTypeIds() {
		return planEditor().channelTypes().map(registry -> registry.channelTypes().stream()
				.map(ChannelTypeDescriptor::id).toList()).orElse(List.of());
	}

	/** @return the name of a channel type, or its id when it is not installed */
	private String channelTypeName(Object id) {
		return planEditor().channelTypes().flatMap(registry -> registry.channelType((String) id))
				.map(ChannelTypeDescriptor::name).orElse(String.valueOf(id));
	}

	ElementTable channelsTable() {
		return channels;
	}
}
