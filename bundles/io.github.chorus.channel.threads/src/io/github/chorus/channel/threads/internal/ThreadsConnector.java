package io.github.chorus.channel.threads.internal;

import static io.github.chorus.channels.connector.HttpExchange.encode;
import static io.github.chorus.channels.connector.HttpExchange.form;

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
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.chorus.channels.ChannelAccount;
import io.github.chorus.channels.IChannelConnector;
import io.github.chorus.channels.connector.AccountProfile;
import io.github.chorus.channels.connector.ChannelException;
import io.github.chorus.channels.connector.ChannelException.Kind;
import io.github.chorus.channels.connector.ConnectRequest;
import io.github.chorus.channels.connector.ConnectorOperation;
import io.github.chorus.channels.connector.ConversationAuthor;
import io.github.chorus.channels.connector.ConversationMessage;
import io.github.chorus.channels.connector.ConversationPage;
import io.github.chorus.channels.connector.ConversationThread;
import io.github.chorus.channels.connector.HttpExchange;
import io.github.chorus.channels.connector.IAccountSecrets;
import io.github.chorus.channels.connector.MetricObservation;
import io.github.chorus.channels.connector.MetricObservation.Metric;
import io.github.chorus.channels.connector.OAuthLoopback;
import io.github.chorus.channels.connector.PostPart;
import io.github.chorus.channels.connector.PublishRequest;
import io.github.chorus.channels.connector.PublishResult;
import io.github.chorus.channels.connector.PublishedPart;
import io.github.chorus.channels.graph.GraphErrors;
import io.github.chorus.channels.graph.GraphTime;

/**
 * Threads, through the Threads API ({@code graph.threads.net}).
 * <ul>
 * <li>Connect (parameters {@value #APP_ID} and {@value #APP_SECRET} of the user's own Threads app,
 * {@value #REDIRECT_PORT}, default {@value #DEFAULT_REDIRECT_PORT}): authorization code on
 * {@code threads.net/oauth/authorize}, {@code POST /oauth/access_token}, then the long-lived token
 * ({@code th_exchange_token}, 60 days); {@code GET /me}. Secrets: {@code accessToken}, and the app
 * secret is not kept.</li>
 * <li>Refresh: {@code th_refresh_token} extends the long-lived token by 60 days.</li>
 * <li>Publish text: a {@code TEXT} container ({@code POST /{user}/threads}) then
 * {@code POST /{user}/threads_publish}; threads and first comments through {@code reply_to_id}.</li>
 * <li>Conversations: replies to the account's latest posts ({@code GET /{post}/replies}) after the
 * cursor (an ISO time).</li>
 * <li>Metrics: {@code followers_count} from {@code threads_insights}; per post views, likes, replies,
 * reposts and quotes from {@code /{post}/insights}.</li>
 * </ul>
 * Not offered: images and video (the API fetches them from a public {@code image_url} or
 * {@code video_url}; Chorus has no public media host, so they are rejected with that explanation),
 * native scheduling (none in the API), idempotency (none). The refresh and long-lived token calls put
 * the token in the query string because the API defines them so; messages never contain a URL.
 */
public final class ThreadsConnector implements IChannelConnector {

	/** Connect parameter: the Threads app id. */
	public static final String APP_ID = "appId"; //$NON-NLS-1$
	/** Connect parameter: the Threads app secret (used to connect, not kept). */
	public static final String APP_SECRET = "appSecret"; //$NON-NLS-1$
	/** Connect parameter: the loopback port registered as redirect URI. */
	public static final String REDIRECT_PORT = "redirectPort"; //$NON-NLS-1$
	/** The default loopback port. */
	public static final int DEFAULT_REDIRECT_PORT = 8765;
	/** The permissions asked for. */
	public static final String SCOPES = "threads_basic,threads_content_publish,threads_manage_replies,threads_read_replies,threads_manage_insights"; //$NON-NLS-1$

	static final String CHANNEL_TYPE = "io.github.chorus.channel.threads"; //$NON-NLS-1$
	static final String ACCESS_TOKEN = "accessToken"; //$NON-NLS-1$
	private static final int RECENT_POSTS = 10;

	private final HttpExchange http;
	private final Clock clock;
	private final String base;
	private final String authorizePage;

	/** Created by the extension registry. */
	public ThreadsConnector() {
		this(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build(),
				HttpExchange.DEFAULT_TIMEOUT, Clock.systemUTC(), "https://graph.threads.net", "https://threads.net/oauth/authorize"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * @param client        the HTTP client
	 * @param timeout       the time one request may take
	 * @param clock         the clock
	 * @param base          the API host, {@code https://graph.threads.net}
	 * @param authorizePage the authorization page
	 */
	public ThreadsConnector(HttpClient client, Duration timeout, Clock clock, String base, String authorizePage) {
		this.http = new HttpExchange(client, timeout, "Threads", new GraphErrors(Map.of(9, Kind.RATE_LIMITED))); // 9: 250 posts a day //$NON-NLS-1$
		this.clock = clock;
		this.base = base;
		this.authorizePage = authorizePage;
	}

	@Override
	public Set<ConnectorOperation> operations() {
		return Set.of(ConnectorOperation.CONNECT, ConnectorOperation.PUBLISH, ConnectorOperation.THREADS,
				ConnectorOperation.CONVERSATIONS, ConnectorOperation.METRICS);
	}

	// --- accounts

	@Override
	public AccountProfile connect(ConnectRequest request, IAccountSecrets secrets) throws ChannelException {
		String appId = request.require(APP_ID);
		String appSecret = request.require(APP_SECRET);
		int port;
		try {
			port = Integer.parseInt(request.parameters().getOrDefault(REDIRECT_PORT, Integer.toString(DEFAULT_REDIRECT_PORT)).strip());
		} catch (NumberFormatException e) {
			throw new ChannelException(Kind.REJECTED, "Threads: the redirect port is not a number"); //$NON-NLS-1$
		}
		String shortLived;
		try (OAuthLoopback loopback = OAuthLoopback.open("Threads", port)) { //$NON-NLS-1$
			String redirect = loopback.redirectUri().toString();
			String state = OAuthLoopback.randomToken(24);
			URI page = URI.create(authorizePage + "?response_type=code&client_id=" + encode(appId) + "&redirect_uri=" + encode(redirect) //$NON-NLS-1$ //$NON-NLS-2$
					+ "&scope=" + encode(SCOPES) + "&state=" + encode(state)); //$NON-NLS-1$ //$NON-NLS-2$
			String code = loopback.authorize(request, page, state);
			Map<String, String> exchange = new LinkedHashMap<>();
			exchange.put("client_id", appId); //$NON-NLS-1$
			exchange.put("client_secret", appSecret); //$NON-NLS-1$
			exchange.put("grant_type", "authorization_code"); //$NON-NLS-1$ //$NON-NLS-2$
			exchange.put("redirect_uri", redirect); //$NON-NLS-1$
			exchange.put("code", code); //$NON-NLS-1$
			String what = "POST /oauth/access_token"; //$NON-NLS-1$
			shortLived = http.requiredText(http.readJson(http.send(form(base + "/oauth/access_token", exchange), what), what), "access_token", what); //$NON-NLS-1$ //$NON-NLS-2$
		}
		String what = "GET /access_token"; //$NON-NLS-1$
		JsonNode longLived = http.readJson(http.send(HttpRequest.newBuilder(URI.create(base + "/access_token?grant_type=th_exchange_token&client_secret=" //$NON-NLS-1$
				+ encode(appSecret) + "&access_token=" + encode(shortLived))).GET(), what), what); //$NON-NLS-1$
		return storeToken(longLived, secrets, what);
	}

	@Override
	public AccountProfile refresh(ChannelAccount account, IAccountSecrets secrets) throws ChannelException {
		String what = "GET /refresh_access_token"; //$NON-NLS-1$
		JsonNode refreshed;
		try {
			refreshed = http.readJson(http.send(HttpRequest.newBuilder(URI.create(base + "/refresh_access_token?grant_type=th_refresh_token&access_token=" //$NON-NLS-1$
					+ encode(secrets.require(ACCESS_TOKEN)))).GET(), what), what);
		} catch (ChannelException e) {
			if (e.kind() == Kind.REJECTED) {
				// an expired long-lived token can no longer be refreshed: connect again
				throw new ChannelException(Kind.AUTH_EXPIRED, e.getMessage(), e.networkMessage().orElse(null), null,
						e.httpStatus().orElse(0), null);
			}
			throw e;
		}
		return storeToken(refreshed, secrets, what);
	}

	private AccountProfile storeToken(JsonNode token, IAccountSecrets secrets, String what) throws ChannelException {
		secrets.put(ACCESS_TOKEN, http.requiredText(token, "access_token", what)); //$NON-NLS-1$
		long expiresIn = token.path("expires_in").asLong(0); //$NON-NLS-1$
		Instant expiry = expiresIn > 0 ? clock.instant().plusSeconds(expiresIn) : null;
		String meWhat = "GET /me"; //$NON-NLS-1$
		JsonNode me = http.readJson(http.send(bearer(base + "/v1.0/me?fields=id,username,name", secrets).GET(), meWhat), meWhat); //$NON-NLS-1$
		String username = http.requiredText(me, "username", meWhat); //$NON-NLS-1$
		Map<String, String> settings = new LinkedHashMap<>();
		settings.put("userId", http.requiredText(me, "id", meWhat)); //$NON-NLS-1$ //$NON-NLS-2$
		settings.put("username", username); //$NON-NLS-1$
		settings.put("refreshable", "true"); //$NON-NLS-1$ //$NON-NLS-2$
		return new AccountProfile(CHANNEL_TYPE, settings.get("userId"), '@' + username, null, expiry, settings); //$NON-NLS-1$
	}

	// --- publishing

	@Override
	public PublishResult publish(ChannelAccount account, IAccountSecrets secrets, PublishRequest request)
			throws ChannelException {
		if (request.scheduledAt() != null) {
			throw new UnsupportedOperationException("The Threads API has no native scheduling"); //$NON-NLS-1$
		}
		for (PostPart part : request.parts()) {
			if (!part.media().isEmpty()) {
				throw new ChannelException(Kind.REJECTED, "Chorus publishes text to Threads for now: the Threads API fetches images and " //$NON-NLS-1$
						+ "videos from a public address, and Chorus has no public media host"); //$NON-NLS-1$
			}
		}
		String user = user(account);
		String username = account.settings().getOrDefault("username", ""); //$NON-NLS-1$ //$NON-NLS-2$
		List<PublishedPart> published = new ArrayList<>();
		for (int i = 0; i < request.parts().size(); i++) {
			String replyTo = i == 0 ? request.replyTo()
					: request.followUps() == PublishRequest.FollowUps.THREAD ? published.get(i - 1).remoteId() : published.get(0).remoteId();
			Map<String, String> container = new LinkedHashMap<>();
			container.put("media_type", "TEXT"); //$NON-NLS-1$ //$NON-NLS-2$
			container.put("text", request.parts().get(i).text()); //$NON-NLS-1$
			if (replyTo != null) {
				container.put("reply_to_id", replyTo); //$NON-NLS-1$
			}
			String what = "POST /{user}/threads"; //$NON-NLS-1$
			String containerId = http.requiredText(http.readJson(http.send(authorizedForm(base + "/v1.0/" + encode(user) + "/threads", container, secrets), what), //$NON-NLS-1$ //$NON-NLS-2$
					what), "id", what); //$NON-NLS-1$
			String publishWhat = "POST /{user}/threads_publish"; //$NON-NLS-1$
			String id = http.requiredText(http.readJson(http.send(authorizedForm(base + "/v1.0/" + encode(user) + "/threads_publish", //$NON-NLS-1$ //$NON-NLS-2$
					Map.of("creation_id", containerId), secrets), publishWhat), publishWhat), "id", publishWhat); //$NON-NLS-1$ //$NON-NLS-2$
			published.add(new PublishedPart(id, permalink(id, username, secrets)));
		}
		return new PublishResult(published, false, clock.instant());
	}

	private URI permalink(String id, String username, IAccountSecrets secrets) throws ChannelException {
		String what = "GET /{post}?fields=permalink"; //$NON-NLS-1$
		String link = http.readJson(http.send(bearer(base + "/v1.0/" + encode(id) + "?fields=permalink", secrets).GET(), what), what) //$NON-NLS-1$ //$NON-NLS-2$
				.path("permalink").asText(null); //$NON-NLS-1$
		try {
			return link != null ? URI.create(link) : username.isEmpty() ? null : URI.create("https://www.threads.net/@" + encode(username)); //$NON-NLS-1$
		} catch (IllegalArgumentException e) {
			return null;
		}
	}

	// --- inbox

	@Override
	public ConversationPage fetchConversations(ChannelAccount account, IAccountSecrets secrets, String cursor)
			throws ChannelException {
		Instant since = GraphTime.since(cursor, http.network());
		String what = "GET /{user}/threads"; //$NON-NLS-1$
		JsonNode posts = http.readJson(http.send(bearer(base + "/v1.0/" + encode(user(account)) + "/threads?fields=id,timestamp&limit=" //$NON-NLS-1$ //$NON-NLS-2$
				+ RECENT_POSTS, secrets).GET(), what), what);
		String own = account.settings().getOrDefault("username", ""); //$NON-NLS-1$ //$NON-NLS-2$
		Instant newest = since;
		List<ConversationThread> threads = new ArrayList<>();
		for (JsonNode post : posts.path("data")) { //$NON-NLS-1$
			String postId = http.requiredText(post, "id", what); //$NON-NLS-1$
			String repliesWhat = "GET /{post}/replies"; //$NON-NLS-1$
			JsonNode replies = http.readJson(http.send(bearer(base + "/v1.0/" + encode(postId) + "/replies?fields=" //$NON-NLS-1$ //$NON-NLS-2$
					+ encode("id,text,username,timestamp,permalink,replied_to,is_reply_owned_by_me"), secrets).GET(), repliesWhat), repliesWhat); //$NON-NLS-1$
			List<ConversationMessage> messages = new ArrayList<>();
			for (JsonNode reply : replies.path("data")) { //$NON-NLS-1$
				Instant created = GraphTime.parse(http.requiredText(reply, "timestamp", repliesWhat), http, repliesWhat); //$NON-NLS-1$
				if (since != null && !created.isAfter(since)) {
					continue;
				}
				newest = newest == null || created.isAfter(newest) ? created : newest;
				String username = reply.path("username").asText(""); //$NON-NLS-1$ //$NON-NLS-2$
				if (reply.path("is_reply_owned_by_me").asBoolean(false) || (!own.isEmpty() && own.equals(username))) { //$NON-NLS-1$
					continue;
				}
				String link = reply.path("permalink").asText(null); //$NON-NLS-1$
				messages.add(new ConversationMessage(http.requiredText(reply, "id", repliesWhat), //$NON-NLS-1$
						reply.path("replied_to").path("id").asText(postId), ConversationMessage.Kind.REPLY, //$NON-NLS-1$ //$NON-NLS-2$
						new ConversationAuthor(username, username, "", username.isEmpty() ? null : URI.create("https://www.threads.net/@" + encode(username))), //$NON-NLS-1$ //$NON-NLS-2$
						reply.path("text").asText(""), created, link == null ? null : URI.create(link))); //$NON-NLS-1$ //$NON-NLS-2$
			}
			if (!messages.isEmpty()) {
				messages.sort((a, b) -> a.createdAt().compareTo(b.createdAt()));
				threads.add(new ConversationThread(postId, messages));
			}
		}
		return new ConversationPage(threads, newest == null ? null : newest.toString());
	}

	// --- metrics

	@Override
	public List<MetricObservation> fetchMetrics(ChannelAccount account, IAccountSecrets secrets, List<String> postRemoteIds)
			throws ChannelException {
		List<MetricObservation> observations = new ArrayList<>();
		String what = "GET /{user}/threads_insights"; //$NON-NLS-1$
		JsonNode insights = http.readJson(http.send(bearer(base + "/v1.0/" + encode(user(account)) + "/threads_insights?metric=followers_count", //$NON-NLS-1$ //$NON-NLS-2$
				secrets).GET(), what), what);
		Instant now = clock.instant();
		for (JsonNode metric : insights.path("data")) { //$NON-NLS-1$
			if ("followers_count".equals(metric.path("name").asText())) { //$NON-NLS-1$ //$NON-NLS-2$
				add(observations, value(metric), MetricObservation.ACCOUNT, Metric.FOLLOWERS, "followers_count", now, //$NON-NLS-1$
						"Threads GET /{user}/threads_insights?metric=followers_count"); //$NON-NLS-1$
			}
		}
		for (String id : postRemoteIds) {
			String postWhat = "GET /{post}/insights"; //$NON-NLS-1$
			JsonNode post = http.readJson(http.send(bearer(base + "/v1.0/" + encode(id) + "/insights?metric=views,likes,replies,reposts,quotes", secrets) //$NON-NLS-1$ //$NON-NLS-2$
					.GET(), postWhat), postWhat);
			Instant at = clock.instant();
			String source = "Threads GET /{post}/insights"; //$NON-NLS-1$
			for (JsonNode metric : post.path("data")) { //$NON-NLS-1$
				String name = metric.path("name").asText(); //$NON-NLS-1$
				Metric kind = switch (name) {
				case "views" -> Metric.IMPRESSIONS; //$NON-NLS-1$
				case "likes" -> Metric.LIKES; //$NON-NLS-1$
				case "replies" -> Metric.REPLIES; //$NON-NLS-1$
				case "reposts" -> Metric.SHARES; //$NON-NLS-1$
				case "quotes" -> Metric.QUOTES; //$NON-NLS-1$
				default -> null;
				};
				if (kind != null) {
					add(observations, value(metric), id, kind, name, at, source);
				}
			}
		}
		return observations;
	}

	/** @return {@code total_value.value}, else the last {@code values[].value} */
	private static JsonNode value(JsonNode metric) {
		JsonNode total = metric.path("total_value").get("value"); //$NON-NLS-1$ //$NON-NLS-2$
		if (total != null) {
			return total;
		}
		JsonNode values = metric.path("values"); //$NON-NLS-1$
		return values.isArray() && !values.isEmpty() ? values.get(values.size() - 1).get("value") : null; //$NON-NLS-1$
	}

	private static void add(List<MetricObservation> observations, JsonNode value, String subject, Metric metric, String name,
			Instant at, String source) {
		if (value != null && value.canConvertToLong()) {
			observations.add(new MetricObservation(subject, metric, name, value.asLong(), at, source));
		}
	}

	// --- helpers

	private static String user(ChannelAccount account) {
		return account.settings().getOrDefault("userId", account.accountId()); //$NON-NLS-1$
	}

	private static HttpRequest.Builder bearer(String url, IAccountSecrets secrets) throws ChannelException {
		return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + secrets.require(ACCESS_TOKEN)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static HttpRequest.Builder authorizedForm(String url, Map<String, String> fields, IAccountSecrets secrets)
			throws ChannelException {
		return form(url, fields).header("Authorization", "Bearer " + secrets.require(ACCESS_TOKEN)); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
