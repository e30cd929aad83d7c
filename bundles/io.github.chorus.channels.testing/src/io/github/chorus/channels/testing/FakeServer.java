package io.github.chorus.channels.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A loopback HTTP server for connector tests: serves canned answers per method and path, records
 * every request, and injects faults (a hang past the client's timeout, a truncated body). Only for
 * tests; it listens on 127.0.0.1 only.
 */
public final class FakeServer implements AutoCloseable {

	/** A request as the server received it. */
	public record Request(String method, String path, String query, Map<String, List<String>> headers, byte[] body) {
		/** @return the body as UTF-8 text */
		public String text() {
			return new String(body, StandardCharsets.UTF_8);
		}

		/** @return the body read as an {@code application/x-www-form-urlencoded} form */
		public Map<String, String> form() {
			return FakeServer.form(text());
		}

		/**
		 * Splits a {@code multipart/form-data} body.
		 *
		 * @return each part's content by field name, in order (text fields as their UTF-8 bytes)
		 * @throws IllegalStateException when the body is not multipart
		 */
		public Map<String, byte[]> parts() {
			String type = header("Content-Type");
			if (type == null || !type.startsWith("multipart/form-data; boundary=")) {
				throw new IllegalStateException("not a multipart body: " + type);
			}
			byte[] delimiter = ("--" + type.substring(type.indexOf('=') + 1)).getBytes(StandardCharsets.ISO_8859_1);
			Map<String, byte[]> parts = new LinkedHashMap<>();
			int at = indexOf(body, delimiter, 0);
			while (at >= 0) {
				int start = at + delimiter.length;
				if (start + 1 < body.length && body[start] == '-' && body[start + 1] == '-') {
					break;
				}
				int next = indexOf(body, delimiter, start);
				if (next < 0) {
					throw new IllegalStateException("unterminated multipart body");
				}
				String part = new String(body, start, next - start, StandardCharsets.ISO_8859_1);
				int blank = part.indexOf("\r\n\r\n");
				String head = part.substring(0, blank);
				int nameAt = head.indexOf("name=\"") + 6;
				String name = head.substring(nameAt, head.indexOf('"', nameAt));
				int from = start + blank + 4;
				parts.put(name, java.util.Arrays.copyOfRange(body, from, next - 2)); // without the CRLF before the delimiter
				at = next;
			}
			return parts;
		}

		/**
		 * @param name a multipart text field
		 * @return its value, or {@code null}
		 */
		public String part(String name) {
			byte[] value = parts().get(name);
			return value == null ? null : new String(value, StandardCharsets.UTF_8);
		}

		private static int indexOf(byte[] data, byte[] pattern, int from) {
			outer: for (int i = from; i <= data.length - pattern.length; i++) {
				for (int j = 0; j < pattern.length; j++) {
					if (data[i + j] != pattern[j]) {
						continue outer;
					}
				}
				return i;
			}
			return -1;
		}

		/**
		 * @param name a header name, in any case
		 * @return its first value, or {@code null}
		 */
		public String header(String name) {
			for (var entry : headers.entrySet()) {
				if (entry.getKey().equalsIgnoreCase(name)) {
					return entry.getValue().get(0);
				}
			}
			return null;
		}
	}

	/** A fault to inject into an answer. */
	public enum Fault {
		NONE, HANG, TRUNCATE
	}

	/** A canned answer. */
	public record Reply(int status, Map<String, String> headers, byte[] body, Fault fault) {
		/**
		 * @param status the HTTP status
		 * @param body   a JSON body
		 * @return the answer
		 */
		public static Reply json(int status, String body) {
			return new Reply(status, Map.of("Content-Type", "application/json"), body.getBytes(StandardCharsets.UTF_8),
					Fault.NONE);
		}

		/**
		 * @param header a header to add
		 * @param value  its value
		 * @return a copy with the header
		 */
		public Reply with(String header, String value) {
			Map<String, String> all = new LinkedHashMap<>(headers);
			all.put(header, value);
			return new Reply(status, all, body, fault);
		}

		/**
		 * @param newFault the fault to inject
		 * @return a copy with the fault
		 */
		public Reply fault(Fault newFault) {
			return new Reply(status, headers, body, newFault);
		}
	}

	/**
	 * @param text an {@code application/x-www-form-urlencoded} body or a query string
	 * @return its fields, decoded (the last value of a repeated field)
	 */
	public static Map<String, String> form(String text) {
		Map<String, String> form = new LinkedHashMap<>();
		for (String pair : text.split("&")) {
			int equals = pair.indexOf('=');
			if (equals > 0) {
				form.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
						URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
			}
		}
		return form;
	}

	@FunctionalInterface
	/** Computes the answer to a request. */
	public interface Handler {
		/**
		 * @param request the request
		 * @return the answer
		 * @throws Exception answered with status 599 naming the failure
		 */
		Reply handle(Request request) throws Exception;
	}

	private final HttpServer server;
	private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
		Thread thread = new Thread(r, "fake network server");
		thread.setDaemon(true);
		return thread;
	});
	private final Map<String, Handler> handlers = new LinkedHashMap<>();
	private final List<Request> requests = new CopyOnWriteArrayList<>();
	private final String notFoundJson;

	/**
	 * Starts a server that answers unknown paths as Bluesky's XRPC does.
	 *
	 * @throws IOException when no loopback port can be bound
	 */
	public FakeServer() throws IOException {
		this("{\"error\":\"MethodNotImplemented\",\"message\":\"Method Not Implemented\"}"); //$NON-NLS-1$
	}

	/**
	 * Starts a server.
	 *
	 * @param notFoundJson the JSON body of the 404 answer to paths without a handler, shaped as the
	 *                     network under test shapes its errors
	 * @throws IOException when no loopback port can be bound
	 */
	public FakeServer(String notFoundJson) throws IOException {
		this.notFoundJson = notFoundJson;
		server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
		server.setExecutor(executor);
		server.createContext("/", this::serve);
		server.start();
	}

	/** @return {@code http://127.0.0.1:PORT} */
	public String base() {
		return "http://127.0.0.1:" + server.getAddress().getPort();
	}

	/**
	 * @param method  the HTTP method
	 * @param path    the exact path, or a prefix ending in {@code *}
	 * @param handler the answer
	 * @return this server
	 */
	public synchronized FakeServer on(String method, String path, Handler handler) {
		handlers.put(method + ' ' + path, handler);
		return this;
	}

	/** @return every request received so far, in order */
	public List<Request> requests() {
		return new ArrayList<>(requests);
	}

	/**
	 * @param method an HTTP method
	 * @param path   an exact path
	 * @return the requests received for them, in order
	 */
	public List<Request> requests(String method, String path) {
		return requests.stream().filter(r -> r.method().equals(method) && r.path().equals(path)).toList();
	}

	private synchronized Handler handler(String method, String path) {
		Handler exact = handlers.get(method + ' ' + path);
		if (exact != null) {
			return exact;
		}
		for (var entry : handlers.entrySet()) {
			String key = entry.getKey();
			if (key.endsWith("*") && (method + ' ' + path).startsWith(key.substring(0, key.length() - 1))) {
				return entry.getValue();
			}
		}
		return null;
	}

	private void serve(HttpExchange exchange) throws IOException {
		try (exchange) {
			byte[] body;
			try (InputStream in = exchange.getRequestBody()) {
				body = in.readAllBytes();
			}
			Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
					exchange.getRequestURI().getRawQuery(), Map.copyOf(exchange.getRequestHeaders()), body);
			requests.add(request);
			Handler handler = handler(request.method(), request.path());
			Reply reply;
			try {
				reply = handler == null ? Reply.json(404, notFoundJson) : handler.handle(request);
			} catch (Exception | AssertionError e) {
				reply = Reply.json(599, "{\"error\":\"test handler failed: " + e + "\"}");
			}
			reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
			switch (reply.fault()) {
			case HANG -> {
				try {
					Thread.sleep(3_000);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			}
			case TRUNCATE -> {
				exchange.sendResponseHeaders(reply.status(), reply.body().length + 100L);
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(reply.body(), 0, reply.body().length / 2);
				}
				return;
			}
			case NONE -> {
				// answer normally
			}
			}
			exchange.sendResponseHeaders(reply.status(), reply.body().length == 0 ? -1 : reply.body().length);
			if (reply.body().length > 0) {
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(reply.body());
				}
			}
		}
	}

	@Override
	public void close() {
		server.stop(0);
		executor.shutdownNow();
	}
}
