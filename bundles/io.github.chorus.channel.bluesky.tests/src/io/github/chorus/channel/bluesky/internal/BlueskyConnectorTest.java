package io.github.chorus.channel.bluesky.internal;

import io.github.chorus.channels.testing.FakeServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

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
 * The Bluesky connector against a loopback PDS answering with lexicon-shaped bodies; every record it
 * creates is checked against the atproto lexicons.
 */
class BlueskyConnectorTest {

	static final ObjectMapper JSON = new ObjectMapper();
	static final String DID = "did:plc:z72i7hdynmk6r22z27h6tvur";
	static final String APP_PASSWORD = "abcd-efgh-ijkl-mnop";
	static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
	static final String ACCESS = jwt(NOW.plusSeconds(7200), "access");
	static final String REFRESH = jwt(NOW.plus(Duration.ofDays(60)), "refresh");

	FakeServer server;
	BlueskyConnector connector;
	MemoryAccountSecrets secrets;
	ChannelAccount account;

	static String jwt(Instant exp, String scope) {
		Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
		return b64.encodeToString("{\"typ\":\"at+jwt\",\"alg\":\"ES256K\"}".getBytes(StandardCharsets.UTF_8)) + '.'
				+ b64.encodeToString(("{\"scope\":\"com.atproto." + scope + "\",\"sub\":\"" + DID + "\",\"iat\":1764150000,\"exp\":"
						+ exp.getEpochSecond() + "}").getBytes(StandardCharsets.UTF_8))
				+ '.' + b64.encodeToString(("signature-of-" + scope).getBytes(StandardCharsets.UTF_8));
	}

	static String session(String access, String refresh) {
		return "{\"accessJwt\":\"" + access + "\",\"refreshJwt\":\"" + refresh + "\",\"handle\":\"chorus.bsky.social\",\"did\":\""
				+ DID + "\",\"email\":\"team@chorus.example\",\"emailConfirmed\":true,\"active\":true}";
	}

	@BeforeEach
	void start() throws Exception {
		server = new FakeServer();
		connector = new BlueskyConnector(HttpClient.newHttpClient(), Duration.ofSeconds(5), Clock.fixed(NOW, ZoneOffset.UTC));
		secrets = new MemoryAccountSecrets();
		secrets.put(BlueskyConnector.ACCESS_JWT, ACCESS);
		secrets.put(BlueskyConnector.REFRESH_JWT, REFRESH);
		account = new AccountProfile(BlueskyConnector.CHANNEL_TYPE, DID, "@chorus.bsky.social", server.base(), null,
				Map.of("did", DID, "handle", "chorus.bsky.social")).account();
	}

	@AfterEach
	void stop() {
		server.close();
	}

	@Test
	void connectsWithAnAppPasswordThatIsNeverStored() throws Exception {
		server.on("POST", "/xrpc/com.atproto.server.createSession", r -> {
			JsonNode body = JSON.readTree(r.text());
			assertThat(body.path("identifier").asText()).isEqualTo("chorus.bsky.social");
			assertThat(body.path("password").asText()).isEqualTo(APP_PASSWORD);
			return Reply.json(200, session(ACCESS, REFRESH));
		});
		MemoryAccountSecrets fresh = new MemoryAccountSecrets();
		AccountProfile profile = connector.connect(new ConnectRequest(
				Map.of("handle", "@chorus.bsky.social", "appPassword", APP_PASSWORD, "service", server.base()), uri -> {
					throw new AssertionError("no browser for app passwords");
				}, Duration.ofSeconds(1)), fresh);
		assertThat(profile.accountId()).isEqualTo(DID);
		assertThat(profile.displayName()).isEqualTo("@chorus.bsky.social");
		assertThat(profile.baseUrl()).isEqualTo(server.base());
		assertThat(profile.tokenExpiry()).as("the refresh token's exp").isEqualTo(NOW.plus(Duration.ofDays(60)));
		assertThat(fresh.snapshot()).containsOnlyKeys("accessJwt", "refreshJwt").doesNotContainValue(APP_PASSWORD);
		assertThat(profile.toString()).doesNotContain(APP_PASSWORD).doesNotContain(ACCESS);
	}

	@Test
	void aWrongAppPasswordIsRejectedNotExpired() {
		server.on("POST", "/xrpc/com.atproto.server.createSession",
				r -> Reply.json(401, "{\"error\":\"AuthenticationRequired\",\"message\":\"Invalid identifier or password\"}"));
		assertThatThrownBy(() -> connector.connect(new ConnectRequest(
				Map.of("handle", "chorus.bsky.social", "appPassword", "wrong", "service", server.base()), uri -> {
				}, Duration.ofSeconds(1)), new MemoryAccountSecrets())).isInstanceOfSatisfying(ChannelException.class, e -> {
					assertThat(e.kind()).isEqualTo(Kind.REJECTED);
					assertThat(e.networkMessage()).contains("AuthenticationRequired: Invalid identifier or password");
				});
	}

	@Test
	void refreshKeepsTheRefreshTokenWhenTheAnswerHasNone() throws Exception {
		String newAccess = jwt(NOW.plusSeconds(7200), "access2");
		server.on("POST", "/xrpc/com.atproto.server.refreshSession", r -> {
			assertThat(r.header("Authorization")).isEqualTo("Bearer " + REFRESH);
			return Reply.json(200, "{\"accessJwt\":\"" + newAccess + "\",\"refreshJwt\":\"\",\"handle\":\"chorus.bsky.social\",\"did\":\"" + DID + "\"}");
		});
		AccountProfile profile = connector.refresh(account, secrets);
		assertThat(secrets.snapshot()).containsEntry("accessJwt", newAccess).containsEntry("refreshJwt", REFRESH);
		assertThat(profile.tokenExpiry()).isEqualTo(NOW.plus(Duration.ofDays(60)));
	}

	@Test
	void anExpiredRefreshTokenMeansReconnect() {
		server.on("POST", "/xrpc/com.atproto.server.refreshSession",
				r -> Reply.json(400, "{\"error\":\"ExpiredToken\",\"message\":\"Token has expired\"}"));
		assertThatThrownBy(() -> connector.refresh(account, secrets)).isInstanceOfSatisfying(ChannelException.class,
				e -> assertThat(e.kind()).isEqualTo(Kind.AUTH_EXPIRED));
	}

	@Test
	void publishesAPostWithFacetsInUtf8Bytes() throws Exception {
		server.on("GET", "/xrpc/com.atproto.identity.resolveHandle", r -> r.query().contains("alice.bsky.social")
				? Reply.json(200, "{\"did\":\"did:plc:alice0000000000000000000\"}")
				: Reply.json(400, "{\"error\":\"InvalidRequest\",\"message\":\"Unable to resolve handle\"}"));
		server.on("POST", "/xrpc/com.atproto.repo.createRecord", r -> Reply.json(200,
				"{\"uri\":\"at://" + DID + "/app.bsky.feed.post/3l6oveex3ii2l\",\"cid\":\"bafyreig2fjxi3rptqdgylg7e5hmjl6mcke7rn2b6cugzlqq3i4zu6rq52q\","
						+ "\"commit\":{\"cid\":\"bafyreif\",\"rev\":\"3l6oveex3ii2l\"},\"validationStatus\":\"valid\"}"));
		String text = "Grüße 👋 @alice.bsky.social and @nobody.example see https://example.com/a?b=c #Launch";
		PublishResult result = connector.publish(account, secrets, new PublishRequest("k1", List.of(PostPart.text(text)),
				PublishRequest.FollowUps.THREAD, null, null, Map.of("langs", "de,en")));

		assertThat(result.remoteId()).isEqualTo("at://" + DID + "/app.bsky.feed.post/3l6oveex3ii2l");
		assertThat(result.url()).isEqualTo(URI.create("https://bsky.app/profile/" + DID + "/post/3l6oveex3ii2l"));
		assertThat(result.at()).isEqualTo(NOW);
		FakeServer.Request sent = server.requests("POST", "/xrpc/com.atproto.repo.createRecord").get(0);
		assertThat(sent.header("Authorization")).isEqualTo("Bearer " + ACCESS);
		JsonNode body = JSON.readTree(sent.text());
		assertThat(body.path("repo").asText()).isEqualTo(DID);
		assertThat(body.path("collection").asText()).isEqualTo("app.bsky.feed.post");
		JsonNode record = body.path("record");
		Lexicons.assertValidPost(record);
		assertThat(record.path("text").asText()).isEqualTo(text);
		assertThat(record.path("createdAt").asText()).isEqualTo("2026-11-26T10:00:00Z");
		assertThat(record.path("langs")).extracting(JsonNode::asText).containsExactly("de", "en");
		assertThat(record.path("facets")).extracting(f -> Lexicons.slice(text, f), f -> f.path("features").get(0).path("$type").asText())
				.containsExactly(tuple("@alice.bsky.social", "app.bsky.richtext.facet#mention"),
						tuple("https://example.com/a?b=c", "app.bsky.richtext.facet#link"),
						tuple("#Launch", "app.bsky.richtext.facet#tag"));
		assertThat(record.path("facets").get(0).path("features").get(0).path("did").asText()).isEqualTo("did:plc:alice0000000000000000000");
		assertThat(record.path("facets").get(0).path("index").path("byteStart").asInt()).as("ü and 👋 take 2 and 4 bytes").isEqualTo(13);
	}

	@Test
	void uploadsImagesWithAltText() throws Exception {
		Path image = Files.createTempFile("chorus", ".png");
		Files.write(image, new byte[] { (byte) 0x89, 'P', 'N', 'G', 1, 2, 3, 4 });
		server.on("POST", "/xrpc/com.atproto.repo.uploadBlob", r -> Reply.json(200,
				"{\"blob\":{\"$type\":\"blob\",\"ref\":{\"$link\":\"bafkreibabalobzn6cd366ukcsjycp4yymjymgfxcv6xczmlgpemzkz3cfa\"},\"mimeType\":\"image/png\",\"size\":"
						+ r.body().length + "}}"));
		server.on("POST", "/xrpc/com.atproto.repo.createRecord", r -> Reply.json(200,
				"{\"uri\":\"at://" + DID + "/app.bsky.feed.post/3l6oveex3ii2m\",\"cid\":\"bafyreia\"}"));
		try {
			connector.publish(account, secrets, new PublishRequest("img", List.of(new PostPart("Look",
					null, List.of(new MediaFile(image, "image/png", "A blue butterfly")))), PublishRequest.FollowUps.THREAD, null, null,
					Map.of()));
		} finally {
			Files.delete(image);
		}
		FakeServer.Request upload = server.requests("POST", "/xrpc/com.atproto.repo.uploadBlob").get(0);
		assertThat(upload.header("Content-Type")).isEqualTo("image/png");
		assertThat(upload.body()).hasSize(8);
		JsonNode record = JSON.readTree(server.requests("POST", "/xrpc/com.atproto.repo.createRecord").get(0).text()).path("record");
		Lexicons.assertValidPost(record);
		assertThat(record.path("embed").path("images").get(0).path("alt").asText()).isEqualTo("A blue butterfly");
		assertThat(record.path("embed").path("images").get(0).path("image").path("size").asInt()).isEqualTo(8);
	}

	@Test
	void aVideoIsRejectedBeforeAnythingIsSent() throws Exception {
		Path video = Files.createTempFile("chorus", ".mp4");
		try {
			assertThatThrownBy(() -> connector.publish(account, secrets, new PublishRequest("v", List.of(new PostPart("Clip", null,
					List.of(new MediaFile(video, "video/mp4", "a clip")))), PublishRequest.FollowUps.THREAD, null, null, Map.of())))
					.isInstanceOfSatisfying(ChannelException.class, e -> assertThat(e.kind()).isEqualTo(Kind.REJECTED));
		} finally {
			Files.delete(video);
		}
		assertThat(server.requests()).isEmpty();
	}

	@Test
	void threadsReplyWithRootAndParent() throws Exception {
		AtomicInteger next = new AtomicInteger();
		server.on("GET", "/xrpc/app.bsky.feed.getPosts", r -> Reply.json(200, "{\"posts\":[{\"uri\":\"at://did:plc:other/app.bsky.feed.post/parent1\","
				+ "\"cid\":\"cid-parent\",\"author\":{\"did\":\"did:plc:other\",\"handle\":\"other.bsky.social\"},\"record\":{\"$type\":\"app.bsky.feed.post\","
				+ "\"text\":\"a reply\",\"createdAt\":\"2026-11-25T08:00:00Z\",\"reply\":{\"root\":{\"uri\":\"at://did:plc:other/app.bsky.feed.post/root1\","
				+ "\"cid\":\"cid-root\"},\"parent\":{\"uri\":\"at://did:plc:other/app.bsky.feed.post/root1\",\"cid\":\"cid-root\"}}},"
				+ "\"indexedAt\":\"2026-11-25T08:00:01Z\"}]}"));
		server.on("POST", "/xrpc/com.atproto.repo.createRecord", r -> {
			int n = next.incrementAndGet();
			return Reply.json(200, "{\"uri\":\"at://" + DID + "/app.bsky.feed.post/p" + n + "\",\"cid\":\"cid-p" + n + "\"}");
		});
		PublishResult result = connector.publish(account, secrets, new PublishRequest("t",
				List.of(PostPart.text("1/3"), PostPart.text("2/3"), PostPart.text("3/3")), PublishRequest.FollowUps.THREAD,
				"at://did:plc:other/app.bsky.feed.post/parent1", null, Map.of()));
		assertThat(result.parts()).hasSize(3);
		List<JsonNode> records = server.requests("POST", "/xrpc/com.atproto.repo.createRecord").stream()
				.map(r -> read(r.text()).path("record")).toList();
		for (JsonNode record : records) {
			Lexicons.assertValidPost(record);
			assertThat(record.path("reply").path("root").path("uri").asText()).isEqualTo("at://did:plc:other/app.bsky.feed.post/root1");
			assertThat(record.path("reply").path("root").path("cid").asText()).isEqualTo("cid-root");
		}
		assertThat(records).extracting(r -> r.path("reply").path("parent").path("uri").asText()).containsExactly(
				"at://did:plc:other/app.bsky.feed.post/parent1", "at://" + DID + "/app.bsky.feed.post/p1",
				"at://" + DID + "/app.bsky.feed.post/p2");
		assertThat(records.get(0).path("reply").path("parent").path("cid").asText()).isEqualTo("cid-parent");

		connector.publish(account, secrets, new PublishRequest("c", List.of(PostPart.text("post"), PostPart.text("first comment")),
				PublishRequest.FollowUps.COMMENTS, null, null, Map.of()));
		List<JsonNode> own = server.requests("POST", "/xrpc/com.atproto.repo.createRecord").stream().skip(3)
				.map(r -> read(r.text()).path("record")).toList();
		assertThat(own.get(0).has("reply")).isFalse();
		assertThat(own.get(1).path("reply").path("root").path("uri").asText()).isEqualTo("at://" + DID + "/app.bsky.feed.post/p4");
		assertThat(own.get(1).path("reply").path("parent").path("cid").asText()).isEqualTo("cid-p4");
		Lexicons.assertValidPost(own.get(1));
	}

	@Test
	void schedulingIsNotOffered() {
		assertThat(connector.operations()).doesNotContain(io.github.chorus.channels.connector.ConnectorOperation.NATIVE_SCHEDULING);
		assertThatThrownBy(() -> connector.publish(account, secrets, new PublishRequest("s", List.of(PostPart.text("x")),
				PublishRequest.FollowUps.THREAD, null, NOW.plusSeconds(3600), Map.of()))).isInstanceOf(UnsupportedOperationException.class);
		assertThat(server.requests()).isEmpty();
	}

	static final String NOTIFICATIONS = "{\"cursor\":\"1764150000000::bafy\",\"notifications\":["
			+ "{\"uri\":\"at://did:plc:bob/app.bsky.feed.post/r2\",\"cid\":\"c2\",\"author\":{\"did\":\"did:plc:bob\",\"handle\":\"bob.bsky.social\",\"displayName\":\"Bob\"},"
			+ "\"reason\":\"reply\",\"reasonSubject\":\"at://" + DID + "/app.bsky.feed.post/p1\",\"record\":{\"$type\":\"app.bsky.feed.post\",\"text\":\"Congrats!\","
			+ "\"createdAt\":\"2026-11-26T09:10:00.000Z\",\"reply\":{\"root\":{\"uri\":\"at://" + DID + "/app.bsky.feed.post/p1\",\"cid\":\"c1\"},"
			+ "\"parent\":{\"uri\":\"at://" + DID + "/app.bsky.feed.post/p1\",\"cid\":\"c1\"}}},\"isRead\":false,\"indexedAt\":\"2026-11-26T09:10:01.000Z\",\"labels\":[]},"
			+ "{\"uri\":\"at://did:plc:bob/app.bsky.feed.like/l1\",\"cid\":\"c3\",\"author\":{\"did\":\"did:plc:bob\",\"handle\":\"bob.bsky.social\"},"
			+ "\"reason\":\"like\",\"record\":{\"$type\":\"app.bsky.feed.like\",\"createdAt\":\"2026-11-26T09:05:00.000Z\"},\"isRead\":false,\"indexedAt\":\"2026-11-26T09:05:01.000Z\"},"
			+ "{\"uri\":\"at://did:plc:carol/app.bsky.feed.post/m1\",\"cid\":\"c4\",\"author\":{\"did\":\"did:plc:carol\",\"handle\":\"carol.example.com\"},"
			+ "\"reason\":\"mention\",\"record\":{\"$type\":\"app.bsky.feed.post\",\"text\":\"hey @chorus.bsky.social\",\"createdAt\":\"2026-11-26T08:00:00.000Z\"},"
			+ "\"isRead\":true,\"indexedAt\":\"2026-11-26T08:00:02.000Z\"}]}";

	@Test
	void readsMentionsAndRepliesSinceACursor() throws Exception {
		server.on("GET", "/xrpc/app.bsky.notification.listNotifications", r -> Reply.json(200, NOTIFICATIONS));
		ConversationPage page = connector.fetchConversations(account, secrets, null);
		assertThat(page.nextCursor()).isEqualTo("2026-11-26T09:10:01Z");
		assertThat(page.threads()).extracting(t -> t.rootId()).containsExactly("at://did:plc:carol/app.bsky.feed.post/m1",
				"at://" + DID + "/app.bsky.feed.post/p1");
		ConversationMessage reply = page.threads().get(1).messages().get(0);
		assertThat(reply.kind()).isEqualTo(ConversationMessage.Kind.REPLY);
		assertThat(reply.author().handle()).isEqualTo("bob.bsky.social");
		assertThat(reply.author().displayName()).isEqualTo("Bob");
		assertThat(reply.text()).isEqualTo("Congrats!");
		assertThat(reply.inReplyTo()).isEqualTo("at://" + DID + "/app.bsky.feed.post/p1");
		assertThat(reply.url()).isEqualTo(URI.create("https://bsky.app/profile/did:plc:bob/post/r2"));
		assertThat(page.threads().get(0).messages().get(0).kind()).isEqualTo(ConversationMessage.Kind.MENTION);

		ConversationPage later = connector.fetchConversations(account, secrets, "2026-11-26T08:30:00Z");
		assertThat(later.threads()).hasSize(1);
		assertThat(later.threads().get(0).messages()).extracting(ConversationMessage::text).containsExactly("Congrats!");
		ConversationPage none = connector.fetchConversations(account, secrets, page.nextCursor());
		assertThat(none.threads()).isEmpty();
		assertThat(none.nextCursor()).isEqualTo(page.nextCursor());
	}

	@Test
	void pagesBackToTheCursor() throws Exception {
		String newer = "{\"cursor\":\"page2\",\"notifications\":[{\"uri\":\"at://did:plc:bob/app.bsky.feed.post/new\",\"cid\":\"c\","
				+ "\"author\":{\"did\":\"did:plc:bob\",\"handle\":\"bob.bsky.social\"},\"reason\":\"mention\",\"record\":{\"$type\":\"app.bsky.feed.post\","
				+ "\"text\":\"newer\",\"createdAt\":\"2026-11-26T09:00:00Z\"},\"isRead\":false,\"indexedAt\":\"2026-11-26T09:00:01Z\"}]}";
		server.on("GET", "/xrpc/app.bsky.notification.listNotifications", r -> r.query().contains("cursor=page2")
				? Reply.json(200, NOTIFICATIONS.replace("\"cursor\":\"1764150000000::bafy\"", "\"cursor\":\"page3\""))
				: Reply.json(200, newer));
		ConversationPage page = connector.fetchConversations(account, secrets, "2026-11-26T08:30:00Z");
		assertThat(page.threads().stream().flatMap(t -> t.messages().stream()).map(ConversationMessage::text))
				.containsExactlyInAnyOrder("newer", "Congrats!");
		assertThat(server.requests("GET", "/xrpc/app.bsky.notification.listNotifications")).as("stops once the cursor is reached")
				.hasSize(2);
		assertThat(page.nextCursor()).isEqualTo("2026-11-26T09:10:01Z");
	}

	@Test
	void readsProfileAndPostMetrics() throws Exception {
		server.on("GET", "/xrpc/app.bsky.actor.getProfile", r -> {
			assertThat(r.query()).isEqualTo("actor=" + DID.replace(":", "%3A"));
			return Reply.json(200, "{\"did\":\"" + DID + "\",\"handle\":\"chorus.bsky.social\",\"displayName\":\"Chorus\","
					+ "\"followersCount\":1200,\"followsCount\":87,\"postsCount\":342,\"indexedAt\":\"2026-01-01T00:00:00Z\"}");
		});
		server.on("GET", "/xrpc/app.bsky.feed.getPosts", r -> Reply.json(200, "{\"posts\":[{\"uri\":\"at://" + DID
				+ "/app.bsky.feed.post/p1\",\"cid\":\"c1\",\"author\":{\"did\":\"" + DID + "\",\"handle\":\"chorus.bsky.social\"},"
				+ "\"record\":{\"$type\":\"app.bsky.feed.post\",\"text\":\"hi\",\"createdAt\":\"2026-11-20T00:00:00Z\"},"
				+ "\"replyCount\":3,\"repostCount\":5,\"likeCount\":42,\"quoteCount\":1,\"indexedAt\":\"2026-11-20T00:00:01Z\"}]}"));
		List<MetricObservation> metrics = connector.fetchMetrics(account, secrets, List.of("at://" + DID + "/app.bsky.feed.post/p1"));
		String post = "at://" + DID + "/app.bsky.feed.post/p1";
		assertThat(metrics).extracting(MetricObservation::subject, MetricObservation::metric, MetricObservation::value)
				.containsExactly(tuple("account", Metric.FOLLOWERS, 1200L), tuple("account", Metric.FOLLOWING, 87L),
						tuple("account", Metric.POSTS, 342L), tuple(post, Metric.LIKES, 42L), tuple(post, Metric.SHARES, 5L),
						tuple(post, Metric.REPLIES, 3L), tuple(post, Metric.QUOTES, 1L));
		assertThat(metrics).allSatisfy(m -> assertThat(m.provenance()).startsWith("Bluesky " + server.base() + " app.bsky."));
	}

	private static JsonNode read(String text) {
		try {
			return JSON.readTree(text);
		} catch (java.io.IOException e) {
			throw new AssertionError(e);
		}
	}
}
