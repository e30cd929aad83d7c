package io.github.chorus.channel.facebook.internal;

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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
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
 * The Facebook Page connector against a loopback Graph API. The answers are written by hand from the
 * Graph API reference (developers.facebook.com: Page feed, photos, comments, /me/accounts, access
 * tokens, error codes), whose examples are not in the shared test material.
 */
class FacebookPageConnectorTest {

	static final String PAGE_TOKEN = "EAAGm0PX4ZCpsBAPageTokenForChorusTestsOnly0123456789";
	static final String USER_TOKEN = "EAAGm0PX4ZCpsBAUserTokenLongLived0123456789";
	static final String APP_SECRET = "3d6f2c0e5b1a4f8e9c7d2b1a0f9e8d7c";
	static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

	FakeServer server;
	FacebookPageConnector connector;
	MemoryAccountSecrets secrets;
	ChannelAccount account;

	@BeforeEach
	void start() throws Exception {
		server = new FakeServer();
		connector = connector(Duration.ofSeconds(5));
		secrets = new MemoryAccountSecrets();
		secrets.put(FacebookPageConnector.PAGE_TOKEN, PAGE_TOKEN);
		account = new AccountProfile(FacebookPageConnector.CHANNEL_TYPE, "1234567890", "Chorus Coffee", null, null,
				Map.of("pageId", "1234567890")).account();
	}

	FacebookPageConnector connector(Duration timeout) {
		return new FacebookPageConnector(HttpClient.newHttpClient(), timeout, Clock.fixed(NOW, ZoneOffset.UTC),
				server.base() + "/v21.0", server.base() + "/dialog/oauth");
	}

	@AfterEach
	void stop() {
		server.close();
	}

	@Test
	void connectsAPageAndKeepsOnlyItsToken() throws Exception {
		server.on("GET", "/dialog/oauth", r -> {
			Map<String, String> q = form(r.query());
			assertThat(q).containsEntry("client_id", "app-1").containsEntry("code_challenge_method", "S256");
			assertThat(q.get("scope")).contains("pages_manage_posts");
			return new Reply(302, Map.of("Location", q.get("redirect_uri") + "?code=AQD-code&state=" + q.get("state")), new byte[0], Fault.NONE);
		});
		AtomicInteger exchanges = new AtomicInteger();
		server.on("POST", "/v21.0/oauth/access_token", r -> {
			Map<String, String> f = form(r.text());
			assertThat(r.query()).as("no secret in the URL").isNull();
			if (exchanges.incrementAndGet() == 1) {
				assertThat(f).containsEntry("code", "AQD-code").containsEntry("client_secret", APP_SECRET).containsKey("code_verifier");
				return Reply.json(200, "{\"access_token\":\"short-lived\",\"token_type\":\"bearer\",\"expires_in\":5183944}");
			}
			assertThat(f).containsEntry("grant_type", "fb_exchange_token").containsEntry("fb_exchange_token", "short-lived");
			return Reply.json(200, "{\"access_token\":\"" + USER_TOKEN + "\",\"token_type\":\"bearer\",\"expires_in\":5183944}");
		});
		server.on("GET", "/v21.0/me/accounts", r -> {
			assertThat(r.header("Authorization")).isEqualTo("Bearer " + USER_TOKEN);
			return Reply.json(200, "{\"data\":[{\"id\":\"111\",\"name\":\"Other Page\",\"access_token\":\"other\"},"
					+ "{\"id\":\"1234567890\",\"name\":\"Chorus Coffee\",\"access_token\":\"" + PAGE_TOKEN
					+ "\",\"link\":\"https://www.facebook.com/chorus.coffee\"}],\"paging\":{\"cursors\":{\"before\":\"a\",\"after\":\"b\"}}}");
		});
		HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.ALWAYS).build();
		MemoryAccountSecrets fresh = new MemoryAccountSecrets();
		AccountProfile profile = connector.connect(new ConnectRequest(Map.of("appId", "app-1", "appSecret", APP_SECRET, "pageId", "1234567890",
				"redirectPort", "0"), uri -> {
					try {
						browser.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
					} catch (InterruptedException e) {
						throw new IOException(e);
					}
				}, Duration.ofSeconds(10)), fresh);
		assertThat(profile.accountId()).isEqualTo("1234567890");
		assertThat(profile.displayName()).isEqualTo("Chorus Coffee");
		assertThat(profile.tokenExpiry()).as("Page tokens from a long-lived user token do not expire").isNull();
		assertThat(fresh.snapshot()).containsOnlyKeys("pageAccessToken").containsEntry("pageAccessToken", PAGE_TOKEN);
		assertThat(profile.settings()).doesNotContainValue(APP_SECRET).doesNotContainValue(USER_TOKEN);
	}

	@Test
	void publishesWithAnImageAndFirstComments() throws Exception {
		Path image = Files.createTempFile("chorus", ".jpg");
		Files.write(image, new byte[] { (byte) 0xff, (byte) 0xd8, 7, 7 });
		server.on("POST", "/v21.0/1234567890/photos", r -> Reply.json(200, "{\"id\":\"987654321\",\"post_id\":\"1234567890_555\"}"));
		AtomicInteger comments = new AtomicInteger();
		server.on("POST", "/v21.0/*", r -> Reply.json(200, "{\"id\":\"555_" + comments.incrementAndGet() + "\"}"));
		PublishResult result;
		try {
			result = connector.publish(account, secrets, new PublishRequest("k", List.of(
					new PostPart("New roast today", null, List.of(new MediaFile(image, "image/jpeg", "A bag of coffee beans"))),
					PostPart.text("Order link in bio"), PostPart.text("Open 8-18")), PublishRequest.FollowUps.COMMENTS, null, null, Map.of()));
		} finally {
			Files.delete(image);
		}
		assertThat(result.remoteId()).isEqualTo("1234567890_555");
		assertThat(result.url()).isEqualTo(URI.create("https://www.facebook.com/1234567890_555"));
		FakeServer.Request photo = server.requests("POST", "/v21.0/1234567890/photos").get(0);
		assertThat(photo.header("Authorization")).isEqualTo("Bearer " + PAGE_TOKEN);
		assertThat(photo.text()).contains("name=\"message\"").contains("New roast today").contains("name=\"alt_text_custom\"")
				.contains("A bag of coffee beans").contains("name=\"source\"; filename=");
		List<FakeServer.Request> sent = server.requests().stream().filter(r -> r.path().endsWith("/comments")).toList();
		assertThat(sent).extracting(FakeServer.Request::path).containsExactly("/v21.0/1234567890_555/comments", "/v21.0/1234567890_555/comments");
		assertThat(form(sent.get(0).text())).containsEntry("message", "Order link in bio");
		assertThat(server.requests()).allSatisfy(r -> assertThat(r.query() == null ? "" : r.query()).doesNotContain(PAGE_TOKEN));
	}

	@Test
	void severalImagesAreAttachedToOneFeedPost() throws Exception {
		Path a = Files.createTempFile("chorus", ".png");
		Path b = Files.createTempFile("chorus", ".png");
		AtomicInteger photos = new AtomicInteger();
		server.on("POST", "/v21.0/1234567890/photos", r -> {
			assertThat(r.text()).contains("name=\"published\"\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nfalse");
			return Reply.json(200, "{\"id\":\"90" + photos.incrementAndGet() + "\"}");
		});
		server.on("POST", "/v21.0/1234567890/feed", r -> Reply.json(200, "{\"id\":\"1234567890_777\"}"));
		try {
			connector.publish(account, secrets, new PublishRequest("k", List.of(new PostPart("Two views", null,
					List.of(new MediaFile(a, "image/png", "front"), new MediaFile(b, "image/png", "back")))),
					PublishRequest.FollowUps.THREAD, null, null, Map.of()));
		} finally {
			Files.delete(a);
			Files.delete(b);
		}
		Map<String, String> feed = form(server.requests("POST", "/v21.0/1234567890/feed").get(0).text());
		assertThat(feed).containsEntry("message", "Two views").containsEntry("attached_media[0]", "{\"media_fbid\":\"901\"}")
				.containsEntry("attached_media[1]", "{\"media_fbid\":\"902\"}");
	}

	@Test
	void schedulesCancelsAndReschedulesPagePosts() throws Exception {
		Instant at = Instant.parse("2026-12-01T09:00:00Z");
		server.on("POST", "/v21.0/1234567890/feed", r -> Reply.json(200, "{\"id\":\"1234567890_888\"}"));
		server.on("POST", "/v21.0/1234567890_888", r -> Reply.json(200, "{\"success\":true}"));
		server.on("DELETE", "/v21.0/1234567890_888", r -> Reply.json(200, "{\"success\":true}"));
		PublishResult result = connector.publish(account, secrets, new PublishRequest("s", List.of(PostPart.text("Advent sale")),
				PublishRequest.FollowUps.THREAD, null, at, Map.of("link", "https://chorus.example/sale")));
		assertThat(result.scheduled()).isTrue();
		assertThat(result.at()).isEqualTo(at);
		assertThat(result.url()).isNull();
		assertThat(form(server.requests("POST", "/v21.0/1234567890/feed").get(0).text())).containsEntry("published", "false")
				.containsEntry("scheduled_publish_time", Long.toString(at.getEpochSecond())).containsEntry("link", "https://chorus.example/sale");

		Instant later = at.plus(Duration.ofDays(1));
		assertThat(connector.reschedule(account, secrets, "1234567890_888", later).at()).isEqualTo(later);
		assertThat(form(server.requests("POST", "/v21.0/1234567890_888").get(0).text()))
				.containsEntry("scheduled_publish_time", Long.toString(later.getEpochSecond()));
		connector.cancelScheduled(account, secrets, "1234567890_888");
		assertThat(server.requests("DELETE", "/v21.0/1234567890_888")).hasSize(1);

		assertThatThrownBy(() -> connector.publish(account, secrets, new PublishRequest("s2", List.of(PostPart.text("a"), PostPart.text("b")),
				PublishRequest.FollowUps.COMMENTS, null, at, Map.of()))).isInstanceOfSatisfying(ChannelException.class,
						e -> assertThat(e.kind()).isEqualTo(Kind.REJECTED));
	}

	@Test
	void readsCommentsSinceACursorAndMetrics() throws Exception {
		server.on("GET", "/v21.0/1234567890/feed", r -> Reply.json(200, "{\"data\":[{\"id\":\"1234567890_555\",\"comments\":{\"data\":["
				+ "{\"id\":\"555_1\",\"message\":\"Looks great!\",\"created_time\":\"2026-11-26T08:00:00+0000\",\"from\":{\"id\":\"42\",\"name\":\"Ana\"},"
				+ "\"permalink_url\":\"https://www.facebook.com/1234567890/posts/555?comment_id=1\"},"
				+ "{\"id\":\"555_2\",\"message\":\"Thanks Ana\",\"created_time\":\"2026-11-26T08:05:00+0000\",\"from\":{\"id\":\"1234567890\",\"name\":\"Chorus Coffee\"},\"parent\":{\"id\":\"555_1\"}},"
				+ "{\"id\":\"555_3\",\"message\":\"When do you open?\",\"created_time\":\"2026-11-26T09:30:00+0000\",\"from\":{\"id\":\"43\",\"name\":\"Ben\"},\"parent\":{\"id\":\"555_1\"}}]}},"
				+ "{\"id\":\"1234567890_444\"}],\"paging\":{}}"));
		ConversationPage page = connector.fetchConversations(account, secrets, null);
		assertThat(page.nextCursor()).isEqualTo("2026-11-26T09:30:00Z");
		assertThat(page.threads()).hasSize(1);
		assertThat(page.threads().get(0).rootId()).isEqualTo("1234567890_555");
		assertThat(page.threads().get(0).messages()).extracting(ConversationMessage::remoteId, ConversationMessage::kind,
				ConversationMessage::inReplyTo).containsExactly(tuple("555_1", ConversationMessage.Kind.COMMENT, "1234567890_555"),
						tuple("555_3", ConversationMessage.Kind.REPLY, "555_1"));
		assertThat(connector.fetchConversations(account, secrets, "2026-11-26T08:30:00Z").threads().get(0).messages())
				.extracting(ConversationMessage::text).containsExactly("When do you open?");

		server.on("GET", "/v21.0/1234567890", r -> Reply.json(200, "{\"followers_count\":2310,\"fan_count\":2200,\"id\":\"1234567890\"}"));
		server.on("GET", "/v21.0/1234567890_555", r -> Reply.json(200, "{\"shares\":{\"count\":7},\"reactions\":{\"data\":[],"
				+ "\"summary\":{\"total_count\":54,\"viewer_reaction\":\"NONE\"}},\"comments\":{\"data\":[],\"summary\":{\"order\":\"ranked\",\"total_count\":3,\"can_comment\":true}},\"id\":\"1234567890_555\"}"));
		List<MetricObservation> metrics = connector.fetchMetrics(account, secrets, List.of("1234567890_555"));
		assertThat(metrics).extracting(MetricObservation::subject, MetricObservation::metric, MetricObservation::value).containsExactly(
				tuple("account", Metric.FOLLOWERS, 2310L), tuple("1234567890_555", Metric.LIKES, 54L),
				tuple("1234567890_555", Metric.REPLIES, 3L), tuple("1234567890_555", Metric.SHARES, 7L));
	}

	static Stream<Arguments> faults() {
		return Stream.of(
				Arguments.of("timeout", Reply.json(200, "{\"id\":\"1_2\"}").fault(Fault.HANG), Kind.TRANSIENT, null),
				Arguments.of("190 expired token", Reply.json(400, "{\"error\":{\"message\":\"Error validating access token: Session has expired on Tuesday.\","
						+ "\"type\":\"OAuthException\",\"code\":190,\"error_subcode\":463,\"fbtrace_id\":\"A1b2\"}}"), Kind.AUTH_EXPIRED, null),
				Arguments.of("32 page rate limit with usage header", Reply.json(400, "{\"error\":{\"message\":\"(#32) Page request limit reached\","
						+ "\"type\":\"OAuthException\",\"code\":32,\"fbtrace_id\":\"A1b2\"}}").with("X-Business-Use-Case-Usage",
								"{\"1234567890\":[{\"type\":\"pages\",\"call_count\":100,\"total_cputime\":25,\"total_time\":25,\"estimated_time_to_regain_access\":17}]}"),
						Kind.RATE_LIMITED, Duration.ofMinutes(17)),
				Arguments.of("506 duplicate", Reply.json(400, "{\"error\":{\"message\":\"(#506) Duplicate status message\",\"type\":\"OAuthException\",\"code\":506}}"),
						Kind.REJECTED, null),
				Arguments.of("transient error", Reply.json(500, "{\"error\":{\"message\":\"An unexpected error has occurred. Please retry your request later.\","
						+ "\"type\":\"OAuthException\",\"is_transient\":true,\"code\":2}}"), Kind.TRANSIENT, null),
				Arguments.of("503", Reply.json(503, "Service Unavailable"), Kind.TRANSIENT, null),
				Arguments.of("permission missing", Reply.json(403, "{\"error\":{\"message\":\"(#200) The user hasn't authorized the application to perform this action\","
						+ "\"type\":\"OAuthException\",\"code\":200}}"), Kind.AUTH_EXPIRED, null),
				Arguments.of("malformed", Reply.json(200, "{\"id\":"), Kind.TRANSIENT, null),
				Arguments.of("truncated", Reply.json(200, "{\"id\":\"1234567890_555\",\"extra\":\"padding\"}").fault(Fault.TRUNCATE), Kind.TRANSIENT, null));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("faults")
	void faultsAreClassifiedWithoutLeakingTokens(String name, Reply reply, Kind expected, Duration retryAfter) {
		server.on("POST", "/v21.0/1234567890/feed", r -> reply);
		long start = System.nanoTime();
		ChannelException failure = catchThrowableOfType(ChannelException.class,
				() -> connector(Duration.ofMillis(500)).publish(account, secrets, PublishRequest.text("k", "hello")));
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
		assertThat(failure).as(name).isNotNull();
		assertThat(failure.kind()).as(name).isEqualTo(expected);
		if (retryAfter != null) {
			assertThat(failure.retryAfter()).contains(retryAfter);
		}
		StringWriter trace = new StringWriter();
		failure.printStackTrace(new PrintWriter(trace));
		assertThat(trace + failure.networkMessage().orElse("")).doesNotContain(PAGE_TOKEN).doesNotContain("Bearer");
	}
}
