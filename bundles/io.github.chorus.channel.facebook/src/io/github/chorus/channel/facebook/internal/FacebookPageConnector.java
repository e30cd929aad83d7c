package io.github.chorus.channel.facebook.internal;

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
import io.github.chorus.channels.connector.MultipartBody;
import io.github.chorus.channels.connector.MetricObservation.Metric;
import io.github.chorus.channels.connector.PostPart;
import io.github.chorus.channels.connector.PublishRequest;
import io.github.chorus.channels.connector.PublishResult;
import io.github.chorus.channels.connector.PublishedPart;
import io.github.chorus.channels.graph.GraphErrors;
import io.github.chorus.channels.graph.GraphLogin;
import io.github.chorus.channels.graph.GraphTime;
import io.github.chorus.channels.graph.GraphVideoUpload;

/**
 * A Facebook Page, through the Graph API with a Page access token.
 * <ul>
 * <li>Connect (parameters {@value #APP_ID} and {@value #APP_SECRET} of the user's own Meta app, optional
 * {@value #PAGE_ID} (default: the first Page the user manages), {@value #REDIRECT_PORT} (default
 * {@value #DEFAULT_REDIRECT_PORT}; Meta only accepts a registered redirect URI)): Facebook Login
 * (authorization code with PKCE), the code exchanged and then traded for a long-lived user token
 * ({@code fb_exchange_token}), and {@code GET /me/accounts} for the Page and its Page token, which does
 * not expire; only that Page token is kept (secret {@code pageAccessToken}). Every token travels in a form body or the {@code Authorization} header, never in a URL.</li>
 * <li>Publish: {@code POST /{page}/feed} ({@code message}, option {@code link}); one image through
 * {@code POST /{page}/photos} with {@code alt_text_custom}; several as unpublished photos attached with
 * {@code attached_media}; follow-ups (a Page has no self-threads) and replies as comments
 * ({@code POST /{object}/comments}). Native scheduling with {@code published=false} and
 * {@code scheduled_publish_time}; {@code DELETE /{post}} cancels, {@code POST /{post}} with a new time
 * reschedules.</li>
 * <li>Conversations: comments on the Page's recent posts ({@code GET /{page}/feed} with nested
 * comments) created after the cursor (an ISO time).</li>
 * <li>Metrics: the Page's {@code followers_count} and {@code fan_count}; per post the reactions,
 * comments and shares totals.</li>
 * <li>Video: one video as the post, through the resumable upload on the video host
 * ({@code POST /{page}/videos} with {@code upload_phase} start, transfer in the chunks the server asks
 * for, streamed from the file and resumed from the server's offset after a transient failure, then
 * finish with the text as {@code description} and the scheduling fields); see {@link GraphVideoUpload}.</li>
 * </ul>
 * Not offered: a video mixed with images or in a comment (the Page API takes neither), impressions and reach (the
 * Page insights metrics change with every Graph version and need {@code read_insights}; left for the
 * analytics import), idempotency (the Graph API has none).
 */
public final class FacebookPageConnector implements IChannelConnector {

	/** Connect parameter: the Meta app id. */
	public static final String APP_ID = "appId"; //$NON-NLS-1$
	/** Connect parameter: the Meta app secret (kept in secure storage). */
	public static final String APP_SECRET = "appSecret"; //$NON-NLS-1$
	/** Connect parameter: the Page to publish to. */
	public static final String PAGE_ID = "pageId"; //$NON-NLS-1$
	/** Connect parameter: the loopback port registered as redirect URI. */
	public static final String REDIRECT_PORT = "redirectPort"; //$NON-NLS-1$
	/** The default loopback port. */
	public static final int DEFAULT_REDIRECT_PORT = 8765;
	/** The permissions asked for. */
	public static final String SCOPES = "pages_show_list,pages_manage_posts,pages_read_engagement,pages_read_user_content,pages_manage_engagement"; //$NON-NLS-1$

	static final String CHANNEL_TYPE = "io.github.chorus.channel.facebook"; //$NON-NLS-1$
	static final String PAGE_TOKEN = "pageAccessToken"; //$NON-NLS-1$
	/** How often one video chunk is sent before the upload fails. */
	static final int VIDEO_CHUNK_ATTEMPTS = 3;

	private final HttpExchange http;
	private final Clock clock;
	private final String graph;
	private final String videoGraph;
	private final String dialog;
	private final GraphVideoUpload videos;

	/** Created by the extension registry. */
	public FacebookPageConnector() {
		this(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build(),
				HttpExchange.DEFAULT_TIMEOUT, Clock.systemUTC(), "https://graph.facebook.com/v21.0", //$NON-NLS-1$
				"https://graph-video.facebook.com/v21.0", "https://www.facebook.com/v21.0/dialog/oauth", Duration.ofSeconds(2)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * @param client  the HTTP client
	 * @param timeout the time one request may take
	 * @param clock   the clock
	 * @param graph   the Graph API base with its version
	 * @param dialog  the login dialog
	 */
	public FacebookPageConnector(HttpClient client, Duration timeout, Clock clock, String graph, String dialog) {
		this(client, timeout, clock, graph, graph, dialog, Duration.ofSeconds(2));
	}

	/**
	 * @param client     the HTTP client
	 * @param timeout    the time one request may take
	 * @param clock      the clock
	 * @param graph      the Graph API base with its version
	 * @param videoGraph the Graph API base for video uploads ({@code graph-video.facebook.com})
	 * @param dialog     the login dialog
	 * @param retryPause the pause before a video chunk that failed transiently is sent again
	 */
	public FacebookPageConnector(HttpClient client, Duration timeout, Clock clock, String graph, String videoGraph, String dialog,
			Duration retryPause) {
		this.http = new HttpExchange(client, timeout, "Facebook", new GraphErrors(Map.of( //$NON-NLS-1$
				80001, Kind.RATE_LIMITED, // the Page's business use case limit
				368, Kind.REJECTED, 506, Kind.REJECTED, 1609005, Kind.REJECTED))); // blocked for policy, duplicate post, bad link
		this.clock = clock;
		this.graph = graph;
		this.videoGraph = videoGraph;
		this.dialog = dialog;
		this.videos = new GraphVideoUpload(http, VIDEO_CHUNK_ATTEMPTS, retryPause);
	}

	@Override
	public Set<ConnectorOperation> operations() {
		return Set.of(ConnectorOperation.CONNECT, ConnectorOperation.PUBLISH, ConnectorOperation.MEDIA, ConnectorOperation.THREADS,
				ConnectorOperation.NATIVE_SCHEDULING, ConnectorOperation.CONVERSATIONS, ConnectorOperation.METRICS);
	}

	// --- accounts

	@Override
	public AccountProfile connect(ConnectRequest request, IAccountSecrets secrets) throws ChannelException {
		String appId = request.require(APP_ID);
		String appSecret = request.require(APP_SECRET);
		GraphLogin login = new GraphLogin(http, graph, dialog);
		String userToken = login.longLivedUserToken(request, appId, appSecret, SCOPES, login.redirectPort(request, REDIRECT_PORT, DEFAULT_REDIRECT_PORT));
		// only the Page token is kept: the user token and the app secret served to get it
		String what = "GET /me/accounts"; //$NON-NLS-1$
		JsonNode pages = http.readJson(http.send(bearer(graph + "/me/accounts?fields=id,name,access_token,link", userToken).GET(), what), what) //$NON-NLS-1$
				.path("data"); //$NON-NLS-1$
		String wanted = request.parameters().get(PAGE_ID);
		for (JsonNode page : pages) {
			if (wanted == null || wanted.isBlank() || wanted.strip().equals(page.path("id").asText())) { //$NON-NLS-1$
				secrets.put(PAGE_TOKEN, http.requiredText(page, "access_token", what)); //$NON-NLS-1$
				Map<String, String> settings = new LinkedHashMap<>();
				settings.put("pageId", http.requiredText(page, "id", what)); //$NON-NLS-1$ //$NON-NLS-2$
				settings.put("appId", appId); //$NON-NLS-1$
				if (page.hasNonNull("link")) { //$NON-NLS-1$
					settings.put("link", page.get("link").asText()); //$NON-NLS-1$ //$NON-NLS-2$
				}
				// a Page token obtained from a long-lived user token has no expiry
				return new AccountProfile(CHANNEL_TYPE, http.requiredText(page, "id", what), http.requiredText(page, "name", what), null, //$NON-NLS-1$ //$NON-NLS-2$
						null, settings);
			}
		}
		throw new ChannelException(Kind.REJECTED, wanted == null ? "Facebook: this user manages no Page" //$NON-NLS-1$
				: "Facebook: this user does not manage the Page " + wanted); //$NON-NLS-1$
	}

	@Override
	public AccountProfile refresh(ChannelAccount account, IAccountSecrets secrets) throws ChannelException {
		String what = "GET /{page}"; //$NON-NLS-1$
		JsonNode page = http.readJson(http.send(bearer(graph + '/' + encode(page(account)) + "?fields=id,name,link", secrets.require(PAGE_TOKEN)).GET(), //$NON-NLS-1$
				what), what);
		Map<String, String> settings = new LinkedHashMap<>(account.settings());
		settings.remove(AccountProfile.BASE_URL);
		return new AccountProfile(CHANNEL_TYPE, account.accountId(), http.requiredText(page, "name", what), null, null, settings); //$NON-NLS-1$
	}

	// --- publishing

	@Override
	public PublishResult publish(ChannelAccount account, IAccountSecrets secrets, PublishRequest request)
			throws ChannelException {
		String page = page(account);
		String token = secrets.require(PAGE_TOKEN);
		Instant at = request.scheduledAt();
		if (at != null && request.parts().size() > 1) {
			throw new ChannelException(Kind.REJECTED,
					"Facebook cannot schedule comments: a scheduled post takes no comment until it is published. Schedule the post alone."); //$NON-NLS-1$
		}
		for (int i = 0; i < request.parts().size(); i++) {
			PostPart part = request.parts().get(i);
			for (MediaFile media : part.media()) {
				boolean video = media.mimeType().startsWith("video/"); //$NON-NLS-1$
				if (!video && !media.mimeType().startsWith("image/")) { //$NON-NLS-1$
					throw new ChannelException(Kind.REJECTED, "Facebook takes images and videos only: " //$NON-NLS-1$
							+ media.file().getFileName() + " is " + media.mimeType()); //$NON-NLS-1$
				}
				if (video && (i > 0 || request.replyTo() != null || part.media().size() > 1)) {
					throw new ChannelException(Kind.REJECTED, "Facebook takes a video only alone, as the Page's post: " //$NON-NLS-1$
							+ media.file().getFileName() + " cannot go with other media or into a comment"); //$NON-NLS-1$
				}
			}
		}
		List<PublishedPart> published = new ArrayList<>();
		PostPart first = request.parts().get(0);
		String postId;
		if (request.replyTo() != null) {
			postId = comment(request.replyTo(), first, token);
		} else {
			postId = post(page, first, request, token);
		}
		published.add(new PublishedPart(postId, at == null ? URI.create("https://www.facebook.com/" + encode(postId)) : null)); //$NON-NLS-1$
		for (int i = 1; i < request.parts().size(); i++) {
			String parent = request.followUps() == PublishRequest.FollowUps.THREAD ? published.get(i - 1).remoteId() : postId;
			String id = comment(parent, request.parts().get(i), token);
			published.add(new PublishedPart(id, URI.create("https://www.facebook.com/" + encode(id)))); //$NON-NLS-1$
		}
		return new PublishResult(published, at != null, at != null ? at : clock.instant());
	}

	private String post(String page, PostPart part, PublishRequest request, String token) throws ChannelException {
		Map<String, String> fields = new LinkedHashMap<>();
		if (!part.text().isEmpty()) {
			fields.put("message", part.text()); //$NON-NLS-1$
		}
		if (request.options().containsKey("link")) { //$NON-NLS-1$
			fields.put("link", request.options().get("link")); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (request.scheduledAt() != null) {
			fields.put("published", "false"); //$NON-NLS-1$ //$NON-NLS-2$
			fields.put("scheduled_publish_time", Long.toString(request.scheduledAt().getEpochSecond())); //$NON-NLS-1$
		}
		if (part.media().size() == 1 && part.media().get(0).mimeType().startsWith("video/")) { //$NON-NLS-1$
			Map<String, String> finish = new LinkedHashMap<>(fields);
			finish.remove("link"); //$NON-NLS-1$
			String message = finish.remove("message"); //$NON-NLS-1$
			if (message != null) {
				finish.put("description", message); //$NON-NLS-1$
			}
			return videos.upload(videoGraph + '/' + encode(page) + "/videos", token, part.media().get(0), finish); //$NON-NLS-1$
		}
		if (part.media().size() == 1) {
			MediaFile media = part.media().get(0);
			Map<String, String> photo = new LinkedHashMap<>(fields);
			photo.remove("link"); //$NON-NLS-1$
			if (!media.altTextOrEmpty().isBlank()) {
				photo.put("alt_text_custom", media.altText()); //$NON-NLS-1$
			}
			String what = "POST /{page}/photos"; //$NON-NLS-1$
			JsonNode answer = http.readJson(http.send(multipart(graph + '/' + encode(page) + "/photos", photo, media, token), what), what); //$NON-NLS-1$
			return answer.hasNonNull("post_id") ? answer.get("post_id").asText() : http.requiredText(answer, "id", what); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		int n = 0;
		for (MediaFile media : part.media()) {
			Map<String, String> photo = new LinkedHashMap<>();
			photo.put("published", "false"); //$NON-NLS-1$ //$NON-NLS-2$
			if (request.scheduledAt() != null) {
				photo.put("temporary", "true"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			if (!media.altTextOrEmpty().isBlank()) {
				photo.put("alt_text_custom", media.altText()); //$NON-NLS-1$
			}
			String what = "POST /{page}/photos"; //$NON-NLS-1$
			String id = http.requiredText(http.readJson(http.send(multipart(graph + '/' + encode(page) + "/photos", photo, media, token), what), what), "id", what); //$NON-NLS-1$ //$NON-NLS-2$
			fields.put("attached_media[" + n++ + ']', "{\"media_fbid\":\"" + id + "\"}"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		String what = "POST /{page}/feed"; //$NON-NLS-1$
		return http.requiredText(http.readJson(http.send(form(graph + '/' + encode(page) + "/feed", fields).header("Authorization", "Bearer " + token), what), what), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				"id", what); //$NON-NLS-1$
	}

	private String comment(String object, PostPart part, String token) throws ChannelException {
		if (part.media().size() > 1) {
			throw new ChannelException(Kind.REJECTED, "A Facebook comment takes at most one image"); //$NON-NLS-1$
		}
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("message", part.text()); //$NON-NLS-1$
		String what = "POST /{object}/comments"; //$NON-NLS-1$
		HttpRequest.Builder request = part.media().isEmpty()
				? form(graph + '/' + encode(object) + "/comments", fields).header("Authorization", "Bearer " + token) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				: multipart(graph + '/' + encode(object) + "/comments", fields, part.media().get(0), token); //$NON-NLS-1$
		return http.requiredText(http.readJson(http.send(request, what), what), "id", what); //$NON-NLS-1$
	}

	@Override
	public void cancelScheduled(ChannelAccount account, IAccountSecrets secrets, String remoteId) throws ChannelException {
		String what = "DELETE /{post}"; //$NON-NLS-1$
		http.send(bearer(graph + '/' + encode(remoteId), secrets.require(PAGE_TOKEN)).DELETE(), what);
	}

	@Override
	public PublishResult reschedule(ChannelAccount account, IAccountSecrets secrets, String remoteId, Instant at)
			throws ChannelException {
		String what = "POST /{post}"; //$NON-NLS-1$
		http.send(form(graph + '/' + encode(remoteId), Map.of("scheduled_publish_time", Long.toString(at.getEpochSecond()))) //$NON-NLS-1$
				.header("Authorization", "Bearer " + secrets.require(PAGE_TOKEN)), what); //$NON-NLS-1$ //$NON-NLS-2$
		return new PublishResult(List.of(new PublishedPart(remoteId, null)), true, at);
	}

	// --- inbox

	@Override
	public ConversationPage fetchConversations(ChannelAccount account, IAccountSecrets secrets, String cursor)
			throws ChannelException {
		Instant since = GraphTime.since(cursor, http.network());
		String what = "GET /{page}/feed"; //$NON-NLS-1$
		String fields = "id,comments.order(chronological).limit(100){id,message,created_time,from{id,name},parent{id},permalink_url}"; //$NON-NLS-1$
		JsonNode feed = http.readJson(http.send(bearer(graph + '/' + encode(page(account)) + "/feed?limit=25&fields=" + encode(fields), //$NON-NLS-1$
				secrets.require(PAGE_TOKEN)).GET(), what), what);
		Instant newest = since;
		String pageId = page(account);
		List<ConversationThread> threads = new ArrayList<>();
		for (JsonNode post : feed.path("data")) { //$NON-NLS-1$
			String postId = http.requiredText(post, "id", what); //$NON-NLS-1$
			List<ConversationMessage> messages = new ArrayList<>();
			for (JsonNode comment : post.path("comments").path("data")) { //$NON-NLS-1$ //$NON-NLS-2$
				Instant created = GraphTime.parse(http.requiredText(comment, "created_time", what), http, what); //$NON-NLS-1$
				if (since != null && !created.isAfter(since)) {
					continue;
				}
				if (newest == null || created.isAfter(newest)) {
					newest = created;
				}
				JsonNode from = comment.path("from"); //$NON-NLS-1$
				if (pageId.equals(from.path("id").asText())) { //$NON-NLS-1$
					continue; // the Page's own answers are not inbox messages
				}
				String parent = comment.path("parent").path("id").asText(null); //$NON-NLS-1$ //$NON-NLS-2$
				String authorId = from.path("id").asText("unknown"); //$NON-NLS-1$ //$NON-NLS-2$
				String link = comment.path("permalink_url").asText(null); //$NON-NLS-1$
				messages.add(new ConversationMessage(http.requiredText(comment, "id", what), parent != null ? parent : postId, //$NON-NLS-1$
						parent != null ? ConversationMessage.Kind.REPLY : ConversationMessage.Kind.COMMENT,
						new ConversationAuthor(authorId, from.path("name").asText(authorId), from.path("name").asText(""), null), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						comment.path("message").asText(""), created, link == null ? null : URI.create(link))); //$NON-NLS-1$ //$NON-NLS-2$
			}
			if (!messages.isEmpty()) {
				threads.add(new ConversationThread(postId, messages));
			}
		}
		return new ConversationPage(threads, newest == null ? null : newest.toString());
	}

	// --- metrics

	@Override
	public List<MetricObservation> fetchMetrics(ChannelAccount account, IAccountSecrets secrets, List<String> postRemoteIds)
			throws ChannelException {
		String token = secrets.require(PAGE_TOKEN);
		List<MetricObservation> observations = new ArrayList<>();
		String what = "GET /{page}"; //$NON-NLS-1$
		JsonNode page = http.readJson(http.send(bearer(graph + '/' + encode(page(account)) + "?fields=followers_count,fan_count", token).GET(), what), //$NON-NLS-1$
				what);
		Instant now = clock.instant();
		String source = "Facebook Graph GET /{page}?fields=followers_count,fan_count"; //$NON-NLS-1$
		add(observations, page.get("followers_count"), MetricObservation.ACCOUNT, Metric.FOLLOWERS, "followers_count", now, source); //$NON-NLS-1$ //$NON-NLS-2$
		for (String id : postRemoteIds) {
			String postWhat = "GET /{post}"; //$NON-NLS-1$
			JsonNode post = http.readJson(http.send(bearer(graph + '/' + encode(id) + "?fields=" //$NON-NLS-1$
					+ encode("shares,reactions.summary(total_count).limit(0),comments.summary(total_count).limit(0)"), token).GET(), //$NON-NLS-1$
					postWhat), postWhat);
			Instant at = clock.instant();
			String postSource = "Facebook Graph GET /{post}?fields=shares,reactions.summary,comments.summary"; //$NON-NLS-1$
			add(observations, post.path("reactions").path("summary").get("total_count"), id, Metric.LIKES, "reactions.summary.total_count", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
					at, postSource);
			add(observations, post.path("comments").path("summary").get("total_count"), id, Metric.REPLIES, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					"comments.summary.total_count", at, postSource); //$NON-NLS-1$
			add(observations, post.path("shares").get("count"), id, Metric.SHARES, "shares.count", at, postSource); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
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

	private static String page(ChannelAccount account) {
		return account.settings().getOrDefault("pageId", account.accountId()); //$NON-NLS-1$
	}

	private static HttpRequest.Builder multipart(String url, Map<String, String> fields, MediaFile media, String token)
			throws ChannelException {
		MultipartBody body = new MultipartBody();
		fields.forEach(body::field);
		body.file("source", media.file().getFileName().toString(), media.mimeType(), FileRange.whole(media.file())); //$NON-NLS-1$
		return bearer(url, token).header("Content-Type", body.contentType()).POST(body.publisher()); //$NON-NLS-1$
	}
}
