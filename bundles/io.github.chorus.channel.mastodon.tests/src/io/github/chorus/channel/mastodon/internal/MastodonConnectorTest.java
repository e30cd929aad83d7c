package io.github.chorus.channel.mastodon.internal;

import io.github.chorus.channels.testing.FakeServer;

import static io.github.chorus.channels.testing.FakeServer.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.chorus.channels.testing.FakeServer.Reply;
import io.github.chorus.channels.ChannelAccount;
import io.github.chorus.channels.ChannelCapabilities;
import io.github.chorus.channels.CountingMethod;
import io.github.chorus.channels.MediaRules;
import io.github.chorus.channels.TextMediaRequirement;
import io.github.chorus.channels.TextRules;
import io.github.chorus.channels.accounts.MemoryAccountSecrets;
import io.github.chorus.channels.connector.AccountProfile;
import io.github.chorus.channels.connector.ChannelException;
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
 * The Mastodon connector against a loopback server answering with the documentation's JSON.
 */
class MastodonConnectorTest {

	static final String TOKEN = "ZA-Yj3aBD8U8Cm7lKUp-lm9O9BmDgdhHzDeqsY8tlL0";
	static final String CLIENT_SECRET = "ZEaFUFmF0umgBX1qKJDjaU99Q31lDkOU8NutzTOoliw";
	static final ObjectMapper JSON = new ObjectMapper();
	static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

	FakeServer server;
	MastodonConnector connector;
	MemoryAccountSecrets secrets;
	ChannelAccount account;

	@BeforeEach
	void start() throws IOException {
		server = new FakeServer("{\"error\":\"Record not found\"}");
		connector = connector(Duration.ofSeconds(5));
		secrets = new MemoryAccountSecrets();
		secrets.put(MastodonConnector.ACCESS_TOKEN, TOKEN);
		secrets.put(MastodonConnector.CLIENT_ID, "client-id");
		secrets.put(MastodonConnector.CLIENT_SECRET, CLIENT_SECRET);
		account = new AccountProfile(MastodonConnector.CHANNEL_TYPE, "@noiob@127.0.0.1", "ikea shark fan account",
				server.base(), null, Map.of()).account();
	}

	MastodonConnector connector(Duration timeout) {
		return new MastodonConnector(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build(), timeout,
				Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofMillis(5), 5);
	}

	@AfterEach
	void stop() {
		server.close();
	}

	static String data(String name) throws IOException {
		try (InputStream in = MastodonConnectorTest.class.getResourceAsStream("/data/" + name)) {
			assertThat(in).as(name).isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	/** The authorization endpoint the browser would show: answers at once with the redirect. */
	static Reply authorize(FakeServer.Request request, String code) {
		Map<String, String> query = form(request.query());
		return new Reply(302, Map.of("Location", query.get("redirect_uri") + "?code=" + code + "&state=" + query.get("state")),
				new byte[0], FakeServer.Fault.NONE);
	}

	/** A browser for tests: follows the authorization page's redirect back to the loopback listener. */
	static ConnectRequest.IAuthorizationBrowser browser() {
		HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.ALWAYS).build();
		return uri -> {
			try {
				HttpResponse<String> page = browser.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
				assertThat(page.statusCode()).isEqualTo(200);
				assertThat(page.body()).contains("You can close this window");
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IOException(e);
			}
		};
	}

	static String s256(String verifier) throws Exception {
		return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
				java.security.MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
	}

	static void serveOAuth(FakeServer server) {
		server.on("POST", "/api/v1/apps", r -> {
			Map<String, String> form = form(r.text());
			assertThat(form).containsEntry("client_name", "Chorus").containsEntry("scopes", "read write");
			assertThat(form.get("redirect_uris")).matches("http://127\\.0\\.0\\.1:\\d+/callback");
			return Reply.json(200, "{\"id\":\"563419\",\"name\":\"Chorus\",\"website\":null,\"scopes\":[\"read\",\"write\"],"
					+ "\"redirect_uris\":[\"" + form.get("redirect_uris") + "\"],\"client_id\":\"TWhM-tNSuncnqN7DBJmoyeLnk6K3iJJ71KKXxgL1hPM\","
					+ "\"client_secret\":\"" + CLIENT_SECRET + "\"}");
		});
		Map<String, String> challenge = new HashMap<>();
		server.on("GET", "/oauth/authorize", r -> {
			Map<String, String> query = form(r.query());
			assertThat(query).containsEntry("response_type", "code").containsEntry("code_challenge_method", "S256")
					.containsEntry("client_id", "TWhM-tNSuncnqN7DBJmoyeLnk6K3iJJ71KKXxgL1hPM").containsEntry("scope", "read write");
			assertThat(query.get("code_challenge")).matches("[A-Za-z0-9_-]{43}");
			challenge.put("value", query.get("code_challenge"));
			return authorize(r, "the-code");
		});
		server.on("POST", "/oauth/token", r -> {
			Map<String, String> form = form(r.text());
			assertThat(form).containsEntry("grant_type", "authorization_code").containsEntry("code", "the-code")
					.containsEntry("client_secret", CLIENT_SECRET);
			assertThat(s256(form.get("code_verifier"))).as("PKCE S256").isEqualTo(challenge.get("value"));
			return Reply.json(200, "{\"access_token\":\"" + TOKEN
					+ "\",\"token_type\":\"Bearer\",\"scope\":\"read write\",\"created_at\":1573979017}");
		});
		server.on("GET", "/api/v1/accounts/verify_credentials", r -> {
			assertThat(r.header("Authorization")).isEqualTo("Bearer " + TOKEN);
			return Reply.json(200, data("Account.1.json"));
		});
	}

	@Test
	void connectsWithAppRegistrationAndPkce() throws Exception {
		serveOAuth(server);
		MemoryAccountSecrets fresh = new MemoryAccountSecrets();
		AccountProfile profile = connector.connect(
				new ConnectRequest(Map.of("instance", server.base() + "/"), browser(), Duration.ofSeconds(10)), fresh);

		assertThat(profile.channelTypeId()).isEqualTo("io.github.chorus.channel.mastodon");
		assertThat(profile.accountId()).isEqualTo("@noiob@127.0.0.1");
		assertThat(profile.displayName()).isEqualTo("ikea shark fan account");
		assertThat(profile.baseUrl()).isEqualTo(server.base());
		assertThat(profile.tokenExpiry()).as("Mastodon tokens do not expire unless the server says so").isNull();
		assertThat(profile.settings()).containsEntry("remoteId", "23634").containsEntry("profileUrl", "https://awoo.space/@noiob")
				.doesNotContainValue(TOKEN);
		assertThat(fresh.snapshot()).containsEntry("accessToken", TOKEN).containsEntry("clientSecret", CLIENT_SECRET)
				.doesNotContainKey("refreshToken");
		assertThat(profile.toString()).doesNotContain(TOKEN).doesNotContain(CLIENT_SECRET);
	}

	@Test
	void aRefusedAuthorizationIsRejected() {
		serveOAuth(server);
		server.on("GET", "/oauth/authorize", r -> {
			Map<String, String> query = form(r.query());
			return new Reply(302, Map.of("Location", query.get("redirect_uri") + "?error=access_denied&error_description=The+resource+owner+denied+the+request&state="
					+ query.get("state")), new byte[0], FakeServer.Fault.NONE);
		});
		assertThatThrownBy(() -> connector.connect(new ConnectRequest(Map.of("instance", server.base()), browser(), Duration.ofSeconds(10)),
				new MemoryAccountSecrets())).isInstanceOfSatisfying(ChannelException.class, e -> {
					assertThat(e.kind()).isEqualTo(ChannelException.Kind.REJECTED);
					assertThat(e.networkMessage()).contains("The resource owner denied the request");
				});
		assertThat(server.requests("POST", "/oauth/token")).isEmpty();
	}

	@Test
	void aForgedRedirectWithAnotherStateIsIgnored() {
		serveOAuth(server);
		server.on("GET", "/oauth/authorize", r -> {
			Map<String, String> query = form(r.query());
			return new Reply(302, Map.of("Location", query.get("redirect_uri") + "?code=stolen&state=forged"), new byte[0],
					FakeServer.Fault.NONE);
		});
		assertThatThrownBy(() -> connector.connect(new ConnectRequest(Map.of("instance", server.base()), browser(), Duration.ofSeconds(10)),
				new MemoryAccountSecrets())).isInstanceOfSatisfying(ChannelException.class,
						e -> assertThat(e.kind()).isEqualTo(ChannelException.Kind.REJECTED));
		assertThat(server.requests("POST", "/oauth/token")).isEmpty();
	}

	@Test
	void anAbandonedAuthorizationTimesOut() {
		serveOAuth(server);
		long start = System.nanoTime();
		assertThatThrownBy(() -> connector.connect(new ConnectRequest(Map.of("instance", server.base()), uri -> {
			// the user closes the browser tab
		}, Duration.ofMillis(300)), new MemoryAccountSecrets())).isInstanceOfSatisfying(ChannelException.class,
				e -> assertThat(e.kind()).isEqualTo(ChannelException.Kind.REJECTED));
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
	}

	@Test
	void refreshKeepsTheRefreshTokenWhenTheAnswerHasNone() throws Exception {
		secrets.put(MastodonConnector.REFRESH_TOKEN, "good-refresh-token");
		server.on("POST", "/oauth/token", r -> {
			assertThat(form(r.text())).containsEntry("grant_type", "refresh_token").containsEntry("refresh_token", "good-refresh-token");
			return Reply.json(200, "{\"access_token\":\"new-access\",\"token_type\":\"Bearer\",\"refresh_token\":\"\",\"expires_in\":7200}");
		});
		server.on("GET", "/api/v1/accounts/verify_credentials", r -> Reply.json(200, data("Account.1.json")));
		AccountProfile profile = connector.refresh(account, secrets);
		assertThat(profile.tokenExpiry()).isEqualTo(NOW.plusSeconds(7200));
		assertThat(secrets.snapshot()).containsEntry("accessToken", "new-access").containsEntry("refreshToken", "good-refresh-token");
		assertThat(server.requests("GET", "/api/v1/accounts/verify_credentials").get(0).header("Authorization"))
				.isEqualTo("Bearer new-access");
	}

	@Test
	void aRefusedRefreshMeansReconnect() {
		secrets.put(MastodonConnector.REFRESH_TOKEN, "revoked");
		server.on("POST", "/oauth/token", r -> Reply.json(400, "{\"error\":\"invalid_grant\",\"error_description\":\"The provided authorization grant is invalid\"}"));
		assertThatThrownBy(() -> connector.refresh(account, secrets)).isInstanceOfSatisfying(ChannelException.class,
				e -> assertThat(e.kind()).isEqualTo(ChannelException.Kind.AUTH_EXPIRED));
		assertThat(secrets.snapshot()).containsEntry("refreshToken", "revoked").containsEntry("accessToken", TOKEN);
	}

	@Test
	void refinesWithTheInstanceLimits() throws Exception {
		ObjectNode instance = (ObjectNode) JSON.readTree(data("Instance.json"));
		ObjectNode statuses = (ObjectNode) instance.path("configuration").path("statuses");
		statuses.put("max_characters", 1000);
		statuses.put("max_media_attachments", 8);
		server.on("GET", "/api/v2/instance", r -> Reply.json(200, instance.toString()));
		ChannelCapabilities declared = new ChannelCapabilities(TextRules.of(500, CountingMethod.GRAPHEMES),
				List.of(new MediaRules("post", 4, false, TextMediaRequirement.TEXT_OR_MEDIA, List.of())), java.util.Set.of());

		ChannelCapabilities refined = connector.refine(declared, account);
		assertThat(refined.text().maxLength()).isEqualTo(1000);
		assertThat(refined.text().urlWeight()).hasValue(23);
		assertThat(refined.media().get(0).maxItems()).isEqualTo(8);
		connector.refine(declared, account);
		assertThat(server.requests("GET", "/api/v2/instance")).as("cached").hasSize(1);

		server.close();
		assertThat(connector(Duration.ofMillis(500)).refine(declared, account)).as("unreachable: the declared baseline")
				.isEqualTo(declared);
		ChannelAccount broken = new AccountProfile(MastodonConnector.CHANNEL_TYPE, "@a@b", "a", server.base() + "0", null,
				Map.of()).account();
		assertThat(connector(Duration.ofMillis(500)).refine(declared, broken)).as("a bad address: the declared baseline")
				.isEqualTo(declared);
	}

	@Test
	void publishesTextWithAnIdempotencyKey() throws Exception {
		server.on("POST", "/api/v1/statuses", r -> Reply.json(200, data("Status.json")));
		PublishResult result = connector.publish(account, secrets, new PublishRequest("pub-42",
				List.of(new PostPart("Hello fediverse", "spoiler", List.of())), PublishRequest.FollowUps.THREAD, null, null,
				Map.of("visibility", "unlisted", "language", "en")));

		assertThat(result.remoteId()).isEqualTo("103270115826048975");
		assertThat(result.url()).isEqualTo(URI.create("https://mastodon.social/@Gargron/103270115826048975"));
		assertThat(result.scheduled()).isFalse();
		assertThat(result.at()).isEqualTo(Instant.parse("2019-12-08T03:48:33.901Z"));
		FakeServer.Request sent = server.requests("POST", "/api/v1/statuses").get(0);
		assertThat(sent.header("Idempotency-Key")).isEqualTo("pub-42#0");
		assertThat(sent.header("Authorization")).isEqualTo("Bearer " + TOKEN);
		JsonNode body = JSON.readTree(sent.text());
		assertThat(body.path("status").asText()).isEqualTo("Hello fediverse");
		assertThat(body.path("spoiler_text").asText()).isEqualTo("spoiler");
		assertThat(body.path("visibility").asText()).isEqualTo("unlisted");
		assertThat(body.path("language").asText()).isEqualTo("en");
		assertThat(body.has("scheduled_at")).isFalse();
		assertThat(body.has("in_reply_to_id")).isFalse();
	}

	@Test
	void uploadsMediaWithAltTextAndWaitsForProcessing() throws Exception {
		Path image = Files.createTempFile("chorus", ".png");
		Files.write(image, new byte[] { (byte) 0x89, 'P', 'N', 'G', 13, 10 });
		AtomicInteger checks = new AtomicInteger();
		server.on("POST", "/api/v2/media", r -> Reply.json(202, data("media.2.json")));
		server.on("GET", "/api/v1/media/22348641", r -> checks.incrementAndGet() < 2 ? Reply.json(206, data("media.2.json"))
				: Reply.json(200, data("media.1.json")));
		server.on("POST", "/api/v1/statuses", r -> Reply.json(200, data("Status.json")));
		try {
			connector.publish(account, secrets, new PublishRequest("with-media",
					List.of(new PostPart("Look", null, List.of(new MediaFile(image, "image/png", "A shark, smiling")))),
					PublishRequest.FollowUps.THREAD, null, null, Map.of()));
		} finally {
			Files.delete(image);
		}
		FakeServer.Request upload = server.requests("POST", "/api/v2/media").get(0);
		assertThat(upload.header("Content-Type")).startsWith("multipart/form-data; boundary=");
		assertThat(upload.text()).contains("name=\"file\"; filename=\"" + image.getFileName() + "\"")
				.contains("Content-Type: image/png").contains("name=\"description\"").contains("A shark, smiling");
		assertThat(checks.get()).isEqualTo(2);
		JsonNode status = JSON.readTree(server.requests("POST", "/api/v1/statuses").get(0).text());
		assertThat(status.path("media_ids")).hasSize(1);
		assertThat(status.path("media_ids").get(0).asText()).isEqualTo("22348641");
	}

	@Test
	void mediaStillProcessingAfterTheLastCheckIsTransient() throws Exception {
		Path image = Files.createTempFile("chorus", ".png");
		server.on("POST", "/api/v2/media", r -> Reply.json(202, data("media.2.json")));
		server.on("GET", "/api/v1/media/22348641", r -> Reply.json(206, data("media.2.json")));
		try {
			assertThatThrownBy(() -> connector.publish(account, secrets, new PublishRequest("k",
					List.of(new PostPart("Look", null, List.of(new MediaFile(image, "image/png", null)))),
					PublishRequest.FollowUps.THREAD, null, null, Map.of()))).isInstanceOfSatisfying(ChannelException.class,
							e -> assertThat(e.kind()).isEqualTo(ChannelException.Kind.TRANSIENT));
		} finally {
			Files.delete(image);
		}
		assertThat(server.requests("GET", "/api/v1/media/22348641")).hasSize(5);
		assertThat(server.requests("POST", "/api/v1/statuses")).isEmpty();
	}

	@Test
	void threadsAndFirstCommentsReplyInOrder() throws Exception {
		AtomicInteger next = new AtomicInteger(100);
		server.on("POST", "/api/v1/statuses", r -> {
			ObjectNode status = (ObjectNode) JSON.readTree(data("Status.json"));
			status.put("id", Integer.toString(next.incrementAndGet()));
			return Reply.json(200, status.toString());
		});
		PublishResult thread = connector.publish(account, secrets, new PublishRequest("t",
				List.of(PostPart.text("1/3"), PostPart.text("2/3"), PostPart.text("3/3")), PublishRequest.FollowUps.THREAD,
				"99", null, Map.of()));
		assertThat(thread.parts()).extracting(p -> p.remoteId()).containsExactly("101", "102", "103");
		List<FakeServer.Request> sent = server.requests("POST", "/api/v1/statuses");
		assertThat(sent).extracting(r -> JSON.readTree(r.text()).path("in_reply_to_id").asText(null)).containsExactly("99", "101", "102");
		assertThat(sent).extracting(r -> r.header("Idempotency-Key")).containsExactly("t#0", "t#1", "t#2");

		connector.publish(account, secrets, new PublishRequest("c",
				List.of(PostPart.text("post"), PostPart.text("comment a"), PostPart.text("comment b")),
				PublishRequest.FollowUps.COMMENTS, null, null, Map.of()));
		sent = server.requests("POST", "/api/v1/statuses").subList(3, 6);
		assertThat(sent).extracting(r -> JSON.readTree(r.text()).path("in_reply_to_id").asText(null)).containsExactly(null, "104", "104");
	}

	@Test
	void schedulesCancelsAndReschedulesOnTheServer() throws Exception {
		server.on("POST", "/api/v1/statuses", r -> Reply.json(200, data("statuses.2.json")));
		server.on("DELETE", "/api/v1/scheduled_statuses/3221", r -> Reply.json(200, "{}"));
		server.on("PUT", "/api/v1/scheduled_statuses/3221", r -> {
			ObjectNode scheduled = (ObjectNode) JSON.readTree(data("ScheduledStatus.1.json"));
			scheduled.put("id", "3221");
			scheduled.put("scheduled_at", JSON.readTree(r.text()).path("scheduled_at").asText());
			return Reply.json(200, scheduled.toString());
		});
		Instant at = Instant.parse("2019-12-05T12:33:01Z");
		PublishResult result = connector.publish(account, secrets, new PublishRequest("s", List.of(PostPart.text("test content")),
				PublishRequest.FollowUps.THREAD, null, at, Map.of()));
		assertThat(result.scheduled()).isTrue();
		assertThat(result.remoteId()).isEqualTo("3221");
		assertThat(result.url()).isNull();
		assertThat(result.at()).isEqualTo(at);
		assertThat(JSON.readTree(server.requests("POST", "/api/v1/statuses").get(0).text()).path("scheduled_at").asText())
				.isEqualTo("2019-12-05T12:33:01Z");

		PublishResult moved = connector.reschedule(account, secrets, "3221", Instant.parse("2027-01-01T09:00:00Z"));
		assertThat(moved.at()).isEqualTo(Instant.parse("2027-01-01T09:00:00Z"));
		assertThat(moved.scheduled()).isTrue();
		connector.cancelScheduled(account, secrets, "3221");
		assertThat(server.requests("DELETE", "/api/v1/scheduled_statuses/3221")).hasSize(1);

		assertThatThrownBy(() -> connector.publish(account, secrets, new PublishRequest("s2",
				List.of(PostPart.text("a"), PostPart.text("b")), PublishRequest.FollowUps.THREAD, null, at, Map.of())))
				.isInstanceOfSatisfying(ChannelException.class, e -> assertThat(e.kind()).isEqualTo(ChannelException.Kind.REJECTED));
	}

	@Test
	void readsMentionsSinceACursor() throws Exception {
		server.on("GET", "/api/v1/notifications", r -> Reply.json(200, data("notifications.1.json")));
		ConversationPage page = connector.fetchConversations(account, secrets, null);
		FakeServer.Request first = server.requests("GET", "/api/v1/notifications").get(0);
		assertThat(first.query()).contains("types[]=mention").doesNotContain("min_id");

		assertThat(page.nextCursor()).isEqualTo("34975861");
		List<ConversationMessage> messages = page.threads().stream().flatMap(t -> t.messages().stream()).toList();
		assertThat(messages).hasSize(2);
		ConversationMessage reply = messages.stream().filter(m -> m.remoteId().equals("103186126728896492")).findFirst().orElseThrow();
		assertThat(reply.kind()).isEqualTo(ConversationMessage.Kind.REPLY);
		assertThat(reply.inReplyTo()).isEqualTo("103186038209478945");
		assertThat(reply.author().handle()).isEqualTo("zsc");
		assertThat(reply.text()).isEqualTo("@trwnh sup!");
		assertThat(reply.createdAt()).isEqualTo(Instant.parse("2019-11-23T07:49:01.940Z"));
		assertThat(page.threads()).anySatisfy(t -> assertThat(t.rootId()).isEqualTo("103186038209478945"));

		server.on("GET", "/api/v1/notifications", r -> Reply.json(200, "[]"));
		ConversationPage none = connector.fetchConversations(account, secrets, page.nextCursor());
		assertThat(none.threads()).isEmpty();
		assertThat(none.nextCursor()).isEqualTo("34975861");
		assertThat(server.requests("GET", "/api/v1/notifications").get(1).query()).contains("min_id=34975861");
	}

	@Test
	void readsAccountAndPostMetrics() throws Exception {
		server.on("GET", "/api/v1/accounts/verify_credentials", r -> Reply.json(200, data("Account.1.json")));
		server.on("GET", "/api/v1/statuses/103270115826048975", r -> Reply.json(200, data("Status.json")));
		List<MetricObservation> metrics = connector.fetchMetrics(account, secrets, List.of("103270115826048975"));
		assertThat(metrics).extracting(MetricObservation::subject, MetricObservation::metric, MetricObservation::value)
				.contains(org.assertj.core.groups.Tuple.tuple("account", Metric.FOLLOWERS, 547L),
						org.assertj.core.groups.Tuple.tuple("account", Metric.FOLLOWING, 404L),
						org.assertj.core.groups.Tuple.tuple("account", Metric.POSTS, 28468L),
						org.assertj.core.groups.Tuple.tuple("103270115826048975", Metric.LIKES, 11L),
						org.assertj.core.groups.Tuple.tuple("103270115826048975", Metric.SHARES, 6L),
						org.assertj.core.groups.Tuple.tuple("103270115826048975", Metric.REPLIES, 5L),
						org.assertj.core.groups.Tuple.tuple("103270115826048975", Metric.QUOTES, 2L));
		assertThat(metrics).allSatisfy(m -> {
			assertThat(m.observedAt()).isEqualTo(NOW);
			assertThat(m.provenance()).startsWith("Mastodon " + server.base() + " GET /api/v1/").doesNotContain(TOKEN);
		});
	}
}
