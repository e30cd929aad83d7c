package io.github.chorus.channels.connector;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.chorus.channels.connector.ChannelException.Kind;

/**
 * Sends HTTP requests for a connector and turns every way they can fail into a
 * {@link ChannelException}: a timeout, a broken or truncated answer and a 5xx are
 * {@link Kind#TRANSIENT}; 401 is {@link Kind#AUTH_EXPIRED}; 429 is {@link Kind#RATE_LIMITED} with the
 * delay from {@code Retry-After} (seconds or an HTTP date) or a rate-limit reset header (see
 * {@link #retryAfter(HttpHeaders, Instant)}); 403, 404 and
 * 410 are {@link Kind#GONE}; other 4xx are {@link Kind#REJECTED} with the network's message. A network
 * whose errors say more than their status refines this through its {@link ErrorInterpreter}.
 * <p>
 * Messages name the network and the operation ({@code "Mastodon: POST /api/v1/statuses failed with
 * HTTP 500"}), never a header, a query or a body the connector sent, so they carry no secret.
 * </p>
 *
 * @since 0.1
 */
public final class HttpExchange {

	private static final ObjectMapper JSON = new ObjectMapper();

	/** The default time a request may take, connection included. */
	public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

	/**
	 * Reads a network's error answers.
	 */
	public interface ErrorInterpreter {

		/**
		 * @param status the HTTP status
		 * @param body   the answer's body (may be empty or not JSON)
		 * @return the network's explanation, or {@code null}
		 */
		String message(int status, String body);

		/**
		 * @param status   the HTTP status
		 * @param body     the answer's body
		 * @param standard the kind the status alone gives
		 * @return the kind of this failure; the default keeps {@code standard}
		 */
		default Kind kind(int status, String body, Kind standard) {
			return standard;
		}

		/**
		 * @param status  the HTTP status
		 * @param headers the answer's headers
		 * @param body    the answer's body
		 * @return how long to wait, for networks that say it their own way (Meta's
		 *         {@code X-Business-Use-Case-Usage}); the default, empty, falls back to the standard headers
		 */
		default Optional<Duration> retryAfter(int status, HttpHeaders headers, String body) {
			return Optional.empty();
		}
	}

	private final HttpClient client;
	private final Duration timeout;
	private final String network;
	private final ErrorInterpreter interpreter;

	/**
	 * @param client      the client (its connect timeout should not exceed {@code timeout})
	 * @param timeout     the time one request may take
	 * @param network     the network's name for messages, for example {@code Mastodon}
	 * @param interpreter reads the network's error answers
	 */
	public HttpExchange(HttpClient client, Duration timeout, String network, ErrorInterpreter interpreter) {
		this.client = Objects.requireNonNull(client, "client"); //$NON-NLS-1$
		this.timeout = Objects.requireNonNull(timeout, "timeout"); //$NON-NLS-1$
		this.network = Objects.requireNonNull(network, "network"); //$NON-NLS-1$
		this.interpreter = Objects.requireNonNull(interpreter, "interpreter"); //$NON-NLS-1$
	}

	/** @return the network's name used in messages */
	public String network() {
		return network;
	}

	/**
	 * Sends a request and returns its successful (2xx) answer.
	 *
	 * @param request the request; its timeout is set here
	 * @param what    the operation for messages, such as {@code POST /api/v1/statuses}: no query, no secret
	 * @return the answer, with a 2xx status
	 * @throws ChannelException classified as described above
	 */
	public HttpResponse<String> send(HttpRequest.Builder request, String what) throws ChannelException {
		HttpResponse<String> response;
		try {
			response = client.send(request.timeout(timeout).build(), HttpResponse.BodyHandlers.ofString());
		} catch (HttpTimeoutException e) {
			throw new ChannelException(Kind.TRANSIENT, network + ": " + what + " timed out after " //$NON-NLS-1$ //$NON-NLS-2$
					+ timeout.toSeconds() + " s", null, null, 0, null); //$NON-NLS-1$
		} catch (IOException e) {
			throw new ChannelException(Kind.TRANSIENT, network + ": " + what + " failed: the connection broke (" //$NON-NLS-1$ //$NON-NLS-2$
					+ e.getClass().getSimpleName() + ')', null, null, 0, null);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new ChannelException(Kind.TRANSIENT, network + ": " + what + " was interrupted"); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (IllegalArgumentException e) {
			// an address the client refuses (bad port, bad host): the account's settings are wrong
			throw new ChannelException(Kind.GONE, network + ": " + what + " cannot be sent to this address; connect the account again"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		int status = response.statusCode();
		if (status >= 200 && status < 300) {
			return response;
		}
		throw failure(status, response.headers(), response.body(), what);
	}

	/**
	 * Classifies an error answer.
	 *
	 * @param status  its HTTP status (not 2xx)
	 * @param headers its headers
	 * @param body    its body
	 * @param what    the operation, for the message
	 * @return the exception to throw
	 */
	public ChannelException failure(int status, HttpHeaders headers, String body, String what) {
		Kind standard;
		if (status == 401) {
			standard = Kind.AUTH_EXPIRED;
		} else if (status == 429) {
			standard = Kind.RATE_LIMITED;
		} else if (status == 403 || status == 404 || status == 410) {
			standard = Kind.GONE;
		} else if (status == 408 || status >= 500 || status < 400) {
			standard = Kind.TRANSIENT;
		} else {
			standard = Kind.REJECTED;
		}
		String safeBody = body == null ? "" : body; //$NON-NLS-1$
		String message;
		try {
			message = interpreter.message(status, safeBody);
		} catch (RuntimeException e) {
			message = null;
		}
		Kind kind;
		try {
			kind = interpreter.kind(status, safeBody, standard);
		} catch (RuntimeException e) {
			kind = standard;
		}
		Duration retryAfter;
		try {
			retryAfter = interpreter.retryAfter(status, headers, safeBody)
					.orElseGet(() -> retryAfter(headers, Instant.now()).orElse(null));
		} catch (RuntimeException e) {
			retryAfter = retryAfter(headers, Instant.now()).orElse(null);
		}
		String text = network + ": " + what + " failed with HTTP " + status //$NON-NLS-1$ //$NON-NLS-2$
				+ (message == null ? "" : ": " + message); //$NON-NLS-1$ //$NON-NLS-2$
		return new ChannelException(kind, text, message, retryAfter, status, null);
	}

	/**
	 * @param what  the operation
	 * @param cause why the answer could not be read (malformed JSON, a missing field)
	 * @return a {@link Kind#TRANSIENT} failure for an answer that cannot be understood
	 */
	public ChannelException unreadable(String what, Exception cause) {
		return new ChannelException(Kind.TRANSIENT, network + ": the answer to " + what + " could not be read (" //$NON-NLS-1$ //$NON-NLS-2$
				+ cause.getClass().getSimpleName() + ')', null, null, 0, null);
	}

	/**
	 * Parses the body of an answer as JSON.
	 *
	 * @param response the answer
	 * @param what     the operation, for the message
	 * @return the parsed body
	 * @throws ChannelException {@link #unreadable} when the body is empty or not JSON
	 */
	public JsonNode readJson(HttpResponse<String> response, String what) throws ChannelException {
		try {
			JsonNode node = JSON.readTree(response.body());
			if (node == null || node.isMissingNode()) {
				throw unreadable(what, new IllegalStateException("empty body")); //$NON-NLS-1$
			}
			return node;
		} catch (JsonProcessingException e) {
			throw unreadable(what, e);
		}
	}

	/**
	 * Reads a field of an answer that must be there.
	 *
	 * @param node  a JSON object of the answer
	 * @param field the field's name
	 * @param what  the operation, for the message
	 * @return the field's text, never empty
	 * @throws ChannelException {@link #unreadable} when the field is missing, null or empty
	 */
	public String requiredText(JsonNode node, String field, String what) throws ChannelException {
		JsonNode value = node.get(field);
		if (value == null || value.isNull() || value.asText().isEmpty()) {
			throw unreadable(what, new IllegalStateException("missing " + field)); //$NON-NLS-1$
		}
		return value.asText();
	}

	/**
	 * Waits between two checks of work the network does in the background (media processing).
	 *
	 * @param pause how long
	 * @param what  the operation waited for, for the message
	 * @throws ChannelException {@link Kind#TRANSIENT} when the thread is interrupted (the interrupt is kept)
	 * @since 0.1
	 */
	public void pause(Duration pause, String what) throws ChannelException {
		try {
			Thread.sleep(Math.max(0, pause.toMillis()));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new ChannelException(Kind.TRANSIENT, network + ": " + what + " was interrupted"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/**
	 * @param url   the address
	 * @param token an OAuth 2 access token
	 * @return a request carrying the token in the {@code Authorization: Bearer} header (never in the URL)
	 * @since 0.1
	 */
	public static HttpRequest.Builder bearer(String url, String token) {
		return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * @param url    the address
	 * @param fields the form's fields, in order
	 * @return a {@code POST} of an {@code application/x-www-form-urlencoded} body
	 * @since 0.1
	 */
	public static HttpRequest.Builder form(String url, Map<String, String> fields) {
		StringJoiner body = new StringJoiner("&"); //$NON-NLS-1$
		fields.forEach((k, v) -> body.add(encode(k) + '=' + encode(v)));
		return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded") //$NON-NLS-1$ //$NON-NLS-2$
				.POST(HttpRequest.BodyPublishers.ofString(body.toString()));
	}

	/**
	 * @param value a query or form value
	 * @return it, URL-encoded as UTF-8
	 * @since 0.1
	 */
	public static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/**
	 * Reads how long to wait from {@code Retry-After} (delay in seconds, or an HTTP date), else
	 * {@code X-RateLimit-Reset} (Mastodon), {@code x-rate-limit-reset} (X) or {@code RateLimit-Reset}
	 * (Bluesky): an ISO 8601 time, epoch seconds, or seconds from now when small.
	 *
	 * @param headers the answer's headers
	 * @param now     the current time
	 * @return the delay, never negative, when a header gave one
	 */
	public static Optional<Duration> retryAfter(HttpHeaders headers, Instant now) {
		Optional<String> retryAfter = headers.firstValue("Retry-After"); //$NON-NLS-1$
		if (retryAfter.isPresent()) {
			String value = retryAfter.get().strip();
			try {
				return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value))));
			} catch (NumberFormatException e) {
				try {
					Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
					return Optional.of(nonNegative(Duration.between(now, at)));
				} catch (DateTimeParseException e2) {
					// fall through to the reset headers
				}
			}
		}
		Optional<String> reset = headers.firstValue("X-RateLimit-Reset") // Mastodon //$NON-NLS-1$
				.or(() -> headers.firstValue("x-rate-limit-reset")) // X //$NON-NLS-1$
				.or(() -> headers.firstValue("RateLimit-Reset")); // Bluesky, IETF draft //$NON-NLS-1$
		if (reset.isPresent()) {
			String value = reset.get().strip();
			try {
				long number = Long.parseLong(value);
				// RateLimit-Reset is epoch seconds on Bluesky; the IETF draft uses seconds from now.
				return Optional.of(number > 1_000_000_000L ? nonNegative(Duration.between(now, Instant.ofEpochSecond(number)))
						: Duration.ofSeconds(Math.max(0, number)));
			} catch (NumberFormatException e) {
				try {
					return Optional.of(nonNegative(Duration.between(now, Instant.parse(value))));
				} catch (DateTimeParseException e2) {
					try {
						return Optional.of(nonNegative(Duration.between(now, java.time.OffsetDateTime.parse(value).toInstant())));
					} catch (DateTimeParseException e3) {
						return Optional.empty();
					}
				}
			}
		}
		return Optional.empty();
	}

	private static Duration nonNegative(Duration duration) {
		return duration.isNegative() ? Duration.ZERO : duration;
	}
}
