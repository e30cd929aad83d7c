package io.github.chorus.channels.connector;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A connector operation failed. Every failure falls into exactly one {@linkplain Kind kind}, a closed
 * set the publishing engine switches on to decide what happens next: refresh or reconnect, wait,
 * retry, ask the user to fix the post, or give up on the account.
 * <p>
 * The message is written for the log and the user; it never contains a token, a password or a
 * request header. {@link #networkMessage()} carries the network's own explanation when it gave one
 * (for example Mastodon's {@code "Validation failed: Text character limit of 500 exceeded"}).
 * </p>
 *
 * @since 0.1
 * @noextend This class is not intended to be subclassed by clients.
 */
public final class ChannelException extends Exception {

	private static final long serialVersionUID = 1L;

	/** The closed classification of connector failures. */
	public enum Kind {
		/** The access token expired or was revoked: refresh it, or ask the user to reconnect the account. */
		AUTH_EXPIRED,
		/** The network limits the request rate: wait {@link ChannelException#retryAfter()} (when known) and retry. */
		RATE_LIMITED,
		/** A temporary failure (timeout, connection reset, 5xx, an unreadable answer): retry later. */
		TRANSIENT,
		/** The network refused the content (too long, bad media, duplicate...): the user must change the post. */
		REJECTED,
		/** The account, the post or the app is gone or disconnected for good: do not retry. */
		GONE
	}

	private final Kind kind;
	private final transient Duration retryAfter;
	private final String networkMessage;
	private final int httpStatus;

	/**
	 * @param kind           the classification
	 * @param message        a message without secrets
	 * @param networkMessage the network's own explanation, or {@code null}
	 * @param retryAfter     how long to wait before retrying, or {@code null} when unknown
	 * @param httpStatus     the HTTP status of the answer, or {@code 0} when there was none
	 * @param cause          the underlying exception, or {@code null}
	 */
	public ChannelException(Kind kind, String message, String networkMessage, Duration retryAfter, int httpStatus,
			Throwable cause) {
		super(message, cause);
		this.kind = Objects.requireNonNull(kind, "kind"); //$NON-NLS-1$
		this.networkMessage = networkMessage;
		this.retryAfter = retryAfter;
		this.httpStatus = httpStatus;
	}

	/**
	 * @param kind    the classification
	 * @param message a message without secrets
	 */
	public ChannelException(Kind kind, String message) {
		this(kind, message, null, null, 0, null);
	}

	/** @return the classification, never {@code null} */
	public Kind kind() {
		return kind;
	}

	/** @return how long the network asked to wait ({@link Kind#RATE_LIMITED}), when it said */
	public Optional<Duration> retryAfter() {
		return Optional.ofNullable(retryAfter);
	}

	/** @return the network's own explanation, when it gave one */
	public Optional<String> networkMessage() {
		return Optional.ofNullable(networkMessage);
	}

	/** @return the HTTP status of the failing answer, when there was one */
	public OptionalInt httpStatus() {
		return httpStatus == 0 ? OptionalInt.empty() : OptionalInt.of(httpStatus);
	}
}
