// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.publishing;

/**
 * What happened to one publication in one outbox run: one line of {@code chorus publish}, one row update
 * of the Outbox view, one notification when it is a failure.
 *
 * @param publicationId the publication's id
 * @param channel       the channel's name
 * @param result        the result class
 * @param message       a sentence for the user (the network's reason for failures)
 * @param remoteId      the remote id when published, else {@code null}
 * @param remoteUrl     the remote URL when published and known, else {@code null}
 * @since 0.1
 */
public record OutboxEvent(String publicationId, String channel, Result result, String message, String remoteId,
		String remoteUrl) {

	/** The result classes. */
	public enum Result {
		/** Published; {@code remoteId} names the post. */
		PUBLISHED(false),
		/** A temporary failure or a rate limit: it is tried again later, with the same idempotency key. */
		RETRY_LATER(false),
		/** Held: frozen, or its account is paused or not connected. Nothing was sent. */
		HELD(false),
		/** Not approved for its current revision: sent back to review, nothing was sent. */
		BACK_TO_REVIEW(false),
		/** The account's authorization expired: the account is paused until the user reconnects it. */
		ACCOUNT_PAUSED(true),
		/** The network refused the content: back to its author (DRAFT) with the network's reason. */
		REJECTED(true),
		/** Given up (account or post gone, or too many attempts): FAILED, with the reason. */
		FAILED(true);

		private final boolean failure;

		Result(boolean failure) {
			this.failure = failure;
		}

		/** @return whether the user must act */
		public boolean failure() {
			return failure;
		}
	}

	/** @return one line for a terminal: {@code <id> <RESULT> <channel>: <message>} */
	public String line() {
		StringBuilder line = new StringBuilder().append(publicationId).append(' ').append(result).append(' ')
				.append(channel).append(": ").append(message); //$NON-NLS-1$
		if (remoteId != null) {
			line.append(" [").append(remoteId); //$NON-NLS-1$
			if (remoteUrl != null) {
				line.append(' ').append(remoteUrl);
			}
			line.append(']');
		}
		return line.toString();
	}
}
