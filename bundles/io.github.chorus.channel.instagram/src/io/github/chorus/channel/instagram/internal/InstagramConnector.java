package io.github.chorus.channel.instagram.internal;

import static io.github.chorus.channels.connector.HttpExchange.bearer;
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
import io.github.chorus.channels.graph.GraphErrors;
import io.github.chorus.channels.graph.GraphLogin;
import io.github.chorus.channels.graph.GraphTime;

/**
 * An Instagram professional account linked to a Facebook Page, through the Instagram Graph API.
 * <ul>
 * <li>Connect (parameters {@value #APP_ID}, {@value #APP_SECRET} of the user's own Meta app, optional
 * {@value #INSTAGRAM_ID}, {@value #REDIRECT_PORT}, default {@value #DEFAULT_REDIRECT_PORT}): Facebook
 * Login with PKCE, the long-lived user token, then {@code GET /me/accounts} with each Page's
 * {@code instagram_business_account}; only the Page token is kept (it does not expire).</li>
 * <li>Publish a reel from a local video: a {@code REELS} container with {@code upload_type=resumable},
 * the bytes sent to the returned {@code rupload} address, the container's {@code status_code} polled
 * until {@code FINISHED} (bounded), then {@code media_publish}; follow-ups as comments
 * ({@code POST /{media}/comments}); a reply to a comment through {@code POST /{comment}/replies}.</li>
 * <li>Conversations: comments and replies on the account's recent media after the cursor (an ISO
 * time).</li>
 * <li>Metrics: the account's followers, follows and media counts; per media likes and comments.</li>
 * </ul>
 * Not offered: images, carousels and stories (the API fetches them from a public {@code image_url};
 * Chorus has no public media host, so they are rejected with that explanation), alt text (not taken
 * for reels), native scheduling (the API has none), reach and views (insights metrics; left for the
 * analytics import), idempotency (none).
 */
public final class InstagramConnector implements IChannelConnector {

	/** Connect parameter: the Meta app id. */
	public static final String APP_ID = "appId"; //$NON-NLS-1$
	/** Connect parameter: the Meta app secret (used to connect, not kept). */
	public static final String APP_SECRET = "appSecret"; //$NON-NLS-1$
	/** Connect parameter: the Instagram account to use, when the user has several. */
	public static final String INSTAGRAM_ID = "instagramId"; //$NON-NLS-1$
	/** Connect parameter: the loopback port registered as redirect URI. */
	public static final String REDIRECT_PORT = "redirectPort"; //$NON-NLS-1$
	/** The default loopback port. */
	public static final int DEFAULT_REDIRECT_PORT = 8765;
	/** The permissions asked for. */
	public static final String SCOPES = "instagram_basic,instagram_content_publish,instagram_manage_comments,pages_show_list,pages_read_engagement"; //$NON-NLS-1$

	static final String CHANNEL_TYPE = "io.github.chorus.channel.instagram"; //$NON-NLS-1$
	static final String PAGE_TOKEN = "pageAccessToken"; //$NON-NLS-1$

	private final HttpExchange http;
	private final Clock clock;
	private final String graph;
	private final String dialog;
	private final Duration pollInterval;
	private final int pollAttempts;

	/** Created by the extension registry. */
	public InstagramConnector() {
		this(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build(),
				HttpExchange.DEFAULT_TIMEOUT, Clock.systemUTC(), "https://graph.facebook.com/v21.0", //$NON-NLS-1$
				"https://www.facebook.com/v21.0/dialog/oauth", Duration.ofSeconds(5), 60); //$NON-NLS-1$
	}

	/**
	 * @param client       the HTTP client
	 * @param timeout      the time one request may take
	 * @param clock        the clock
	 * @param graph        the Graph API base with its version
	 * @param dialog       the login dialog
	 * @param pollInterval the pause between checks of a container Instagram is processing
	 * @param pollAttempts how many checks before giving up (transient)
	 */
	public InstagramConnector(HttpClient client, Duration timeout, Clock clock, String graph, String dialog, Duration pollInterval,
			int pollAttempts) {
		this.http = new HttpExchange(client, timeout, "Instagram", new GraphErrors(Map.of( //$NON-NLS-1$
				80002, Kind.RATE_LIMITED, 9, Kind.RATE_LIMITED, // the account's limit; 9: 25 API posts a day
				36000, Kind.REJECTED, 36001, Kind.REJECTED, 36003, Kind.REJECTED, 2207026, Kind.REJECTED))); // media format or size
		this.clock = clock;
		this.graph = graph;
		this.dialog = dialog;
		this.pollInterval = pollInterval;
		this.pollAttempts = pollAttempts;
	}

	@Override
	public Set<ConnectorOperation> operations() {
		return Set.of(ConnectorOperation.CONNECT, ConnectorOperation.PUBLISH, ConnectorOperation.MEDIA, ConnectorOperation.THREADS,
				ConnectorOperation.CONVERSATIONS, ConnectorOperation.METRICS);
	}

	// --- accounts

	@Override
	public AccountProfile connect(ConnectRequest request, IAccountSecrets secrets) throws ChannelException {
		String appId = request.require(APP_ID);
		String appSecret = request.require(APP_SECRET);
		GraphLogin login = new GraphLogin(http, graph, dialog);
		String userToken = login.longLivedUserToken(request, appId, appSecret, SCOPES, login.redirectPort(request, REDIRECT_PORT, DEFAULT_REDIRECT_PORT));
		String what = "GET /me/accounts"; //$NON-NLS-1$
		JsonNode pages = http.readJson(http.send(bearer(graph + "/me/accounts?fields=" //$NON-NLS-1$
				+ encode("id,name,access_token,instagram_business_account{id,username,name}"), userToken).GET(), what), what).path("data"); //$NON-NLS-1$ //$NON-NLS-2$
		String wanted = request.parameters().get(INSTAGRAM_ID);
		for (JsonNode page : pages) {
			JsonNode instagram = page.path("instagram_business_account"); //$NON-NLS-1$
			if (!instagram.isObject() || (wanted != null && !wanted.isBlank() && !wanted.strip().equals(instagram.path("id").asText()))) { //$NON-NLS-1$
				continue;
			}
			secrets.put(PAGE_TOKEN, http.requiredText(page, "access_token", what)); //$NON-NLS-1$
			String id = http.requiredText(instagram, "id", what); //$NON-NLS-1$
			String username = http.requiredText(instagram, "username", what); //$NON-NLS-1$
			Map<String, String> settings = new LinkedHashMap<>();
			settings.put("instagramId", id); //$NON-NLS-1$
			settings.put("username", username); //$NON-NLS-1$
			settings.put("pageId", http.requiredText(page, "id", what)); //$NON-NLS-1$ //$NON-NLS-2$
			return new AccountProfile(CHANNEL_TYPE, id, '@' + username, null, null, settings);
		}
		throw new ChannelException(Kind.REJECTED, "Instagram: none of this user's Pages is linked to an Instagram professional account" //$NON-NLS-1$
				+ (wanted == null ? "" : " with the id " + wanted)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	public AccountProfile refresh(ChannelAccount account, IAccountSecrets secrets) throws ChannelException {
		String what = "GET /{ig-user}"; //$NON-NLS-1$
		JsonNode me = http.readJson(http.send(bearer(graph + '/' + encode(user(account)) + "?fields=id,username", secrets.require(PAGE_TOKEN)).GET(), //$NON-NLS-1$
				what), what);
		Map<String, String> settings = new LinkedHashMap<>(account.settings());
		settings.remove(AccountProfile.BASE_URL);
		settings.put("username", http.requiredText(me, "username", what)); //$NON-NLS-1$ //$NON-NLS-2$
		return new AccountProfile(CHANNEL_TYPE, account.accountId(), '@' + settings.get("username"), null, null, settings); //$NON-NLS-1$
	}

	// --- publishing

	@Override
	public PublishResult publish(ChannelAccount account, IAccountSecrets secrets, PublishRequest request)
			throws ChannelException {
		if (request.scheduledAt() != null) {
			throw new UnsupportedOperationException("The Instagram API has no native scheduling"); //$NON-NLS-1$
		}
		String token = secrets.require(PAGE_TOKEN);
		PostPart first = request.parts().get(0);
		for (int i = 1; i < request.parts().size(); i++) {
			if (!request.parts().get(i).media().isEmpty()) {
				throw new ChannelException(Kind.REJECTED, "Instagram comments take no media"); //$NON-NLS-1$
			}
		}
		List<PublishedPart> published = new ArrayList<>();
		String mediaId;
		if (request.replyTo() != null) {
			if (!first.media().isEmpty()) {
				throw new ChannelException(Kind.REJECTED, "Instagram replies take no media"); //$NON-NLS-1$
			}
			mediaId = reply(request.replyTo(), "/replies", first.text(), token); //$NON-NLS-1$
			published.add(new PublishedPart(mediaId, null));
		} else {
			mediaId = reel(user(account), first, token);
			published.add(new PublishedPart(mediaId, permalink(mediaId, token)));
		}
		for (int i = 1; i < request.parts().size(); i++) {
			// Instagram has no self-threads: every follow-up is a comment on the media
			published.add(new PublishedPart(reply(mediaId, "/comments", request.parts().get(i).text(), token), null)); //$NON-NLS-1$
		}
		return new PublishResult(published, false, clock.instant());
	}

	private String reel(String user, PostPart part, String token) throws ChannelException {
		if (part.media().size() != 1 || !part.media().get(0).mimeType().startsWith("video/")) { //$NON-NLS-1$
			throw new ChannelException(Kind.REJECTED,
					"Chorus publishes one video as a reel to Instagram; images, carousels and stories need a public image address, " //$NON-NLS-1$
							+ "which Instagram's API fetches them from, and Chorus has no public media host"); //$NON-NLS-1$
		}
		MediaFile video = part.media().get(0);
		FileRange bytes = FileRange.whole(video.file());
		Map<String, String> container = new LinkedHashMap<>();
		container.put("media_type", "REELS"); //$NON-NLS-1$ //$NON-NLS-2$
		container.put("upload_type", "resumable"); //$NON-NLS-1$ //$NON-NLS-2$
		container.put("caption", part.text()); //$NON-NLS-1$
		String what = "POST /{ig-user}/media"; //$NON-NLS-1$
		JsonNode created = http.readJson(http.send(form(graph + '/' + encode(user) + "/media", container).header("Authorization", "Bearer " + token), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				what), what);
		String containerId = http.requiredText(created, "id", what); //$NON-NLS-1$
		URI upload;
		try {
			upload = URI.create(http.requiredText(created, "uri", what)); //$NON-NLS-1$
		} catch (IllegalArgumentException e) {
			throw http.unreadable(what, e);
		}
		String uploadWhat = "POST rupload ig-api-upload"; //$NON-NLS-1$
		JsonNode uploaded = http.readJson(http.send(HttpRequest.newBuilder(upload).header("Authorization", "OAuth " + token) //$NON-NLS-1$ //$NON-NLS-2$
				.header("offset", "0").header("file_size", Long.toString(bytes.length())) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.POST(bytes.publisher()), uploadWhat), uploadWhat);
		if (!uploaded.path("success").asBoolean(false)) { //$NON-NLS-1$
			throw new ChannelException(Kind.TRANSIENT, "Instagram: the video upload was not accepted; publish again later"); //$NON-NLS-1$
		}
		waitUntilFinished(containerId, token);
		String publishWhat = "POST /{ig-user}/media_publish"; //$NON-NLS-1$
		return http.requiredText(http.readJson(http.send(form(graph + '/' + encode(user) + "/media_publish", Map.of("creation_id", containerId)) //$NON-NLS-1$ //$NON-NLS-2$
				.header("Authorization", "Bearer " + token), publishWhat), publishWhat), "id", publishWhat); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private void waitUntilFinished(String containerId, String token) throws ChannelException {
		String what = "GET /{container}?fields=status_code"; //$NON-NLS-1$
		for (int attempt = 0; attempt < pollAttempts; attempt++) {
			JsonNode status = http.readJson(http.send(bearer(graph + '/' + encode(containerId) + "?fields=status_code,status", token).GET(), what), what); //$NON-NLS-1$
			String code = status.path("status_code").asText(""); //$NON-NLS-1$ //$NON-NLS-2$
			switch (code) {
			case "FINISHED", "PUBLISHED": //$NON-NLS-1$ //$NON-NLS-2$
				return;
			case "ERROR": //$NON-NLS-1$
				String why = status.path("status").asText(null); //$NON-NLS-1$
				throw new ChannelException(Kind.REJECTED, "Instagram could not process the video" + (why == null ? "" : ": " + why), why, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						null, 0, null);
			case "EXPIRED": //$NON-NLS-1$
				throw new ChannelException(Kind.TRANSIENT, "Instagram: the upload expired before it was published; publish again"); //$NON-NLS-1$
			default:
				http.pause(pollInterval, what);
			}
		}
		throw new ChannelException(Kind.TRANSIENT, "Instagram was still processing the video after " + pollAttempts //$NON-NLS-1$
				+ " checks; publish again later"); //$NON-NLS-1$
	}

	private String reply(String object, String edge, String text, String token) throws ChannelException {
		String what = "POST /{object}" + edge; //$NON-NLS-1$
		return http.requiredText(http.readJson(http.send(form(graph + '/' + encode(object) + edge, Map.of("message", text)) //$NON-NLS-1$
				.header("Authorization", "Bearer " + token), what), what), "id", what); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private URI permalink(String mediaId, String token) throws ChannelException {
		String what = "GET /{media}?fields=permalink"; //$NON-NLS-1$
		String link = http.readJson(http.send(bearer(graph + '/' + encode(mediaId) + "?fields=permalink", token).GET(), what), what) //$NON-NLS-1$
				.path("permalink").asText(null); //$NON-NLS-1$
		try {
			return link == null ? null : URI.create(link);
		} catch (IllegalArgumentException e) {
			return null;
		}
	}

	// --- inbox

	@Override
	public ConversationPage fetchConversations(ChannelAccount account, IAccountSecrets secrets, String cursor)
			throws ChannelException {
		Instant since = GraphTime.since(cursor, http.network());
		String what = "GET /{ig-user}/media"; //$NON-NLS-1$
		String fields = "id,permalink,comments.limit(50){id,text,timestamp,username,from{id,username},replies{id,text,timestamp,username,from{id,username}}}"; //$NON-NLS-1$
		JsonNode media = http.readJson(http.send(bearer(graph + '/' + encode(user(account)) + "/media?limit=25&fields=" + encode(fields), //$NON-NLS-1$
				secrets.require(PAGE_TOKEN)).GET(), what), what);
		String own = account.settings().getOrDefault("username", ""); //$NON-NLS-1$ //$NON-NLS-2$
		Instant newest = since;
		List<ConversationThread> threads = new ArrayList<>();
		for (JsonNode item : media.path("data")) { //$NON-NLS-1$
			String mediaId = http.requiredText(item, "id", what); //$NON-NLS-1$
			List<ConversationMessage> messages = new ArrayList<>();
			for (JsonNode comment : item.path("comments").path("data")) { //$NON-NLS-1$ //$NON-NLS-2$
				newest = collect(comment, mediaId, ConversationMessage.Kind.COMMENT, since, newest, own, messages, what);
				String commentId = http.requiredText(comment, "id", what); //$NON-NLS-1$
				for (JsonNode reply : comment.path("replies").path("data")) { //$NON-NLS-1$ //$NON-NLS-2$
					newest = collect(reply, commentId, ConversationMessage.Kind.REPLY, since, newest, own, messages, what);
				}
			}
			if (!messages.isEmpty()) {
				messages.sort((a, b) -> a.createdAt().compareTo(b.createdAt()));
				threads.add(new ConversationThread(mediaId, messages));
			}
		}
		return new ConversationPage(threads, newest == null ? null : newest.toString());
	}

	private Instant collect(JsonNode comment, String parent, ConversationMessage.Kind kind, Instant since, Instant newest, String own,
			List<ConversationMessage> messages, String what) throws ChannelException {
		Instant created = GraphTime.parse(http.requiredText(comment, "timestamp", what), http, what); //$NON-NLS-1$
		if (since != null && !created.isAfter(since)) {
			return newest;
		}
		String username = comment.path("username").asText(comment.path("from").path("username").asText("")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		if (!own.isEmpty() && own.equals(username)) {
			return newest == null || created.isAfter(newest) ? created : newest; // the account's own answers are not inbox messages
		}
		String authorId = comment.path("from").path("id").asText(username); //$NON-NLS-1$ //$NON-NLS-2$
		messages.add(new ConversationMessage(http.requiredText(comment, "id", what), parent, kind, //$NON-NLS-1$
				new ConversationAuthor(authorId, username, "", username.isEmpty() ? null : URI.create("https://www.instagram.com/" + encode(username))), //$NON-NLS-1$ //$NON-NLS-2$
				comment.path("text").asText(""), created, null)); //$NON-NLS-1$ //$NON-NLS-2$
		return newest == null || created.isAfter(newest) ? created : newest;
	}

	// --- metrics

	@Override
	public List<MetricObservation> fetchMetrics(ChannelAccount account, IAccountSecrets secrets, List<String> postRemoteIds)
			throws ChannelException {
		String token = secrets.require(PAGE_TOKEN);
		List<MetricObservation> observations = new ArrayList<>();
		String what = "GET /{ig-user}"; //$NON-NLS-1$
		JsonNode me = http.readJson(http.send(bearer(graph + '/' + encode(user(account)) + "?fields=followers_count,follows_count,media_count", token).GET(), //$NON-NLS-1$
				what), what);
		Instant now = clock.instant();
		String source = "Instagram Graph GET /{ig-user}?fields=followers_count,follows_count,media_count"; //$NON-NLS-1$
		add(observations, me.get("followers_count"), MetricObservation.ACCOUNT, Metric.FOLLOWERS, "followers_count", now, source); //$NON-NLS-1$ //$NON-NLS-2$
		add(observations, me.get("follows_count"), MetricObservation.ACCOUNT, Metric.FOLLOWING, "follows_count", now, source); //$NON-NLS-1$ //$NON-NLS-2$
		add(observations, me.get("media_count"), MetricObservation.ACCOUNT, Metric.POSTS, "media_count", now, source); //$NON-NLS-1$ //$NON-NLS-2$
		for (String id : postRemoteIds) {
			String mediaWhat = "GET /{media}"; //$NON-NLS-1$
			JsonNode item = http.readJson(http.send(bearer(graph + '/' + encode(id) + "?fields=like_count,comments_count", token).GET(), mediaWhat), //$NON-NLS-1$
					mediaWhat);
			Instant at = clock.instant();
			String mediaSource = "Instagram Graph GET /{media}?fields=like_count,comments_count"; //$NON-NLS-1$
			add(observations, item.get("like_count"), id, Metric.LIKES, "like_count", at, mediaSource); //$NON-NLS-1$ //$NON-NLS-2$
			add(observations, item.get("comments_count"), id, Metric.REPLIES, "comments_count", at, mediaSource); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return observations;
	}

	private static void add(List<MetricObservation> observations, JsonNode value, String subject, Metric metric, String name,
			Instant at, String source) {
		if (value != null && value.canConvertToLong()) {
			observations.add(new MetricObservation(subject, metric, name, value.asLong(), at, source));
		}
	}

	// --- helpers

	private static String user(ChannelAccount account) {
		return account.settings().getOrDefault("instagramId", account.accountId()); //$NON-NLS-1$
	}
}
