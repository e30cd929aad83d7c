package io.github.chorus.channel.facebook.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.chorus.channels.ChannelAccount;
import io.github.chorus.channels.accounts.MemoryAccountSecrets;
import io.github.chorus.channels.connector.AccountProfile;
import io.github.chorus.channels.connector.ChannelException;
import io.github.chorus.channels.connector.ChannelException.Kind;
import io.github.chorus.channels.connector.MediaFile;
import io.github.chorus.channels.connector.PostPart;
import io.github.chorus.channels.connector.PublishRequest;
import io.github.chorus.channels.connector.PublishResult;
import io.github.chorus.channels.testing.FakeServer;
import io.github.chorus.channels.testing.FakeServer.Reply;
import io.github.chorus.channels.testing.FakeServer.Request;
import io.github.chorus.channels.testing.SampleMedia;

/**
 * A Page video through the Graph API's resumable upload (developers.facebook.com, "Uploading Videos
 * with the Graph API": {@code upload_phase} start, transfer, finish on {@code graph-video}); the
 * loopback server plays the video host, asks for 1,000-byte ranges and checks every chunk against the
 * file.
 */
class FacebookVideoTest {

	static final String PAGE_TOKEN = FacebookPageConnectorTest.PAGE_TOKEN;
	static final String VIDEOS = "/video/v21.0/1234567890/videos";
	static final int SIZE = 2_500;
	static final int RANGE = 1_000;

	FakeServer server;
	FacebookPageConnector connector;
	MemoryAccountSecrets secrets;
	ChannelAccount account;
	Path video;
	ByteArrayOutputStream received = new ByteArrayOutputStream();

	@BeforeEach
	void start() throws Exception {
		server = new FakeServer();
		connector = new FacebookPageConnector(HttpClient.newHttpClient(), Duration.ofSeconds(5),
				Clock.fixed(FacebookPageConnectorTest.NOW, ZoneOffset.UTC), server.base() + "/v21.0", server.base() + "/video/v21.0",
				server.base() + "/dialog/oauth", Duration.ZERO);
		secrets = new MemoryAccountSecrets();
		secrets.put(FacebookPageConnector.PAGE_TOKEN, PAGE_TOKEN);
		account = new AccountProfile(FacebookPageConnector.CHANNEL_TYPE, "1234567890", "Chorus Coffee", null, null,
				Map.of("pageId", "1234567890")).account();
		video = SampleMedia.file(".mp4", SIZE);
	}

	@AfterEach
	void stop() throws Exception {
		server.close();
		Files.deleteIfExists(video);
	}

	/** Answers the three phases as the video host does; {@code transferFault} may replace one transfer answer. */
	void serveUpload(java.util.function.IntFunction<Reply> transferFault) {
		AtomicInteger transfers = new AtomicInteger();
		server.on("POST", VIDEOS, r -> {
			String phase = r.header("Content-Type").startsWith("multipart/") ? r.part("upload_phase")
					: FakeServer.form(r.text()).get("upload_phase");
			switch (phase) {
			case "start":
				assertThat(FakeServer.form(r.text())).containsEntry("file_size", Integer.toString(SIZE));
				return Reply.json(200, "{\"upload_session_id\":\"1564747013773438\",\"video_id\":\"1564747010440105\","
						+ "\"start_offset\":\"0\",\"end_offset\":\"" + RANGE + "\"}");
			case "transfer":
				Reply fault = transferFault.apply(transfers.getAndIncrement());
				if (fault != null) {
					return fault;
				}
				assertThat(r.part("upload_session_id")).isEqualTo("1564747013773438");
				int from = Integer.parseInt(r.part("start_offset"));
				byte[] chunk = r.parts().get("video_file_chunk");
				assertThat(from).isEqualTo(received.size());
				received.write(chunk);
				int next = from + chunk.length;
				return Reply.json(200, "{\"start_offset\":\"" + next + "\",\"end_offset\":\"" + Math.min(SIZE, next + RANGE) + "\"}");
			case "finish":
				return Reply.json(200, "{\"success\":true}");
			default:
				throw new AssertionError(phase);
			}
		});
	}

	PublishRequest videoPost(Instant at) {
		return new PublishRequest("v", List.of(new PostPart("Latte art in slow motion", null, List.of(new MediaFile(video, "video/mp4", null)))),
				PublishRequest.FollowUps.THREAD, null, at, Map.of());
	}

	List<Request> transfers() {
		return server.requests("POST", VIDEOS).stream().filter(r -> r.header("Content-Type").startsWith("multipart/")).toList();
	}

	@Test
	void uploadsAVideoInTheRangesTheServerAsksForAndFinishesWithTheText() throws Exception {
		serveUpload(n -> null);
		PublishResult result = connector.publish(account, secrets, videoPost(null));

		assertThat(result.parts().get(0).remoteId()).isEqualTo("1564747010440105");
		assertThat(received.toByteArray()).isEqualTo(Files.readAllBytes(video));
		assertThat(transfers()).extracting(r -> r.part("start_offset")).containsExactly("0", "1000", "2000");
		assertThat(transfers()).extracting(r -> r.parts().get("video_file_chunk").length).containsExactly(1000, 1000, 500);
		List<Request> all = server.requests("POST", VIDEOS);
		assertThat(all).hasSize(5).allSatisfy(r -> assertThat(r.header("Authorization")).isEqualTo("Bearer " + PAGE_TOKEN));
		assertThat(all).allSatisfy(r -> assertThat(r.query()).isNull()); // no token in any URL
		Map<String, String> finish = FakeServer.form(all.get(4).text());
		assertThat(finish).containsEntry("upload_phase", "finish").containsEntry("upload_session_id", "1564747013773438")
				.containsEntry("description", "Latte art in slow motion").doesNotContainKey("published");
		assertThat(server.requests("POST", "/v21.0/1234567890/feed")).isEmpty();
	}

	@Test
	void aScheduledVideoCarriesTheSchedulingFieldsInTheFinishPhase() throws Exception {
		serveUpload(n -> null);
		Instant at = Instant.parse("2026-12-01T09:00:00Z");
		PublishResult result = connector.publish(account, secrets, videoPost(at));
		assertThat(result.scheduled()).isTrue();
		Map<String, String> finish = FakeServer.form(server.requests("POST", VIDEOS).getLast().text());
		assertThat(finish).containsEntry("published", "false").containsEntry("scheduled_publish_time", Long.toString(at.getEpochSecond()));
	}

	@Test
	void aTransientFailureMidUploadResendsOnlyTheChunkTheServerAskedFor() throws Exception {
		serveUpload(n -> n == 1 ? Reply.json(500, "{\"error\":{\"message\":\"An unexpected error has occurred. Please retry your request later.\","
				+ "\"type\":\"OAuthException\",\"is_transient\":true,\"code\":2}}") : null);
		connector.publish(account, secrets, videoPost(null));
		assertThat(transfers()).extracting(r -> r.part("start_offset")).containsExactly("0", "1000", "1000", "2000");
		assertThat(received.toByteArray()).isEqualTo(Files.readAllBytes(video));
	}

	@Test
	void aChunkThatKeepsFailingEndsTheUploadAsTransientWithoutFinishing() throws Exception {
		serveUpload(n -> n >= 1 ? Reply.json(503, "Service Unavailable") : null);
		ChannelException failure = catchThrowableOfType(ChannelException.class, () -> connector.publish(account, secrets, videoPost(null)));
		assertThat(failure.kind()).isEqualTo(Kind.TRANSIENT);
		assertThat(transfers()).hasSize(1 + FacebookPageConnector.VIDEO_CHUNK_ATTEMPTS);
		assertThat(server.requests("POST", VIDEOS)).noneMatch(r -> r.text().contains("upload_phase=finish"));
	}

	@Test
	void anExpiredTokenMidUploadIsAuthExpiredAndNotRetried() throws Exception {
		serveUpload(n -> n == 1 ? Reply.json(400, "{\"error\":{\"message\":\"Error validating access token: Session has expired.\","
				+ "\"type\":\"OAuthException\",\"code\":190,\"error_subcode\":463}}") : null);
		ChannelException failure = catchThrowableOfType(ChannelException.class, () -> connector.publish(account, secrets, videoPost(null)));
		assertThat(failure.kind()).isEqualTo(Kind.AUTH_EXPIRED);
		assertThat(transfers()).hasSize(2);
		assertThat(failure.getMessage()).doesNotContain(PAGE_TOKEN);
	}

	@Test
	void aRateLimitMidUploadCarriesRetryAfterAndIsNotRetried() throws Exception {
		serveUpload(n -> n == 2 ? Reply.json(429, "{\"error\":{\"message\":\"(#4) Application request limit reached\",\"code\":4}}")
				.with("Retry-After", "120") : null);
		ChannelException failure = catchThrowableOfType(ChannelException.class, () -> connector.publish(account, secrets, videoPost(null)));
		assertThat(failure.kind()).isEqualTo(Kind.RATE_LIMITED);
		assertThat(failure.retryAfter()).contains(Duration.ofSeconds(120));
		assertThat(transfers()).hasSize(3);
	}

	@Test
	void aVideoCannotGoWithImagesOrIntoAComment() throws Exception {
		Path image = SampleMedia.file(".png", 10);
		try {
			PublishRequest mixed = new PublishRequest("m", List.of(new PostPart("Both", null,
					List.of(new MediaFile(video, "video/mp4", null), new MediaFile(image, "image/png", null)))), PublishRequest.FollowUps.THREAD,
					null, null, Map.of());
			assertThat(catchThrowableOfType(ChannelException.class, () -> connector.publish(account, secrets, mixed)).kind())
					.isEqualTo(Kind.REJECTED);
			PublishRequest comment = new PublishRequest("c", List.of(PostPart.text("Post"),
					new PostPart("Clip", null, List.of(new MediaFile(video, "video/mp4", null)))), PublishRequest.FollowUps.COMMENTS, null, null,
					Map.of());
			assertThat(catchThrowableOfType(ChannelException.class, () -> connector.publish(account, secrets, comment)).kind())
					.isEqualTo(Kind.REJECTED);
			assertThat(server.requests()).isEmpty();
		} finally {
			Files.delete(image);
		}
	}
}
