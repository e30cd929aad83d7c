package io.github.chorus.channels.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.github.chorus.channels.connector.ChannelException;
import io.github.chorus.channels.connector.ChannelException.Kind;
import io.github.chorus.channels.connector.ConnectRequest;
import io.github.chorus.channels.connector.HttpExchange;
import io.github.chorus.channels.connector.OAuthLoopback;
import io.github.chorus.channels.connector.PostPart;
import io.github.chorus.channels.connector.PublishRequest;

/**
 * The network-neutral pieces of the connector API: the OAuth loopback redirect, PKCE, the standard
 * failure classification and the request records.
 */
class ConnectorApiTest {

	private static final HttpClient BROWSER = HttpClient.newHttpClient();

	private static int get(URI uri) throws Exception {
		return BROWSER.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	@Test
	void theLoopbackIgnoresOtherPathsAndHandsOverTheCode() throws Exception {
		try (OAuthLoopback loopback = OAuthLoopback.open("Test")) { //$NON-NLS-1$
			URI redirect = loopback.redirectUri();
			assertThat(redirect.getHost()).isEqualTo("127.0.0.1"); //$NON-NLS-1$
			assertThat(redirect.getPath()).isEqualTo("/callback"); //$NON-NLS-1$
			AtomicInteger favicon = new AtomicInteger();
			String code = loopback.authorize(new ConnectRequest(Map.of(), page -> {
				try {
					favicon.set(get(redirect.resolve("/favicon.ico"))); //$NON-NLS-1$
					assertThat(get(URI.create(redirect + "?code=abc%2F1&state=s1"))).isEqualTo(200); //$NON-NLS-1$
				} catch (Exception e) {
					throw new java.io.IOException(e);
				}
			}, Duration.ofSeconds(5)), URI.create("https://example.invalid/authorize"), "s1"); //$NON-NLS-1$ //$NON-NLS-2$
			assertThat(code).isEqualTo("abc/1"); //$NON-NLS-1$
			assertThat(favicon.get()).isEqualTo(404);
		}
	}

	@Test
	void aBrowserThatCannotOpenIsTransient() throws Exception {
		try (OAuthLoopback loopback = OAuthLoopback.open("Test")) { //$NON-NLS-1$
			assertThatThrownBy(() -> loopback.authorize(new ConnectRequest(Map.of(), page -> {
				throw new java.io.IOException("no browser"); //$NON-NLS-1$
			}, Duration.ofSeconds(1)), URI.create("https://example.invalid/a"), "s")) //$NON-NLS-1$ //$NON-NLS-2$
					.isInstanceOfSatisfying(ChannelException.class, e -> assertThat(e.kind()).isEqualTo(Kind.TRANSIENT));
		}
	}

	@Test
	void pkceIsS256OfTheVerifier() throws Exception {
		OAuthLoopback.Pkce pkce = OAuthLoopback.pkce();
		assertThat(pkce.verifier()).matches("[A-Za-z0-9_-]{43,128}"); //$NON-NLS-1$
		assertThat(pkce.challenge()).isEqualTo(Base64.getUrlEncoder().withoutPadding().encodeToString(
				MessageDigest.getInstance("SHA-256").digest(pkce.verifier().getBytes(StandardCharsets.US_ASCII)))); //$NON-NLS-1$
		assertThat(pkce.method()).isEqualTo("S256"); //$NON-NLS-1$
		assertThat(OAuthLoopback.pkce().verifier()).isNotEqualTo(pkce.verifier());
	}

	@Test
	void statusesMapToTheClosedKinds() {
		HttpExchange http = new HttpExchange(HttpClient.newHttpClient(), Duration.ofSeconds(1), "Test", (status, body) -> body); //$NON-NLS-1$
		HttpHeaders none = HttpHeaders.of(Map.of(), (a, b) -> true);
		assertThat(http.failure(401, none, "", "GET /x").kind()).isEqualTo(Kind.AUTH_EXPIRED); //$NON-NLS-1$ //$NON-NLS-2$
		assertThat(http.failure(429, none, "", "GET /x").kind()).isEqualTo(Kind.RATE_LIMITED); //$NON-NLS-1$ //$NON-NLS-2$
		assertThat(http.failure(404, none, "", "GET /x").kind()).isEqualTo(Kind.GONE); //$NON-NLS-1$ //$NON-NLS-2$
		assertThat(http.failure(410, none, "", "GET /x").kind()).isEqualTo(Kind.GONE); //$NON-NLS-1$ //$NON-NLS-2$
		assertThat(http.failure(408, none, "", "GET /x").kind()).isEqualTo(Kind.TRANSIENT); //$NON-NLS-1$ //$NON-NLS-2$
		assertThat(http.failure(502, none, "", "GET /x").kind()).isEqualTo(Kind.TRANSIENT); //$NON-NLS-1$ //$NON-NLS-2$
		assertThat(http.failure(302, none, "", "GET /x").kind()).isEqualTo(Kind.TRANSIENT); //$NON-NLS-1$ //$NON-NLS-2$
		ChannelException rejected = http.failure(422, none, "Text too long", "POST /x"); //$NON-NLS-1$ //$NON-NLS-2$
		assertThat(rejected.kind()).isEqualTo(Kind.REJECTED);
		assertThat(rejected.networkMessage()).contains("Text too long"); //$NON-NLS-1$
		assertThat(rejected.httpStatus()).hasValue(422);
		assertThat(rejected.getMessage()).isEqualTo("Test: POST /x failed with HTTP 422: Text too long"); //$NON-NLS-1$
		HttpHeaders retry = HttpHeaders.of(Map.of("Retry-After", List.of("7")), (a, b) -> true); //$NON-NLS-1$ //$NON-NLS-2$
		assertThat(http.failure(503, retry, "", "GET /x").retryAfter()).contains(Duration.ofSeconds(7)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void requestsAreChecked() {
		assertThatThrownBy(() -> PublishRequest.text(" ", "x")).isInstanceOf(IllegalArgumentException.class); //$NON-NLS-1$ //$NON-NLS-2$
		assertThatThrownBy(() -> new PublishRequest("k", List.of(), PublishRequest.FollowUps.THREAD, null, null, Map.of())) //$NON-NLS-1$
				.isInstanceOf(IllegalArgumentException.class);
		PublishRequest request = new PublishRequest("k", List.of(PostPart.text("a")), PublishRequest.FollowUps.COMMENTS, null, //$NON-NLS-1$ //$NON-NLS-2$
				null, Map.of());
		assertThat(request.scheduled()).isEmpty();
		assertThatThrownBy(() -> new ConnectRequest(Map.of("folder", " "), page -> { //$NON-NLS-1$ //$NON-NLS-2$
		}, Duration.ofSeconds(1)).require("folder")).isInstanceOfSatisfying(ChannelException.class, //$NON-NLS-1$
				e -> assertThat(e.kind()).isEqualTo(Kind.REJECTED));
	}
}
