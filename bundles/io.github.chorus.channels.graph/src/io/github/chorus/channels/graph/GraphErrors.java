package io.github.chorus.channels.graph;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.chorus.channels.connector.ChannelException.Kind;
import io.github.chorus.channels.connector.HttpExchange;

/**
 * Reads Graph API error bodies, {@code {"error":{"message","error_user_msg","code","error_subcode",
 * "is_transient"}}}: the message shown is {@code error_user_msg} when Meta wrote one for people,
 * else {@code message}; {@code is_transient} and codes 1 and 2 are {@link Kind#TRANSIENT}; 102 and 190
 * (token invalid, expired or revoked) and the permission codes 10, 200-299 are
 * {@link Kind#AUTH_EXPIRED} (reconnect granting them); 4, 17, 32, 341, 613 (app, user, Page and
 * business use case limits) are {@link Kind#RATE_LIMITED}, waiting as long as
 * {@code X-Business-Use-Case-Usage} says; 100 (invalid parameter) is {@link Kind#REJECTED}. Each network
 * adds its own codes (Instagram's daily publishing limit, Facebook's duplicate post).
 *
 * @since 0.1
 */
public final class GraphErrors implements HttpExchange.ErrorInterpreter {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final Map<Integer, Kind> networkCodes;

	/** Reads errors with the rules shared by every Graph API. */
	public GraphErrors() {
		this(Map.of());
	}

	/**
	 * @param networkCodes the network's own error codes and their kinds; they win over the shared rules
	 */
	public GraphErrors(Map<Integer, Kind> networkCodes) {
		this.networkCodes = Map.copyOf(networkCodes);
	}

	@Override
	public String message(int status, String body) {
		JsonNode error = error(body);
		if (error == null) {
			return null;
		}
		String user = error.path("error_user_msg").asText(null); //$NON-NLS-1$
		return user != null && !user.isBlank() ? user : error.path("message").asText(null); //$NON-NLS-1$
	}

	@Override
	public Kind kind(int status, String body, Kind standard) {
		JsonNode error = error(body);
		if (error == null) {
			return standard;
		}
		int code = error.path("code").asInt(0); //$NON-NLS-1$
		Kind own = networkCodes.get(code);
		if (own != null) {
			return own;
		}
		if (error.path("is_transient").asBoolean(false) || code == 1 || code == 2) { //$NON-NLS-1$
			return Kind.TRANSIENT;
		}
		if (code == 102 || code == 190 || code == 10 || (code >= 200 && code <= 299)) {
			return Kind.AUTH_EXPIRED;
		}
		return switch (code) {
		case 4, 17, 32, 341, 613 -> Kind.RATE_LIMITED;
		case 100 -> Kind.REJECTED;
		default -> standard;
		};
	}

	/**
	 * Reads {@code X-Business-Use-Case-Usage}:
	 * {@code {"<business id>":[{"type":"pages","call_count":100,...,"estimated_time_to_regain_access":12}]}},
	 * in minutes; the longest wait wins.
	 */
	@Override
	public Optional<Duration> retryAfter(int status, HttpHeaders headers, String body) {
		Optional<String> usage = headers.firstValue("X-Business-Use-Case-Usage"); //$NON-NLS-1$
		if (usage.isEmpty()) {
			return Optional.empty();
		}
		try {
			long minutes = -1;
			for (JsonNode entries : JSON.readTree(usage.get())) {
				for (JsonNode entry : entries) {
					minutes = Math.max(minutes, entry.path("estimated_time_to_regain_access").asLong(-1)); //$NON-NLS-1$
				}
			}
			return minutes >= 0 ? Optional.of(Duration.ofMinutes(minutes)) : Optional.empty();
		} catch (JsonProcessingException e) {
			return Optional.empty();
		}
	}

	private static JsonNode error(String body) {
		try {
			JsonNode node = JSON.readTree(body);
			return node != null && node.path("error").isObject() ? node.get("error") : null; //$NON-NLS-1$ //$NON-NLS-2$
		} catch (JsonProcessingException e) {
			return null;
		}
	}
}
