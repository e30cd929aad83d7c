package io.github.chorus.channels.graph;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import io.github.chorus.channels.connector.ChannelException;
import io.github.chorus.channels.connector.HttpExchange;

/**
 * Times as the Graph APIs write them ({@code 2026-11-26T09:00:00+0000}, an offset without a colon) and
 * the time cursors the Meta connectors hand to the inbox.
 *
 * @since 0.1
 */
public final class GraphTime {

	private static final DateTimeFormatter GRAPH = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss[.SSS]XX"); //$NON-NLS-1$

	private GraphTime() {
	}

	/**
	 * @param text a Graph time, or an ISO 8601 time with a colon in its offset
	 * @param http the exchange that read it, for the failure
	 * @param what the operation that read it, for the failure
	 * @return the instant
	 * @throws ChannelException {@link HttpExchange#unreadable} when it is neither
	 */
	public static Instant parse(String text, HttpExchange http, String what) throws ChannelException {
		try {
			return OffsetDateTime.parse(text, GRAPH).toInstant();
		} catch (DateTimeParseException e) {
			try {
				return OffsetDateTime.parse(text).toInstant();
			} catch (DateTimeParseException e2) {
				throw http.unreadable(what, e2);
			}
		}
	}

	/**
	 * @param cursor  an inbox cursor the connector returned before (an ISO instant), or {@code null} or
	 *                blank for the first read
	 * @param network the network's name, for the message
	 * @return the instant, or {@code null} for the first read
	 * @throws IllegalArgumentException naming the network and the cursor when it is not one of its cursors
	 */
	public static Instant since(String cursor, String network) {
		if (cursor == null || cursor.isBlank()) {
			return null;
		}
		try {
			return Instant.parse(cursor);
		} catch (DateTimeParseException e) {
			throw new IllegalArgumentException("Not a " + network + " conversation cursor: " + cursor, e); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}
}
