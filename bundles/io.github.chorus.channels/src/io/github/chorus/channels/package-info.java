/**
 * The channel API of Chorus: how a social network (a <em>channel type</em>) is described to the
 * workbench, and how the workbench finds the channel types that are installed.
 * <p>
 * A channel type is contributed by a plug-in through the extension point
 * {@code io.github.chorus.channels.channelTypes} (schema {@code schema/channelTypes.exsd}). Its
 * identity, text rules, media rules and feature flags are <em>declared as data</em>, so the
 * composer, the calendar and the validator can check a post for a channel without loading the
 * plug-in's code. The only behaviour is an optional {@link io.github.chorus.channels.IChannelConnector},
 * created lazily on first use.
 * </p>
 * <ul>
 * <li>{@link io.github.chorus.channels.IChannelTypeRegistry}: an OSGi service that reads the
 * contributions into immutable {@link io.github.chorus.channels.ChannelTypeDescriptor}s and follows
 * plug-ins being installed or removed at runtime.</li>
 * <li>{@link io.github.chorus.channels.ChannelCapabilities}: the declared rules of a channel type,
 * which a connector may refine per account
 * ({@link io.github.chorus.channels.IChannelConnector#refine(ChannelCapabilities, ChannelAccount)}).</li>
 * <li>Text validation against these rules is in {@link io.github.chorus.channels.text}.</li>
 * </ul>
 *
 * @since 0.1
 */
package io.github.chorus.channels;
