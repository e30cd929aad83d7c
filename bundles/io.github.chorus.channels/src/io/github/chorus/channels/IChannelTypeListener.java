package io.github.chorus.channels;

import java.util.List;

/**
 * Told when channel types appear or disappear, because a plug-in was installed, updated or
 * removed while Chorus runs.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface IChannelTypeListener {

	/**
	 * Called after the registry has changed, on a thread of the extension registry (not the UI
	 * thread). Both lists are unmodifiable; at least one is not empty. An updated channel type
	 * appears in both, as its old descriptor in {@code removed} and its new one in {@code added}.
	 *
	 * @param added   the channel types that appeared
	 * @param removed the channel types that are gone
	 */
	void channelTypesChanged(List<ChannelTypeDescriptor> added, List<ChannelTypeDescriptor> removed);
}
