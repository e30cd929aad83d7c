package io.github.chorus.channels.connector;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * A message of a conversation: a mention, a reply or a comment.
 *
 * @param remoteId  the network's id of the message
 * @param inReplyTo the remote id of the message or post it answers, or {@code null}
 * @param kind      what it is
 * @param author    who wrote it
 * @param text      its text, as plain text (HTML removed)
 * @param createdAt when it was written
 * @param url       where it can be seen, or {@code null}
 * @since 0.1
 */
public record ConversationMessage(String remoteId, String inReplyTo, Kind kind, ConversationAuthor author, String text,
		Instant createdAt, URI url) {

	/** What a message is. */
	public enum Kind {
		/** The account is mentioned. */
		MENTION,
		/** An answer to one of the account's posts. */
		REPLY,
		/** A comment under one of the account's posts (networks that have comments rather than replies). */
		COMMENT,
		/** A quote of one of the account's posts. */
		QUOTE,
		/** A private (direct) message. */
		DIRECT
	}

	/** Checks the arguments. */
	public ConversationMessage {
		Objects.requireNonNull(remoteId, "remoteId"); //$NON-NLS-1$
		Objects.requireNonNull(kind, "kind"); //$NON-NLS-1$
		Objects.requireNonNull(author, "author"); //$NON-NLS-1$
		Objects.requireNonNull(text, "text"); //$NON-NLS-1$
		Objects.requireNonNull(createdAt, "createdAt"); //$NON-NLS-1$
	}
}
