package io.github.chorus.channels.tests;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.github.chorus.channels.ChannelAccount;
import io.github.chorus.channels.ChannelCapabilities;
import io.github.chorus.channels.ChannelTypeDescriptor;
import io.github.chorus.channels.IChannelConnector;
import io.github.chorus.channels.IChannelTypeListener;
import io.github.chorus.channels.IChannelTypeRegistry;
import io.github.chorus.channels.TextRules;

/**
 * A fixed set of channel types for tests of code that uses the registry without OSGi. The
 * registry itself is tested against the real extension registry in {@link ChannelTypeRegistryTest}.
 */
final class FixedChannelTypes implements IChannelTypeRegistry {

	private final List<ChannelTypeDescriptor> types;

	FixedChannelTypes(List<ChannelTypeDescriptor> types) {
		this.types = types.stream().sorted(Comparator.comparing(ChannelTypeDescriptor::id)).toList();
	}

	static ChannelTypeDescriptor type(String id, TextRules text) {
		return new ChannelTypeDescriptor(id, id, Optional.empty(), "tests", //$NON-NLS-1$
				new ChannelCapabilities(text, List.of(), Set.of()), Optional.empty());
	}

	/** X, Mastodon and Bluesky with the rules the built-in contributions declare. */
	static FixedChannelTypes builtInLike() {
		return new FixedChannelTypes(List.of(type("io.github.chorus.channel.x", TwitterTextConformanceTest.X), //$NON-NLS-1$
				type("io.github.chorus.channel.mastodon", MastodonCountingTest.MASTODON), //$NON-NLS-1$
				type("io.github.chorus.channel.bluesky", BlueskyRulesTest.BLUESKY))); //$NON-NLS-1$
	}

	@Override
	public List<ChannelTypeDescriptor> channelTypes() {
		return types;
	}

	@Override
	public Optional<ChannelTypeDescriptor> channelType(String id) {
		return types.stream().filter(type -> type.id().equals(id)).findFirst();
	}

	@Override
	public Optional<IChannelConnector> connector(String id) {
		return Optional.empty();
	}

	@Override
	public Optional<ChannelCapabilities> capabilities(ChannelAccount account) {
		return channelType(account.channelTypeId()).map(ChannelTypeDescriptor::capabilities);
	}

	@Override
	public void addListener(IChannelTypeListener listener) {
		// fixed: never changes
	}

	@Override
	public void removeListener(IChannelTypeListener listener) {
		// fixed: never changes
	}
}
