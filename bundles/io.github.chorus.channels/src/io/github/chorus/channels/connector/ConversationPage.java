package io.github.chorus.channels.connector;

import java.util.List;

/**
 * The result of {@code fetchConversations}: new messages grouped into threads, and the cursor to pass
 * next time.
 *
 * @param threads    the threads with new messages
 * @param nextCursor an opaque cursor for the next fetch; equal to the one passed when nothing was new
 * @since 0.1
 */
public record ConversationPage(List<ConversationThread> threads, String nextCursor) {

	/** Copies the threads. */
	public ConversationPage {
		threads = List.copyOf(threads);
	}
}
