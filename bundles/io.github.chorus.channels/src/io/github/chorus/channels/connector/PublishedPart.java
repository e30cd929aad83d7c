package io.github.chorus.channels.connector;

import java.net.URI;
import java.util.Objects;

/**
 * One published (or scheduled) part.
 *
 * @param remoteId the network's id of the post (for a scheduled post: of the scheduled post)
 * @param url      where people see it, or {@code null} while it is only scheduled
 * @since 0.1
 */
public record PublishedPart(String remoteId, URI url) {

	/** Checks the id. */
	public PublishedPart {
		Objects.requireNonNull(remoteId, "remoteId"); //$NON-NLS-1$
	}
}
