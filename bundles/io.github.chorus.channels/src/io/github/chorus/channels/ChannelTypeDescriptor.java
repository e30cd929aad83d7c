package io.github.chorus.channels;

import java.util.Objects;
import java.util.Optional;

/**
 * One channel type as contributed through {@code io.github.chorus.channels.channelTypes}: an
 * immutable snapshot of its declared data. Reading a descriptor never loads the contributing
 * plug-in's classes.
 *
 * @param id             the unique id, for example {@code io.github.chorus.channel.mastodon}
 * @param name           the display name, translated for the current locale
 * @param iconUri        the icon as a {@code platform:/plugin/<bundle>/<path>} URI, when one is
 *                       declared
 * @param contributor    the symbolic name of the contributing bundle
 * @param capabilities   the declared capabilities
 * @param connectorClass the connector class name, when the channel type has a connector; the class
 *                       is only loaded by {@link IChannelTypeRegistry#connector(String)}
 * @since 0.1
 */
public record ChannelTypeDescriptor(String id, String name, Optional<String> iconUri, String contributor,
		ChannelCapabilities capabilities, Optional<String> connectorClass) {

	/**
	 * @throws NullPointerException when an argument is {@code null}
	 */
	public ChannelTypeDescriptor {
		Objects.requireNonNull(id, "id"); //$NON-NLS-1$
		Objects.requireNonNull(name, "name"); //$NON-NLS-1$
		Objects.requireNonNull(iconUri, "iconUri"); //$NON-NLS-1$
		Objects.requireNonNull(contributor, "contributor"); //$NON-NLS-1$
		Objects.requireNonNull(capabilities, "capabilities"); //$NON-NLS-1$
		Objects.requireNonNull(connectorClass, "connectorClass"); //$NON-NLS-1$
	}

	/** @return whether the channel type declares a connector */
	public boolean hasConnector() {
		return connectorClass.isPresent();
	}
}
