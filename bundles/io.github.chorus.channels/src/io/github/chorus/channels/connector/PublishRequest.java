package io.github.chorus.channels.connector;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One variant to publish on one account.
 *
 * @param idempotencyKey a key unique to this publication, kept by the engine across retries: connectors
 *                       send it where the network deduplicates (Mastodon {@code Idempotency-Key}) or use
 *                       it themselves (the Local feed), so a retry never publishes twice
 * @param parts          the post first, then its follow-ups; never empty
 * @param followUps      how parts after the first are published
 * @param replyTo        the remote id of a post the first part answers, or {@code null}
 * @param scheduledAt    a time the network itself should publish at (native scheduling), or {@code null}
 *                       to publish now
 * @param options        connector-defined options ({@code visibility}, {@code language}...)
 * @since 0.1
 */
public record PublishRequest(String idempotencyKey, List<PostPart> parts, FollowUps followUps, String replyTo,
		Instant scheduledAt, Map<String, String> options) {

	/** How the parts after the first are published. */
	public enum FollowUps {
		/** Each part answers the previous one: a thread. */
		THREAD,
		/** Each part answers the first one: first comments. */
		COMMENTS
	}

	/** Checks and copies the arguments. */
	public PublishRequest {
		Objects.requireNonNull(idempotencyKey, "idempotencyKey"); //$NON-NLS-1$
		if (idempotencyKey.isBlank()) {
			throw new IllegalArgumentException("blank idempotency key"); //$NON-NLS-1$
		}
		parts = List.copyOf(parts);
		if (parts.isEmpty()) {
			throw new IllegalArgumentException("nothing to publish"); //$NON-NLS-1$
		}
		Objects.requireNonNull(followUps, "followUps"); //$NON-NLS-1$
		options = Map.copyOf(options);
	}

	/**
	 * @param idempotencyKey the key
	 * @param text           the text
	 * @return a request for one text post, now
	 */
	public static PublishRequest text(String idempotencyKey, String text) {
		return new PublishRequest(idempotencyKey, List.of(PostPart.text(text)), FollowUps.THREAD, null, null, Map.of());
	}

	/** @return the scheduled time, when the network is to publish later */
	public Optional<Instant> scheduled() {
		return Optional.ofNullable(scheduledAt);
	}
}
