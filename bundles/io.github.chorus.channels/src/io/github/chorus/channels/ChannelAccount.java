package io.github.chorus.channels;

import java.util.Map;
import java.util.Objects;

/**
 * The account a connector works for: which channel type, which account, and the settings the
 * connector needs to reach it (for Mastodon the instance URL). Credentials are never part of it;
 * they live in secure storage.
 *
 * @param channelTypeId the id of the channel type
 * @param accountId     an id of the account that is stable within the channel type, for example
 *                      {@code @chorus@mastodon.social}
 * @param settings      connector-specific settings, for example {@code instance=https://mastodon.social}
 * @since 0.1
 */
public record ChannelAccount(String channelTypeId, String accountId, Map<String, String> settings) {

	/**
	 * Copies {@code settings} into an unmodifiable map.
	 *
	 * @throws NullPointerException when an argument is {@code null}
	 */
	public ChannelAccount {
		Objects.requireNonNull(channelTypeId, "channelTypeId"); //$NON-NLS-1$
		Objects.requireNonNull(accountId, "accountId"); //$NON-NLS-1$
		settings = Map.copyOf(settings);
	}
}
