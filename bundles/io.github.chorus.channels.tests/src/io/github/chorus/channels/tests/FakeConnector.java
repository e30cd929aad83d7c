package io.github.chorus.channels.tests;

import io.github.chorus.channels.ChannelAccount;
import io.github.chorus.channels.ChannelCapabilities;
import io.github.chorus.channels.IChannelConnector;

/**
 * The connector of the test channel type: refines the declared limit with an account setting, as
 * a Mastodon connector does with its instance's {@code max_characters}.
 */
public final class FakeConnector implements IChannelConnector {

	/** Counts instances, to check that the registry creates the connector lazily and once. */
	static final java.util.concurrent.atomic.AtomicInteger CREATED = new java.util.concurrent.atomic.AtomicInteger();

	/** Created by the extension registry. */
	public FakeConnector() {
		CREATED.incrementAndGet();
	}

	@Override
	public ChannelCapabilities refine(ChannelCapabilities declared, ChannelAccount account) {
		String max = account.settings().get("maxCharacters"); //$NON-NLS-1$
		return max == null ? declared : declared.withText(declared.text().withMaxLength(Integer.parseInt(max)));
	}
}
