package io.github.chorus.channel.threads.internal;

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
 * The Threads connector against a loopback server. The answers are written by hand from the Threads
 * API reference (developers.facebook.com/docs/threads: get access tokens, long-lived tokens, posts,
 * replies, insights), whose examples are not in the shared test material.
 */
class ThreadsConnectorTest {

	static final String TOKEN = "THQWJYeGxMbGZAPOTlJbG5JTEdrUl9LdjJoRUZA0aXJjaXJ0ZAzh5bk5zcmh2";
	static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

	FakeServer server;
	ThreadsConnector connector;
	MemoryAccountSecrets secrets;
	ChannelAccount account;

	@BeforeEach
	void start() throws Exception {
		server = new FakeServer();
		connector = connector(Duration.ofSeconds(5));
		secrets = new MemoryAccountSecrets();
		secrets.put(ThreadsConnector.ACCESS_TOKEN, TOKEN);
		account = new AccountProfile(ThreadsConnector.CHANNEL_TYPE, "1234", "@chorus", null, null,
				Map.of("userId", "1234", "username", "chorus")).account();
	}

	ThreadsConnector connector(Duration timeout) {
		return new ThreadsConnector(HttpClient.newHttpClient(), timeout, Clock.fixed(NOW, ZoneOffset.UTC), server.base(),
				server.base() + "/oauth/authorize");
	}

	@AfterEach
	void stop() {
		server.close();
	}

	@Test
	void connectsWithALongLivedTokenAndRefreshesIt() throws Exception {
		server.on("GET", "/oauth/authorize", r -> {
			Map<String, String> q = form(r.query());
			assertThat(q.get("scope")).contains("threads_content_publish");
			return new Reply(302, Map.of("Location", q.get("redirect_uri") + "?code=AQBx&state=" + q.get("state")), new byte[0], Fault.NONE);
		});
		server.on("POST", "/oauth/access_token", r -> {
			assertThat(form(r.text())).containsEntry("grant_type", "authorization_code").containsEntry("code", "AQBx")
					.containsEntry("client_secret", "app-secret");
			return Reply.json(200, "{\"access_token\":\"short\",\"user_id\":1234}");
		});
		server.on("GET", "/access_token", r -> {
			assertThat(form(r.query())).containsEntry("grant_type", "th_exchange_token").containsEntry("access_token", "short");
			return Reply.json(200, "{\"access_token\":\"" + TOKEN + "\",\"token_type\":\"bearer\",\"expires_in\":5183944}");
		});
		server.on("GET", "/v1.0/me", r -> {
			assertThat(r.header("Authorization")).startsWith("Bearer ");
			return Reply.json(200, "{\"id\":\"1234\",\"username\":\"chorus\",\"name\":\"Chorus\"}");
		});
		HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.ALWAYS).build();
		MemoryAccountSecrets fresh = new MemoryAccountSecrets();
		AccountProfile profile = connector.connect(new ConnectRequest(Map.of("appId", "app", "appSecret", "app-secret", "redirectPort", "0"),
				uri -> {
					try {
						browser.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
					} catch (InterruptedException e) {
						throw new IOException(e);
					}
				}, Duration.ofSeconds(10)), fresh);
		assertThat(profile.accountId()).isEqualTo("1234");
		assertThat(profile.displayName()).isEqualTo("@chorus");
		assertThat(profile.tokenExpiry()).isEqualTo(NOW.plusSeconds(5183944));
		assertThat(fresh.snapshot()).containsOnlyKeys("accessToken").containsEntry("accessToken", TOKEN);

		server.on("GET", "/refresh_access_token", r -> {
			assertThat(form(r.query())).containsEntry("grant_type", "th_refresh_token").containsEntry("access_token", TOKEN);
			return Reply.json(200, "{\"access_token\":\"renewed\",\"token_type\":\"bearer\",\"expires_in\":5183944}");
		});
		connector.refresh(account, fresh);
		assertThat(fresh.snapshot()).containsEntry("accessToken", "renewed");
		server.on("GET", "/refresh_access_token", r -> Reply.json(400, "{\"error\":{\"message\":\"Session has expired\",\"type\":\"OAuthException\",\"code\":100}}"));
		assertThatThrownBy(() -> connector.refresh(account, fresh)).isInstanceOfSatisfying(ChannelException.class,
				e -> assertThat(e.kind()).isEqualTo(Kind.AUTH_EXPIRED));
	}

	@Test
	void publishesATextThreadThroughContainers() throws Exception {
		AtomicInteger containers = new AtomicInteger();
		server.on("POST", "/v1.0/1234/threads", r -> Reply.json(200, "{\"id\":\"c" + containers.incrementAndGet() + "\"}"));
		server.on("POST", "/v1.0/1234/threads_publish", r -> Reply.json(200, "{\"id\":\"179" + form(r.text()).get("creation_id") + "\"}"));
		server.on("GET", "/v1.0/*", r -> Reply.json(200, "{\"permalink\":\"https://www.threads.net/@chorus/post/" + r.path().substring(6) + "\"}"));
		PublishResult result = connector.publish(account, secrets, new PublishRequest("k",
				List.of(PostPart.text("1/2 Spring menu"), PostPart.text("2/2 Pistachio latte")), PublishRequest.FollowUps.THREAD, null, null, Map.of()));
		assertThat(result.parts()).extracting(p -> p.remoteId()).containsExactly("179c1", "179c2");
		assertThat(result.url()).isEqualTo(URI.create("https://www.threads.net/@chorus/post/179c1"));
		List<Map<String, String>> sent = server.requests("POST", "/v1.0/1234/threads").stream().map(r -> form(r.text())).toList();
		assertThat(sent.get(0)).containsEntry("media_type", "TEXT").containsEntry("text", "1/2 Spring menu").doesNotContainKey("reply_to_id");
		assertThat(sent.get(1)).containsEntry("reply_to_id", "179c1");
		assertThat(server.requests()).allSatisfy(r -> assertThat(r.header("Authorization")).isEqualTo("Bearer " + TOKEN));
	}

	@Test
	void mediaIsRejectedWithTheReason() throws Exception {
		Path image = Files.createTempFile("chorus", ".jpg");
		try {
			assertThatThrownBy(() -> connector.publish(account, secrets, new PublishRequest("k", List.of(new PostPart("x", null,
					List.of(new MediaFile(image, "image/jpeg", "alt")))), PublishRequest.FollowUps.THREAD, null, null, Map.of())))
					.isInstanceOfSatisfying(ChannelException.class, e -> {
						assertThat(e.kind()).isEqualTo(Kind.REJECTED);
						assertThat(e.getMessage()).contains("public address");
					});
		} finally {
			Files.delete(image);
		}
		assertThat(server.requests()).isEmpty();
	}

	@Test
	void readsRepliesAndInsights() throws Exception {
		server.on("GET", "/v1.0/1234/threads", r -> Reply.json(200, "{\"data\":[{\"id\":\"179c1\",\"timestamp\":\"2026-11-25T08:00:00+0000\"}]}"));
		server.on("GET", "/v1.0/179c1/replies", r -> Reply.json(200, "{\"data\":["
				+ "{\"id\":\"r1\",\"text\":\"Yum\",\"username\":\"ana\",\"timestamp\":\"2026-11-26T08:00:00+0000\",\"replied_to\":{\"id\":\"179c1\"},\"is_reply_owned_by_me\":false},"
				+ "{\"id\":\"r2\",\"text\":\"Thanks!\",\"username\":\"chorus\",\"timestamp\":\"2026-11-26T08:30:00+0000\",\"replied_to\":{\"id\":\"r1\"},\"is_reply_owned_by_me\":true}]}"));
		ConversationPage page = connector.fetchConversations(account, secrets, null);
		assertThat(page.threads()).singleElement().satisfies(t -> {
			assertThat(t.rootId()).isEqualTo("179c1");
			assertThat(t.messages()).extracting(ConversationMessage::remoteId, ConversationMessage::text).containsExactly(tuple("r1", "Yum"));
		});
		assertThat(page.nextCursor()).isEqualTo("2026-11-26T08:30:00Z");
		assertThat(connector.fetchConversations(account, secrets, page.nextCursor()).threads()).isEmpty();

		server.on("GET", "/v1.0/1234/threads_insights", r -> Reply.json(200,
				"{\"data\":[{\"name\":\"followers_count\",\"period\":\"day\",\"title\":\"followers_count\",\"total_value\":{\"value\":4210},\"id\":\"1234/insights/followers_count/day\"}]}"));
		server.on("GET", "/v1.0/179c1/insights", r -> Reply.json(200, "{\"data\":["
				+ "{\"name\":\"views\",\"period\":\"lifetime\",\"values\":[{\"value\":5200}]},{\"name\":\"likes\",\"period\":\"lifetime\",\"values\":[{\"value\":88}]},"
				+ "{\"name\":\"replies\",\"period\":\"lifetime\",\"values\":[{\"value\":6}]},{\"name\":\"reposts\",\"period\":\"lifetime\",\"values\":[{\"value\":4}]},"
				+ "{\"name\":\"quotes\",\"period\":\"lifetime\",\"values\":[{\"value\":1}]}]}"));
		List<MetricObservation> metrics = connector.fetchMetrics(account, secrets, List.of("179c1"));
		assertThat(metrics).extracting(MetricObservation::subject, MetricObservation::metric, MetricObservation::value).containsExactly(
				tuple("account", Metric.FOLLOWERS, 4210L), tuple("179c1", Metric.IMPRESSIONS, 5200L), tuple("179c1", Metric.LIKES, 88L),
				tuple("179c1", Metric.REPLIES, 6L), tuple("179c1", Metric.SHARES, 4L), tuple("179c1", Metric.QUOTES, 1L));
	}

	static Stream<Arguments> faults() {
		return Stream.of(
				Arguments.of("timeout", Reply.json(200, "{\"id\":\"c1\"}").fault(Fault.HANG), Kind.TRANSIENT),
				Arguments.of("190", Reply.json(400, "{\"error\":{\"message\":\"Error validating access token\",\"type\":\"OAuthException\",\"code\":190}}"), Kind.AUTH_EXPIRED),
				Arguments.of("publishing limit", Reply.json(400, "{\"error\":{\"message\":\"Application request limit reached\",\"code\":9}}"), Kind.RATE_LIMITED),
				Arguments.of("429", Reply.json(429, "{}").with("Retry-After", "60"), Kind.RATE_LIMITED),
				Arguments.of("text too long", Reply.json(400, "{\"error\":{\"message\":\"Invalid parameter\",\"error_user_msg\":\"The post is too long\",\"code\":100}}"), Kind.REJECTED),
				Arguments.of("503", Reply.json(503, "unavailable"), Kind.TRANSIENT),
				Arguments.of("malformed", Reply.json(200, "{\"id\":"), Kind.TRANSIENT),
				Arguments.of("truncated", Reply.json(200, "{\"id\":\"c1\",\"padding\":\"xxxxxxxx\"}").fault(Fault.TRUNCATE), Kind.TRANSIENT));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("faults")
	void faultsAreClassifiedWithoutLeakingTokens(String name, Reply reply, Kind expected) {
		server.on("POST", "/v1.0/1234/threads", r -> reply);
		long start = System.nanoTime();
		ChannelException failure = catchThrowableOfType(ChannelException.class,
				() -> connector(Duration.ofMillis(500)).publish(account, secrets, PublishRequest.text("k", "hello")));
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
		assertThat(failure).as(name).isNotNull();
		assertThat(failure.kind()).as(name).isEqualTo(expected);
		StringWriter trace = new StringWriter();
		failure.printStackTrace(new PrintWriter(trace));
		assertThat(trace + failure.networkMessage().orElse("")).doesNotContain(TOKEN).doesNotContain("Bearer");
	}
}
