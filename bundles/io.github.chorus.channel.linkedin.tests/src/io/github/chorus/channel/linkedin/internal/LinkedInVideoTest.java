package io.github.chorus.channel.linkedin.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.chorus.channels.ChannelAccount;
import io.github.chorus.channels.accounts.MemoryAccountSecrets;
import io.github.chorus.channels.connector.AccountProfile;
import io.github.chorus.channels.connector.ChannelException;
import io.github.chorus.channels.connector.ChannelException.Kind;
import io.github.chorus.channels.connector.MediaFile;
import io.github.chorus.channels.connector.PostPart;
import io.github.chorus.channels.connector.PublishRequest;
import io.github.chorus.channels.testing.FakeServer;
import io.github.chorus.channels.testing.FakeServer.Fault;
import io.github.chorus.channels.testing.FakeServer.Reply;
import io.github.chorus.channels.testing.FakeServer.Request;
import io.github.chorus.channels.testing.SampleMedia;

/**
 * A video post through LinkedIn's Videos API (learn.microsoft.com, "Videos API": initializeUpload with
 * upload instructions per byte range, a PUT per part answered with an ETag, finalizeUpload with the
 * ETags, the video's status); answers shaped after the documented examples, with 1,000-byte parts.
 */
class LinkedInVideoTest {

	static final String TOKEN = LinkedInConnectorTest.TOKEN;
	static final String VIDEO = "urn:li:video:C5F10AQGKQg_6y2a4sQ";
	static final int SIZE = 2_600;
	static final ObjectMapper JSON = new ObjectMapper();

	FakeServer server;
	LinkedInConnector connector;
	MemoryAccountSecrets secrets;
	ChannelAccount account;
	Path video;
	byte[] received = new byte[SIZE];

	@BeforeEach
	void start() throws Exception {
		server = new FakeServer();
		connector = new LinkedInConnector(HttpClient.newHttpClient(), Duration.ofSeconds(5), Clock.fixed(LinkedInConnectorTest.NOW, ZoneOffset.UTC),
				server.base(), server.base() + "/oauth/v2", Duration.ZERO, 4, Duration.ZERO);
		secrets = new MemoryAccountSecrets();
		secrets.put(LinkedInConnector.ACCESS_TOKEN, TOKEN);
		account = new AccountProfile(LinkedInConnector.CHANNEL_TYPE, "urn:li:person:782bbtaQ", "Ana Chorus", null, null,
				Map.of("author", "urn:li:person:782bbtaQ")).account();
		video = SampleMedia.file(".mp4", SIZE);
		server.on("POST", "/rest/posts", r -> new Reply(201, Map.of("x-restli-id", "urn:li:share:6844785523593134080"), new byte[0], Fault.NONE));
	}

	@AfterEach
	void stop() throws Exception {
		server.close();
		Files.deleteIfExists(video);
	}

	/**
	 * @param putFault replaces the answer to the n-th PUT when it returns a reply
	 * @param statuses the video's status at each check
	 */
	void serve(IntFunction<Reply> putFault, String... statuses) {
		server.on("POST", "/rest/videos", r -> {
			if ("action=initializeUpload".equals(r.query())) {
				JsonNode request = JSON.readTree(r.text()).path("initializeUploadRequest");
				assertThat(request.path("owner").asText()).isEqualTo("urn:li:person:782bbtaQ");
				assertThat(request.path("fileSizeBytes").asLong()).isEqualTo(SIZE);
				String base = server.base() + "/dms-uploads/sp/v2/D5F10AQFQ/uploadedVideo?ca=vector_feedshare&cn=uploads&sync=0&v=beta&ut=";
				return Reply.json(200, "{\"value\":{\"uploadUrlsExpireAt\":1650567510704,\"video\":\"" + VIDEO + "\",\"uploadInstructions\":["
						+ "{\"uploadUrl\":\"" + base + "part0\",\"lastByte\":999,\"firstByte\":0},"
						+ "{\"uploadUrl\":\"" + base + "part1\",\"lastByte\":1999,\"firstByte\":1000},"
						+ "{\"uploadUrl\":\"" + base + "part2\",\"lastByte\":2599,\"firstByte\":2000}],\"uploadToken\":\"\"}}");
			}
			assertThat(r.query()).isEqualTo("action=finalizeUpload");
			return new Reply(200, Map.of(), new byte[0], Fault.NONE);
		});
		AtomicInteger puts = new AtomicInteger();
		server.on("PUT", "/dms-uploads/sp/v2/D5F10AQFQ/uploadedVideo", r -> {
			Reply fault = putFault.apply(puts.getAndIncrement());
			if (fault != null) {
				return fault;
			}
			int part = Integer.parseInt(r.query().substring(r.query().lastIndexOf("part") + 4));
			System.arraycopy(r.body(), 0, received, part * 1000, r.body().length);
			return new Reply(200, Map.of("ETag", "/ambry-video/signedId/AQHNb" + part), new byte[0], Fault.NONE);
		});
		AtomicInteger checks = new AtomicInteger();
		server.on("GET", "/rest/videos/*", r -> {
			String status = statuses[checks.getAndIncrement()];
			return Reply.json(200, "{\"owner\":\"urn:li:person:782bbtaQ\",\"id\":\"" + VIDEO + "\",\"status\":\"" + status + "\""
					+ ("PROCESSING_FAILED".equals(status) ? ",\"processingFailureReason\":\"Video is too short\"" : "") + "}");
		});
	}

	PublishRequest videoPost() {
		return new PublishRequest("v", List.of(new PostPart("Our roasters at work", null, List.of(new MediaFile(video, "video/mp4", "Roaster at work")))),
				PublishRequest.FollowUps.THREAD, null, null, Map.of());
	}

	List<Request> puts() {
		return server.requests().stream().filter(r -> r.method().equals("PUT")).toList();
	}

	@Test
	void uploadsEachPartFinalizesWithTheEtagsWaitsAndPosts() throws Exception {
		serve(n -> null, "PROCESSING", "AVAILABLE");
		connector.publish(account, secrets, videoPost());

		assertThat(received).isEqualTo(Files.readAllBytes(video));
		assertThat(puts()).extracting(r -> r.body().length).containsExactly(1000, 1000, 600);
		assertThat(puts()).allSatisfy(r -> {
			assertThat(r.header("Content-Type")).isEqualTo("application/octet-stream");
			assertThat(r.header("Authorization")).isEqualTo("Bearer " + TOKEN);
		});
		Request finalize = server.requests("POST", "/rest/videos").get(1);
		assertThat(finalize.header("LinkedIn-Version")).isEqualTo(LinkedInConnector.API_VERSION);
		JsonNode request = JSON.readTree(finalize.text()).path("finalizeUploadRequest");
		assertThat(request.path("video").asText()).isEqualTo(VIDEO);
		assertThat(request.path("uploadedPartIds")).extracting(JsonNode::asText).containsExactly("/ambry-video/signedId/AQHNb0",
				"/ambry-video/signedId/AQHNb1", "/ambry-video/signedId/AQHNb2");
		assertThat(server.requests().stream().filter(r -> r.method().equals("GET")).map(Request::path)).containsExactly("/rest/videos/" + VIDEO,
				"/rest/videos/" + VIDEO);
		JsonNode post = JSON.readTree(server.requests("POST", "/rest/posts").get(0).text());
		assertThat(post.path("content").path("media").path("id").asText()).isEqualTo(VIDEO);
		assertThat(server.requests().getLast().path()).isEqualTo("/rest/posts");
	}

	@Test
	void aPartThatFailsWithA500IsSentAgain() throws Exception {
		serve(n -> n == 1 ? Reply.json(500, "{\"message\":\"Internal Server Error\",\"status\":500}") : null, "AVAILABLE");
		connector.publish(account, secrets, videoPost());
		assertThat(puts()).extracting(Request::query).extracting(q -> q.substring(q.lastIndexOf("part"))).containsExactly("part0", "part1", "part1",
				"part2");
		assertThat(received).isEqualTo(Files.readAllBytes(video));
	}

	@Test
	void aPartThatKeepsFailingEndsAsTransientWithoutFinalizing() throws Exception {
		serve(n -> n >= 2 ? Reply.json(502, "{\"message\":\"Bad Gateway\"}") : null, "AVAILABLE");
		ChannelException failure = catchThrowableOfType(ChannelException.class, () -> connector.publish(account, secrets, videoPost()));
		assertThat(failure.kind()).isEqualTo(Kind.TRANSIENT);
		assertThat(puts()).hasSize(2 + LinkedInConnector.PART_ATTEMPTS);
		assertThat(server.requests("POST", "/rest/videos")).hasSize(1);
		assertThat(server.requests("POST", "/rest/posts")).isEmpty();
	}

	@Test
	void anExpiredTokenMidUploadIsAuthExpired() throws Exception {
		serve(n -> n == 1 ? Reply.json(401, "{\"serviceErrorCode\":65601,\"code\":\"REVOKED_ACCESS_TOKEN\",\"message\":\"The token used in the request has been revoked by the user\",\"status\":401}")
				: null, "AVAILABLE");
		ChannelException failure = catchThrowableOfType(ChannelException.class, () -> connector.publish(account, secrets, videoPost()));
		assertThat(failure.kind()).isEqualTo(Kind.AUTH_EXPIRED);
		assertThat(puts()).hasSize(2);
		assertThat(failure.getMessage()).doesNotContain(TOKEN);
	}

	@Test
	void aThrottledPartIsRateLimitedWithRetryAfter() throws Exception {
		serve(n -> n == 0 ? Reply.json(429, "{\"message\":\"Resource level throttle APPLICATION DAY limit for calls to this resource is reached.\",\"status\":429}")
				.with("Retry-After", "3600") : null, "AVAILABLE");
		ChannelException failure = catchThrowableOfType(ChannelException.class, () -> connector.publish(account, secrets, videoPost()));
		assertThat(failure.kind()).isEqualTo(Kind.RATE_LIMITED);
		assertThat(failure.retryAfter()).contains(Duration.ofHours(1));
		assertThat(puts()).hasSize(1);
	}

	@Test
	void aProcessingFailureIsRejectedWithLinkedInsReason() throws Exception {
		serve(n -> null, "PROCESSING", "PROCESSING_FAILED");
		ChannelException failure = catchThrowableOfType(ChannelException.class, () -> connector.publish(account, secrets, videoPost()));
		assertThat(failure.kind()).isEqualTo(Kind.REJECTED);
		assertThat(failure.networkMessage()).contains("Video is too short");
		assertThat(server.requests("POST", "/rest/posts")).isEmpty();
	}

	@Test
	void processingThatNeverEndsIsTransient() throws Exception {
		String[] processing = new String[10];
		Arrays.fill(processing, "PROCESSING");
		serve(n -> null, processing);
		ChannelException failure = catchThrowableOfType(ChannelException.class, () -> connector.publish(account, secrets, videoPost()));
		assertThat(failure.kind()).isEqualTo(Kind.TRANSIENT);
		assertThat(server.requests().stream().filter(r -> r.method().equals("GET"))).hasSize(4);
	}
}
