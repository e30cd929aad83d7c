// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.publishing.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A loopback server that answers {@code POST /api/v1/statuses} as a Mastodon instance does: it keeps the
 * posts, deduplicates them by {@code Idempotency-Key} (a repeated key answers the post made for it), and
 * replays scripted faults per access token: a 5xx, a 429 with Retry-After, a 401, a 422 with the network's
 * reason, or accepting the post and then answering too late for the client.
 */
public final class LoopbackMastodon implements AutoCloseable {

	/** A scripted answer for the next request of one token. */
	public sealed interface Fault {
	}

	/** Answer with this status and error message. */
	public record Status(int status, String error, String retryAfter) implements Fault {
	}

	/** Keep the post, then answer only after this many milliseconds (the client times out first). */
	public record AcceptThenHang(long millis) implements Fault {
	}

	/** One kept post. */
	public record Post(String id, String key, String text, String token) {
	}

	private static final ObjectMapper JSON = new ObjectMapper();

	private final HttpServer server;
	private final ExecutorService executor = Executors.newFixedThreadPool(4);
	private final Map<String, Post> postsByKey = new LinkedHashMap<>();
	private final Map<String, Deque<Fault>> faults = new HashMap<>();
	private final AtomicInteger requests = new AtomicInteger();
	private final AtomicInteger repeatedKeys = new AtomicInteger();
	private int nextId = 1000;
	private volatile long latencyMillis;

	/**
	 * @throws IOException when no loopback port is free
	 */
	public LoopbackMastodon() throws IOException {
		server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
		server.createContext("/api/v1/statuses", this::statuses);
		server.setExecutor(executor);
		server.start();
	}

	/** @return the instance URL, {@code http://127.0.0.1:port} */
	public String url() {
		return "http://127.0.0.1:" + server.getAddress().getPort();
	}

	/**
	 * @param token an access token
	 * @param fault what its next request gets
	 */
	public synchronized void script(String token, Fault fault) {
		faults.computeIfAbsent(token, t -> new ArrayDeque<>()).add(fault);
	}

	/**
	 * @param millis how long every answer takes (a slow network), 0 for none
	 */
	public void latency(long millis) {
		latencyMillis = millis;
	}

	/** @return the posts kept, in order */
	public synchronized java.util.List<Post> posts() {
		return java.util.List.copyOf(postsByKey.values());
	}

	/** @return every POST received */
	public int requests() {
		return requests.get();
	}

	/** @return POSTs that repeated a key already kept (reconciliations) */
	public int repeatedKeys() {
		return repeatedKeys.get();
	}

	private void statuses(HttpExchange exchange) throws IOException {
		try (exchange) {
			if (!"POST".equals(exchange.getRequestMethod())) {
				reply(exchange, 405, "{\"error\":\"method\"}", null);
				return;
			}
			requests.incrementAndGet();
			String authorization = exchange.getRequestHeaders().getFirst("Authorization");
			String token = authorization == null ? "" : authorization.replaceFirst("^Bearer ", "");
			String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
			byte[] body;
			try (InputStream in = exchange.getRequestBody()) {
				body = in.readAllBytes();
			}
			JsonNode status = JSON.readTree(body);
			Fault fault;
			Post post;
			boolean repeated;
			synchronized (this) {
				Deque<Fault> queue = faults.get(token);
				fault = queue == null ? null : queue.poll();
				if (fault instanceof Status s) {
					reply(exchange, s.status(), "{\"error\":" + JSON.writeValueAsString(s.error()) + "}", s.retryAfter());
					return;
				}
				repeated = key != null && postsByKey.containsKey(key);
				if (repeated) {
					post = postsByKey.get(key);
				} else {
					post = new Post(Integer.toString(nextId++), key, status.path("status").asText(), token);
					postsByKey.put(key == null ? "no-key-" + post.id() : key, post);
				}
			}
			if (repeated) {
				repeatedKeys.incrementAndGet();
			}
			if (latencyMillis > 0) {
				try {
					Thread.sleep(latencyMillis);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			}
			if (fault instanceof AcceptThenHang hang) {
				try {
					Thread.sleep(hang.millis());
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			}
			ObjectNode answer = JSON.createObjectNode();
			answer.put("id", post.id());
			answer.put("url", url() + "/@chorus/" + post.id());
			answer.put("created_at", "2026-10-24T07:00:00.000Z");
			reply(exchange, 200, answer.toString(), null);
		} catch (IOException e) {
			// the client went away (timed out or was killed)
		}
	}

	private static void reply(HttpExchange exchange, int status, String body, String retryAfter) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		if (retryAfter != null) {
			exchange.getResponseHeaders().set("Retry-After", retryAfter);
		}
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	@Override
	public void close() {
		server.stop(0);
		executor.shutdownNow();
	}
}
