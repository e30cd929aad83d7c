package io.github.chorus.channels;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;

/**
 * The channel types installed in this Chorus, read from the extension point
 * {@code io.github.chorus.channels.channelTypes}. It is an OSGi service: get it with
 * {@code @Reference} in a DS component or {@code @Inject @Service} in an e4 part or handler.
 * <p>
 * The registry follows the extension registry: when a channel plug-in is installed or removed at
 * runtime, its channel types appear or disappear and the {@linkplain IChannelTypeListener
 * listeners} are told. Invalid contributions are logged and skipped; they never hide the valid
 * ones.
 * </p>
 *
 * @since 0.1
 * @noimplement This interface is not intended to be implemented by clients.
 */
public interface IChannelTypeRegistry {

	/** The id of the extension point channel types are contributed to. */
	String EXTENSION_POINT_ID = "io.github.chorus.channels.channelTypes"; //$NON-NLS-1$

	/**
	 * @return a snapshot of the installed channel types, sorted by id
	 */
	List<ChannelTypeDescriptor> channelTypes();

	/**
	 * @param id a channel type id
	 * @return the channel type with this id, when it is installed
	 */
	Optional<ChannelTypeDescriptor> channelType(String id);

	/**
	 * Returns the connector of a channel type, creating it on first use. The instance is kept
	 * until the contributing plug-in is removed.
	 *
	 * @param id a channel type id
	 * @return the connector, or empty when the channel type is not installed or declares no
	 *         connector
	 * @throws CoreException when the declared connector class cannot be loaded or instantiated
	 */
	Optional<IChannelConnector> connector(String id) throws CoreException;

	/**
	 * Returns the capabilities that hold for an account: the declared ones, refined by the channel
	 * type's connector when it has one.
	 *
	 * @param account the account
	 * @return the capabilities, or empty when the account's channel type is not installed
	 * @throws CoreException when the declared connector cannot be created
	 */
	Optional<ChannelCapabilities> capabilities(ChannelAccount account) throws CoreException;

	/**
	 * @param listener told of every later change; adding it twice has no effect
	 */
	void addListener(IChannelTypeListener listener);

	/**
	 * @param listener a listener added before; removing an unknown one has no effect
	 */
	void removeListener(IChannelTypeListener listener);
}
