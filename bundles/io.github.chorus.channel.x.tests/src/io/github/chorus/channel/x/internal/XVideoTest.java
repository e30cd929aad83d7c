package io.github.chorus.channel.x.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
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
import io.github.chorus.channels.testing.FakeServer.Reply;
import io.github.chorus.channels.testing.FakeServer.Request;
import io.github.chorus.channels.testing.SampleMedia;

/**
 * Videos and GIFs through X's chunked media upload (docs.x.com, "Chunked media upload": INIT, APPEND,
 * FINALIZE, STATUS with {@code processing_info}); answers shaped after the documented examples. The
 * connector cuts the file into 1,000-byte segments here.
 */
class XVideoTest {

	static final String TOKEN = XConnectorTest.TOKEN;
	static final String MEDIA_ID = "1880028106020515840";
	static final int SIZE = 2_300;
	static final ObjectMapper JSON = new ObjectMapper();

	FakeServer server;
	XConnector connector;
	MemoryAccountSecrets secrets;
	ChannelAccount account;
	Path video;
	ByteArrayOutputStream received = new ByteArrayOutputStream();
	List<String> statusStates = new ArrayList<>();

	@BeforeEach
	void start() throws Exception {
		server = new FakeServer();
		connector = new XConnector(HttpClient.newHttpClient(), Duration.ofSeconds(5), Clock.fixed(XConnectorTest.NOW, ZoneOffset.UTC),
				server.base(), server.base() + "/i/oauth2/authorize", 1_000, Duration.ofMillis(10), 5, Duration.ZERO);
		secrets = new MemoryAccountSecrets();
		secrets.put(XConnector.ACCESS_TOKEN, TOKEN);
		account = new AccountProfile(XConnector.CHANNEL_TYPE, "2244994945", "@chorusapp", null, null,
				Map.of("userId", "2244994945", "username", "chorusapp")).account();
		video = SampleMedia.file(".mp4", SIZE);
		server.on("POST", "/2/tweets", r -> Reply.json(201, "{\"data\":{\"id\":\"1445880548472328192\",\"text\":\"Roasting day\"}}"));
	}

	@AfterEach
	void stop() throws Exception {
		server.close();
		Files.deleteIfExists(video);
	}

	/**
	 * @param appendFault replaces the answer to the n-th APPEND when it returns a reply
	 * @param states      the {@code processing_info.state} of FINALIZE and then of each STATUS
	 */
	void serve(IntFunction<Reply> appendFault, String... states) {
		AtomicInteger appends = new AtomicInteger();
		AtomicInteger state = new AtomicInteger();
		server.on("POST", "/2/media/upload", r -> {
			switch (r.part("command")) {
			case "INIT":
				assertThat(r.part("total_bytes")).isEqualTo(Integer.toString(SIZE));
				return Reply.json(200, "{\"data\":{\"id\":\"" + MEDIA_ID + "\",\"media_key\":\"13_" + MEDIA_ID + "\",\"expires_after_secs\":1295999}}");
			case "APPEND":
				Reply fault = appendFault.apply(appends.getAndIncrement());
				if (fault != null) {
					return fault;
				}
				assertThat(r.part("media_id")).isEqualTo(MEDIA_ID);
				assertThat(Integer.parseInt(r.part("segment_index")) * 1_000).isEqualTo(received.size());
				received.write(r.parts().get("media"));
				return new Reply(204, Map.of(), new byte[0], FakeServer.Fault.NONE);
			case "FINALIZE":
				return Reply.json(200, processing(states[state.getAndIncrement()], true));
			default:
				throw new AssertionError(r.part("command"));
			}
		});
		server.on("GET", "/2/media/upload", r -> {
			assertThat(r.query()).isEqualTo("command=STATUS&media_id=" + MEDIA_ID);
			String now = states[state.getAndIncrement()];
			statusStates.add(now);
			return Reply.json(200, processing(now, false));
		});
	}

	static String processing(String state, boolean finalize) {
		String info = switch (state) {
		case "none" -> "";
		case "failed" -> ",\"processing_info\":{\"state\":\"failed\",\"progress_percent\":12,\"error\":{\"code\":1,\"name\":\"InvalidMedia\","
				+ "\"message\":\"Unsupported video format\"}}";
		case "succeeded" -> ",\"processing_info\":{\"state\":\"succeeded\",\"progress_percent\":100}";
		default -> ",\"processing_info\":{\"state\":\"" + state + "\",\"check_after_secs\":" + (finalize ? 5 : 10) + "}";
		};
		return "{\"data\":{\"id\":\"" + MEDIA_ID + "\",\"media_key\":\"13_" + MEDIA_ID + "\",\"size\":" + SIZE + ",\"expires_after_secs\":86400" + info + "}}";
	}

	PublishRequest videoPost(String mimeType) {
		return new PublishRequest("v", List.of(new PostPart("Roasting day", null, List.of(new MediaFile(video, mimeType, "Beans tumbling")))),
				PublishRequest.FollowUps.THREAD, null, null, Map.of());
	}

	List<Request> commands(String command) {
		return server.requests("POST", "/2/media/upload").stream().filter(r -> command.equals(r.part("command"))).toList();
	}

	@Test
	void uploadsAVideoInSegmentsWaitsForProcessingAndAttachesIt() throws Exception {
		serve(n -> null, "pending", "in_progress", "succeeded");
		connector.publish(account, secrets, videoPost("video/mp4"));

		assertThat(received.toByteArray()).isEqualTo(Files.readAllBytes(video));
		assertThat(commands("INIT").get(0).part("media_category")).isEqualTo("tweet_video");
		assertThat(commands("INIT").get(0).part("media_type")).isEqualTo("video/mp4");
		assertThat(commands("APPEND")).extracting(r -> r.part("segment_index")).containsExactly("0", "1", "2");
		assertThat(commands("APPEND")).extracting(r -> r.parts().get("media").length).containsExactly(1000, 1000, 300);
		assertThat(statusStates).containsExactly("in_progress", "succeeded");
		assertThat(server.requests()).allSatisfy(r -> assertThat(r.header("Authorization")).isEqualTo("Bearer " + TOKEN));
		JsonNode tweet = JSON.readTree(server.requests("POST", "/2/tweets").get(0).text());
		assertThat(tweet.path("media").path("media_ids").get(0).asText()).isEqualTo(MEDIA_ID);
		// the status is read only after FINALIZE, and the post only once processing succeeded
		List<Request> all = server.requests();
		assertThat(all.getLast().path()).isEqualTo("/2/tweets");
		assertThat(server.requests("POST", "/2/media/metadata")).as("no alt text endpoint for videos").isEmpty();
	}

	@Test
	void aGifGoesThroughTheChunkedUploadWithItsCategoryAndAltText() throws Exception {
		serve(n -> null, "none");
		server.on("POST", "/2/media/metadata", r -> Reply.json(200, "{\"data\":{\"associated_metadata\":true,\"id\":\"" + MEDIA_ID + "\"}}"));
		connector.publish(account, secrets, videoPost("image/gif"));
		assertThat(commands("INIT").get(0).part("media_category")).isEqualTo("tweet_gif");
		assertThat(server.requests("GET", "/2/media/upload")).as("no processing_info: no STATUS").isEmpty();
		assertThat(JSON.readTree(server.requests("POST", "/2/media/metadata").get(0).text()).path("metadata").path("alt_text").path("text")
				.asText()).isEqualTo("Beans tumbling");
	}

	@Test
	void aSegmentThatFailsWithA500IsSentAgainAndTheUploadGoesOn() throws Exception {
		serve(n -> n == 1 ? Reply.json(500, "{\"title\":\"Internal Server Error\",\"detail\":\"Something went wrong\",\"type\":\"about:blank\",\"status\":500}") : null,
				"succeeded");
		connector.publish(account, secrets, videoPost("video/mp4"));
		assertThat(commands("APPEND")).extracting(r -> r.part("segment_index")).containsExactly("0", "1", "1", "2");
		assertThat(received.toByteArray()).isEqualTo(Files.readAllBytes(video));
		assertThat(commands("INIT")).hasSize(1);
	}

	@Test
	void aSegmentThatKeepsFailingEndsAsTransientWithoutFinalizing() throws Exception {
		serve(n -> n >= 1 ? Reply.json(503, "{\"title\":\"Service Unavailable\",\"status\":503}") : null, "succeeded");
		ChannelException failure = catchThrowableOfType(ChannelException.class, () -> connector.publish(account, secrets, videoPost("video/mp4")));
		assertThat(failure.kind()).isEqualTo(Kind.TRANSIENT);
		assertThat(commands("APPEND")).hasSize(1 + XConnector.SEGMENT_ATTEMPTS);
		assertThat(commands("FINALIZE")).isEmpty();
		assertThat(server.requests("POST", "/2/tweets")).isEmpty();
	}

	@Test
	void anExpiredTokenMidUploadIsAuthExpired() throws Exception {
		serve(n -> n == 2 ? Reply.json(401, "{\"title\":\"Unauthorized\",\"type\":\"about:blank\",\"status\":401,\"detail\":\"Unauthorized\"}") : null,
				"succeeded");
		ChannelException failure = catchThrowableOfType(ChannelException.class, () -> connector.publish(account, secrets, videoPost("video/mp4")));
		assertThat(failure.kind()).isEqualTo(Kind.AUTH_EXPIRED);
		assertThat(commands("APPEND")).hasSize(3);
		assertThat(failure.getMessage()).doesNotContain(TOKEN);
	}

	@Test
	void aRateLimitMidUploadCarriesItsResetAndIsNotRetried() throws Exception {
		serve(n -> n == 1 ? Reply.json(429, "{\"title\":\"Too Many Requests\",\"detail\":\"Too Many Requests\",\"type\":\"about:blank\",\"status\":429}")
				.with("Retry-After", "900") : null, "succeeded");
		ChannelException failure = catchThrowableOfType(ChannelException.class, () -> connector.publish(account, secrets, videoPost("video/mp4")));
		assertThat(failure.kind()).isEqualTo(Kind.RATE_LIMITED);
		assertThat(failure.retryAfter()).contains(Duration.ofSeconds(900));
		assertThat(commands("APPEND")).hasSize(2);
	}

	@Test
	void aProcessingFailureReportedByXIsRejectedWithItsMessage() throws Exception {
		serve(n -> null, "pending", "failed");
		ChannelException failure = catchThrowableOfType(ChannelException.class, () -> connector.publish(account, secrets, videoPost("video/mp4")));
		assertThat(failure.kind()).isEqualTo(Kind.REJECTED);
		assertThat(failure.networkMessage()).contains("Unsupported video format");
		assertThat(server.requests("POST", "/2/tweets")).isEmpty();
	}

	@Test
	void processingThatNeverEndsIsTransientAfterTheConfiguredChecks() throws Exception {
		serve(n -> null, "pending", "in_progress", "in_progress", "in_progress", "in_progress", "in_progress", "in_progress");
		ChannelException failure = catchThrowableOfType(ChannelException.class, () -> connector.publish(account, secrets, videoPost("video/mp4")));
		assertThat(failure.kind()).isEqualTo(Kind.TRANSIENT);
		assertThat(statusStates).hasSize(5);
	}
}
