package io.github.chorus.channel.x.internal;

import static io.github.chorus.channels.connector.HttpExchange.encode;

import java.net.URI;
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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

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
import io.github.chorus.channels.connector.OAuthLoopback;
import io.github.chorus.channels.connector.PostPart;
import io.github.chorus.channels.connector.PublishRequest;
import io.github.chorus.channels.connector.PublishResult;
import io.github.chorus.channels.connector.PublishedPart;

/**
 * X, through the X API v2 with an OAuth 2 user context.
 * <ul>
 * <li>Connect (parameters {@value #CLIENT_ID} of the user's own X app, optional {@value #CLIENT_SECRET}
 * for a confidential app, {@value #REDIRECT_PORT}, default {@value #DEFAULT_REDIRECT_PORT}, because X
 * only accepts the redirect URI registered in the app, {@code http://127.0.0.1:PORT/callback}): OAuth 2
 * authorization code with PKCE on {@code x.com/i/oauth2/authorize}, {@code POST /2/oauth2/token}, then
 * {@code GET /2/users/me}. Scopes: {@value #SCOPES}. Access tokens last two hours; the refresh token
 * (offline.access) is rotated at every refresh.</li>
 * <li>Publish: {@code POST /2/tweets}; images through {@code POST /2/media/upload} and alt text through
 * {@code POST /2/media/metadata}; videos and GIFs through the chunked upload of the same endpoint
 * ({@code command=INIT} with {@code total_bytes} and the {@code tweet_video}/{@code tweet_gif} category,
 * {@code APPEND} of each segment streamed from the file, a failed segment sent again, {@code FINALIZE},
 * then {@code GET ?command=STATUS} while {@code processing_info} says {@code pending} or
 * {@code in_progress}, waiting {@code check_after_secs}); threads and first comments as replies
 * ({@code reply.in_reply_to_tweet_id}).</li>
 * <li>Conversations: {@code GET /2/users/:id/mentions} after a {@code since_id} cursor.</li>
 * <li>Metrics: {@code public_metrics} of {@code GET /2/users/me} and {@code GET /2/tweets}.</li>
 * </ul>
 * Not offered: native scheduling (the API has none), alt text on videos ({@code /2/media/metadata}
 * takes it for images and GIFs), idempotency (X has no idempotency key). Reading
 * mentions and metrics needs a paid API tier; on the free tier X answers 403 and the operation fails
 * as {@link Kind#GONE} with X's explanation.
 */
public final class XConnector implements IChannelConnector {

	/** Connect parameter: the OAuth 2 client id of the X app. */
	public static final String CLIENT_ID = "clientId"; //$NON-NLS-1$
	/** Connect parameter: the client secret of a confidential X app (kept in secure storage). */
	public static final String CLIENT_SECRET = "clientSecret"; //$NON-NLS-1$
	/** Connect parameter: the loopback port registered in the X app's redirect URI. */
	public static final String REDIRECT_PORT = "redirectPort"; //$NON-NLS-1$
	/** The default loopback port. */
	public static final int DEFAULT_REDIRECT_PORT = 8765;
	/** The scopes asked for. */
	public static final String SCOPES = "tweet.read tweet.write users.read offline.access media.write"; //$NON-NLS-1$

	static final String CHANNEL_TYPE = "io.github.chorus.channel.x"; //$NON-NLS-1$
	static final String ACCESS_TOKEN = "accessToken"; //$NON-NLS-1$
	static final String REFRESH_TOKEN = "refreshToken"; //$NON-NLS-1$
	/** How often one segment of a chunked upload is sent before the upload fails. */
	static final int SEGMENT_ATTEMPTS = 3;
	private static final ObjectMapper JSON = new ObjectMapper();

	private final HttpExchange http;
	private final Clock clock;
	private final String api;
	private final String authorizePage;
	private final long chunkSize;
	private final Duration maxPollPause;
	private final int pollAttempts;
	private final Duration retryPause;

	/** Created by the extension registry. */
	public XConnector() {
		this(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build(),
				HttpExchange.DEFAULT_TIMEOUT, Clock.systemUTC(), "https://api.x.com", "https://x.com/i/oauth2/authorize"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * @param client        the HTTP client
	 * @param timeout       the time one request may take
	 * @param clock         the clock
	 * @param api           the API base, {@code https://api.x.com}
	 * @param authorizePage the authorization page
	 */
	public XConnector(HttpClient client, Duration timeout, Clock clock, String api, String authorizePage) {
		this(client, timeout, clock, api, authorizePage, 4L * 1024 * 1024, Duration.ofSeconds(30), 60, Duration.ofSeconds(2));
	}

	/**
	 * @param client        the HTTP client
	 * @param timeout       the time one request may take
	 * @param clock         the clock
	 * @param api           the API base, {@code https://api.x.com}
	 * @param authorizePage the authorization page
	 * @param chunkSize     the size of the segments of a chunked upload (X takes at most 5 MB)
	 * @param maxPollPause  the longest pause between two status checks, whatever {@code check_after_secs} says
	 * @param pollAttempts  how many status checks before the upload fails as transient
	 * @param retryPause    the pause before a segment that failed transiently is sent again
	 */
	public XConnector(HttpClient client, Duration timeout, Clock clock, String api, String authorizePage, long chunkSize,
			Duration maxPollPause, int pollAttempts, Duration retryPause) {
		this.http = new HttpExchange(client, timeout, "X", new HttpExchange.ErrorInterpreter() { //$NON-NLS-1$
			@Override
			public String message(int status, String body) {
				return problem(body);
			}

			@Override
			public Kind kind(int status, String body, Kind standard) {
				if (status == 403) {
					String text = body == null ? "" : body; //$NON-NLS-1$
					// a duplicate or a reply the author does not allow: the post must change; an app without
					// access to the endpoint (free tier): nothing to retry
					return text.contains("client-not-enrolled") || text.contains("Client Forbidden") ? Kind.GONE : Kind.REJECTED; //$NON-NLS-1$ //$NON-NLS-2$
				}
				return standard;
			}
		});
		this.clock = clock;
		this.api = api;
		this.authorizePage = authorizePage;
		this.chunkSize = chunkSize;
		this.maxPollPause = maxPollPause;
		this.pollAttempts = pollAttempts;
		this.retryPause = retryPause;
	}

	@Override
	public Set<ConnectorOperation> operations() {
		return Set.of(ConnectorOperation.CONNECT, ConnectorOperation.PUBLISH, ConnectorOperation.MEDIA,
				ConnectorOperation.THREADS, ConnectorOperation.CONVERSATIONS, ConnectorOperation.METRICS);
	}

	// --- accounts

	@Override
	public AccountProfile connect(ConnectRequest request, IAccountSecrets secrets) throws ChannelException {
		String clientId = request.require(CLIENT_ID);
		String clientSecret = request.parameters().get(CLIENT_SECRET);
		int port;
		try {
			port = Integer.parseInt(request.parameters().getOrDefault(REDIRECT_PORT, Integer.toString(DEFAULT_REDIRECT_PORT)).strip());
		} catch (NumberFormatException e) {
			throw new ChannelException(Kind.REJECTED, "X: the redirect port is not a number"); //$NON-NLS-1$
		}
		try (OAuthLoopback loopback = OAuthLoopback.open("X", port)) { //$NON-NLS-1$
			String redirect = loopback.redirectUri().toString();
			OAuthLoopback.Pkce pkce = OAuthLoopback.pkce();
			String state = OAuthLoopback.randomToken(24);
			URI page = URI.create(authorizePage + "?response_type=code&client_id=" + encode(clientId) + "&redirect_uri=" //$NON-NLS-1$ //$NON-NLS-2$
					+ encode(redirect) + "&scope=" + encode(SCOPES) + "&state=" + encode(state) + "&code_challenge=" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					+ encode(pkce.challenge()) + "&code_challenge_method=" + pkce.method()); //$NON-NLS-1$
			String code = loopback.authorize(request, page, state);
			secrets.put(CLIENT_ID, clientId);
			secrets.put(CLIENT_SECRET, clientSecret);
			Map<String, String> form = new LinkedHashMap<>();
			form.put("grant_type", "authorization_code"); //$NON-NLS-1$ //$NON-NLS-2$
			form.put("code", code); //$NON-NLS-1$
			form.put("redirect_uri", redirect); //$NON-NLS-1$
			form.put("code_verifier", pkce.verifier()); //$NON-NLS-1$
			form.put("client_id", clientId); //$NON-NLS-1$
			Instant expiry = token(form, secrets);
			return profile(secrets, expiry);
		}
	}

	@Override
	public AccountProfile refresh(ChannelAccount account, IAccountSecrets secrets) throws ChannelException {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("grant_type", "refresh_token"); //$NON-NLS-1$ //$NON-NLS-2$
		form.put("refresh_token", secrets.require(REFRESH_TOKEN)); //$NON-NLS-1$
		form.put("client_id", secrets.require(CLIENT_ID)); //$NON-NLS-1$
		return profile(secrets, token(form, secrets));
	}

	private Instant token(Map<String, String> form, IAccountSecrets secrets) throws ChannelException {
		StringJoiner body = new StringJoiner("&"); //$NON-NLS-1$
		form.forEach((k, v) -> body.add(encode(k) + '=' + encode(v)));
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api + "/2/oauth2/token")) //$NON-NLS-1$
				.header("Content-Type", "application/x-www-form-urlencoded") //$NON-NLS-1$ //$NON-NLS-2$
				.POST(HttpRequest.BodyPublishers.ofString(body.toString()));
		var secret = secrets.get(CLIENT_SECRET);
		if (secret.isPresent()) {
			String basic = Base64Url.basic(form.get("client_id"), secret.get()); //$NON-NLS-1$
			request.header("Authorization", "Basic " + basic); //$NON-NLS-1$ //$NON-NLS-2$
		}
		String what = "POST /2/oauth2/token"; //$NON-NLS-1$
		JsonNode token;
		try {
			token = http.readJson(http.send(request, what), what);
		} catch (ChannelException e) {
			if (e.kind() == Kind.REJECTED && e.httpStatus().orElse(0) == 400 && "refresh_token".equals(form.get("grant_type"))) { //$NON-NLS-1$ //$NON-NLS-2$
				throw new ChannelException(Kind.AUTH_EXPIRED, e.getMessage(), e.networkMessage().orElse(null), null, 400, null);
			}
			throw e;
		}
		secrets.put(ACCESS_TOKEN, http.requiredText(token, "access_token", what)); //$NON-NLS-1$
		secrets.put(REFRESH_TOKEN, token.path("refresh_token").asText(null)); //$NON-NLS-1$
		long expiresIn = token.path("expires_in").asLong(0); //$NON-NLS-1$
		return expiresIn > 0 ? clock.instant().plusSeconds(expiresIn) : null;
	}

	private AccountProfile profile(IAccountSecrets secrets, Instant expiry) throws ChannelException {
		JsonNode me = me(secrets);
		String what = "GET /2/users/me"; //$NON-NLS-1$
		String username = http.requiredText(me, "username", what); //$NON-NLS-1$
		Map<String, String> settings = new LinkedHashMap<>();
		settings.put("userId", http.requiredText(me, "id", what)); //$NON-NLS-1$ //$NON-NLS-2$
		settings.put("username", username); //$NON-NLS-1$
		settings.put("refreshable", Boolean.toString(secrets.get(REFRESH_TOKEN).isPresent())); //$NON-NLS-1$
		return new AccountProfile(CHANNEL_TYPE, http.requiredText(me, "id", what), '@' + username, null, expiry, settings); //$NON-NLS-1$
	}

	private JsonNode me(IAccountSecrets secrets) throws ChannelException {
		String what = "GET /2/users/me"; //$NON-NLS-1$
		JsonNode data = http.readJson(http.send(authorized(api + "/2/users/me?user.fields=public_metrics", secrets).GET(), what), what) //$NON-NLS-1$
				.path("data"); //$NON-NLS-1$
		if (!data.isObject()) {
			throw http.unreadable(what, new IllegalStateException("no data")); //$NON-NLS-1$
		}
		return data;
	}

	// --- publishing

	@Override
	public PublishResult publish(ChannelAccount account, IAccountSecrets secrets, PublishRequest request)
			throws ChannelException {
		if (request.scheduledAt() != null) {
			throw new UnsupportedOperationException("The X API has no native scheduling"); //$NON-NLS-1$
		}
		for (PostPart part : request.parts()) {
			for (MediaFile media : part.media()) {
				if (!media.mimeType().startsWith("image/") && !media.mimeType().startsWith("video/")) { //$NON-NLS-1$ //$NON-NLS-2$
					throw new ChannelException(Kind.REJECTED, "X takes images, GIFs and videos only: " //$NON-NLS-1$
							+ media.file().getFileName() + " is " + media.mimeType()); //$NON-NLS-1$
				}
			}
		}
		String username = account.settings().getOrDefault("username", "i"); //$NON-NLS-1$ //$NON-NLS-2$
		List<PublishedPart> published = new ArrayList<>();
		for (int i = 0; i < request.parts().size(); i++) {
			PostPart part = request.parts().get(i);
			ObjectNode tweet = JSON.createObjectNode();
			tweet.put("text", part.text()); //$NON-NLS-1$
			if (!part.media().isEmpty()) {
				var ids = tweet.putObject("media").putArray("media_ids"); //$NON-NLS-1$ //$NON-NLS-2$
				for (MediaFile media : part.media()) {
					ids.add(upload(secrets, media));
				}
			}
			String replyTo = i == 0 ? request.replyTo()
					: request.followUps() == PublishRequest.FollowUps.THREAD ? published.get(i - 1).remoteId()
							: published.get(0).remoteId();
			if (replyTo != null) {
				tweet.putObject("reply").put("in_reply_to_tweet_id", replyTo); //$NON-NLS-1$ //$NON-NLS-2$
			}
			String what = "POST /2/tweets"; //$NON-NLS-1$
			JsonNode data = http.readJson(http.send(authorized(api + "/2/tweets", secrets).header("Content-Type", "application/json") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					.POST(HttpRequest.BodyPublishers.ofString(tweet.toString())), what), what).path("data"); //$NON-NLS-1$
			String id = http.requiredText(data, "id", what); //$NON-NLS-1$
			published.add(new PublishedPart(id, URI.create("https://x.com/" + username + "/status/" + id))); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return new PublishResult(published, false, clock.instant());
	}

	private String upload(IAccountSecrets secrets, MediaFile media) throws ChannelException {
		boolean chunked = media.mimeType().startsWith("video/") || "image/gif".equals(media.mimeType()); //$NON-NLS-1$ //$NON-NLS-2$
		String id;
		if (chunked) {
			id = uploadChunked(secrets, media);
		} else {
			MultipartBody body = new MultipartBody().field("media_category", "tweet_image").field("media_type", media.mimeType()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					.file("media", media.file().getFileName().toString(), media.mimeType(), FileRange.whole(media.file())); //$NON-NLS-1$
			String what = "POST /2/media/upload"; //$NON-NLS-1$
			JsonNode data = http.readJson(http.send(authorized(api + "/2/media/upload", secrets).header("Content-Type", body.contentType()) //$NON-NLS-1$ //$NON-NLS-2$
					.POST(body.publisher()), what), what).path("data"); //$NON-NLS-1$
			id = http.requiredText(data, "id", what); //$NON-NLS-1$
		}
		if (!media.altTextOrEmpty().isBlank() && !media.mimeType().startsWith("video/")) { //$NON-NLS-1$
			ObjectNode metadata = JSON.createObjectNode();
			metadata.put("id", id); //$NON-NLS-1$
			metadata.putObject("metadata").putObject("alt_text").put("text", media.altText()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			http.send(authorized(api + "/2/media/metadata", secrets).header("Content-Type", "application/json") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					.POST(HttpRequest.BodyPublishers.ofString(metadata.toString())), "POST /2/media/metadata"); //$NON-NLS-1$
		}
		return id;
	}

	/** INIT, APPEND per segment (each streamed from the file, sent again after a transient failure), FINALIZE, STATUS. */
	private String uploadChunked(IAccountSecrets secrets, MediaFile media) throws ChannelException {
		List<FileRange> segments = FileRange.chunks(media.file(), chunkSize);
		long size = segments.getLast().end();
		String category = media.mimeType().startsWith("video/") ? "tweet_video" : "tweet_gif"; //$NON-NLS-1$ //$NON-NLS-2$
		MultipartBody init = new MultipartBody().field("command", "INIT").field("media_type", media.mimeType()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.field("total_bytes", Long.toString(size)).field("media_category", category); //$NON-NLS-1$ //$NON-NLS-2$
		String initWhat = "POST /2/media/upload command=INIT"; //$NON-NLS-1$
		String id = http.requiredText(http.readJson(http.send(multipart(secrets, init), initWhat), initWhat).path("data"), "id", initWhat); //$NON-NLS-1$ //$NON-NLS-2$
		String appendWhat = "POST /2/media/upload command=APPEND"; //$NON-NLS-1$
		String fileName = media.file().getFileName().toString();
		for (int index = 0; index < segments.size(); index++) {
			for (int attempt = 1;; attempt++) {
				MultipartBody append = new MultipartBody().field("command", "APPEND").field("media_id", id) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						.field("segment_index", Integer.toString(index)).file("media", fileName, "application/octet-stream", segments.get(index)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				try {
					http.send(multipart(secrets, append), appendWhat);
					break;
				} catch (ChannelException e) {
					if (e.kind() != Kind.TRANSIENT || attempt >= SEGMENT_ATTEMPTS) {
						throw e;
					}
					http.pause(retryPause, appendWhat);
				}
			}
		}
		String finalizeWhat = "POST /2/media/upload command=FINALIZE"; //$NON-NLS-1$
		JsonNode data = http.readJson(http.send(multipart(secrets, new MultipartBody().field("command", "FINALIZE").field("media_id", id)), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				finalizeWhat), finalizeWhat).path("data"); //$NON-NLS-1$
		String statusWhat = "GET /2/media/upload command=STATUS"; //$NON-NLS-1$
		for (int check = 0;; check++) {
			JsonNode processing = data.path("processing_info"); //$NON-NLS-1$
			String state = processing.path("state").asText("succeeded"); //$NON-NLS-1$ //$NON-NLS-2$
			if ("succeeded".equals(state)) { //$NON-NLS-1$
				return id;
			}
			if ("failed".equals(state)) { //$NON-NLS-1$
				String why = processing.path("error").path("message").asText(null); //$NON-NLS-1$ //$NON-NLS-2$
				throw new ChannelException(Kind.REJECTED, "X could not process " + fileName + (why == null ? "" : ": " + why), why, null, 0, null); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
			if (check >= pollAttempts) {
				throw new ChannelException(Kind.TRANSIENT, "X was still processing " + fileName + " after " + pollAttempts //$NON-NLS-1$ //$NON-NLS-2$
						+ " checks; publish again later"); //$NON-NLS-1$
			}
			Duration wait = Duration.ofSeconds(Math.max(0, processing.path("check_after_secs").asLong(1))); //$NON-NLS-1$
			http.pause(wait.compareTo(maxPollPause) > 0 ? maxPollPause : wait, statusWhat);
			data = http.readJson(http.send(authorized(api + "/2/media/upload?command=STATUS&media_id=" + encode(id), secrets).GET(), statusWhat), //$NON-NLS-1$
					statusWhat).path("data"); //$NON-NLS-1$
		}
	}

	private HttpRequest.Builder multipart(IAccountSecrets secrets, MultipartBody body) throws ChannelException {
		return authorized(api + "/2/media/upload", secrets).header("Content-Type", body.contentType()).POST(body.publisher()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	// --- inbox

	@Override
	public ConversationPage fetchConversations(ChannelAccount account, IAccountSecrets secrets, String cursor)
			throws ChannelException {
		String userId = account.settings().getOrDefault("userId", account.accountId()); //$NON-NLS-1$
		String what = "GET /2/users/:id/mentions"; //$NON-NLS-1$
		StringBuilder url = new StringBuilder(api).append("/2/users/").append(encode(userId)).append("/mentions?max_results=100") //$NON-NLS-1$ //$NON-NLS-2$
				.append("&tweet.fields=created_at,conversation_id,author_id,referenced_tweets&expansions=author_id&user.fields=username,name"); //$NON-NLS-1$
		if (cursor != null && !cursor.isBlank()) {
			url.append("&since_id=").append(encode(cursor)); //$NON-NLS-1$
		}
		JsonNode answer = http.readJson(http.send(authorized(url.toString(), secrets).GET(), what), what);
		Map<String, JsonNode> users = new HashMap<>();
		for (JsonNode user : answer.path("includes").path("users")) { //$NON-NLS-1$ //$NON-NLS-2$
			users.put(user.path("id").asText(), user); //$NON-NLS-1$
		}
		String next = answer.path("meta").path("newest_id").asText(null); //$NON-NLS-1$ //$NON-NLS-2$
		Map<String, List<ConversationMessage>> threads = new LinkedHashMap<>();
		List<JsonNode> tweets = new ArrayList<>();
		answer.path("data").forEach(tweets::add); //$NON-NLS-1$
		tweets.sort((a, b) -> compareIds(a.path("id").asText(), b.path("id").asText())); //$NON-NLS-1$ //$NON-NLS-2$
		for (JsonNode tweet : tweets) {
			String id = http.requiredText(tweet, "id", what); //$NON-NLS-1$
			String repliedTo = null;
			ConversationMessage.Kind kind = ConversationMessage.Kind.MENTION;
			for (JsonNode reference : tweet.path("referenced_tweets")) { //$NON-NLS-1$
				String type = reference.path("type").asText(); //$NON-NLS-1$
				if ("replied_to".equals(type)) { //$NON-NLS-1$
					repliedTo = reference.path("id").asText(null); //$NON-NLS-1$
					kind = ConversationMessage.Kind.REPLY;
				} else if ("quoted".equals(type) && kind == ConversationMessage.Kind.MENTION) { //$NON-NLS-1$
					kind = ConversationMessage.Kind.QUOTE;
				}
			}
			String authorId = http.requiredText(tweet, "author_id", what); //$NON-NLS-1$
			JsonNode user = users.getOrDefault(authorId, JSON.createObjectNode());
			String handle = user.path("username").asText(authorId); //$NON-NLS-1$
			ConversationMessage message = new ConversationMessage(id, repliedTo, kind,
					new ConversationAuthor(authorId, handle, user.path("name").asText(""), URI.create("https://x.com/" + encode(handle))), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					tweet.path("text").asText(""), instant(http.requiredText(tweet, "created_at", what), what), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					URI.create("https://x.com/" + encode(handle) + "/status/" + id)); //$NON-NLS-1$ //$NON-NLS-2$
			threads.computeIfAbsent(tweet.path("conversation_id").asText(id), k -> new ArrayList<>()).add(message); //$NON-NLS-1$
		}
		List<ConversationThread> result = new ArrayList<>();
		threads.forEach((root, messages) -> result.add(new ConversationThread(root, messages)));
		return new ConversationPage(result, next != null && (cursor == null || compareIds(next, cursor) > 0) ? next : cursor);
	}

	/** Post ids are decimal snowflakes: compare them as numbers. */
	static int compareIds(String a, String b) {
		return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
	}

	// --- metrics

	@Override
	public List<MetricObservation> fetchMetrics(ChannelAccount account, IAccountSecrets secrets, List<String> postRemoteIds)
			throws ChannelException {
		List<MetricObservation> observations = new ArrayList<>();
		JsonNode metrics = me(secrets).path("public_metrics"); //$NON-NLS-1$
		Instant now = clock.instant();
		String source = "X GET /2/users/me public_metrics"; //$NON-NLS-1$
		add(observations, metrics, MetricObservation.ACCOUNT, Metric.FOLLOWERS, "followers_count", now, source); //$NON-NLS-1$
		add(observations, metrics, MetricObservation.ACCOUNT, Metric.FOLLOWING, "following_count", now, source); //$NON-NLS-1$
		add(observations, metrics, MetricObservation.ACCOUNT, Metric.POSTS, "tweet_count", now, source); //$NON-NLS-1$
		String what = "GET /2/tweets"; //$NON-NLS-1$
		for (int from = 0; from < postRemoteIds.size(); from += 100) {
			String ids = String.join(",", postRemoteIds.subList(from, Math.min(postRemoteIds.size(), from + 100))); //$NON-NLS-1$
			JsonNode answer = http.readJson(http.send(authorized(api + "/2/tweets?ids=" + encode(ids) + "&tweet.fields=public_metrics", secrets).GET(), //$NON-NLS-1$ //$NON-NLS-2$
					what), what);
			Instant at = clock.instant();
			for (JsonNode tweet : answer.path("data")) { //$NON-NLS-1$
				String id = http.requiredText(tweet, "id", what); //$NON-NLS-1$
				JsonNode m = tweet.path("public_metrics"); //$NON-NLS-1$
				String postSource = "X GET /2/tweets public_metrics"; //$NON-NLS-1$
				add(observations, m, id, Metric.LIKES, "like_count", at, postSource); //$NON-NLS-1$
				add(observations, m, id, Metric.SHARES, "retweet_count", at, postSource); //$NON-NLS-1$
				add(observations, m, id, Metric.REPLIES, "reply_count", at, postSource); //$NON-NLS-1$
				add(observations, m, id, Metric.QUOTES, "quote_count", at, postSource); //$NON-NLS-1$
				add(observations, m, id, Metric.IMPRESSIONS, "impression_count", at, postSource); //$NON-NLS-1$
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

	private static HttpRequest.Builder authorized(String url, IAccountSecrets secrets) throws ChannelException {
		return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + secrets.require(ACCESS_TOKEN)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private Instant instant(String text, String what) throws ChannelException {
		try {
			return OffsetDateTime.parse(text).toInstant();
		} catch (DateTimeParseException e) {
			throw http.unreadable(what, e);
		}
	}

	/** @return the explanation of an X error answer: RFC 7807 {@code detail}, or the first {@code errors[].message} */
	static String problem(String body) {
		try {
			JsonNode node = JSON.readTree(body);
			if (node == null || !node.isObject()) {
				return null;
			}
			String first = node.path("errors").path(0).path("message").asText(null); //$NON-NLS-1$ //$NON-NLS-2$
			if (node.hasNonNull("detail")) { //$NON-NLS-1$
				return first == null ? node.get("detail").asText() : node.get("detail").asText() + ' ' + first; //$NON-NLS-1$
			}
			if (first != null) {
				return first;
			}
			return node.hasNonNull("error_description") ? node.get("error_description").asText() : node.path("error").asText(null); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		} catch (JsonProcessingException e) {
			return null;
		}
	}



	/** HTTP Basic credentials of a confidential client (RFC 6749 section 2.3.1). */
	static final class Base64Url {
		private Base64Url() {
		}

		static String basic(String id, String secret) {
			return java.util.Base64.getEncoder().encodeToString(
					(encode(id) + ':' + encode(secret)).getBytes(StandardCharsets.UTF_8));
		}
	}
}
