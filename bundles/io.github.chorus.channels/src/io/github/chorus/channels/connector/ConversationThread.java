package io.github.chorus.channels.connector;

import java.util.List;
import java.util.Objects;

/**
 * The messages of one conversation read in one fetch, grouped by the post the conversation hangs on.
 *
 * @param rootId   the remote id of the conversation's root post (the account's own post, or the first
 *                 message when it is a stand-alone mention)
 * @param messages the new messages, oldest first
 * @since 0.1
 */
public record ConversationThread(String rootId, List<ConversationMessage> messages) {

	/** Copies the messages. */
	public ConversationThread {
		Objects.requireNonNull(rootId, "rootId"); //$NON-NLS-1$
		messages = List.copyOf(messages);
	}
}
