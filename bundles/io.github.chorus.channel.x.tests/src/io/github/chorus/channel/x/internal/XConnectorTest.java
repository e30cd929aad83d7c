package io.github.chorus.channel.x.internal;

import io.github.chorus.channels.testing.FakeServer;

import static io.github.chorus.channels.testing.FakeServer.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
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
import io.github.chorus.channels.connector.ConversationMessage;
import io.github.chorus.channels.connector.ConversationPage;
import io.github.chorus.channels.connector.MediaFile;
import io.github.chorus.channels.connector.MetricObservation;
import io.github.chorus.channels.connector.MetricObservation.Metric;
import io.github.chorus.channels.connector.PostPart;
import io.github.chorus.channels.connector.PublishRequest;
import io.github.chorus.channels.connector.PublishResult;

/**
 * The X connector against a loopback server. The answers are written by hand from the X API v2
 * reference (docs.x.com: POST /2/oauth2/token, GET /2/users/me, POST /2/tweets, POST /2/media/upload,
 * POST /2/media/metadata, GET /2/users/:id/mentions, GET /2/tweets), whose examples are not in the
 * shared test material.
 */
class XConnectorTest {

	static final String TOKEN = "bWUtYWNjZXNzLXRva2VuLWZvci1jaG9ydXM6MTc2NDE1MDAwMDAwMDoxOmF0OjE";
	static final String REFRESH = "cmVmcmVzaC10b2tlbi1mb3ItY2hvcnVzOjE3NjQxNTAwMDAwMDA6MTpydDox";
	static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
	static final ObjectMapper JSON = new ObjectMapper();
	static final String ME = "{\"data\":{\"id\":\"2244994945\",\"name\":\"Chorus\",\"username\":\"chorusapp\","
			+ "\"public_metrics\":{\"followers_count\":5120,\"following_count\":310,\"tweet_count\":1420,\"listed_count\":12,\"like_count\":800}}}";

	FakeServer server;
	XConnector connector;
	MemoryAccountSecrets secrets;
	ChannelAccount account;

	@BeforeEach
	void start() throws Exception {
		server = new FakeServer();
		connector = connector(Duration.ofSeconds(5));
		secrets = new MemoryAccountSecrets();
		secrets.put(XConnector.ACCESS_TOKEN, TOKEN);
		secrets.put(XConnector.REFRESH_TOKEN, REFRESH);
		secrets.put(XConnector.CLIENT_ID, "client-123");
		account = new AccountProfile(XConnector.CHANNEL_TYPE, "2244994945", "@chorusapp", null, null,
				Map.of("userId", "2244994945", "username", "chorusapp")).account();
	}

	XConnector connector(Duration timeout) {
		return new XConnector(HttpClient.newHttpClient(), timeout, Clock.fixed(NOW, ZoneOffset.UTC), server.base(),
				server.base() + "/i/oauth2/authorize");
	}

	@AfterEach
	void stop() {
		server.close();
	}

	@Test
	void connectsWithPkceAndStoresRotatingTokens() throws Exception {
		Map<String, String> challenge = new HashMap<>();
		server.on("GET", "/i/oauth2/authorize", r -> {
			Map<String, String> q = form(r.query());
			assertThat(q).containsEntry("client_id", "client-123").containsEntry("scope", XConnector.SCOPES)
					.containsEntry("code_challenge_method", "S256").containsEntry("response_type", "code");
			challenge.put("c", q.get("code_challenge"));
			return new Reply(302, Map.of("Location", q.get("redirect_uri") + "?state=" + q.get("state") + "&code=VGNibzFWSWREZm"),
					new byte[0], Fault.NONE);
		});
		server.on("POST", "/2/oauth2/token", r -> {
			Map<String, String> f = form(r.text());
			assertThat(f).containsEntry("grant_type", "authorization_code").containsEntry("code", "VGNibzFWSWREZm")
					.containsEntry("client_id", "client-123");
			assertThat(Base64.getUrlEncoder().withoutPadding().encodeToString(MessageDigest.getInstance("SHA-256")
					.digest(f.get("code_verifier").getBytes(StandardCharsets.US_ASCII)))).isEqualTo(challenge.get("c"));
			assertThat(r.header("Authorization")).as("a public client sends no secret").isNull();
			return Reply.json(200, "{\"token_type\":\"bearer\",\"expires_in\":7200,\"access_token\":\"" + TOKEN
					+ "\",\"scope\":\"" + XConnector.SCOPES + "\",\"refresh_token\":\"" + REFRESH + "\"}");
		});
		server.on("GET", "/2/users/me", r -> {
			assertThat(r.header("Authorization")).isEqualTo("Bearer " + TOKEN);
			return Reply.json(200, ME);
		});
		HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.ALWAYS).build();
		MemoryAccountSecrets fresh = new MemoryAccountSecrets();
		AccountProfile profile = connector.connect(new ConnectRequest(Map.of("clientId", "client-123", "redirectPort", "0"), uri -> {
			try {
				assertThat(browser.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()).statusCode())
						.isEqualTo(200);
			} catch (InterruptedException e) {
				throw new IOException(e);
			}
		}, Duration.ofSeconds(10)), fresh);
		assertThat(profile.accountId()).isEqualTo("2244994945");
		assertThat(profile.displayName()).isEqualTo("@chorusapp");
		assertThat(profile.tokenExpiry()).isEqualTo(NOW.plusSeconds(7200));
		assertThat(profile.settings()).containsEntry("refreshable", "true").containsEntry("username", "chorusapp");
		assertThat(fresh.snapshot()).containsEntry("accessToken", TOKEN).containsEntry("refreshToken", REFRESH)
				.containsEntry("clientId", "client-123").doesNotContainKey("clientSecret");
	}

	@Test
	void refreshRotatesTheRefreshTokenAndAConfidentialClientAuthenticates() throws Exception {
		secrets.put(XConnector.CLIENT_SECRET, "s3cr3t");
		server.on("POST", "/2/oauth2/token", r -> {
			assertThat(form(r.text())).containsEntry("grant_type", "refresh_token").containsEntry("refresh_token", REFRESH);
			assertThat(r.header("Authorization")).isEqualTo("Basic " + Base64.getEncoder()
					.encodeToString("client-123:s3cr3t".getBytes(StandardCharsets.UTF_8)));
			return Reply.json(200, "{\"token_type\":\"bearer\",\"expires_in\":7200,\"access_token\":\"new-access\",\"refresh_token\":\"new-refresh\"}");
		});
		server.on("GET", "/2/users/me", r -> Reply.json(200, ME));
		connector.refresh(account, secrets);
		assertThat(secrets.snapshot()).containsEntry("accessToken", "new-access").containsEntry("refreshToken", "new-refresh");

		server.on("POST", "/2/oauth2/token", r -> Reply.json(400, "{\"error\":\"invalid_request\",\"error_description\":\"Value passed for the token was invalid.\"}"));
		assertThatThrownBy(() -> connector.refresh(account, secrets)).isInstanceOfSatisfying(ChannelException.class,
				e -> assertThat(e.kind()).isEqualTo(Kind.AUTH_EXPIRED));
		assertThat(secrets.snapshot()).containsEntry("refreshToken", "new-refresh");
	}

	@Test
	void publishesAThreadWithAnImageAndAltText() throws Exception {
		Path image = Files.createTempFile("chorus", ".jpg");
		byte[] jpeg = { (byte) 0xff, (byte) 0xd8, (byte) 0xff, 1, 2 };
		Files.write(image, jpeg);
		AtomicInteger next = new AtomicInteger();
		server.on("POST", "/2/media/upload", r -> Reply.json(200, "{\"data\":{\"id\":\"1880028106020515840\",\"media_key\":\"3_1880028106020515840\","
				+ "\"size\":5,\"expires_after_secs\":86400,\"image\":{\"image_type\":\"image/jpeg\",\"w\":1,\"h\":1}}}"));
		server.on("POST", "/2/media/metadata", r -> Reply.json(200, "{\"data\":{\"associated_metadata\":true}}"));
		server.on("POST", "/2/tweets", r -> Reply.json(201, "{\"data\":{\"id\":\"14458805484723281" + next.incrementAndGet()
				+ "\",\"text\":\"x\",\"edit_history_tweet_ids\":[\"1\"]}}"));
		PublishResult result;
		try {
			result = connector.publish(account, secrets, new PublishRequest("k", List.of(
					new PostPart("1/2 launch day", null, List.of(new MediaFile(image, "image/jpeg", "Our team on stage"))),
					PostPart.text("2/2 thanks")), PublishRequest.FollowUps.THREAD, null, null, Map.of()));
		} finally {
			Files.delete(image);
		}
		assertThat(result.remoteId()).isEqualTo("144588054847232811");
		assertThat(result.url()).isEqualTo(URI.create("https://x.com/chorusapp/status/144588054847232811"));
		FakeServer.Request upload = server.requests("POST", "/2/media/upload").get(0);
		assertThat(upload.part("media_category")).isEqualTo("tweet_image");
		assertThat(upload.part("media_type")).isEqualTo("image/jpeg");
		assertThat(upload.parts().get("media")).isEqualTo(jpeg);
		JsonNode metadata = JSON.readTree(server.requests("POST", "/2/media/metadata").get(0).text());
		assertThat(metadata.path("id").asText()).isEqualTo("1880028106020515840");
		assertThat(metadata.path("metadata").path("alt_text").path("text").asText()).isEqualTo("Our team on stage");
		List<JsonNode> tweets = server.requests("POST", "/2/tweets").stream().map(r -> read(r.text())).toList();
		assertThat(tweets.get(0).path("media").path("media_ids").get(0).asText()).isEqualTo("1880028106020515840");
		assertThat(tweets.get(0).has("reply")).isFalse();
		assertThat(tweets.get(1).path("reply").path("in_reply_to_tweet_id").asText()).isEqualTo("144588054847232811");
		assertThat(server.requests("POST", "/2/tweets")).allSatisfy(r -> assertThat(r.header("Authorization")).isEqualTo("Bearer " + TOKEN));
	}

	@Test
	void readsMentionsSinceAnIdAndMetrics() throws Exception {
		server.on("GET", "/2/users/2244994945/mentions", r -> Reply.json(200, "{\"data\":[{\"id\":\"1375152598945312768\","
				+ "\"text\":\"@chorusapp love it\",\"author_id\":\"783214\",\"conversation_id\":\"1375152449594523649\",\"created_at\":\"2026-11-26T09:00:00.000Z\","
				+ "\"referenced_tweets\":[{\"type\":\"replied_to\",\"id\":\"1375152449594523649\"}]}],"
				+ "\"includes\":{\"users\":[{\"id\":\"783214\",\"name\":\"X\",\"username\":\"XDevelopers\"}]},"
				+ "\"meta\":{\"result_count\":1,\"newest_id\":\"1375152598945312768\",\"oldest_id\":\"1375152598945312768\"}}"));
		ConversationPage page = connector.fetchConversations(account, secrets, "1375152449594523649");
		assertThat(server.requests("GET", "/2/users/2244994945/mentions").get(0).query()).contains("since_id=1375152449594523649");
		assertThat(page.nextCursor()).isEqualTo("1375152598945312768");
		ConversationMessage message = page.threads().get(0).messages().get(0);
		assertThat(page.threads().get(0).rootId()).isEqualTo("1375152449594523649");
		assertThat(message.kind()).isEqualTo(ConversationMessage.Kind.REPLY);
		assertThat(message.author().handle()).isEqualTo("XDevelopers");
		assertThat(message.createdAt()).isEqualTo(Instant.parse("2026-11-26T09:00:00Z"));

		server.on("GET", "/2/users/me", r -> Reply.json(200, ME));
		server.on("GET", "/2/tweets", r -> Reply.json(200, "{\"data\":[{\"id\":\"1445880548472328192\",\"text\":\"x\","
				+ "\"public_metrics\":{\"retweet_count\":4,\"reply_count\":2,\"like_count\":40,\"quote_count\":1,\"bookmark_count\":3,\"impression_count\":9100}}]}"));
		List<MetricObservation> metrics = connector.fetchMetrics(account, secrets, List.of("1445880548472328192"));
		assertThat(metrics).extracting(MetricObservation::subject, MetricObservation::metric, MetricObservation::value).containsExactly(
				tuple("account", Metric.FOLLOWERS, 5120L), tuple("account", Metric.FOLLOWING, 310L), tuple("account", Metric.POSTS, 1420L),
				tuple("1445880548472328192", Metric.LIKES, 40L), tuple("1445880548472328192", Metric.SHARES, 4L),
				tuple("1445880548472328192", Metric.REPLIES, 2L), tuple("1445880548472328192", Metric.QUOTES, 1L),
				tuple("1445880548472328192", Metric.IMPRESSIONS, 9100L));
	}

	static Stream<Arguments> faults() {
		return Stream.of(
				Arguments.of("timeout", Reply.json(201, "{\"data\":{\"id\":\"1\"}}").fault(Fault.HANG), Kind.TRANSIENT),
				Arguments.of("429 with x-rate-limit-reset", Reply.json(429, "{\"title\":\"Too Many Requests\",\"detail\":\"Too Many Requests\",\"type\":\"about:blank\",\"status\":429}")
						.with("x-rate-limit-reset", Long.toString(Instant.now().plusSeconds(600).getEpochSecond())), Kind.RATE_LIMITED),
				Arguments.of("500", Reply.json(500, "{\"title\":\"Internal Server Error\"}"), Kind.TRANSIENT),
				Arguments.of("503", Reply.json(503, "{\"title\":\"Service Unavailable\"}"), Kind.TRANSIENT),
				Arguments.of("401", Reply.json(401, "{\"title\":\"Unauthorized\",\"type\":\"about:blank\",\"status\":401,\"detail\":\"Unauthorized\"}"), Kind.AUTH_EXPIRED),
				Arguments.of("403 duplicate", Reply.json(403, "{\"detail\":\"You are not allowed to create a Tweet with duplicate content.\",\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403}"),
						Kind.REJECTED),
				Arguments.of("403 free tier", Reply.json(403, "{\"title\":\"Client Forbidden\",\"detail\":\"When authenticating requests to the Twitter API v2 endpoints, you must use keys and tokens from a Twitter developer App that is attached to a Project.\",\"reason\":\"client-not-enrolled\",\"type\":\"https://api.twitter.com/2/problems/client-forbidden\"}"),
						Kind.GONE),
				Arguments.of("malformed JSON", Reply.json(201, "{\"data\":{"), Kind.TRANSIENT),
				Arguments.of("truncated", Reply.json(201, "{\"data\":{\"id\":\"1445880548472328192\",\"text\":\"hello\"}}").fault(Fault.TRUNCATE), Kind.TRANSIENT));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("faults")
	void faultsAreClassifiedWithoutLeakingTokens(String name, Reply reply, Kind expected) {
		server.on("POST", "/2/tweets", r -> reply);
		long start = System.nanoTime();
		ChannelException failure = catchThrowableOfType(ChannelException.class,
				() -> connector(Duration.ofMillis(500)).publish(account, secrets, PublishRequest.text("k", "hello")));
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
		assertThat(failure).as(name).isNotNull();
		assertThat(failure.kind()).as(name).isEqualTo(expected);
		if (expected == Kind.RATE_LIMITED) {
			assertThat(failure.retryAfter()).hasValueSatisfying(d -> assertThat(d).isBetween(Duration.ofSeconds(590), Duration.ofSeconds(600)));
		}
		if (name.equals("403 duplicate")) {
			assertThat(failure.networkMessage()).hasValueSatisfying(m -> assertThat(m).contains("duplicate content"));
		}
		StringWriter trace = new StringWriter();
		failure.printStackTrace(new PrintWriter(trace));
		assertThat(trace.toString()).doesNotContain(TOKEN).doesNotContain(REFRESH).doesNotContain("Bearer");
	}

	private static JsonNode read(String text) {
		try {
			return JSON.readTree(text);
		} catch (IOException e) {
			throw new AssertionError(e);
		}
	}
}
