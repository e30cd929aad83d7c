package io.github.chorus.channel.bluesky.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.chorus.channels.ChannelAccount;
import io.github.chorus.channels.CountingMethod;
import io.github.chorus.channels.EntitySyntax;
import io.github.chorus.channels.IChannelConnector;
import io.github.chorus.channels.MentionCounting;
import io.github.chorus.channels.TextRules;
import io.github.chorus.channels.connector.AccountProfile;
import io.github.chorus.channels.connector.ChannelException;
import io.github.chorus.channels.connector.ChannelException.Kind;
import io.github.chorus.channels.connector.ConnectRequest;
import io.github.chorus.channels.connector.ConnectorOperation;
import io.github.chorus.channels.connector.ConversationAuthor;
import io.github.chorus.channels.connector.ConversationMessage;
import io.github.chorus.channels.connector.ConversationPage;
import io.github.chorus.channels.connector.ConversationThread;
import io.github.chorus.channels.connector.FileRange;
import io.github.chorus.channels.connector.HttpExchange;
import io.github.chorus.channels.connector.IAccountSecrets;
import io.github.chorus.channels.connector.MediaFile;
import io.github.chorus.channels.connector.MetricObservation;
import io.github.chorus.channels.connector.MetricObservation.Metric;
import io.github.chorus.channels.connector.PostPart;
import io.github.chorus.channels.connector.PublishRequest;
import io.github.chorus.channels.connector.PublishResult;
import io.github.chorus.channels.connector.PublishedPart;
import io.github.chorus.channels.text.Facet;
import io.github.chorus.channels.text.TextValidator;

/**
 * Bluesky, through the XRPC API of the account's PDS.
 * <ul>
 * <li>Connect (parameters {@value #HANDLE}, {@value #APP_PASSWORD} and optionally {@value #SERVICE},
 * default {@code https://bsky.social}): {@code com.atproto.server.createSession}. The app password is
 * used once and never stored; the secrets are the session's {@code accessJwt} and {@code refreshJwt}.
 * The token expiry shown is the refresh token's ({@code exp} of the JWT): after it, the user connects
 * again.</li>
 * <li>Refresh: {@code com.atproto.server.refreshSession} with the refresh token.</li>
 * <li>Publish: images through {@code com.atproto.repo.uploadBlob} into an {@code app.bsky.embed.images}
 * embed with their alt text; the post through {@code com.atproto.repo.createRecord} of an
 * {@code app.bsky.feed.post} with facets from the channels text engine (UTF-8 byte ranges; mentions
 * resolved to DIDs with {@code com.atproto.identity.resolveHandle}, unresolvable ones left as text, as
 * Bluesky's own client does); threads and first comments as replies with {@code root} and
 * {@code parent} strong refs; a reply to a remote post reads its root through
 * {@code app.bsky.feed.getPosts}. Option {@code langs}: comma-separated language tags.</li>
 * <li>Conversations: {@code mention}, {@code reply} and {@code quote} notifications from
 * {@code app.bsky.notification.listNotifications} indexed after the cursor (an ISO time), paging back
 * to it (at most 500 notifications per fetch; the first fetch reads the latest 50).</li>
 * <li>Metrics: {@code app.bsky.actor.getProfile} (followers, follows, posts) and
 * {@code app.bsky.feed.getPosts} (likes, reposts, replies, quotes).</li>
 * </ul>
 * Not offered: native scheduling (Bluesky has none), video (it goes through Bluesky's separate video
 * service, {@code app.bsky.video.uploadVideo} and {@code getJobStatus} with a service-auth token from
 * {@code com.atproto.server.getServiceAuth}; those lexicons are not in the material the tests are built
 * from, so a post with a video is rejected with that explanation), and
 * network-side idempotency (Bluesky has no idempotency key: a retry after a lost answer can publish
 * twice, so the engine must not retry a publish blindly after a transient failure).
 */
public final class BlueskyConnector implements IChannelConnector {

	/** Connect parameter: the handle ({@code alice.bsky.social}) or e-mail. */
	public static final String HANDLE = "handle"; //$NON-NLS-1$
	/** Connect parameter: an app password (never the account password, never stored). */
	public static final String APP_PASSWORD = "appPassword"; //$NON-NLS-1$
	/** Connect parameter: the PDS, default {@value #DEFAULT_SERVICE}. */
	public static final String SERVICE = "service"; //$NON-NLS-1$
	/** The default PDS entry point. */
	public static final String DEFAULT_SERVICE = "https://bsky.social"; //$NON-NLS-1$

	static final String CHANNEL_TYPE = "io.github.chorus.channel.bluesky"; //$NON-NLS-1$
	static final String ACCESS_JWT = "accessJwt"; //$NON-NLS-1$
	static final String REFRESH_JWT = "refreshJwt"; //$NON-NLS-1$
	static final String POST = "app.bsky.feed.post"; //$NON-NLS-1$
	private static final int MAX_IMAGES = 4;
	/** The most pages of 50 notifications read back to a cursor in one fetch. */
	private static final int MAX_PAGES = 10;
	private static final TextRules FACET_RULES = new TextRules(300, CountingMethod.GRAPHEMES, OptionalInt.empty(),
			MentionCounting.AS_WRITTEN, EntitySyntax.BLUESKY, false, OptionalInt.of(3000), OptionalInt.empty());
	private static final Set<String> CONVERSATION_REASONS = Set.of("mention", "reply", "quote"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	private static final ObjectMapper JSON = new ObjectMapper();

	private final HttpExchange http;
	private final Clock clock;

	/** Created by the extension registry. */
	public BlueskyConnector() {
		this(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build(),
				HttpExchange.DEFAULT_TIMEOUT, Clock.systemUTC());
	}

	/**
	 * @param client  the HTTP client
	 * @param timeout the time one request may take
	 * @param clock   the clock for {@code createdAt} and observation times
	 */
	public BlueskyConnector(HttpClient client, Duration timeout, Clock clock) {
		this.http = new HttpExchange(client, timeout, "Bluesky", new HttpExchange.ErrorInterpreter() { //$NON-NLS-1$
			@Override
			public String message(int status, String body) {
				JsonNode error = xrpcError(body);
				if (error == null) {
					return null;
				}
				String name = error.path("error").asText(""); //$NON-NLS-1$ //$NON-NLS-2$
				String message = error.path("message").asText(""); //$NON-NLS-1$ //$NON-NLS-2$
				return message.isEmpty() ? name : name.isEmpty() ? message : name + ": " + message; //$NON-NLS-1$
			}

			@Override
			public Kind kind(int status, String body, Kind standard) {
				JsonNode error = xrpcError(body);
				String name = error == null ? "" : error.path("error").asText(""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				return switch (name) {
				case "ExpiredToken", "InvalidToken", "AuthenticationRequired", "AuthMissing" -> Kind.AUTH_EXPIRED; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				case "RateLimitExceeded" -> Kind.RATE_LIMITED; //$NON-NLS-1$
				case "AccountTakedown", "AccountDeactivated", "RepoNotFound", "RecordNotFound" -> Kind.GONE; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				default -> standard;
				};
			}
		});
		this.clock = clock;
	}

	@Override
	public Set<ConnectorOperation> operations() {
		return Set.of(ConnectorOperation.CONNECT, ConnectorOperation.PUBLISH, ConnectorOperation.MEDIA,
				ConnectorOperation.THREADS, ConnectorOperation.CONVERSATIONS, ConnectorOperation.METRICS);
	}

	// --- accounts

	@Override
	public AccountProfile connect(ConnectRequest request, IAccountSecrets secrets) throws ChannelException {
		String service = normalizeService(request.parameters().getOrDefault(SERVICE, DEFAULT_SERVICE));
		ObjectNode body = JSON.createObjectNode();
		body.put("identifier", request.require(HANDLE).replaceFirst("^@", "")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		body.put("password", request.require(APP_PASSWORD)); //$NON-NLS-1$
		String what = "com.atproto.server.createSession"; //$NON-NLS-1$
		JsonNode session;
		try {
			session = http.readJson(http.send(xrpcPost(service, what, body), what), what);
		} catch (ChannelException e) {
			if (e.kind() == Kind.AUTH_EXPIRED) {
				// wrong handle or app password: the user must type them again
				throw new ChannelException(Kind.REJECTED, e.getMessage(), e.networkMessage().orElse(null), null,
						e.httpStatus().orElse(0), null);
			}
			throw e;
		}
		return storeSession(service, session, secrets, what);
	}

	@Override
	public AccountProfile refresh(ChannelAccount account, IAccountSecrets secrets) throws ChannelException {
		String service = service(account);
		String what = "com.atproto.server.refreshSession"; //$NON-NLS-1$
		HttpRequest.Builder request = HttpRequest.newBuilder(xrpc(service, what))
				.header("Authorization", "Bearer " + secrets.require(REFRESH_JWT)) //$NON-NLS-1$ //$NON-NLS-2$
				.POST(HttpRequest.BodyPublishers.noBody());
		return storeSession(service, http.readJson(http.send(request, what), what), secrets, what);
	}

	private AccountProfile storeSession(String service, JsonNode session, IAccountSecrets secrets, String what)
			throws ChannelException {
		String did = http.requiredText(session, "did", what); //$NON-NLS-1$
		String handle = http.requiredText(session, "handle", what); //$NON-NLS-1$
		String access = http.requiredText(session, "accessJwt", what); //$NON-NLS-1$
		secrets.put(ACCESS_JWT, access);
		secrets.put(REFRESH_JWT, session.path("refreshJwt").asText(null)); // never replaces a good one with nothing //$NON-NLS-1$
		Instant expiry = secrets.get(REFRESH_JWT).map(BlueskyConnector::jwtExpiry).orElse(null);
		Map<String, String> settings = new LinkedHashMap<>();
		settings.put("did", did); //$NON-NLS-1$
		settings.put("handle", handle); //$NON-NLS-1$
		return new AccountProfile(CHANNEL_TYPE, did, '@' + handle, service, expiry, settings);
	}

	/** @return the {@code exp} claim of a JWT, or {@code null}; the signature is not checked (only the server can). */
	static Instant jwtExpiry(String jwt) {
		String[] parts = jwt.split("\\."); //$NON-NLS-1$
		if (parts.length < 2) {
			return null;
		}
		try {
			JsonNode payload = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
			return payload != null && payload.path("exp").canConvertToLong() ? Instant.ofEpochSecond(payload.get("exp").asLong()) //$NON-NLS-1$ //$NON-NLS-2$
					: null;
		} catch (IllegalArgumentException | IOException e) {
			return null;
		}
	}

	// --- publishing

	@Override
	public PublishResult publish(ChannelAccount account, IAccountSecrets secrets, PublishRequest request)
			throws ChannelException {
		if (request.scheduledAt() != null) {
			throw new UnsupportedOperationException("Bluesky has no native scheduling"); //$NON-NLS-1$
		}
		String service = service(account);
		String did = did(account);
		for (PostPart part : request.parts()) {
			if (part.media().size() > MAX_IMAGES) {
				throw new ChannelException(Kind.REJECTED, "Bluesky takes at most " + MAX_IMAGES + " images per post"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			for (MediaFile media : part.media()) {
				if (!media.mimeType().startsWith("image/")) { //$NON-NLS-1$
					throw new ChannelException(Kind.REJECTED, "Chorus publishes only images to Bluesky for now: " //$NON-NLS-1$
							+ media.file().getFileName() + " (" + media.mimeType() //$NON-NLS-1$
							+ ") would need Bluesky's separate video service"); //$NON-NLS-1$
				}
			}
		}
		ObjectNode root = null;
		if (request.replyTo() != null) {
			root = rootOf(service, secrets, request.replyTo());
		}
		ObjectNode replyParent = request.replyTo() == null ? null : strongRef(request.replyTo(), root.path("parentCid").asText()); //$NON-NLS-1$
		ObjectNode threadRoot = root == null ? null : (ObjectNode) root.get("root"); //$NON-NLS-1$
		List<PublishedPart> published = new ArrayList<>();
		List<ObjectNode> refs = new ArrayList<>();
		Instant at = null;
		String langs = request.options().get("langs"); //$NON-NLS-1$
		for (int i = 0; i < request.parts().size(); i++) {
			PostPart part = request.parts().get(i);
			Instant createdAt = clock.instant();
			ObjectNode record = JSON.createObjectNode();
			record.put("$type", POST); //$NON-NLS-1$
			record.put("text", part.text()); //$NON-NLS-1$
			ArrayNode facets = facets(service, part.text());
			if (!facets.isEmpty()) {
				record.set("facets", facets); //$NON-NLS-1$
			}
			ObjectNode parent = i == 0 ? replyParent
					: request.followUps() == PublishRequest.FollowUps.THREAD ? refs.get(i - 1) : refs.get(0);
			ObjectNode threadRootRef = threadRoot != null ? threadRoot : i == 0 ? null : refs.get(0);
			if (parent != null) {
				ObjectNode reply = record.putObject("reply"); //$NON-NLS-1$
				reply.set("root", threadRootRef == null ? parent : threadRootRef); //$NON-NLS-1$
				reply.set("parent", parent); //$NON-NLS-1$
			}
			if (!part.media().isEmpty()) {
				ObjectNode embed = record.putObject("embed"); //$NON-NLS-1$
				embed.put("$type", "app.bsky.embed.images"); //$NON-NLS-1$ //$NON-NLS-2$
				ArrayNode images = embed.putArray("images"); //$NON-NLS-1$
				for (MediaFile media : part.media()) {
					ObjectNode image = images.addObject();
					image.put("alt", media.altTextOrEmpty()); //$NON-NLS-1$
					image.set("image", uploadBlob(service, secrets, media)); //$NON-NLS-1$
				}
			}
			if (langs != null && !langs.isBlank()) {
				ArrayNode array = record.putArray("langs"); //$NON-NLS-1$
				for (String lang : langs.split(",")) { //$NON-NLS-1$
					if (!lang.isBlank() && array.size() < 3) {
						array.add(lang.strip());
					}
				}
			}
			record.put("createdAt", createdAt.toString()); //$NON-NLS-1$
			ObjectNode create = JSON.createObjectNode();
			create.put("repo", did); //$NON-NLS-1$
			create.put("collection", POST); //$NON-NLS-1$
			create.set("record", record); //$NON-NLS-1$
			String what = "com.atproto.repo.createRecord"; //$NON-NLS-1$
			JsonNode created = http.readJson(http.send(authorized(xrpcPost(service, what, create), secrets), what), what);
			String uri = http.requiredText(created, "uri", what); //$NON-NLS-1$
			refs.add(strongRef(uri, http.requiredText(created, "cid", what))); //$NON-NLS-1$
			published.add(new PublishedPart(uri, webUrl(uri)));
			if (i == 0) {
				at = createdAt;
			}
		}
		return new PublishResult(published, false, at);
	}

	/** @return {@code {"root": strongRef, "parentCid": cid}} for a remote post to answer */
	private ObjectNode rootOf(String service, IAccountSecrets secrets, String uri) throws ChannelException {
		String what = "app.bsky.feed.getPosts"; //$NON-NLS-1$
		JsonNode answer = http.readJson(http.send(authorized(HttpRequest.newBuilder(URI.create(xrpc(service, what) + "?uris=" + encode(uri))).GET(), //$NON-NLS-1$
				secrets), what), what);
		JsonNode post = answer.path("posts").path(0); //$NON-NLS-1$
		if (!post.isObject()) {
			throw new ChannelException(Kind.GONE, "Bluesky: the post to reply to no longer exists"); //$NON-NLS-1$
		}
		String cid = http.requiredText(post, "cid", what); //$NON-NLS-1$
		JsonNode existingRoot = post.path("record").path("reply").path("root"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		ObjectNode result = JSON.createObjectNode();
		result.set("root", existingRoot.isObject() ? strongRef(http.requiredText(existingRoot, "uri", what), http.requiredText(existingRoot, "cid", what)) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				: strongRef(uri, cid));
		result.put("parentCid", cid); //$NON-NLS-1$
		return result;
	}

	private ArrayNode facets(String service, String text) throws ChannelException {
		ArrayNode facets = JSON.createArrayNode();
		Map<String, String> dids = new HashMap<>();
		for (Facet facet : new TextValidator().check(FACET_RULES, text).facets()) {
			ObjectNode feature = JSON.createObjectNode();
			switch (facet.type()) {
			case LINK -> {
				feature.put("$type", "app.bsky.richtext.facet#link"); //$NON-NLS-1$ //$NON-NLS-2$
				feature.put("uri", facet.value()); //$NON-NLS-1$
			}
			case TAG -> {
				feature.put("$type", "app.bsky.richtext.facet#tag"); //$NON-NLS-1$ //$NON-NLS-2$
				feature.put("tag", facet.value()); //$NON-NLS-1$
			}
			case MENTION -> {
				String did = dids.containsKey(facet.value()) ? dids.get(facet.value()) : resolveHandle(service, facet.value());
				dids.put(facet.value(), did);
				if (did == null) {
					continue;
				}
				feature.put("$type", "app.bsky.richtext.facet#mention"); //$NON-NLS-1$ //$NON-NLS-2$
				feature.put("did", did); //$NON-NLS-1$
			}
			}
			ObjectNode node = facets.addObject();
			ObjectNode index = node.putObject("index"); //$NON-NLS-1$
			index.put("byteStart", facet.byteStart()); //$NON-NLS-1$
			index.put("byteEnd", facet.byteEnd()); //$NON-NLS-1$
			node.putArray("features").add(feature); //$NON-NLS-1$
		}
		return facets;
	}

	/** @return the DID of a handle, or {@code null} when it does not resolve (the mention stays plain text) */
	private String resolveHandle(String service, String handle) throws ChannelException {
		String what = "com.atproto.identity.resolveHandle"; //$NON-NLS-1$
		try {
			JsonNode answer = http.readJson(http.send(HttpRequest.newBuilder(URI.create(xrpc(service, what) + "?handle=" + encode(handle))).GET(), //$NON-NLS-1$
					what), what);
			return answer.path("did").asText(null); //$NON-NLS-1$
		} catch (ChannelException e) {
			if (e.kind() == Kind.REJECTED || e.kind() == Kind.GONE) {
				return null;
			}
			throw e;
		}
	}

	private JsonNode uploadBlob(String service, IAccountSecrets secrets, MediaFile media) throws ChannelException {
		FileRange bytes = FileRange.whole(media.file());
		String what = "com.atproto.repo.uploadBlob"; //$NON-NLS-1$
		HttpRequest.Builder request = authorized(HttpRequest.newBuilder(xrpc(service, what)).header("Content-Type", media.mimeType()) //$NON-NLS-1$
				.POST(bytes.publisher()), secrets);
		JsonNode blob = http.readJson(http.send(request, what), what).path("blob"); //$NON-NLS-1$
		if (!blob.isObject() || !blob.path("ref").has("$link")) { //$NON-NLS-1$ //$NON-NLS-2$
			throw http.unreadable(what, new IllegalStateException("no blob ref")); //$NON-NLS-1$
		}
		return blob;
	}

	private static ObjectNode strongRef(String uri, String cid) {
		ObjectNode ref = JSON.createObjectNode();
		ref.put("uri", uri); //$NON-NLS-1$
		ref.put("cid", cid); //$NON-NLS-1$
		return ref;
	}

	/** @return {@code https://bsky.app/profile/DID/post/RKEY} for {@code at://DID/app.bsky.feed.post/RKEY} */
	static URI webUrl(String atUri) {
		String[] parts = atUri.replaceFirst("^at://", "").split("/"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		if (parts.length == 3 && POST.equals(parts[1])) {
			return URI.create("https://bsky.app/profile/" + parts[0] + "/post/" + parts[2]); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return null;
	}

	// --- inbox

	@Override
	public ConversationPage fetchConversations(ChannelAccount account, IAccountSecrets secrets, String cursor)
			throws ChannelException {
		Instant since = null;
		if (cursor != null && !cursor.isBlank()) {
			try {
				since = Instant.parse(cursor);
			} catch (DateTimeParseException e) {
				throw new IllegalArgumentException("Not a Bluesky conversation cursor: " + cursor, e); //$NON-NLS-1$
			}
		}
		String what = "app.bsky.notification.listNotifications"; //$NON-NLS-1$
		// newest first: page back until the cursor's time is reached, at most MAX_PAGES pages
		List<JsonNode> notifications = new ArrayList<>();
		String page = null;
		for (int pages = 0; pages < MAX_PAGES; pages++) {
			String url = xrpc(service(account), what) + "?limit=50" + (page == null ? "" : "&cursor=" + encode(page)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			JsonNode answer = http.readJson(http.send(authorized(HttpRequest.newBuilder(URI.create(url)).GET(), secrets), what), what);
			JsonNode batch = answer.path("notifications"); //$NON-NLS-1$
			if (!batch.isArray()) {
				throw http.unreadable(what, new IllegalStateException("no notifications")); //$NON-NLS-1$
			}
			Instant oldest = null;
			for (JsonNode notification : batch) {
				notifications.add(notification);
				Instant indexedAt = instant(http.requiredText(notification, "indexedAt", what), what); //$NON-NLS-1$
				oldest = oldest == null || indexedAt.isBefore(oldest) ? indexedAt : oldest;
			}
			page = answer.path("cursor").asText(null); //$NON-NLS-1$
			if (since == null || page == null || batch.isEmpty() || !oldest.isAfter(since)) {
				break;
			}
		}
		Instant newest = since;
		record Rooted(String root, ConversationMessage message) {
		}
		List<Rooted> messages = new ArrayList<>();
		for (JsonNode notification : notifications) {
			Instant indexedAt = instant(http.requiredText(notification, "indexedAt", what), what); //$NON-NLS-1$
			if (since != null && !indexedAt.isAfter(since)) {
				continue;
			}
			if (newest == null || indexedAt.isAfter(newest)) {
				newest = indexedAt;
			}
			String reason = notification.path("reason").asText(); //$NON-NLS-1$
			if (!CONVERSATION_REASONS.contains(reason)) {
				continue;
			}
			JsonNode record = notification.path("record"); //$NON-NLS-1$
			JsonNode author = notification.path("author"); //$NON-NLS-1$
			String handle = http.requiredText(author, "handle", what); //$NON-NLS-1$
			String uri = http.requiredText(notification, "uri", what); //$NON-NLS-1$
			String parent = record.path("reply").path("parent").path("uri").asText(null); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			String root = record.path("reply").path("root").path("uri").asText(null); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			ConversationMessage.Kind kind = switch (reason) {
			case "reply" -> ConversationMessage.Kind.REPLY; //$NON-NLS-1$
			case "quote" -> ConversationMessage.Kind.QUOTE; //$NON-NLS-1$
			default -> ConversationMessage.Kind.MENTION;
			};
			String createdAt = record.path("createdAt").asText(null); //$NON-NLS-1$
			ConversationMessage message = new ConversationMessage(uri, parent, kind,
					new ConversationAuthor(http.requiredText(author, "did", what), handle, author.path("displayName").asText(""), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
							URI.create("https://bsky.app/profile/" + encode(handle))), //$NON-NLS-1$
					record.path("text").asText(""), createdAt == null ? indexedAt : instant(createdAt, what), webUrl(uri)); //$NON-NLS-1$ //$NON-NLS-2$
			messages.add(new Rooted(root != null ? root : uri, message));
		}
		messages.sort((a, b) -> a.message().createdAt().compareTo(b.message().createdAt()));
		Map<String, List<ConversationMessage>> threads = new LinkedHashMap<>();
		for (Rooted rooted : messages) {
			threads.computeIfAbsent(rooted.root(), k -> new ArrayList<>()).add(rooted.message());
		}
		List<ConversationThread> result = new ArrayList<>();
		threads.forEach((root, list) -> result.add(new ConversationThread(root, list)));
		return new ConversationPage(result, newest == null ? null : newest.toString());
	}

	// --- metrics

	@Override
	public List<MetricObservation> fetchMetrics(ChannelAccount account, IAccountSecrets secrets, List<String> postRemoteIds)
			throws ChannelException {
		String service = service(account);
		List<MetricObservation> observations = new ArrayList<>();
		String what = "app.bsky.actor.getProfile"; //$NON-NLS-1$
		JsonNode profile = http.readJson(http.send(authorized(HttpRequest.newBuilder(URI.create(xrpc(service, what) + "?actor=" + encode(did(account)))).GET(), //$NON-NLS-1$
				secrets), what), what);
		Instant now = clock.instant();
		String source = "Bluesky " + service + ' ' + what; //$NON-NLS-1$
		add(observations, profile, MetricObservation.ACCOUNT, Metric.FOLLOWERS, "followersCount", now, source); //$NON-NLS-1$
		add(observations, profile, MetricObservation.ACCOUNT, Metric.FOLLOWING, "followsCount", now, source); //$NON-NLS-1$
		add(observations, profile, MetricObservation.ACCOUNT, Metric.POSTS, "postsCount", now, source); //$NON-NLS-1$
		String postsWhat = "app.bsky.feed.getPosts"; //$NON-NLS-1$
		for (int from = 0; from < postRemoteIds.size(); from += 25) {
			StringBuilder url = new StringBuilder(xrpc(service, postsWhat).toString()).append('?');
			List<String> batch = postRemoteIds.subList(from, Math.min(postRemoteIds.size(), from + 25));
			for (int i = 0; i < batch.size(); i++) {
				url.append(i == 0 ? "" : "&").append("uris=").append(encode(batch.get(i))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
			JsonNode posts = http.readJson(http.send(authorized(HttpRequest.newBuilder(URI.create(url.toString())).GET(), secrets), postsWhat),
					postsWhat).path("posts"); //$NON-NLS-1$
			Instant at = clock.instant();
			for (JsonNode post : posts) {
				String uri = http.requiredText(post, "uri", postsWhat); //$NON-NLS-1$
				String postSource = "Bluesky " + service + ' ' + postsWhat; //$NON-NLS-1$
				add(observations, post, uri, Metric.LIKES, "likeCount", at, postSource); //$NON-NLS-1$
				add(observations, post, uri, Metric.SHARES, "repostCount", at, postSource); //$NON-NLS-1$
				add(observations, post, uri, Metric.REPLIES, "replyCount", at, postSource); //$NON-NLS-1$
				add(observations, post, uri, Metric.QUOTES, "quoteCount", at, postSource); //$NON-NLS-1$
			}
		}
		return observations;
	}

	private static void add(List<MetricObservation> observations, JsonNode node, String subject, Metric metric, String field,
			Instant at, String source) {
		JsonNode value = node.get(field);
		if (value != null && value.canConvertToLong()) {
			observations.add(new MetricObservation(subject, metric, field, value.asLong(), at, source));
		}
	}

	// --- helpers

	private static String service(ChannelAccount account) throws ChannelException {
		String service = account.settings().get(AccountProfile.BASE_URL);
		if (service == null || service.isBlank()) {
			throw new ChannelException(Kind.GONE, "The Bluesky account has no service address; connect it again"); //$NON-NLS-1$
		}
		return service;
	}

	private static String did(ChannelAccount account) {
		return account.settings().getOrDefault("did", account.accountId()); //$NON-NLS-1$
	}

	static String normalizeService(String service) throws ChannelException {
		String url = service.strip().contains("://") ? service.strip() : "https://" + service.strip(); //$NON-NLS-1$ //$NON-NLS-2$
		try {
			URI uri = URI.create(url);
			if (uri.getHost() == null) {
				throw new IllegalArgumentException(url);
			}
			return uri.getScheme() + "://" + uri.getRawAuthority(); //$NON-NLS-1$
		} catch (IllegalArgumentException e) {
			throw new ChannelException(Kind.REJECTED, "Not a Bluesky service address: " + service); //$NON-NLS-1$
		}
	}

	private static URI xrpc(String service, String method) {
		return URI.create(service + "/xrpc/" + method); //$NON-NLS-1$
	}

	private static HttpRequest.Builder xrpcPost(String service, String method, JsonNode body) {
		return HttpRequest.newBuilder(xrpc(service, method)).header("Content-Type", "application/json") //$NON-NLS-1$ //$NON-NLS-2$
				.POST(HttpRequest.BodyPublishers.ofString(body.toString()));
	}

	private static HttpRequest.Builder authorized(HttpRequest.Builder request, IAccountSecrets secrets) throws ChannelException {
		return request.header("Authorization", "Bearer " + secrets.require(ACCESS_JWT)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private Instant instant(String text, String what) throws ChannelException {
		try {
			return OffsetDateTime.parse(text).toInstant();
		} catch (DateTimeParseException e) {
			throw http.unreadable(what, e);
		}
	}

	static JsonNode xrpcError(String body) {
		try {
			JsonNode node = JSON.readTree(body);
			return node != null && node.isObject() ? node : null;
		} catch (JsonProcessingException e) {
			return null;
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
