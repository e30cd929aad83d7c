package io.github.chorus.channels.connector;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * What a publication produced.
 *
 * @param parts     one entry per part of the request, in order
 * @param scheduled {@code true} when the network holds the post and publishes it at {@code at}
 * @param at        when it was published, or when it will be
 * @since 0.1
 */
public record PublishResult(List<PublishedPart> parts, boolean scheduled, Instant at) {

	/** Copies the parts. */
	public PublishResult {
		parts = List.copyOf(parts);
		if (parts.isEmpty()) {
			throw new IllegalArgumentException("no part"); //$NON-NLS-1$
		}
	}

	/** @return the remote id of the first part */
	public String remoteId() {
		return parts.get(0).remoteId();
	}

	/** @return the URL of the first part, or {@code null} while scheduled */
	public URI url() {
		return parts.get(0).url();
	}
}
