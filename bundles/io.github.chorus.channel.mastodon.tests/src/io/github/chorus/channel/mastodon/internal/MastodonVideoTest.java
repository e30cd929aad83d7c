package io.github.chorus.channel.mastodon.internal;

import static io.github.chorus.channel.mastodon.internal.MastodonConnectorTest.data;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

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
import io.github.chorus.channels.testing.SampleMedia;

/**
 * A video through Mastodon's asynchronous media upload ({@code POST /api/v2/media} answering 202, then
 * {@code GET /api/v1/media/:id} answering 206 until the attachment has its {@code url}), with the
 * documentation's examples: the video attachment of MediaAttachment.md (with {@code url} null while it
 * is processed, as the documented 202 answer has it) and the error bodies of media.md.
 */
class MastodonVideoTest {

	static final int SIZE = 70_000;

	FakeServer server;
	MastodonConnector connector;
	MemoryAccountSecrets secrets;
	ChannelAccount account;
	Path video;
	String processed;
	String processing;

	@BeforeEach
	void start() throws Exception {
		server = new FakeServer("{\"error\":\"Record not found\"}");
		connector = new MastodonConnector(HttpClient.newHttpClient(), Duration.ofSeconds(5), Clock.fixed(MastodonConnectorTest.NOW, ZoneOffset.UTC),
				Duration.ofMillis(5), 4);
		secrets = new MemoryAccountSecrets();
		secrets.put(MastodonConnector.ACCESS_TOKEN, MastodonConnectorTest.TOKEN);
		account = new AccountProfile(MastodonConnector.CHANNEL_TYPE, "@noiob@127.0.0.1", "ikea shark fan account", server.base(), null, Map.of())
				.account();
		video = SampleMedia.file(".mp4", SIZE);
		processed = data("MediaAttachment.2.json");
		ObjectNode pending = (ObjectNode) MastodonConnectorTest.JSON.readTree(processed);
		pending.putNull("url");
		processing = pending.toString();
		server.on("POST", "/api/v1/statuses", r -> Reply.json(200, data("Status.json")));
	}

	@AfterEach
	void stop() throws Exception {
		server.close();
		Files.deleteIfExists(video);
	}

	PublishRequest videoPost() {
		return new PublishRequest("video-1", List.of(new PostPart("Roasting day", null, List.of(new MediaFile(video, "video/mp4", "Beans tumbling")))),
				PublishRequest.FollowUps.THREAD, null, null, Map.of());
	}

	@Test
	void streamsTheVideoWaitsWhileItIsProcessedAndAttachesIt() throws Exception {
		AtomicInteger checks = new AtomicInteger();
		server.on("POST", "/api/v2/media", r -> Reply.json(202, processing));
		server.on("GET", "/api/v1/media/22546306", r -> checks.incrementAndGet() < 3 ? Reply.json(206, processing) : Reply.json(200, processed));
		connector.publish(account, secrets, videoPost());

		FakeServer.Request upload = server.requests("POST", "/api/v2/media").get(0);
		assertThat(upload.header("Authorization")).isEqualTo("Bearer " + MastodonConnectorTest.TOKEN);
		assertThat(upload.parts().get("file")).isEqualTo(Files.readAllBytes(video));
		assertThat(upload.part("description")).isEqualTo("Beans tumbling");
		assertThat(upload.text()).contains("filename=\"" + video.getFileName() + "\"\r\nContent-Type: video/mp4");
		assertThat(server.requests("GET", "/api/v1/media/22546306")).hasSize(3)
				.allSatisfy(r -> assertThat(r.header("Authorization")).isEqualTo("Bearer " + MastodonConnectorTest.TOKEN));
		assertThat(MastodonConnectorTest.JSON.readTree(server.requests("POST", "/api/v1/statuses").get(0).text()).path("media_ids").get(0).asText())
				.isEqualTo("22546306");
	}

	@Test
	void aProcessingFailureReportedByTheServerIsRejectedWithItsMessage() throws Exception {
		server.on("POST", "/api/v2/media", r -> Reply.json(202, processing));
		server.on("GET", "/api/v1/media/22546306", r -> Reply.json(422, data("media.9.json")));
		ChannelException failure = catchThrowableOfType(ChannelException.class, () -> connector.publish(account, secrets, videoPost()));
		assertThat(failure.kind()).isEqualTo(Kind.REJECTED);
		assertThat(failure.networkMessage()).contains("Validation failed: File content type is invalid, File is invalid");
		assertThat(server.requests("POST", "/api/v1/statuses")).isEmpty();
	}

	@Test
	void aServerErrorDuringTheUploadIsTransient() throws Exception {
		server.on("POST", "/api/v2/media", r -> Reply.json(500, data("media.5.json")));
		ChannelException failure = catchThrowableOfType(ChannelException.class, () -> connector.publish(account, secrets, videoPost()));
		assertThat(failure.kind()).isEqualTo(Kind.TRANSIENT);
		assertThat(failure.networkMessage()).contains("Error processing thumbnail for uploaded media");
	}

	@Test
	void aRateLimitWhileWaitingCarriesTheResetTime() throws Exception {
		server.on("POST", "/api/v2/media", r -> Reply.json(202, processing));
		server.on("GET", "/api/v1/media/22546306", r -> Reply.json(429, "{\"error\":\"Too many requests\"}").with("Retry-After", "60"));
		ChannelException failure = catchThrowableOfType(ChannelException.class, () -> connector.publish(account, secrets, videoPost()));
		assertThat(failure.kind()).isEqualTo(Kind.RATE_LIMITED);
		assertThat(failure.retryAfter()).contains(Duration.ofSeconds(60));
	}

	@Test
	void anExpiredTokenIsAuthExpiredWithoutTheTokenInTheMessage() throws Exception {
		server.on("POST", "/api/v2/media", r -> Reply.json(401, "{\"error\":\"The access token is invalid\"}"));
		ChannelException failure = catchThrowableOfType(ChannelException.class, () -> connector.publish(account, secrets, videoPost()));
		assertThat(failure.kind()).isEqualTo(Kind.AUTH_EXPIRED);
		assertThat(failure.getMessage()).doesNotContain(MastodonConnectorTest.TOKEN);
	}
}
