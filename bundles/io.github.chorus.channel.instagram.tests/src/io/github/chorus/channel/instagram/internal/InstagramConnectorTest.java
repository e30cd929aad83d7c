package io.github.chorus.channel.instagram.internal;

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
 * The Instagram connector against a loopback Graph API. The answers are written by hand from the
 * Instagram Graph API reference (developers.facebook.com/docs/instagram-platform: content publishing
 * with resumable uploads, comments, replies, IG user and media fields), whose examples are not in the
 * shared test material.
 */
class InstagramConnectorTest {

	static final String PAGE_TOKEN = "EAAGm0PX4ZCpsBAInstagramPageTokenForTests0123456789";
	static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

	FakeServer server;
	InstagramConnector connector;
	MemoryAccountSecrets secrets;
	ChannelAccount account;

	@BeforeEach
	void start() throws Exception {
		server = new FakeServer();
		connector = connector(Duration.ofSeconds(5));
		secrets = new MemoryAccountSecrets();
		secrets.put(InstagramConnector.PAGE_TOKEN, PAGE_TOKEN);
		account = new AccountProfile(InstagramConnector.CHANNEL_TYPE, "17841405822304914", "@chorus.coffee", null, null,
				Map.of("instagramId", "17841405822304914", "username", "chorus.coffee")).account();
	}

	InstagramConnector connector(Duration timeout) {
		return new InstagramConnector(HttpClient.newHttpClient(), timeout, Clock.fixed(NOW, ZoneOffset.UTC), server.base() + "/v21.0",
				server.base() + "/dialog/oauth", Duration.ofMillis(5), 4);
	}

	@AfterEach
	void stop() {
		server.close();
	}

	@Test
	void connectsTheInstagramAccountOfAPage() throws Exception {
		server.on("GET", "/dialog/oauth", r -> {
			Map<String, String> q = form(r.query());
			assertThat(q.get("scope")).contains("instagram_content_publish");
			return new Reply(302, Map.of("Location", q.get("redirect_uri") + "?code=c0de&state=" + q.get("state")), new byte[0], Fault.NONE);
		});
		AtomicInteger exchanges = new AtomicInteger();
		server.on("POST", "/v21.0/oauth/access_token", r -> Reply.json(200, "{\"access_token\":\"user-" + exchanges.incrementAndGet()
				+ "\",\"token_type\":\"bearer\",\"expires_in\":5183944}"));
		server.on("GET", "/v21.0/me/accounts", r -> {
			assertThat(r.header("Authorization")).isEqualTo("Bearer user-2");
			return Reply.json(200, "{\"data\":[{\"id\":\"111\",\"name\":\"No IG\",\"access_token\":\"x\"},{\"id\":\"1234567890\",\"name\":\"Chorus Coffee\","
					+ "\"access_token\":\"" + PAGE_TOKEN + "\",\"instagram_business_account\":{\"id\":\"17841405822304914\",\"username\":\"chorus.coffee\",\"name\":\"Chorus Coffee\"}}]}");
		});
		HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.ALWAYS).build();
		MemoryAccountSecrets fresh = new MemoryAccountSecrets();
		AccountProfile profile = connector.connect(new ConnectRequest(Map.of("appId", "app", "appSecret", "secret", "redirectPort", "0"), uri -> {
			try {
				browser.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
			} catch (InterruptedException e) {
				throw new IOException(e);
			}
		}, Duration.ofSeconds(10)), fresh);
		assertThat(profile.accountId()).isEqualTo("17841405822304914");
		assertThat(profile.displayName()).isEqualTo("@chorus.coffee");
		assertThat(profile.settings()).containsEntry("pageId", "1234567890");
		assertThat(fresh.snapshot()).containsOnlyKeys("pageAccessToken");
	}

	@Test
	void publishesAReelThroughTheResumableUploadAndAFirstComment() throws Exception {
		Path video = Files.createTempFile("chorus", ".mp4");
		Files.write(video, new byte[] { 0, 0, 0, 24, 'f', 't', 'y', 'p', 'm', 'p', '4', '2' });
		AtomicInteger checks = new AtomicInteger();
		server.on("POST", "/v21.0/17841405822304914/media", r -> {
			assertThat(form(r.text())).containsEntry("media_type", "REELS").containsEntry("upload_type", "resumable")
					.containsEntry("caption", "Latte art in 30 s #coffee");
			return Reply.json(200, "{\"id\":\"17889455560051444\",\"uri\":\"" + server.base() + "/ig-api-upload/v21.0/17889455560051444\"}");
		});
		server.on("POST", "/ig-api-upload/v21.0/17889455560051444", r -> {
			assertThat(r.header("Authorization")).isEqualTo("OAuth " + PAGE_TOKEN);
			assertThat(r.header("offset")).isEqualTo("0");
			assertThat(r.header("file_size")).isEqualTo("12");
			assertThat(r.body()).hasSize(12);
			return Reply.json(200, "{\"success\":true,\"message\":\"Upload successful.\"}");
		});
		server.on("GET", "/v21.0/17889455560051444", r -> Reply.json(200, checks.incrementAndGet() < 2
				? "{\"status_code\":\"IN_PROGRESS\",\"status\":\"In Progress\",\"id\":\"17889455560051444\"}"
				: "{\"status_code\":\"FINISHED\",\"id\":\"17889455560051444\"}"));
		server.on("POST", "/v21.0/17841405822304914/media_publish", r -> {
			assertThat(form(r.text())).containsEntry("creation_id", "17889455560051444");
			return Reply.json(200, "{\"id\":\"17920238422030506\"}");
		});
		server.on("GET", "/v21.0/17920238422030506", r -> Reply.json(200, "{\"permalink\":\"https://www.instagram.com/reel/C9abcDEF/\",\"id\":\"17920238422030506\"}"));
		server.on("POST", "/v21.0/17920238422030506/comments", r -> Reply.json(200, "{\"id\":\"17858893269000001\"}"));
		PublishResult result;
		try {
			result = connector.publish(account, secrets, new PublishRequest("k", List.of(
					new PostPart("Latte art in 30 s #coffee", null, List.of(new MediaFile(video, "video/mp4", null))),
					PostPart.text("Recipe: https://chorus.example/latte")), PublishRequest.FollowUps.COMMENTS, null, null, Map.of()));
		} finally {
			Files.delete(video);
		}
		assertThat(result.remoteId()).isEqualTo("17920238422030506");
		assertThat(result.url()).isEqualTo(URI.create("https://www.instagram.com/reel/C9abcDEF/"));
		assertThat(result.parts().get(1).remoteId()).isEqualTo("17858893269000001");
		assertThat(checks.get()).isEqualTo(2);
		assertThat(form(server.requests("POST", "/v21.0/17920238422030506/comments").get(0).text()))
				.containsEntry("message", "Recipe: https://chorus.example/latte");
	}

	@Test
	void imagesAreRejectedWithTheReasonBeforeAnythingIsSent() throws Exception {
		Path image = Files.createTempFile("chorus", ".jpg");
		try {
			assertThatThrownBy(() -> connector.publish(account, secrets, new PublishRequest("k", List.of(new PostPart("Hi", null,
					List.of(new MediaFile(image, "image/jpeg", "alt")))), PublishRequest.FollowUps.THREAD, null, null, Map.of())))
					.isInstanceOfSatisfying(ChannelException.class, e -> {
						assertThat(e.kind()).isEqualTo(Kind.REJECTED);
						assertThat(e.getMessage()).contains("public image address");
					});
		} finally {
			Files.delete(image);
		}
		assertThat(server.requests()).isEmpty();
	}

	@Test
	void aVideoInstagramCannotProcessIsRejected() throws Exception {
		Path video = Files.createTempFile("chorus", ".mp4");
		server.on("POST", "/v21.0/17841405822304914/media", r -> Reply.json(200, "{\"id\":\"1\",\"uri\":\"" + server.base() + "/ig-api-upload/v21.0/1\"}"));
		server.on("POST", "/ig-api-upload/v21.0/1", r -> Reply.json(200, "{\"success\":true}"));
		server.on("GET", "/v21.0/1", r -> Reply.json(200, "{\"status_code\":\"ERROR\",\"status\":\"Error: Media ID is not available (2207026)\"}"));
		try {
			assertThatThrownBy(() -> connector.publish(account, secrets, new PublishRequest("k", List.of(new PostPart("x", null,
					List.of(new MediaFile(video, "video/mp4", null)))), PublishRequest.FollowUps.THREAD, null, null, Map.of())))
					.isInstanceOfSatisfying(ChannelException.class, e -> {
						assertThat(e.kind()).isEqualTo(Kind.REJECTED);
						assertThat(e.networkMessage()).hasValueSatisfying(m -> assertThat(m).contains("2207026"));
					});
		} finally {
			Files.delete(video);
		}
		assertThat(server.requests("POST", "/v21.0/17841405822304914/media_publish")).isEmpty();
	}

	@Test
	void readsCommentsAndRepliesAndMetrics() throws Exception {
		server.on("GET", "/v21.0/17841405822304914/media", r -> Reply.json(200, "{\"data\":[{\"id\":\"17920238422030506\","
				+ "\"permalink\":\"https://www.instagram.com/reel/C9abcDEF/\",\"comments\":{\"data\":[{\"id\":\"c1\",\"text\":\"Wow!\","
				+ "\"timestamp\":\"2026-11-26T08:00:00+0000\",\"username\":\"ana\",\"from\":{\"id\":\"901\",\"username\":\"ana\"},"
				+ "\"replies\":{\"data\":[{\"id\":\"c2\",\"text\":\"Thank you\",\"timestamp\":\"2026-11-26T08:10:00+0000\",\"username\":\"chorus.coffee\"},"
				+ "{\"id\":\"c3\",\"text\":\"Which beans?\",\"timestamp\":\"2026-11-26T09:00:00+0000\",\"username\":\"ben\",\"from\":{\"id\":\"902\",\"username\":\"ben\"}}]}}]}}]}"));
		ConversationPage page = connector.fetchConversations(account, secrets, null);
		assertThat(page.nextCursor()).isEqualTo("2026-11-26T09:00:00Z");
		assertThat(page.threads()).hasSize(1);
		assertThat(page.threads().get(0).messages()).extracting(ConversationMessage::remoteId, ConversationMessage::kind,
				ConversationMessage::inReplyTo).containsExactly(tuple("c1", ConversationMessage.Kind.COMMENT, "17920238422030506"),
						tuple("c3", ConversationMessage.Kind.REPLY, "c1"));
		assertThat(connector.fetchConversations(account, secrets, page.nextCursor()).threads()).isEmpty();

		server.on("GET", "/v21.0/17841405822304914", r -> Reply.json(200, "{\"followers_count\":8800,\"follows_count\":120,\"media_count\":311,\"id\":\"17841405822304914\"}"));
		server.on("GET", "/v21.0/17920238422030506", r -> Reply.json(200, "{\"like_count\":640,\"comments_count\":31,\"id\":\"17920238422030506\"}"));
		List<MetricObservation> metrics = connector.fetchMetrics(account, secrets, List.of("17920238422030506"));
		assertThat(metrics).extracting(MetricObservation::subject, MetricObservation::metric, MetricObservation::value).containsExactly(
				tuple("account", Metric.FOLLOWERS, 8800L), tuple("account", Metric.FOLLOWING, 120L), tuple("account", Metric.POSTS, 311L),
				tuple("17920238422030506", Metric.LIKES, 640L), tuple("17920238422030506", Metric.REPLIES, 31L));
	}

	static Stream<Arguments> faults() {
		return Stream.of(
				Arguments.of("timeout", Reply.json(200, "{\"id\":\"1\"}").fault(Fault.HANG), Kind.TRANSIENT),
				Arguments.of("190 token", Reply.json(400, "{\"error\":{\"message\":\"Error validating access token\",\"type\":\"OAuthException\",\"code\":190}}"), Kind.AUTH_EXPIRED),
				Arguments.of("9 publishing limit", Reply.json(400, "{\"error\":{\"message\":\"Application request limit reached\",\"type\":\"OAuthException\",\"code\":9,\"error_subcode\":2207042}}"),
						Kind.RATE_LIMITED),
				Arguments.of("transient", Reply.json(500, "{\"error\":{\"message\":\"Please retry\",\"code\":2,\"is_transient\":true}}"), Kind.TRANSIENT),
				Arguments.of("malformed", Reply.json(200, "{\"id\""), Kind.TRANSIENT),
				Arguments.of("truncated", Reply.json(200, "{\"id\":\"17920238422030506\"}").fault(Fault.TRUNCATE), Kind.TRANSIENT));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("faults")
	void faultsAreClassifiedWithoutLeakingTokens(String name, Reply reply, Kind expected) {
		server.on("POST", "/v21.0/c1/replies", r -> reply);
		long start = System.nanoTime();
		ChannelException failure = catchThrowableOfType(ChannelException.class, () -> connector(Duration.ofMillis(500)).publish(account,
				secrets, new PublishRequest("k", List.of(PostPart.text("Thanks!")), PublishRequest.FollowUps.THREAD, "c1", null, Map.of())));
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
		assertThat(failure).as(name).isNotNull();
		assertThat(failure.kind()).as(name).isEqualTo(expected);
		StringWriter trace = new StringWriter();
		failure.printStackTrace(new PrintWriter(trace));
		assertThat(trace + failure.networkMessage().orElse("")).doesNotContain(PAGE_TOKEN).doesNotContain("OAuth " + PAGE_TOKEN);
	}
}
