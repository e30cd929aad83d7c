package io.github.chorus.channels.connector;

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
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The OAuth 2 authorization step of a desktop app (RFC 8252): a one-shot HTTP listener on 127.0.0.1
 * and an ephemeral port is the redirect target; the authorization page opens through
 * {@link ConnectRequest#browser()}; the listener waits, in the background and for a bounded time, for
 * the browser to come back to {@code /callback}, answers with a short page, and hands over the code
 * once the {@code state} matches. {@link #pkce()} makes the PKCE (RFC 7636, S256) pair.
 * <pre>
 * try (OAuthLoopback loopback = OAuthLoopback.open("Pixelfed")) {
 *     OAuthLoopback.Pkce pkce = OAuthLoopback.pkce();
 *     String state = OAuthLoopback.randomToken(24);
 *     URI page = URI.create(base + "/oauth/authorize?...&amp;redirect_uri=" + loopback.redirectUri() + ...);
 *     String code = loopback.authorize(request, page, state);
 *     // exchange code + pkce.verifier() for tokens
 * }
 * </pre>
 *
 * @since 0.1
 * @noextend This class is not intended to be subclassed by clients.
 */
public final class OAuthLoopback implements AutoCloseable {

	private static final String PATH = "/callback"; //$NON-NLS-1$

	private static final SecureRandom RANDOM = new SecureRandom();

	/**
	 * A PKCE pair.
	 *
	 * @param verifier  the code verifier, sent with the code exchange
	 * @param challenge its S256 challenge, sent with the authorization request
	 */
	public record Pkce(String verifier, String challenge) {
		/** @return {@code S256} */
		public String method() {
			return "S256"; //$NON-NLS-1$
		}
	}

	private final String network;
	private final ServerSocket socket;
	private final CompletableFuture<Map<String, String>> result = new CompletableFuture<>();

	private OAuthLoopback(String network, int port) throws IOException {
		this.network = network;
		socket = new ServerSocket(port, 8, InetAddress.getLoopbackAddress());
		Thread listener = new Thread(this::listen, "Chorus OAuth loopback redirect"); //$NON-NLS-1$
		listener.setDaemon(true);
		listener.start();
	}

	/**
	 * Starts listening.
	 *
	 * @param network the network's name, for messages
	 * @return the listener; close it when done
	 * @throws ChannelException ({@link ChannelException.Kind#TRANSIENT}) when no loopback port can be opened
	 */
	public static OAuthLoopback open(String network) throws ChannelException {
		return open(network, 0);
	}

	/**
	 * Starts listening on a given port, for networks that only accept a redirect URI registered
	 * beforehand with its port (X, LinkedIn, Meta).
	 *
	 * @param network the network's name, for messages
	 * @param port    the port on 127.0.0.1, or 0 for any free one
	 * @return the listener; close it when done
	 * @throws ChannelException ({@link ChannelException.Kind#TRANSIENT}) when the port cannot be opened
	 */
	public static OAuthLoopback open(String network, int port) throws ChannelException {
		try {
			return new OAuthLoopback(network, port);
		} catch (IOException e) {
			throw new ChannelException(ChannelException.Kind.TRANSIENT,
					network + ": no loopback port for the authorization redirect (" + e.getClass().getSimpleName() + ')'); //$NON-NLS-1$
		}
	}

	/** @return a new PKCE pair: a random 64-character verifier and its S256 challenge */
	public static Pkce pkce() {
		String verifier = randomToken(48);
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)); //$NON-NLS-1$
			return new Pkce(verifier, Base64.getUrlEncoder().withoutPadding().encodeToString(hash));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * @param bytes how many random bytes
	 * @return them, base64url-encoded without padding (for {@code state}, verifiers, boundaries)
	 */
	public static String randomToken(int bytes) {
		byte[] random = new byte[bytes];
		RANDOM.nextBytes(random);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
	}

	/** @return the redirect URI to register and send: {@code http://127.0.0.1:PORT/callback} */
	public URI redirectUri() {
		return URI.create("http://127.0.0.1:" + socket.getLocalPort() + PATH); //$NON-NLS-1$
	}

	/**
	 * Opens the authorization page and waits for the redirect.
	 *
	 * @param request           gives the browser and how long to wait
	 * @param authorizationPage the network's authorization URL with {@link #redirectUri()}, the state and
	 *                          the PKCE challenge
	 * @param state             the state sent in the page; a redirect with another one is refused
	 * @return the authorization code
	 * @throws ChannelException {@link ChannelException.Kind#REJECTED} when the user refused, did not finish
	 *                          in time, or the redirect is forged; {@link ChannelException.Kind#TRANSIENT}
	 *                          when the browser cannot be opened
	 */
	public String authorize(ConnectRequest request, URI authorizationPage, String state) throws ChannelException {
		try {
			request.browser().open(authorizationPage);
		} catch (IOException e) {
			throw new ChannelException(ChannelException.Kind.TRANSIENT,
					network + ": the browser could not be opened for the authorization"); //$NON-NLS-1$
		}
		Map<String, String> callback;
		try {
			callback = result.get(request.timeout().toMillis(), TimeUnit.MILLISECONDS);
		} catch (TimeoutException e) {
			throw new ChannelException(ChannelException.Kind.REJECTED, network + ": the authorization was not completed within " //$NON-NLS-1$
					+ request.timeout().toSeconds() + " s"); //$NON-NLS-1$
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new ChannelException(ChannelException.Kind.TRANSIENT, network + ": the authorization was interrupted"); //$NON-NLS-1$
		} catch (ExecutionException e) {
			throw new ChannelException(ChannelException.Kind.TRANSIENT, network + ": the loopback listener failed"); //$NON-NLS-1$
		}
		if (!state.equals(callback.get("state"))) { //$NON-NLS-1$
			throw new ChannelException(ChannelException.Kind.REJECTED,
					network + ": the authorization came back with a wrong state and was ignored"); //$NON-NLS-1$
		}
		if (callback.containsKey("error")) { //$NON-NLS-1$
			String description = callback.getOrDefault("error_description", callback.get("error")); //$NON-NLS-1$ //$NON-NLS-2$
			throw new ChannelException(ChannelException.Kind.REJECTED, network + ": the authorization was refused: " + description, //$NON-NLS-1$
					description, null, 0, null);
		}
		String code = callback.get("code"); //$NON-NLS-1$
		if (code == null || code.isBlank()) {
			throw new ChannelException(ChannelException.Kind.REJECTED, network + ": the authorization came back without a code"); //$NON-NLS-1$
		}
		return code;
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

	private static Map<String, String> query(String rawQuery) {
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

	/** Stops listening. */
	@Override
	public void close() {
		result.cancel(false);
		try {
			socket.close();
		} catch (IOException e) {
			// nothing left to release
		}
	}
}
