package io.github.chorus.channel.linkedin.internal;

import io.github.chorus.channels.testing.FakeServer;

import static io.github.chorus.channels.testing.FakeServer.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.chorus.channels.testing.FakeServer.Fault;
import io.github.chorus.channels.testing.FakeServer.Reply;
import io.github.chorus.channels.ChannelAccount;
import io.github.chorus.channels.accounts.MemoryAccountSecrets;
import io.github.chorus.channels.connector.AccountProfile;
import io.github.chorus.channels.connector.ChannelException;
import io.github.chorus.channels.connector.ChannelException.Kind;
import io.github.chorus.channels.connector.ConnectRequest;
import io.github.chorus.channels.connector.ConnectorOperation;
import io.github.chorus.channels.connector.MediaFile;
import io.github.chorus.channels.connector.PostPart;
import io.github.chorus.channels.connector.PublishRequest;
import io.github.chorus.channels.connector.PublishResult;

/**
 * The LinkedIn connector against a loopback server. The answers are written by hand from LinkedIn's
 * API reference (learn.microsoft.com/linkedin: Authorization Code Flow, Sign In with OpenID Connect
 * userinfo, Posts API, Images API, Comments API, the little text format), whose examples are not in
 * the shared test material.
 */
class LinkedInConnectorTest {

	static final String TOKEN = "AQXdSP_W41_UPs5ioT_t8HESyODB4FqbkJ8LrV_5mff4gPODzOYR";
	static final String SECRET = "WPL_AP1.client-secret.abc123";
	static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
	static final ObjectMapper JSON = new ObjectMapper();

	FakeServer server;
	LinkedInConnector connector;
	MemoryAccountSecrets secrets;
	ChannelAccount account;

	@BeforeEach
	void start() throws Exception {
		server = new FakeServer();
		connector = connector(Duration.ofSeconds(5));
		secrets = new MemoryAccountSecrets();
		secrets.put(LinkedInConnector.ACCESS_TOKEN, TOKEN);
		account = new AccountProfile(LinkedInConnector.CHANNEL_TYPE, "urn:li:person:782bbtaQ", "Ana Chorus", null, null,
				Map.of("author", "urn:li:person:782bbtaQ")).account();
	}

	LinkedInConnector connector(Duration timeout) {
		return new LinkedInConnector(HttpClient.newHttpClient(), timeout, Clock.fixed(NOW, ZoneOffset.UTC), server.base(),
				server.base() + "/oauth/v2");
	}

	@AfterEach
	void stop() {
		server.close();
	}

	@Test
	void connectsAMemberWithTheAuthorizationCode() throws Exception {
		server.on("GET", "/oauth/v2/authorization", r -> {
			Map<String, String> q = form(r.query());
			assertThat(q).containsEntry("client_id", "86abc").containsEntry("scope", "openid profile w_member_social");
			return new Reply(302, Map.of("Location", q.get("redirect_uri") + "?code=AQTQmah11lalyH65DAIivsjsAQV5P&state=" + q.get("state")),
					new byte[0], Fault.NONE);
		});
		server.on("POST", "/oauth/v2/accessToken", r -> {
			assertThat(form(r.text())).containsEntry("grant_type", "authorization_code").containsEntry("client_secret", SECRET)
					.containsEntry("code", "AQTQmah11lalyH65DAIivsjsAQV5P");
			return Reply.json(200, "{\"access_token\":\"" + TOKEN + "\",\"expires_in\":5184000,\"scope\":\"openid,profile,w_member_social\","
					+ "\"token_type\":\"Bearer\",\"id_token\":\"eyJ0.eyJ0.c2ln\"}");
		});
		server.on("GET", "/v2/userinfo", r -> {
			assertThat(r.header("Authorization")).isEqualTo("Bearer " + TOKEN);
			return Reply.json(200, "{\"sub\":\"782bbtaQ\",\"name\":\"Ana Chorus\",\"given_name\":\"Ana\",\"family_name\":\"Chorus\","
					+ "\"picture\":\"https://media.licdn.com/dms/image/x\",\"locale\":\"en-US\",\"email_verified\":true}");
		});
		HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.ALWAYS).build();
		MemoryAccountSecrets fresh = new MemoryAccountSecrets();
		AccountProfile profile = connector.connect(new ConnectRequest(Map.of("clientId", "86abc", "clientSecret", SECRET, "redirectPort", "0"),
				uri -> {
					try {
						browser.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
					} catch (InterruptedException e) {
						throw new IOException(e);
					}
				}, Duration.ofSeconds(10)), fresh);
		assertThat(profile.accountId()).isEqualTo("urn:li:person:782bbtaQ");
		assertThat(profile.displayName()).isEqualTo("Ana Chorus");
		assertThat(profile.tokenExpiry()).as("60 days, no refresh token").isEqualTo(NOW.plusSeconds(5184000));
		assertThat(profile.settings()).containsEntry("refreshable", "false").doesNotContainValue(TOKEN);
		assertThat(fresh.snapshot()).containsEntry("accessToken", TOKEN).containsEntry("clientSecret", SECRET).doesNotContainKey("refreshToken");
	}

	@Test
	void publishesWithAnImageAltTextAndAFirstComment() throws Exception {
		Path image = Files.createTempFile("chorus", ".png");
		Files.write(image, new byte[] { (byte) 0x89, 'P', 'N', 'G', 9 });
		server.on("POST", "/rest/images", r -> {
			assertThat(r.query()).isEqualTo("action=initializeUpload");
			assertThat(JSON.readTree(r.text()).path("initializeUploadRequest").path("owner").asText()).isEqualTo("urn:li:person:782bbtaQ");
			return Reply.json(200, "{\"value\":{\"uploadUrlExpiresAt\":1764153600000,\"uploadUrl\":\"" + server.base()
					+ "/dms-uploads/sp/v2/C4E10AQ\",\"image\":\"urn:li:image:C4E10AQFoyyAjHPMQuQ\"}}");
		});
		server.on("PUT", "/dms-uploads/sp/v2/C4E10AQ", r -> new Reply(201, Map.of(), new byte[0], Fault.NONE));
		server.on("POST", "/rest/posts", r -> new Reply(201, Map.of("x-restli-id", "urn:li:share:6844785523593134080"), new byte[0], Fault.NONE));
		server.on("POST", "/rest/socialActions/*", r -> new Reply(201, Map.of("x-restli-id",
				"urn:li:comment:(urn:li:activity:6844785523593134080,6844785523593134099)"), new byte[0], Fault.NONE));
		PublishResult result;
		try {
			result = connector.publish(account, secrets, new PublishRequest("k", List.of(
					new PostPart("Hiring (remote) #Java devs @ Chorus [2027]", null, List.of(new MediaFile(image, "image/png", "Team photo"))),
					PostPart.text("Apply: https://chorus.example/jobs")), PublishRequest.FollowUps.COMMENTS, null, null, Map.of()));
		} finally {
			Files.delete(image);
		}
		assertThat(result.remoteId()).isEqualTo("urn:li:share:6844785523593134080");
		assertThat(result.url()).isEqualTo(URI.create("https://www.linkedin.com/feed/update/urn:li:share:6844785523593134080"));
		assertThat(server.requests("PUT", "/dms-uploads/sp/v2/C4E10AQ").get(0).body()).hasSize(5);
		FakeServer.Request post = server.requests("POST", "/rest/posts").get(0);
		assertThat(post.header("LinkedIn-Version")).isEqualTo(LinkedInConnector.API_VERSION);
		assertThat(post.header("X-Restli-Protocol-Version")).isEqualTo("2.0.0");
		JsonNode body = JSON.readTree(post.text());
		assertThat(body.path("author").asText()).isEqualTo("urn:li:person:782bbtaQ");
		assertThat(body.path("commentary").asText()).isEqualTo("Hiring \\(remote\\) {hashtag|\\#|Java} devs \\@ Chorus \\[2027\\]");
		assertThat(body.path("lifecycleState").asText()).isEqualTo("PUBLISHED");
		assertThat(body.path("distribution").path("feedDistribution").asText()).isEqualTo("MAIN_FEED");
		assertThat(body.path("content").path("media").path("id").asText()).isEqualTo("urn:li:image:C4E10AQFoyyAjHPMQuQ");
		assertThat(body.path("content").path("media").path("altText").asText()).isEqualTo("Team photo");
		FakeServer.Request comment = server.requests().stream().filter(r -> r.path().startsWith("/rest/socialActions/")).findFirst().orElseThrow();
		assertThat(comment.path()).isEqualTo("/rest/socialActions/urn:li:share:6844785523593134080/comments");
		JsonNode commentBody = JSON.readTree(comment.text());
		assertThat(commentBody.path("object").asText()).isEqualTo("urn:li:share:6844785523593134080");
		assertThat(commentBody.path("message").path("text").asText()).isEqualTo("Apply: https://chorus.example/jobs");
		assertThat(connector.operations()).doesNotContain(ConnectorOperation.CONVERSATIONS, ConnectorOperation.METRICS,
				ConnectorOperation.NATIVE_SCHEDULING);
	}

	static Stream<Arguments> faults() {
		return Stream.of(
				Arguments.of("timeout", new Reply(201, Map.of("x-restli-id", "urn:li:share:1"), new byte[0], Fault.HANG), Kind.TRANSIENT),
				Arguments.of("401 expired", Reply.json(401, "{\"status\":401,\"serviceErrorCode\":65601,\"code\":\"EXPIRED_ACCESS_TOKEN\",\"message\":\"The token used in the request has expired\"}"),
						Kind.AUTH_EXPIRED),
				Arguments.of("403 scope", Reply.json(403, "{\"status\":403,\"serviceErrorCode\":100,\"code\":\"ACCESS_DENIED\",\"message\":\"Not enough permissions to access: partnerApiPostsExternal.CREATE.20241101\"}"),
						Kind.AUTH_EXPIRED),
				Arguments.of("422 content", Reply.json(422, "{\"status\":422,\"message\":\"ERROR :: /commentary :: is too long\"}"), Kind.REJECTED),
				Arguments.of("429", Reply.json(429, "{\"status\":429,\"message\":\"Resource level throttle APPLICATION DAY limit for calls to this resource is reached.\"}")
						.with("Retry-After", "3600"), Kind.RATE_LIMITED),
				Arguments.of("500", Reply.json(500, "{\"status\":500,\"message\":\"Internal Server Error\"}"), Kind.TRANSIENT),
				Arguments.of("504", Reply.json(504, "<html>Gateway Timeout</html>"), Kind.TRANSIENT),
				Arguments.of("201 without id", new Reply(201, Map.of(), new byte[0], Fault.NONE), Kind.TRANSIENT),
				Arguments.of("truncated", Reply.json(201, "{\"unexpected\":\"body that is cut\"}").fault(Fault.TRUNCATE), Kind.TRANSIENT));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("faults")
	void faultsAreClassifiedWithoutLeakingTokens(String name, Reply reply, Kind expected) {
		server.on("POST", "/rest/posts", r -> reply);
		long start = System.nanoTime();
		ChannelException failure = catchThrowableOfType(ChannelException.class,
				() -> connector(Duration.ofMillis(500)).publish(account, secrets, PublishRequest.text("k", "hello")));
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
		assertThat(failure).as(name).isNotNull();
		assertThat(failure.kind()).as(name).isEqualTo(expected);
		if (expected == Kind.RATE_LIMITED) {
			assertThat(failure.retryAfter()).contains(Duration.ofHours(1));
		}
		StringWriter trace = new StringWriter();
		failure.printStackTrace(new PrintWriter(trace));
		assertThat(trace + failure.networkMessage().orElse("")).doesNotContain(TOKEN).doesNotContain("Bearer");
	}
}
