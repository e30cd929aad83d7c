package io.github.chorus.channels.connector;

import java.net.URI;
import java.util.Objects;

/**
 * Who wrote a message, as the network shows them.
 *
 * @param remoteId    the network's id of the account (a Mastodon account id, a Bluesky DID)
 * @param handle      the handle ({@code alice@example.social}, {@code alice.bsky.social})
 * @param displayName the display name (may be empty)
 * @param profileUrl  the profile page, or {@code null}
 * @since 0.1
 */
public record ConversationAuthor(String remoteId, String handle, String displayName, URI profileUrl) {

	/** Checks the ids. */
	public ConversationAuthor {
		Objects.requireNonNull(remoteId, "remoteId"); //$NON-NLS-1$
		Objects.requireNonNull(handle, "handle"); //$NON-NLS-1$
		displayName = displayName == null ? "" : displayName; //$NON-NLS-1$
	}
}
