package io.github.chorus.channel.linkedin.internal;

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
import java.util.Set;
import java.util.StringJoiner;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.chorus.channels.ChannelAccount;
import io.github.chorus.channels.CountingMethod;
import io.github.chorus.channels.IChannelConnector;
import io.github.chorus.channels.TextRules;
import io.github.chorus.channels.connector.AccountProfile;
import io.github.chorus.channels.connector.ChannelException;
import io.github.chorus.channels.connector.ChannelException.Kind;
import io.github.chorus.channels.connector.ConnectRequest;
import io.github.chorus.channels.connector.ConnectorOperation;
import io.github.chorus.channels.connector.FileRange;
import io.github.chorus.channels.connector.HttpExchange;
import io.github.chorus.channels.connector.IAccountSecrets;
import io.github.chorus.channels.connector.MediaFile;
import io.github.chorus.channels.connector.OAuthLoopback;
import io.github.chorus.channels.connector.PostPart;
import io.github.chorus.channels.connector.PublishRequest;
import io.github.chorus.channels.connector.PublishResult;
import io.github.chorus.channels.connector.PublishedPart;
import io.github.chorus.channels.text.TextEntity;
import io.github.chorus.channels.text.TextValidator;

/**
 * A LinkedIn member, through the versioned REST Posts API.
 * <ul>
 * <li>Connect (parameters {@value #CLIENT_ID} and {@value #CLIENT_SECRET} of the user's own LinkedIn app
 * with the "Share on LinkedIn" and "Sign In with LinkedIn using OpenID Connect" products,
 * {@value #REDIRECT_PORT}, default {@value #DEFAULT_REDIRECT_PORT}, since LinkedIn only accepts a
 * registered redirect URI): OAuth 2 authorization code (with PKCE), {@code POST /oauth/v2/accessToken},
 * then {@code GET /v2/userinfo} for the member id. Scopes {@value #SCOPES}. Access tokens last 60 days;
 * refresh tokens exist only for LinkedIn's approved partners, so the expiry is shown and the member
 * connects again after it.</li>
 * <li>Publish: {@code POST /rest/posts} with the text in LinkedIn's "little text" format (reserved
 * characters escaped, hashtags as hashtag templates); images through
 * {@code POST /rest/images?action=initializeUpload} and an upload to the returned URL, with alt text;
 * follow-ups (threads and first comments alike: LinkedIn has no self-threads) and replies as comments
 * ({@code POST /rest/socialActions/{urn}/comments}).</li>
 * <li>Video: one video as the post through the Videos API: {@code POST /rest/videos?action=initializeUpload}
 * with the file size, a {@code PUT} of each part to the upload URL LinkedIn returns for its byte range
 * (streamed from the file, a part that fails transiently sent again), the parts' {@code ETag}s sent
 * with {@code action=finalizeUpload}, then {@code GET /rest/videos/{urn}} until its status is
 * {@code AVAILABLE} ({@code PROCESSING_FAILED} is rejected with LinkedIn's reason).</li>
 * </ul>
 * Not offered: conversations and metrics (reading comments and post statistics needs
 * {@code r_member_social} or the Community Management API, which LinkedIn grants only to approved
 * partners), native scheduling (the Posts API has none), documents (the Documents API; rejected with that
 * explanation), a video mixed with images or in a comment (the Posts API takes neither), idempotency
 * (none in the API).
 */
public final class LinkedInConnector implements IChannelConnector {

	/** Connect parameter: the app's client id. */
	public static final String CLIENT_ID = "clientId"; //$NON-NLS-1$
	/** Connect parameter: the app's client secret (kept in secure storage for refreshes). */
	public static final String CLIENT_SECRET = "clientSecret"; //$NON-NLS-1$
	/** Connect parameter: the loopback port registered as redirect URI. */
	public static final String REDIRECT_PORT = "redirectPort"; //$NON-NLS-1$
	/** The default loopback port. */
	public static final int DEFAULT_REDIRECT_PORT = 8765;
	/** The scopes asked for. */
	public static final String SCOPES = "openid profile w_member_social"; //$NON-NLS-1$
	/** The API version sent in {@code LinkedIn-Version}. */
	public static final String API_VERSION = "202411"; //$NON-NLS-1$

	static final String CHANNEL_TYPE = "io.github.chorus.channel.linkedin"; //$NON-NLS-1$
	static final String ACCESS_TOKEN = "accessToken"; //$NON-NLS-1$
	static final String REFRESH_TOKEN = "refreshToken"; //$NON-NLS-1$
	/** How often one part of a video is sent before the upload fails. */
	static final int PART_ATTEMPTS = 3;
	private static final String RESERVED = "\\|{}@[]()<>#*_~"; //$NON-NLS-1$
	private static final TextRules ENTITY_RULES = TextRules.of(3000, CountingMethod.UTF16);
	private static final ObjectMapper JSON = new ObjectMapper();

	private final HttpExchange http;
	private final Clock clock;
	private final String api;
	private final String oauth;
	private final Duration pollPause;
	private final int pollAttempts;
	private final Duration retryPause;

	/** Created by the extension registry. */
	public LinkedInConnector() {
		this(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build(),
				HttpExchange.DEFAULT_TIMEOUT, Clock.systemUTC(), "https://api.linkedin.com", "https://www.linkedin.com/oauth/v2"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * @param client  the HTTP client
	 * @param timeout the time one request may take
	 * @param clock   the clock
	 * @param api     the API base
	 * @param oauth   the OAuth base ({@code .../oauth/v2})
	 */
	public LinkedInConnector(HttpClient client, Duration timeout, Clock clock, String api, String oauth) {
		this(client, timeout, clock, api, oauth, Duration.ofSeconds(5), 120, Duration.ofSeconds(2));
	}

	/**
	 * @param client       the HTTP client
	 * @param timeout      the time one request may take
	 * @param clock        the clock
	 * @param api          the API base
	 * @param oauth        the OAuth base ({@code .../oauth/v2})
	 * @param pollPause    the pause between two checks of a video LinkedIn is processing
	 * @param pollAttempts how many checks before the upload fails as transient
	 * @param retryPause   the pause before a video part that failed transiently is sent again
	 */
	public LinkedInConnector(HttpClient client, Duration timeout, Clock clock, String api, String oauth, Duration pollPause, int pollAttempts,
			Duration retryPause) {
		this.http = new HttpExchange(client, timeout, "LinkedIn", new HttpExchange.ErrorInterpreter() { //$NON-NLS-1$
			@Override
			public String message(int status, String body) {
				try {
					JsonNode node = JSON.readTree(body);
					if (node == null || !node.isObject()) {
						return null;
					}
					return node.hasNonNull("message") ? node.get("message").asText() //$NON-NLS-1$ //$NON-NLS-2$
							: node.hasNonNull("error_description") ? node.get("error_description").asText() : null; //$NON-NLS-1$ //$NON-NLS-2$
				} catch (JsonProcessingException e) {
					return null;
				}
			}

			@Override
			public Kind kind(int status, String body, Kind standard) {
				String text = body == null ? "" : body; //$NON-NLS-1$
				if (text.contains("INVALID_ACCESS_TOKEN") || text.contains("EXPIRED_ACCESS_TOKEN") || text.contains("REVOKED_ACCESS_TOKEN")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					return Kind.AUTH_EXPIRED;
				}
				if (status == 403 && text.contains("ACCESS_DENIED")) { //$NON-NLS-1$
					return Kind.AUTH_EXPIRED; // a scope is missing: connect again granting it
				}
				if (status == 422 || (status == 409 && text.contains("uplicate"))) { //$NON-NLS-1$
					return Kind.REJECTED;
				}
				return standard;
			}
		});
		this.clock = clock;
		this.api = api;
		this.oauth = oauth;
		this.pollPause = pollPause;
		this.pollAttempts = pollAttempts;
		this.retryPause = retryPause;
	}

	@Override
	public Set<ConnectorOperation> operations() {
		return Set.of(ConnectorOperation.CONNECT, ConnectorOperation.PUBLISH, ConnectorOperation.MEDIA, ConnectorOperation.THREADS);
	}

	// --- accounts

	@Override
	public AccountProfile connect(ConnectRequest request, IAccountSecrets secrets) throws ChannelException {
		String clientId = request.require(CLIENT_ID);
		String clientSecret = request.require(CLIENT_SECRET);
		int port;
		try {
			port = Integer.parseInt(request.parameters().getOrDefault(REDIRECT_PORT, Integer.toString(DEFAULT_REDIRECT_PORT)).strip());
		} catch (NumberFormatException e) {
			throw new ChannelException(Kind.REJECTED, "LinkedIn: the redirect port is not a number"); //$NON-NLS-1$
		}
		try (OAuthLoopback loopback = OAuthLoopback.open("LinkedIn", port)) { //$NON-NLS-1$
			String redirect = loopback.redirectUri().toString();
			OAuthLoopback.Pkce pkce = OAuthLoopback.pkce();
			String state = OAuthLoopback.randomToken(24);
			URI page = URI.create(oauth + "/authorization?response_type=code&client_id=" + encode(clientId) + "&redirect_uri=" //$NON-NLS-1$ //$NON-NLS-2$
					+ encode(redirect) + "&scope=" + encode(SCOPES) + "&state=" + encode(state) + "&code_challenge=" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					+ encode(pkce.challenge()) + "&code_challenge_method=" + pkce.method()); //$NON-NLS-1$
			String code = loopback.authorize(request, page, state);
			Map<String, String> form = new LinkedHashMap<>();
			form.put("grant_type", "authorization_code"); //$NON-NLS-1$ //$NON-NLS-2$
			form.put("code", code); //$NON-NLS-1$
			form.put("redirect_uri", redirect); //$NON-NLS-1$
			form.put("client_id", clientId); //$NON-NLS-1$
			form.put("client_secret", clientSecret); //$NON-NLS-1$
			form.put("code_verifier", pkce.verifier()); //$NON-NLS-1$
			Instant expiry = token(form, secrets);
			secrets.put(CLIENT_ID, clientId);
			secrets.put(CLIENT_SECRET, clientSecret);
			return profile(secrets, expiry);
		}
	}

	@Override
	public AccountProfile refresh(ChannelAccount account, IAccountSecrets secrets) throws ChannelException {
		Instant expiry = null;
		var refreshToken = secrets.get(REFRESH_TOKEN);
		if (refreshToken.isPresent()) {
			Map<String, String> form = new LinkedHashMap<>();
			form.put("grant_type", "refresh_token"); //$NON-NLS-1$ //$NON-NLS-2$
			form.put("refresh_token", refreshToken.get()); //$NON-NLS-1$
			form.put("client_id", secrets.require(CLIENT_ID)); //$NON-NLS-1$
			form.put("client_secret", secrets.require(CLIENT_SECRET)); //$NON-NLS-1$
			expiry = token(form, secrets);
		} else if (account.settings().containsKey("tokenExpiry")) { //$NON-NLS-1$
			expiry = Instant.parse(account.settings().get("tokenExpiry")); //$NON-NLS-1$
		}
		return profile(secrets, expiry);
	}

	private Instant token(Map<String, String> form, IAccountSecrets secrets) throws ChannelException {
		StringJoiner body = new StringJoiner("&"); //$NON-NLS-1$
		form.forEach((k, v) -> body.add(encode(k) + '=' + encode(v)));
		String what = "POST /oauth/v2/accessToken"; //$NON-NLS-1$
		JsonNode token;
		try {
			token = http.readJson(http.send(HttpRequest.newBuilder(URI.create(oauth + "/accessToken")) //$NON-NLS-1$
					.header("Content-Type", "application/x-www-form-urlencoded") //$NON-NLS-1$ //$NON-NLS-2$
					.POST(HttpRequest.BodyPublishers.ofString(body.toString())), what), what);
		} catch (ChannelException e) {
			if (e.kind() == Kind.REJECTED && "refresh_token".equals(form.get("grant_type"))) { //$NON-NLS-1$ //$NON-NLS-2$
				throw new ChannelException(Kind.AUTH_EXPIRED, e.getMessage(), e.networkMessage().orElse(null), null,
						e.httpStatus().orElse(0), null);
			}
			throw e;
		}
		secrets.put(ACCESS_TOKEN, http.requiredText(token, "access_token", what)); //$NON-NLS-1$
		secrets.put(REFRESH_TOKEN, token.path("refresh_token").asText(null)); //$NON-NLS-1$
		long expiresIn = token.path("expires_in").asLong(0); //$NON-NLS-1$
		return expiresIn > 0 ? clock.instant().plusSeconds(expiresIn) : null;
	}

	private AccountProfile profile(IAccountSecrets secrets, Instant expiry) throws ChannelException {
		String what = "GET /v2/userinfo"; //$NON-NLS-1$
		JsonNode me = http.readJson(http.send(authorized(api + "/v2/userinfo", secrets).GET(), what), what); //$NON-NLS-1$
		String person = "urn:li:person:" + http.requiredText(me, "sub", what); //$NON-NLS-1$ //$NON-NLS-2$
		Map<String, String> settings = new LinkedHashMap<>();
		settings.put("author", person); //$NON-NLS-1$
		if (expiry != null) {
			settings.put("tokenExpiry", expiry.toString()); //$NON-NLS-1$
		}
		settings.put("refreshable", Boolean.toString(secrets.get(REFRESH_TOKEN).isPresent())); //$NON-NLS-1$
		return new AccountProfile(CHANNEL_TYPE, person, me.path("name").asText(person), null, expiry, settings); //$NON-NLS-1$
	}

	// --- publishing

	@Override
	public PublishResult publish(ChannelAccount account, IAccountSecrets secrets, PublishRequest request)
			throws ChannelException {
		if (request.scheduledAt() != null) {
			throw new UnsupportedOperationException("The LinkedIn Posts API has no native scheduling"); //$NON-NLS-1$
		}
		for (int i = 0; i < request.parts().size(); i++) {
			PostPart part = request.parts().get(i);
			for (MediaFile media : part.media()) {
				boolean video = media.mimeType().startsWith("video/"); //$NON-NLS-1$
				if (!video && !media.mimeType().startsWith("image/")) { //$NON-NLS-1$
					throw new ChannelException(Kind.REJECTED, "Chorus publishes images and videos to LinkedIn: " //$NON-NLS-1$
							+ media.file().getFileName() + " (" + media.mimeType() + ") would need LinkedIn's Documents API"); //$NON-NLS-1$ //$NON-NLS-2$
				}
				if (video && (i > 0 || request.replyTo() != null || part.media().size() > 1)) {
					throw new ChannelException(Kind.REJECTED, "LinkedIn takes a video only alone, as the post: " //$NON-NLS-1$
							+ media.file().getFileName() + " cannot go with other media or into a comment"); //$NON-NLS-1$
				}
			}
		}
		String author = account.settings().getOrDefault("author", account.accountId()); //$NON-NLS-1$
		List<PublishedPart> published = new ArrayList<>();
		PostPart first = request.parts().get(0);
		String postUrn = request.replyTo() != null ? comment(author, request.replyTo(), first, secrets) : post(author, first, secrets);
		published.add(new PublishedPart(postUrn, feedUrl(postUrn)));
		for (int i = 1; i < request.parts().size(); i++) {
			// LinkedIn has no self-threads: every follow-up is a comment on the post
			String id = comment(author, postUrn, request.parts().get(i), secrets);
			published.add(new PublishedPart(id, feedUrl(postUrn)));
		}
		return new PublishResult(published, false, clock.instant());
	}

	private String post(String author, PostPart part, IAccountSecrets secrets) throws ChannelException {
		ObjectNode post = JSON.createObjectNode();
		post.put("author", author); //$NON-NLS-1$
		post.put("commentary", littleText(part.text())); //$NON-NLS-1$
		post.put("visibility", "PUBLIC"); //$NON-NLS-1$ //$NON-NLS-2$
		ObjectNode distribution = post.putObject("distribution"); //$NON-NLS-1$
		distribution.put("feedDistribution", "MAIN_FEED"); //$NON-NLS-1$ //$NON-NLS-2$
		distribution.putArray("targetEntities"); //$NON-NLS-1$
		distribution.putArray("thirdPartyDistributionChannels"); //$NON-NLS-1$
		post.put("lifecycleState", "PUBLISHED"); //$NON-NLS-1$ //$NON-NLS-2$
		post.put("isReshareDisabledByAuthor", false); //$NON-NLS-1$
		if (part.media().size() == 1) {
			MediaFile media = part.media().get(0);
			ObjectNode image = post.putObject("content").putObject("media"); //$NON-NLS-1$ //$NON-NLS-2$
			image.put("id", media.mimeType().startsWith("video/") ? uploadVideo(author, media, secrets) : upload(author, media, secrets)); //$NON-NLS-1$ //$NON-NLS-2$
			if (!media.altTextOrEmpty().isBlank()) {
				image.put("altText", media.altText()); //$NON-NLS-1$
			}
		} else if (part.media().size() > 1) {
			ArrayNode images = post.putObject("content").putObject("multiImage").putArray("images"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			for (MediaFile media : part.media()) {
				ObjectNode image = images.addObject();
				image.put("id", upload(author, media, secrets)); //$NON-NLS-1$
				if (!media.altTextOrEmpty().isBlank()) {
					image.put("altText", media.altText()); //$NON-NLS-1$
				}
			}
		}
		String what = "POST /rest/posts"; //$NON-NLS-1$
		HttpResponse<String> response = http.send(rest(api + "/rest/posts", secrets).header("Content-Type", "application/json") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.POST(HttpRequest.BodyPublishers.ofString(post.toString())), what);
		return response.headers().firstValue("x-restli-id") //$NON-NLS-1$
				.orElseThrow(() -> http.unreadable(what, new IllegalStateException("no x-restli-id"))); //$NON-NLS-1$
	}

	private String upload(String owner, MediaFile media, IAccountSecrets secrets) throws ChannelException {
		ObjectNode initialize = JSON.createObjectNode();
		initialize.putObject("initializeUploadRequest").put("owner", owner); //$NON-NLS-1$ //$NON-NLS-2$
		String what = "POST /rest/images?action=initializeUpload"; //$NON-NLS-1$
		JsonNode value = http.readJson(http.send(rest(api + "/rest/images?action=initializeUpload", secrets) //$NON-NLS-1$
				.header("Content-Type", "application/json") //$NON-NLS-1$ //$NON-NLS-2$
				.POST(HttpRequest.BodyPublishers.ofString(initialize.toString())), what), what).path("value"); //$NON-NLS-1$
		String uploadUrl = http.requiredText(value, "uploadUrl", what); //$NON-NLS-1$
		String image = http.requiredText(value, "image", what); //$NON-NLS-1$
		FileRange bytes = FileRange.whole(media.file());
		URI target;
		try {
			target = URI.create(uploadUrl);
		} catch (IllegalArgumentException e) {
			throw http.unreadable(what, e);
		}
		http.send(HttpRequest.newBuilder(target).header("Authorization", "Bearer " + secrets.require(ACCESS_TOKEN)) //$NON-NLS-1$ //$NON-NLS-2$
				.header("Content-Type", media.mimeType()).PUT(bytes.publisher()), "PUT image upload"); //$NON-NLS-1$ //$NON-NLS-2$
		return image;
	}

	/** initializeUpload, a PUT per part with its ETag kept, finalizeUpload, then the status until AVAILABLE. */
	private String uploadVideo(String owner, MediaFile media, IAccountSecrets secrets) throws ChannelException {
		long size = FileRange.size(media.file());
		ObjectNode initialize = JSON.createObjectNode();
		initialize.putObject("initializeUploadRequest").put("owner", owner).put("fileSizeBytes", size) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.put("uploadCaptions", false).put("uploadThumbnail", false); //$NON-NLS-1$ //$NON-NLS-2$
		String what = "POST /rest/videos?action=initializeUpload"; //$NON-NLS-1$
		JsonNode value = http.readJson(http.send(rest(api + "/rest/videos?action=initializeUpload", secrets).header("Content-Type", "application/json") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.POST(HttpRequest.BodyPublishers.ofString(initialize.toString())), what), what).path("value"); //$NON-NLS-1$
		String video = http.requiredText(value, "video", what); //$NON-NLS-1$
		ArrayNode etags = JSON.createArrayNode();
		String putWhat = "PUT video part"; //$NON-NLS-1$
		for (JsonNode instruction : value.path("uploadInstructions")) { //$NON-NLS-1$
			long first = instruction.path("firstByte").asLong(-1); //$NON-NLS-1$
			long last = instruction.path("lastByte").asLong(-1); //$NON-NLS-1$
			if (first < 0 || last < first || last >= size) {
				throw http.unreadable(what, new IllegalStateException("upload instruction for bytes " + first + '-' + last + " of " + size)); //$NON-NLS-1$ //$NON-NLS-2$
			}
			URI target;
			try {
				target = URI.create(http.requiredText(instruction, "uploadUrl", what)); //$NON-NLS-1$
			} catch (IllegalArgumentException e) {
				throw http.unreadable(what, e);
			}
			FileRange part = new FileRange(media.file(), first, last - first + 1);
			for (int attempt = 1;; attempt++) {
				try {
					HttpResponse<String> answer = http.send(HttpRequest.newBuilder(target).header("Authorization", "Bearer " + secrets.require(ACCESS_TOKEN)) //$NON-NLS-1$ //$NON-NLS-2$
							.header("Content-Type", "application/octet-stream").PUT(part.publisher()), putWhat); //$NON-NLS-1$ //$NON-NLS-2$
					etags.add(answer.headers().firstValue("ETag") //$NON-NLS-1$
							.orElseThrow(() -> http.unreadable(putWhat, new IllegalStateException("no ETag")))); //$NON-NLS-1$
					break;
				} catch (ChannelException e) {
					if (e.kind() != Kind.TRANSIENT || attempt >= PART_ATTEMPTS) {
						throw e;
					}
					http.pause(retryPause, putWhat);
				}
			}
		}
		if (etags.isEmpty()) {
			throw http.unreadable(what, new IllegalStateException("no upload instructions")); //$NON-NLS-1$
		}
		ObjectNode finalize = JSON.createObjectNode();
		ObjectNode request = finalize.putObject("finalizeUploadRequest"); //$NON-NLS-1$
		request.put("video", video); //$NON-NLS-1$
		request.put("uploadToken", value.path("uploadToken").asText("")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		request.set("uploadedPartIds", etags); //$NON-NLS-1$
		http.send(rest(api + "/rest/videos?action=finalizeUpload", secrets).header("Content-Type", "application/json") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.POST(HttpRequest.BodyPublishers.ofString(finalize.toString())), "POST /rest/videos?action=finalizeUpload"); //$NON-NLS-1$
		String statusWhat = "GET /rest/videos/{urn}"; //$NON-NLS-1$
		for (int check = 0; check < pollAttempts; check++) {
			JsonNode status = http.readJson(http.send(rest(api + "/rest/videos/" + encode(video), secrets).GET(), statusWhat), statusWhat); //$NON-NLS-1$
			switch (status.path("status").asText("")) { //$NON-NLS-1$ //$NON-NLS-2$
			case "AVAILABLE": //$NON-NLS-1$
				return video;
			case "PROCESSING_FAILED": //$NON-NLS-1$
				String why = status.path("processingFailureReason").asText(null); //$NON-NLS-1$
				throw new ChannelException(Kind.REJECTED, "LinkedIn could not process " + media.file().getFileName() + (why == null ? "" : ": " + why), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						why, null, 0, null);
			default:
				http.pause(pollPause, statusWhat);
			}
		}
		throw new ChannelException(Kind.TRANSIENT, "LinkedIn was still processing " + media.file().getFileName() + " after " + pollAttempts //$NON-NLS-1$ //$NON-NLS-2$
				+ " checks; publish again later"); //$NON-NLS-1$
	}

	private String comment(String actor, String object, PostPart part, IAccountSecrets secrets) throws ChannelException {
		if (!part.media().isEmpty()) {
			throw new ChannelException(Kind.REJECTED, "Chorus publishes LinkedIn comments as text only"); //$NON-NLS-1$
		}
		ObjectNode comment = JSON.createObjectNode();
		comment.put("actor", actor); //$NON-NLS-1$
		comment.put("object", object); //$NON-NLS-1$
		comment.putObject("message").put("text", part.text()); //$NON-NLS-1$ //$NON-NLS-2$
		String what = "POST /rest/socialActions/{urn}/comments"; //$NON-NLS-1$
		HttpResponse<String> response = http.send(rest(api + "/rest/socialActions/" + encode(object) + "/comments", secrets) //$NON-NLS-1$ //$NON-NLS-2$
				.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(comment.toString())), what); //$NON-NLS-1$ //$NON-NLS-2$
		var header = response.headers().firstValue("x-restli-id"); //$NON-NLS-1$
		if (header.isPresent()) {
			return header.get();
		}
		JsonNode body = http.readJson(response, what);
		return body.hasNonNull("$URN") ? body.get("$URN").asText() : http.requiredText(body, "id", what); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/**
	 * Writes text in LinkedIn's "little text" format: reserved characters are escaped with a backslash,
	 * and hashtags become hashtag templates so that they stay hashtags.
	 *
	 * @param text plain text
	 * @return the commentary
	 */
	static String littleText(String text) {
		List<TextEntity> hashtags = new TextValidator().check(ENTITY_RULES, text).entities().stream()
				.filter(e -> e.type() == TextEntity.Type.HASHTAG).toList();
		StringBuilder out = new StringBuilder(text.length() + 16);
		int[] codePoints = text.codePoints().toArray();
		int next = 0;
		for (int i = 0; i < codePoints.length; i++) {
			if (next < hashtags.size() && hashtags.get(next).start() == i) {
				TextEntity tag = hashtags.get(next++);
				out.append("{hashtag|\\#|").append(escape(tag.value())).append('}'); //$NON-NLS-1$
				i = tag.end() - 1;
				continue;
			}
			int c = codePoints[i];
			if (c < 128 && RESERVED.indexOf(c) >= 0) {
				out.append('\\');
			}
			out.appendCodePoint(c);
		}
		return out.toString();
	}

	private static String escape(String text) {
		StringBuilder out = new StringBuilder();
		text.codePoints().forEach(c -> {
			if (c < 128 && RESERVED.indexOf(c) >= 0) {
				out.append('\\');
			}
			out.appendCodePoint(c);
		});
		return out.toString();
	}

	private static URI feedUrl(String urn) {
		return URI.create("https://www.linkedin.com/feed/update/" + urn); //$NON-NLS-1$
	}

	// --- helpers

	private HttpRequest.Builder rest(String url, IAccountSecrets secrets) throws ChannelException {
		return authorized(url, secrets).header("LinkedIn-Version", API_VERSION).header("X-Restli-Protocol-Version", "2.0.0"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private static HttpRequest.Builder authorized(String url, IAccountSecrets secrets) throws ChannelException {
		return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + secrets.require(ACCESS_TOKEN)); //$NON-NLS-1$ //$NON-NLS-2$
	}

}
