package io.github.chorus.channels.connector;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.github.chorus.channels.ChannelAccount;

/**
 * A connected account as the workbench lists it: no secrets, only what can be shown and saved next
 * to the workspace.
 *
 * @param channelTypeId the channel type's id
 * @param accountId     stable within the channel type ({@code @chorus@mastodon.social}, a DID, a folder)
 * @param displayName   the name to show
 * @param baseUrl       the instance or service the account lives on ({@code https://mastodon.social}),
 *                      or {@code null}
 * @param tokenExpiry   when the access token expires, or {@code null} when it does not (or is unknown)
 * @param settings      further non-secret connector settings, kept in {@link #account()}
 * @since 0.1
 */
public record AccountProfile(String channelTypeId, String accountId, String displayName, String baseUrl,
		Instant tokenExpiry, Map<String, String> settings) {

	/** The setting under which {@link #account()} carries {@link #baseUrl()}. */
	public static final String BASE_URL = "baseUrl"; //$NON-NLS-1$

	/** Copies the settings. */
	public AccountProfile {
		Objects.requireNonNull(channelTypeId, "channelTypeId"); //$NON-NLS-1$
		Objects.requireNonNull(accountId, "accountId"); //$NON-NLS-1$
		Objects.requireNonNull(displayName, "displayName"); //$NON-NLS-1$
		settings = Map.copyOf(settings);
	}

	/** @return the token expiry, when known */
	public Optional<Instant> tokenExpiryIfKnown() {
		return Optional.ofNullable(tokenExpiry);
	}

	/** @return a copy with another token expiry */
	public AccountProfile withTokenExpiry(Instant expiry) {
		return new AccountProfile(channelTypeId, accountId, displayName, baseUrl, expiry, settings);
	}

	/**
	 * @return the account handed to the connector: the settings plus {@link #BASE_URL}
	 */
	public ChannelAccount account() {
		Map<String, String> all = new java.util.TreeMap<>(settings);
		if (baseUrl != null) {
			all.put(BASE_URL, baseUrl);
		}
		return new ChannelAccount(channelTypeId, accountId, all);
	}
}
