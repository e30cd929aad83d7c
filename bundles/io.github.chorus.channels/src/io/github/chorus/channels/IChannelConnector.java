package io.github.chorus.channels;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import io.github.chorus.channels.connector.AccountProfile;
import io.github.chorus.channels.connector.ChannelException;
import io.github.chorus.channels.connector.ConnectRequest;
import io.github.chorus.channels.connector.ConnectorOperation;
import io.github.chorus.channels.connector.ConversationPage;
import io.github.chorus.channels.connector.IAccountSecrets;
import io.github.chorus.channels.connector.MetricObservation;
import io.github.chorus.channels.connector.PublishRequest;
import io.github.chorus.channels.connector.PublishResult;

/**
 * The behaviour of a channel type: the one piece of a channel plug-in that is code. Its class is
 * named by the {@code connector} attribute of the contribution and instantiated lazily, the first
 * time the workbench needs it, through the registry
 * ({@link IChannelTypeRegistry#connector(String)}).
 * <p>
 * Every operation is a default method, so a connector implements only what its network offers and
 * says so in {@link #operations()}; the others throw {@link UnsupportedOperationException}. New
 * operations will be added the same way, so connectors keep compiling.
 * </p>
 * <p>
 * Operations may block on the network: never call them on the UI thread. They are network-neutral:
 * the arguments and results are the records of {@link io.github.chorus.channels.connector}, which
 * know nothing of Chorus's models. Secrets come and go only through {@link IAccountSecrets}. Every
 * failure is a {@link ChannelException} of one closed {@linkplain ChannelException.Kind kind}; a
 * connector never lets an {@code IOException} or a parser exception escape, and never puts a secret in
 * a message or a log line.
 * </p>
 * <p>
 * Clients implement this interface; the implementation class needs a public no-argument
 * constructor.
 * </p>
 *
 * @since 0.1
 */
public interface IChannelConnector {

	/**
	 * Refines the declared capabilities for one account, for example with the
	 * {@code configuration.statuses.max_characters} a Mastodon instance reports, or the longer
	 * posts of a paid X tier.
	 * <p>
	 * The declared capabilities must be returned unchanged when nothing is known about the account
	 * (the default). The method may block on network access: call it outside the UI thread. It must
	 * not throw: on failure it returns {@code declared}, so a post is then checked against the
	 * baseline, and reports the failure through its own log.
	 * </p>
	 *
	 * @param declared the capabilities declared in the channel type's contribution
	 * @param account  the account
	 * @return the capabilities that hold for this account
	 */
	default ChannelCapabilities refine(ChannelCapabilities declared, ChannelAccount account) {
		return declared;
	}

	/**
	 * @return the operations this connector implements; the default, none, is right for a connector
	 *         that only refines capabilities
	 */
	default Set<ConnectorOperation> operations() {
		return Set.of();
	}

	/**
	 * Connects an account: runs the network's authorization (an OAuth flow through
	 * {@link ConnectRequest#browser()} and a loopback redirect, or a session from a handle and app
	 * password) and stores the resulting secrets.
	 *
	 * @param request the user's parameters, documented by each connector
	 * @param secrets where the new account's secrets go; empty on entry
	 * @return the connected account, to be saved (without secrets) by the caller
	 * @throws ChannelException when authorization fails ({@link ChannelException.Kind#REJECTED} for bad
	 *                          parameters or a refused authorization)
	 */
	default AccountProfile connect(ConnectRequest request, IAccountSecrets secrets) throws ChannelException {
		throw new UnsupportedOperationException("connect"); //$NON-NLS-1$
	}

	/**
	 * Refreshes an account's tokens (where the network has refresh tokens) and re-reads its profile.
	 * A refresh never replaces a stored refresh token with an empty one.
	 *
	 * @param account the account
	 * @param secrets its secrets
	 * @return the refreshed profile, with the new token expiry
	 * @throws ChannelException {@link ChannelException.Kind#AUTH_EXPIRED} when the user must connect again
	 */
	default AccountProfile refresh(ChannelAccount account, IAccountSecrets secrets) throws ChannelException {
		throw new UnsupportedOperationException("refresh"); //$NON-NLS-1$
	}

	/**
	 * Publishes a variant, or hands it to the network to publish at {@link PublishRequest#scheduledAt()}
	 * when {@link ConnectorOperation#NATIVE_SCHEDULING} is supported. Publishing the same
	 * {@linkplain PublishRequest#idempotencyKey() key} again must not publish twice where the network or
	 * the connector can prevent it.
	 *
	 * @param account the account
	 * @param secrets its secrets
	 * @param request what to publish
	 * @return the remote ids and URLs
	 * @throws ChannelException classified; a failure after some parts were published is reported for the
	 *                          first part that failed, and a retry with the same key resumes where the
	 *                          network deduplicates
	 */
	default PublishResult publish(ChannelAccount account, IAccountSecrets secrets, PublishRequest request)
			throws ChannelException {
		throw new UnsupportedOperationException("publish"); //$NON-NLS-1$
	}

	/**
	 * Cancels a post the network holds for later.
	 *
	 * @param account  the account
	 * @param secrets  its secrets
	 * @param remoteId the id from the scheduled {@link PublishResult}
	 * @throws ChannelException {@link ChannelException.Kind#GONE} when it was already published or cancelled
	 */
	default void cancelScheduled(ChannelAccount account, IAccountSecrets secrets, String remoteId)
			throws ChannelException {
		throw new UnsupportedOperationException("cancelScheduled"); //$NON-NLS-1$
	}

	/**
	 * Moves a post the network holds to another time.
	 *
	 * @param account  the account
	 * @param secrets  its secrets
	 * @param remoteId the id from the scheduled {@link PublishResult}
	 * @param at       the new time
	 * @return the scheduled post at its new time
	 * @throws ChannelException {@link ChannelException.Kind#REJECTED} for a time the network refuses
	 */
	default PublishResult reschedule(ChannelAccount account, IAccountSecrets secrets, String remoteId, Instant at)
			throws ChannelException {
		throw new UnsupportedOperationException("reschedule"); //$NON-NLS-1$
	}

	/**
	 * Reads mentions, replies and comments that arrived after a cursor.
	 *
	 * @param account the account
	 * @param secrets its secrets
	 * @param cursor  the {@link ConversationPage#nextCursor()} of the last fetch, or {@code null} for the
	 *                most recent page
	 * @return the new messages in threads, and the next cursor
	 * @throws ChannelException classified
	 */
	default ConversationPage fetchConversations(ChannelAccount account, IAccountSecrets secrets, String cursor)
			throws ChannelException {
		throw new UnsupportedOperationException("fetchConversations"); //$NON-NLS-1$
	}

	/**
	 * Reads raw metrics of the account and of some of its posts.
	 *
	 * @param account       the account
	 * @param secrets       its secrets
	 * @param postRemoteIds posts whose metrics to read (may be empty: account metrics only)
	 * @return the observations, each with its time and provenance
	 * @throws ChannelException classified
	 */
	default List<MetricObservation> fetchMetrics(ChannelAccount account, IAccountSecrets secrets,
			List<String> postRemoteIds) throws ChannelException {
		throw new UnsupportedOperationException("fetchMetrics"); //$NON-NLS-1$
	}
}
