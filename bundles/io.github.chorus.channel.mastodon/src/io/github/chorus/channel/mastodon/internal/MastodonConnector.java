package io.github.chorus.channel.mastodon.internal;

import static io.github.chorus.channels.connector.HttpExchange.encode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.ILog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.chorus.channels.ChannelAccount;
import io.github.chorus.channels.ChannelCapabilities;
import io.github.chorus.channels.IChannelConnector;
import io.github.chorus.channels.MediaRules;
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
import io.github.chorus.channels.connector.MultipartBody;
import io.github.chorus.channels.connector.MetricObservation.Metric;
import io.github.chorus.channels.connector.OAuthLoopback;
import io.github.chorus.channels.connector.PostPart;
import io.github.chorus.channels.connector.PublishRequest;
import io.github.chorus.channels.connector.PublishResult;
import io.github.chorus.channels.connector.PublishedPart;

/**
 * Mastodon, through the REST API of the account's own instance.
 * <ul>
 * <li>Connect (parameter {@value #INSTANCE}, the instance URL): registers Chorus as an app on the
 * instance ({@code POST /api/v1/apps}) with a loopback redirect on 127.0.0.1, runs OAuth 2 authorization
 * code with PKCE (S256) through the system browser, exchanges the code ({@code POST /oauth/token}) and
 * reads the account ({@code GET /api/v1/accounts/verify_credentials}). Secrets: {@code clientId},
 * {@code clientSecret}, {@code accessToken}, and {@code refreshToken} when the instance issues one.</li>
 * <li>Refine: the instance's {@code configuration} from {@code GET /api/v2/instance} (max characters,
 * characters per URL, max media attachments), cached per instance for an hour.</li>
 * <li>Publish: media (images, video, audio) through {@code POST /api/v2/media} with the alt text as
 * {@code description}, the file streamed from the disk (Mastodon takes it in one request: it has no
 * chunked upload), waiting on {@code GET /api/v1/media/:id} while the server processes it (202, then 206
 * until done; a 422 there means processing failed and is rejected with the server's message);
 * statuses through {@code POST /api/v1/statuses} with an {@code Idempotency-Key} per part; threads and
 * first comments through {@code in_reply_to_id}; {@code scheduled_at} for native scheduling, cancelled
 * and moved through {@code /api/v1/scheduled_statuses/:id}. Options: {@code visibility},
 * {@code language}, {@code sensitive}.</li>
 * <li>Conversations: {@code mention} and {@code quote} notifications after a cursor (the last
 * notification id) from {@code GET /api/v1/notifications}.</li>
 * <li>Metrics: the account's followers, following and statuses counts, and each post's favourites,
 * reblogs, replies and quotes.</li>
 * </ul>
 */
public final class MastodonConnector implements IChannelConnector {

	/** The connect parameter naming the instance, for example {@code https://mastodon.social}. */
	public static final String INSTANCE = "instance"; //$NON-NLS-1$

	static final String CHANNEL_TYPE = "io.github.chorus.channel.mastodon"; //$NON-NLS-1$
	static final String CLIENT_ID = "clientId"; //$NON-NLS-1$
	static final String CLIENT_SECRET = "clientSecret"; //$NON-NLS-1$
	static final String ACCESS_TOKEN = "accessToken"; //$NON-NLS-1$
	static final String REFRESH_TOKEN = "refreshToken"; //$NON-NLS-1$
	static final String SCOPES = "read write"; //$NON-NLS-1$
	private static final Duration INSTANCE_CACHE = Duration.ofHours(1);
	private static final ObjectMapper JSON = new ObjectMapper();

	private final HttpExchange http;
	private final Clock clock;
	private final Duration mediaPollInterval;
	private final int mediaPollAttempts;
	private final Map<String, CachedInstance> instances = new ConcurrentHashMap<>();

	private record CachedInstance(JsonNode configuration, Instant readAt) {
	}

	/** Created by the extension registry. */
	public MastodonConnector() {
		this(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER)
				.build(), HttpExchange.DEFAULT_TIMEOUT, Clock.systemUTC(), Duration.ofSeconds(1), 60);
	}

	/**
	 * @param client            the HTTP client
	 * @param timeout           the time one request may take
	 * @param clock             the clock for observation times and token expiries
	 * @param mediaPollInterval the pause between checks of media the server is still processing
	 * @param mediaPollAttempts how many checks before giving up (transient)
	 */
	public MastodonConnector(HttpClient client, Duration timeout, Clock clock, Duration mediaPollInterval,
			int mediaPollAttempts) {
		this.http = new HttpExchange(client, timeout, "Mastodon", new HttpExchange.ErrorInterpreter() { //$NON-NLS-1$
			@Override
			public String message(int status, String body) {
				return errorMessage(body);
			}
		});
		this.clock = clock;
		this.mediaPollInterval = mediaPollInterval;
		this.mediaPollAttempts = mediaPollAttempts;
	}

	@Override
	public Set<ConnectorOperation> operations() {
		return Set.of(ConnectorOperation.values());
	}

	// --- capabilities

	@Override
	public ChannelCapabilities refine(ChannelCapabilities declared, ChannelAccount account) {
		String instance = account.settings().get(AccountProfile.BASE_URL);
		if (instance == null) {
			return declared;
		}
		try {
			JsonNode configuration = instanceConfiguration(instance);
			ChannelCapabilities refined = declared;
			int maxCharacters = configuration.path("statuses").path("max_characters").asInt(0); //$NON-NLS-1$ //$NON-NLS-2$
			if (maxCharacters > 0) {
				refined = refined.withText(refined.text().withMaxLength(maxCharacters));
			}
			JsonNode perUrl = configuration.path("statuses").path("characters_reserved_per_url"); //$NON-NLS-1$ //$NON-NLS-2$
			if (perUrl.canConvertToInt() && perUrl.asInt() > 0) {
				refined = refined.withText(refined.text().withUrlWeight(OptionalInt.of(perUrl.asInt())));
			}
			int maxMedia = configuration.path("statuses").path("max_media_attachments").asInt(0); //$NON-NLS-1$ //$NON-NLS-2$
			if (maxMedia > 0) {
				List<MediaRules> media = new ArrayList<>();
				for (MediaRules rules : refined.media()) {
					media.add(new MediaRules(rules.postType(), maxMedia, rules.mixingAllowed(), rules.requires(), rules.types()));
				}
				refined = new ChannelCapabilities(refined.text(), media, refined.features());
			}
			return refined;
		} catch (ChannelException e) {
			ILog.of(MastodonConnector.class).warn("Mastodon limits of " + instance + " not read, using the defaults: " //$NON-NLS-1$ //$NON-NLS-2$
					+ e.getMessage());
			return declared;
		}
	}

	JsonNode instanceConfiguration(String instance) throws ChannelException {
		CachedInstance cached = instances.get(instance);
		if (cached != null && cached.readAt().plus(INSTANCE_CACHE).isAfter(clock.instant())) {
			return cached.configuration();
		}
		String what = "GET /api/v2/instance"; //$NON-NLS-1$
		JsonNode body = http.readJson(http.send(HttpRequest.newBuilder(URI.create(instance + "/api/v2/instance")).GET(), what), //$NON-NLS-1$
				what);
		JsonNode configuration = body.path("configuration"); //$NON-NLS-1$
		if (!configuration.isObject()) {
			throw http.unreadable(what, new IllegalStateException("no configuration")); //$NON-NLS-1$
		}
		instances.put(instance, new CachedInstance(configuration, clock.instant()));
		return configuration;
	}

	// --- accounts

	@Override
	public AccountProfile connect(ConnectRequest request, IAccountSecrets secrets) throws ChannelException {
		String instance = normalizeInstance(request.require(INSTANCE));
		try (OAuthLoopback loopback = OAuthLoopback.open("Mastodon")) { //$NON-NLS-1$
			String redirectUri = loopback.redirectUri().toString();
			Map<String, String> app = new LinkedHashMap<>();
			app.put("client_name", "Chorus"); //$NON-NLS-1$ //$NON-NLS-2$
			app.put("redirect_uris", redirectUri); //$NON-NLS-1$
			app.put("scopes", SCOPES); //$NON-NLS-1$
			String what = "POST /api/v1/apps"; //$NON-NLS-1$
			JsonNode registered = http.readJson(http.send(form(instance + "/api/v1/apps", app), what), what); //$NON-NLS-1$
			String clientId = http.requiredText(registered, "client_id", what); //$NON-NLS-1$
			String clientSecret = http.requiredText(registered, "client_secret", what); //$NON-NLS-1$
			secrets.put(CLIENT_ID, clientId);
			secrets.put(CLIENT_SECRET, clientSecret);

			OAuthLoopback.Pkce pkce = OAuthLoopback.pkce();
			String state = OAuthLoopback.randomToken(24);
			String authorize = instance + "/oauth/authorize?response_type=code&client_id=" + encode(clientId) //$NON-NLS-1$
					+ "&redirect_uri=" + encode(redirectUri) + "&scope=" + encode(SCOPES) + "&state=" + encode(state) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					+ "&code_challenge=" + encode(pkce.challenge()) + "&code_challenge_method=" + pkce.method(); //$NON-NLS-1$ //$NON-NLS-2$
			String code = loopback.authorize(request, URI.create(authorize), state);
			Map<String, String> token = new LinkedHashMap<>();
			token.put("grant_type", "authorization_code"); //$NON-NLS-1$ //$NON-NLS-2$
			token.put("code", code); //$NON-NLS-1$
			token.put("client_id", clientId); //$NON-NLS-1$
			token.put("client_secret", clientSecret); //$NON-NLS-1$
			token.put("redirect_uri", redirectUri); //$NON-NLS-1$
			token.put("code_verifier", pkce.verifier()); //$NON-NLS-1$
			token.put("scope", SCOPES); //$NON-NLS-1$
			Instant expiry = storeTokens(instance, token, secrets);
			return profile(instance, secrets, expiry);
		}
	}

	@Override
	public AccountProfile refresh(ChannelAccount account, IAccountSecrets secrets) throws ChannelException {
		String instance = instance(account);
		Instant expiry = null;
		var refreshToken = secrets.get(REFRESH_TOKEN);
		if (refreshToken.isPresent()) {
			Map<String, String> token = new LinkedHashMap<>();
			token.put("grant_type", "refresh_token"); //$NON-NLS-1$ //$NON-NLS-2$
			token.put("refresh_token", refreshToken.get()); //$NON-NLS-1$
			token.put("client_id", secrets.require(CLIENT_ID)); //$NON-NLS-1$
			token.put("client_secret", secrets.require(CLIENT_SECRET)); //$NON-NLS-1$
			expiry = storeTokens(instance, token, secrets);
		}
		return profile(instance, secrets, expiry);
	}

	private Instant storeTokens(String instance, Map<String, String> parameters, IAccountSecrets secrets)
			throws ChannelException {
		String what = "POST /oauth/token"; //$NON-NLS-1$
		JsonNode token;
		try {
			token = http.readJson(http.send(form(instance + "/oauth/token", parameters), what), what); //$NON-NLS-1$
		} catch (ChannelException e) {
			// an invalid_grant on refresh is a revoked authorization: connect again
			if (e.kind() == Kind.REJECTED && e.httpStatus().orElse(0) == 400) {
				throw new ChannelException(Kind.AUTH_EXPIRED, e.getMessage(), e.networkMessage().orElse(null), null, 400, null);
			}
			throw e;
		}
		secrets.put(ACCESS_TOKEN, http.requiredText(token, "access_token", what)); //$NON-NLS-1$
		secrets.put(REFRESH_TOKEN, token.path("refresh_token").asText(null)); // never replaces a good one with nothing //$NON-NLS-1$
		long expiresIn = token.path("expires_in").asLong(0); //$NON-NLS-1$
		return expiresIn > 0 ? clock.instant().plusSeconds(expiresIn) : null;
	}

	private AccountProfile profile(String instance, IAccountSecrets secrets, Instant expiry) throws ChannelException {
		JsonNode account = verifyCredentials(instance, secrets);
		String what = "GET /api/v1/accounts/verify_credentials"; //$NON-NLS-1$
		String username = http.requiredText(account, "username", what); //$NON-NLS-1$
		String host = URI.create(instance).getHost();
		String displayName = account.path("display_name").asText(""); //$NON-NLS-1$ //$NON-NLS-2$
		Map<String, String> settings = new LinkedHashMap<>();
		settings.put("remoteId", http.requiredText(account, "id", what)); //$NON-NLS-1$ //$NON-NLS-2$
		if (account.hasNonNull("url")) { //$NON-NLS-1$
			settings.put("profileUrl", account.get("url").asText()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return new AccountProfile(CHANNEL_TYPE, '@' + username + '@' + host,
				displayName.isBlank() ? username : displayName, instance, expiry, settings);
	}

	private JsonNode verifyCredentials(String instance, IAccountSecrets secrets) throws ChannelException {
		String what = "GET /api/v1/accounts/verify_credentials"; //$NON-NLS-1$
		return http.readJson(http.send(authorized(instance + "/api/v1/accounts/verify_credentials", secrets).GET(), what), what); //$NON-NLS-1$
	}

	// --- publishing

	@Override
	public PublishResult publish(ChannelAccount account, IAccountSecrets secrets, PublishRequest request)
			throws ChannelException {
		String instance = instance(account);
		if (request.scheduledAt() != null && request.parts().size() > 1) {
			throw new ChannelException(Kind.REJECTED,
					"Mastodon cannot schedule a thread: a scheduled post has no id to reply to until it is published. Schedule the first post only."); //$NON-NLS-1$
		}
		List<PublishedPart> published = new ArrayList<>();
		Instant at = null;
		boolean scheduled = false;
		for (int i = 0; i < request.parts().size(); i++) {
			PostPart part = request.parts().get(i);
			ArrayNode mediaIds = JSON.createArrayNode();
			for (MediaFile media : part.media()) {
				mediaIds.add(uploadMedia(instance, secrets, media));
			}
			ObjectNode status = JSON.createObjectNode();
			status.put("status", part.text()); //$NON-NLS-1$
			if (!mediaIds.isEmpty()) {
				status.set("media_ids", mediaIds); //$NON-NLS-1$
			}
			if (part.spoiler() != null && !part.spoiler().isBlank()) {
				status.put("spoiler_text", part.spoiler()); //$NON-NLS-1$
			}
			String replyTo = i == 0 ? request.replyTo()
					: request.followUps() == PublishRequest.FollowUps.THREAD ? published.get(i - 1).remoteId()
							: published.get(0).remoteId();
			if (replyTo != null) {
				status.put("in_reply_to_id", replyTo); //$NON-NLS-1$
			}
			for (String option : List.of("visibility", "language")) { //$NON-NLS-1$ //$NON-NLS-2$
				if (request.options().containsKey(option)) {
					status.put(option, request.options().get(option));
				}
			}
			if (request.options().containsKey("sensitive")) { //$NON-NLS-1$
				status.put("sensitive", Boolean.parseBoolean(request.options().get("sensitive"))); //$NON-NLS-1$ //$NON-NLS-2$
			}
			if (request.scheduledAt() != null) {
				status.put("scheduled_at", request.scheduledAt().toString()); //$NON-NLS-1$
			}
			String what = "POST /api/v1/statuses"; //$NON-NLS-1$
			HttpRequest.Builder post = authorized(instance + "/api/v1/statuses", secrets) //$NON-NLS-1$
					.header("Content-Type", "application/json") //$NON-NLS-1$ //$NON-NLS-2$
					.header("Idempotency-Key", request.idempotencyKey() + '#' + i) //$NON-NLS-1$
					.POST(HttpRequest.BodyPublishers.ofString(status.toString()));
			JsonNode answer = http.readJson(http.send(post, what), what);
			String id = http.requiredText(answer, "id", what); //$NON-NLS-1$
			if (answer.has("scheduled_at") && answer.has("params")) { //$NON-NLS-1$ //$NON-NLS-2$
				scheduled = true;
				at = instant(answer.path("scheduled_at").asText(), what); //$NON-NLS-1$
				published.add(new PublishedPart(id, null));
			} else {
				String url = answer.path("url").asText(null); //$NON-NLS-1$
				published.add(new PublishedPart(id, url == null ? null : URI.create(url)));
				if (i == 0) {
					at = answer.hasNonNull("created_at") ? instant(answer.get("created_at").asText(), what) : clock.instant(); //$NON-NLS-1$ //$NON-NLS-2$
				}
			}
		}
		return new PublishResult(published, scheduled, at);
	}

	private String uploadMedia(String instance, IAccountSecrets secrets, MediaFile media) throws ChannelException {
		MultipartBody body = new MultipartBody().file("file", media.file().getFileName().toString(), media.mimeType(), //$NON-NLS-1$
				FileRange.whole(media.file()));
		if (!media.altTextOrEmpty().isBlank()) {
			body.field("description", media.altText()); //$NON-NLS-1$
		}
		String what = "POST /api/v2/media"; //$NON-NLS-1$
		HttpResponse<String> response = http.send(authorized(instance + "/api/v2/media", secrets) //$NON-NLS-1$
				.header("Content-Type", body.contentType()).POST(body.publisher()), what); //$NON-NLS-1$
		JsonNode attachment = http.readJson(response, what);
		String id = http.requiredText(attachment, "id", what); //$NON-NLS-1$
		if (response.statusCode() == 202 || attachment.path("url").isNull()) { //$NON-NLS-1$
			waitForProcessing(instance, secrets, id);
		}
		return id;
	}

	private void waitForProcessing(String instance, IAccountSecrets secrets, String id) throws ChannelException {
		String what = "GET /api/v1/media/:id"; //$NON-NLS-1$
		for (int attempt = 0; attempt < mediaPollAttempts; attempt++) {
			http.pause(mediaPollInterval, what);
			HttpResponse<String> response = http.send(authorized(instance + "/api/v1/media/" + encode(id), secrets).GET(), what); //$NON-NLS-1$
			if (response.statusCode() == 200 && !http.readJson(response, what).path("url").isNull()) { //$NON-NLS-1$
				return;
			}
		}
		throw new ChannelException(Kind.TRANSIENT, "Mastodon was still processing the media after " //$NON-NLS-1$
				+ mediaPollAttempts + " checks; publish again later"); //$NON-NLS-1$
	}

	@Override
	public void cancelScheduled(ChannelAccount account, IAccountSecrets secrets, String remoteId) throws ChannelException {
		String what = "DELETE /api/v1/scheduled_statuses/:id"; //$NON-NLS-1$
		http.send(authorized(instance(account) + "/api/v1/scheduled_statuses/" + encode(remoteId), secrets).DELETE(), what); //$NON-NLS-1$
	}

	@Override
	public PublishResult reschedule(ChannelAccount account, IAccountSecrets secrets, String remoteId, Instant at)
			throws ChannelException {
		String what = "PUT /api/v1/scheduled_statuses/:id"; //$NON-NLS-1$
		ObjectNode body = JSON.createObjectNode().put("scheduled_at", at.toString()); //$NON-NLS-1$
		JsonNode answer = http.readJson(http.send(authorized(instance(account) + "/api/v1/scheduled_statuses/" + encode(remoteId), secrets) //$NON-NLS-1$
				.header("Content-Type", "application/json") //$NON-NLS-1$ //$NON-NLS-2$
				.PUT(HttpRequest.BodyPublishers.ofString(body.toString())), what), what);
		return new PublishResult(List.of(new PublishedPart(http.requiredText(answer, "id", what), null)), true, //$NON-NLS-1$
				instant(http.requiredText(answer, "scheduled_at", what), what)); //$NON-NLS-1$
	}

	// --- inbox

	@Override
	public ConversationPage fetchConversations(ChannelAccount account, IAccountSecrets secrets, String cursor)
			throws ChannelException {
		String what = "GET /api/v1/notifications"; //$NON-NLS-1$
		StringBuilder url = new StringBuilder(instance(account)).append("/api/v1/notifications?types[]=mention&types[]=quote&limit=40"); //$NON-NLS-1$
		if (cursor != null && !cursor.isBlank()) {
			url.append("&min_id=").append(encode(cursor)); //$NON-NLS-1$
		}
		JsonNode notifications = http.readJson(http.send(authorized(url.toString(), secrets).GET(), what), what);
		if (!notifications.isArray()) {
			throw http.unreadable(what, new IllegalStateException("not an array")); //$NON-NLS-1$
		}
		Map<String, List<ConversationMessage>> threads = new LinkedHashMap<>();
		String next = cursor;
		List<JsonNode> ordered = new ArrayList<>();
		notifications.forEach(ordered::add);
		ordered.sort((a, b) -> compareIds(a.path("id").asText(), b.path("id").asText())); //$NON-NLS-1$ //$NON-NLS-2$
		for (JsonNode notification : ordered) {
			String id = http.requiredText(notification, "id", what); //$NON-NLS-1$
			if (next == null || compareIds(id, next) > 0) {
				next = id;
			}
			JsonNode status = notification.path("status"); //$NON-NLS-1$
			if (!status.isObject()) {
				continue;
			}
			String type = notification.path("type").asText(); //$NON-NLS-1$
			String inReplyTo = status.path("in_reply_to_id").asText(null); //$NON-NLS-1$
			ConversationMessage.Kind kind = "direct".equals(status.path("visibility").asText()) ? ConversationMessage.Kind.DIRECT //$NON-NLS-1$ //$NON-NLS-2$
					: "quote".equals(type) ? ConversationMessage.Kind.QUOTE //$NON-NLS-1$
							: inReplyTo != null ? ConversationMessage.Kind.REPLY : ConversationMessage.Kind.MENTION;
			JsonNode author = status.path("account").isObject() ? status.path("account") : notification.path("account"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			String profile = author.path("url").asText(null); //$NON-NLS-1$
			ConversationAuthor who = new ConversationAuthor(http.requiredText(author, "id", what), http.requiredText(author, "acct", what), //$NON-NLS-1$ //$NON-NLS-2$
					author.path("display_name").asText(""), profile == null ? null : URI.create(profile)); //$NON-NLS-1$ //$NON-NLS-2$
			String statusUrl = status.path("url").asText(null); //$NON-NLS-1$
			String statusId = http.requiredText(status, "id", what); //$NON-NLS-1$
			ConversationMessage message = new ConversationMessage(statusId, inReplyTo, kind, who,
					Html.toText(status.path("content").asText("")), //$NON-NLS-1$ //$NON-NLS-2$
					instant(http.requiredText(status, "created_at", what), what), //$NON-NLS-1$
					statusUrl == null ? null : URI.create(statusUrl));
			threads.computeIfAbsent(inReplyTo != null ? inReplyTo : statusId, k -> new ArrayList<>()).add(message);
		}
		List<ConversationThread> result = new ArrayList<>();
		threads.forEach((root, messages) -> result.add(new ConversationThread(root, messages)));
		return new ConversationPage(result, next);
	}

	/** Mastodon ids are decimal strings that grow with time; compare them as numbers. */
	static int compareIds(String a, String b) {
		return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
	}

	// --- metrics

	@Override
	public List<MetricObservation> fetchMetrics(ChannelAccount account, IAccountSecrets secrets, List<String> postRemoteIds)
			throws ChannelException {
		String instance = instance(account);
		List<MetricObservation> observations = new ArrayList<>();
		JsonNode me = verifyCredentials(instance, secrets);
		Instant now = clock.instant();
		String source = "Mastodon " + instance + " GET /api/v1/accounts/verify_credentials"; //$NON-NLS-1$ //$NON-NLS-2$
		add(observations, me, MetricObservation.ACCOUNT, Metric.FOLLOWERS, "followers_count", now, source); //$NON-NLS-1$
		add(observations, me, MetricObservation.ACCOUNT, Metric.FOLLOWING, "following_count", now, source); //$NON-NLS-1$
		add(observations, me, MetricObservation.ACCOUNT, Metric.POSTS, "statuses_count", now, source); //$NON-NLS-1$
		for (String id : postRemoteIds) {
			String what = "GET /api/v1/statuses/:id"; //$NON-NLS-1$
			JsonNode status = http.readJson(http.send(authorized(instance + "/api/v1/statuses/" + encode(id), secrets).GET(), what), what); //$NON-NLS-1$
			Instant at = clock.instant();
			String postSource = "Mastodon " + instance + " GET /api/v1/statuses/" + id; //$NON-NLS-1$ //$NON-NLS-2$
			add(observations, status, id, Metric.LIKES, "favourites_count", at, postSource); //$NON-NLS-1$
			add(observations, status, id, Metric.SHARES, "reblogs_count", at, postSource); //$NON-NLS-1$
			add(observations, status, id, Metric.REPLIES, "replies_count", at, postSource); //$NON-NLS-1$
			add(observations, status, id, Metric.QUOTES, "quotes_count", at, postSource); //$NON-NLS-1$
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

	private static String instance(ChannelAccount account) throws ChannelException {
		String instance = account.settings().get(AccountProfile.BASE_URL);
		if (instance == null || instance.isBlank()) {
			throw new ChannelException(Kind.GONE, "The Mastodon account has no instance; connect it again"); //$NON-NLS-1$
		}
		return instance;
	}

	static String normalizeInstance(String instance) throws ChannelException {
		String url = instance.contains("://") ? instance : "https://" + instance; //$NON-NLS-1$ //$NON-NLS-2$
		while (url.endsWith("/")) { //$NON-NLS-1$
			url = url.substring(0, url.length() - 1);
		}
		try {
			URI uri = URI.create(url);
			if (uri.getHost() == null || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) { //$NON-NLS-1$ //$NON-NLS-2$
				throw new IllegalArgumentException(url);
			}
			return uri.getScheme() + "://" + uri.getRawAuthority(); //$NON-NLS-1$
		} catch (IllegalArgumentException e) {
			throw new ChannelException(Kind.REJECTED, "Not a Mastodon instance address: " + instance); //$NON-NLS-1$
		}
	}

	private HttpRequest.Builder authorized(String url, IAccountSecrets secrets) throws ChannelException {
		return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + secrets.require(ACCESS_TOKEN)) //$NON-NLS-1$ //$NON-NLS-2$
				.header("Accept", "application/json"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static HttpRequest.Builder form(String url, Map<String, String> parameters) {
		StringJoiner body = new StringJoiner("&"); //$NON-NLS-1$
		parameters.forEach((k, v) -> body.add(encode(k) + '=' + encode(v)));
		return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded") //$NON-NLS-1$ //$NON-NLS-2$
				.header("Accept", "application/json") //$NON-NLS-1$ //$NON-NLS-2$
				.POST(HttpRequest.BodyPublishers.ofString(body.toString()));
	}

	private Instant instant(String text, String what) throws ChannelException {
		try {
			return java.time.OffsetDateTime.parse(text).toInstant();
		} catch (java.time.format.DateTimeParseException e) {
			throw http.unreadable(what, e);
		}
	}

	static String errorMessage(String body) {
		try {
			JsonNode node = JSON.readTree(body);
			if (node != null && node.hasNonNull("error")) { //$NON-NLS-1$
				String error = node.get("error").asText(); //$NON-NLS-1$
				return node.hasNonNull("error_description") ? error + ": " + node.get("error_description").asText() : error; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
		} catch (JsonProcessingException e) {
			// not JSON: no message
		}
		return null;
	}
}
