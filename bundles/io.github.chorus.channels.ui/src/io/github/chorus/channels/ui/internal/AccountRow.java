// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.channels.ui.internal;

import java.util.Optional;

import org.eclipse.osgi.util.NLS;

import io.github.chorus.channels.ChannelTypeDescriptor;
import io.github.chorus.channels.connector.AccountProfile;

/**
 * One line of the Accounts view.
 *
 * @param profile the account
 * @param channel its channel type, when the plug-in is installed
 * @param state   where it stands
 */
public record AccountRow(AccountProfile profile, Optional<ChannelTypeDescriptor> channel, AccountState state) {

	/** @return the channel type's name, or its id marked as not installed */
	public String channelName() {
		return channel.map(ChannelTypeDescriptor::name)
				.orElseGet(() -> NLS.bind(Messages.View_uninstalledChannel, profile.channelTypeId()));
	}
}
