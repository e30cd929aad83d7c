package io.github.chorus.channels.connector;

/**
 * An operation a connector implements beyond {@code refine}; see
 * {@link io.github.chorus.channels.IChannelConnector#operations()}.
 *
 * @since 0.1
 */
public enum ConnectorOperation {
	/** {@code connect} and {@code refresh}: authorize an account and keep its tokens fresh. */
	CONNECT,
	/** {@code publish} of text. */
	PUBLISH,
	/** {@code publish} with media attachments (with alt text where the network takes it). */
	MEDIA,
	/** {@code publish} of several parts as a thread, or of a first comment, and replies to a remote post. */
	THREADS,
	/** {@code publish} with a time the network publishes at, {@code cancelScheduled} and {@code reschedule}. */
	NATIVE_SCHEDULING,
	/** {@code fetchConversations}. */
	CONVERSATIONS,
	/** {@code fetchMetrics}. */
	METRICS
}
