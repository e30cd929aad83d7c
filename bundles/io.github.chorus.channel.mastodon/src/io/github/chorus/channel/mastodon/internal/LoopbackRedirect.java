package io.github.chorus.channel.mastodon.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The OAuth redirect target of a desktop app (RFC 8252 section 7.3): a one-shot HTTP listener on
 * 127.0.0.1 and an ephemeral port that waits, in the background, for the browser to come back to
 * {@code /callback} with the authorization code, answers with a short page and closes.
 */
final class LoopbackRedirect implements AutoCloseable {

	private static final String PATH = "/callback"; //$NON-NLS-1$

	private final ServerSocket socket;
	private final CompletableFuture<Map<String, String>> result = new CompletableFuture<>();

	LoopbackRedirect() throws IOException {
		socket = new ServerSocket(0, 8, InetAddress.getLoopbackAddress());
		Thread listener = new Thread(this::listen, "Chorus OAuth loopback redirect"); //$NON-NLS-1$
		listener.setDaemon(true);
		listener.start();
	}

	/** @return the redirect URI to register and send: {@code http://127.0.0.1:PORT/callback} */
	URI redirectUri() {
		return URI.create("http://127.0.0.1:" + socket.getLocalPort() + PATH); //$NON-NLS-1$
	}

	/**
	 * @param timeout how long to wait
	 * @return the query parameters of the redirect
	 * @throws TimeoutException when the browser did not come back in time
	 * @throws IOException      when listening failed
	 */
	Map<String, String> await(Duration timeout) throws TimeoutException, IOException, InterruptedException {
		try {
			return result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
		} catch (ExecutionException e) {
			throw new IOException("The loopback listener failed", e.getCause()); //$NON-NLS-1$
		}
	}

	private void listen() {
		try {
			while (!result.isDone() && !socket.isClosed()) {
				try (Socket client = socket.accept()) {
					client.setSoTimeout(5_000);
					BufferedReader reader = new BufferedReader(
							new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
					String requestLine = reader.readLine();
					String line;
					while ((line = reader.readLine()) != null && !line.isEmpty()) {
						// skip the headers
					}
					String[] parts = requestLine == null ? new String[0] : requestLine.split(" "); //$NON-NLS-1$
					URI target = parts.length >= 2 ? URI.create(parts[1]) : URI.create("/"); //$NON-NLS-1$
					boolean callback = PATH.equals(target.getPath());
					respond(client.getOutputStream(), callback);
					if (callback) {
						result.complete(query(target.getRawQuery()));
					}
				} catch (SocketTimeoutException | IllegalArgumentException e) {
					// a client that sent nothing or garbage: wait for the next one
				}
			}
		} catch (IOException e) {
			result.completeExceptionally(e);
		}
	}

	private static void respond(OutputStream out, boolean callback) throws IOException {
		String body = callback
				? "<!DOCTYPE html><html><body><p>Chorus is connected. You can close this window.</p></body></html>" //$NON-NLS-1$
				: "Not found"; //$NON-NLS-1$
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		String head = (callback ? "HTTP/1.1 200 OK" : "HTTP/1.1 404 Not Found") //$NON-NLS-1$ //$NON-NLS-2$
				+ "\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + bytes.length //$NON-NLS-1$
				+ "\r\nConnection: close\r\n\r\n"; //$NON-NLS-1$
		out.write(head.getBytes(StandardCharsets.US_ASCII));
		out.write(bytes);
		out.flush();
	}

	static Map<String, String> query(String rawQuery) {
		Map<String, String> parameters = new HashMap<>();
		if (rawQuery != null) {
			for (String pair : rawQuery.split("&")) { //$NON-NLS-1$
				int equals = pair.indexOf('=');
				String name = equals < 0 ? pair : pair.substring(0, equals);
				String value = equals < 0 ? "" : pair.substring(equals + 1); //$NON-NLS-1$
				parameters.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
			}
		}
		return parameters;
	}

	@Override
	public void close() throws IOException {
		result.cancel(false);
		socket.close();
	}
}
