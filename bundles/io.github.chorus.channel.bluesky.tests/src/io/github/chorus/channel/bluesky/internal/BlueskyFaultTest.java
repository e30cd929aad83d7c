package io.github.chorus.channel.bluesky.internal;

import io.github.chorus.channels.testing.FakeServer;

import static io.github.chorus.channel.bluesky.internal.BlueskyConnectorTest.ACCESS;
import static io.github.chorus.channel.bluesky.internal.BlueskyConnectorTest.DID;
import static io.github.chorus.channel.bluesky.internal.BlueskyConnectorTest.REFRESH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.chorus.channels.testing.FakeServer.Fault;
import io.github.chorus.channels.testing.FakeServer.Reply;
import io.github.chorus.channels.ChannelAccount;
import io.github.chorus.channels.accounts.MemoryAccountSecrets;
import io.github.chorus.channels.connector.AccountProfile;
import io.github.chorus.channels.connector.ChannelException;
import io.github.chorus.channels.connector.ChannelException.Kind;
import io.github.chorus.channels.connector.PublishRequest;

/** Every way the PDS can fail lands in the right class, quickly, with no token in the exception. */
class BlueskyFaultTest {

	private FakeServer server;

	@BeforeEach
	void start() throws Exception {
		server = new FakeServer();
	}

	@AfterEach
	void stop() {
		server.close();
	}

	static final String CREATED = "{\"uri\":\"at://" + DID + "/app.bsky.feed.post/3l6oveex3ii2l\",\"cid\":\"bafyreig\"}";

	static Stream<Arguments> faults() {
		long reset = Instant.now().plusSeconds(300).getEpochSecond();
		return Stream.of(
				Arguments.of("timeout", Reply.json(200, CREATED).fault(Fault.HANG), Kind.TRANSIENT, null),
				Arguments.of("429 RateLimitExceeded with ratelimit-reset",
						Reply.json(429, "{\"error\":\"RateLimitExceeded\",\"message\":\"Rate Limit Exceeded\"}")
								.with("ratelimit-limit", "5000").with("ratelimit-remaining", "0").with("ratelimit-reset", Long.toString(reset))
								.with("ratelimit-policy", "5000;w=3600"),
						Kind.RATE_LIMITED, "reset"),
				Arguments.of("429 with Retry-After", Reply.json(429, "{\"error\":\"RateLimitExceeded\"}").with("Retry-After", "12"),
						Kind.RATE_LIMITED, "12"),
				Arguments.of("500", Reply.json(500, "{\"error\":\"InternalServerError\",\"message\":\"Internal Server Error\"}"), Kind.TRANSIENT, null),
				Arguments.of("502 from a proxy", Reply.json(502, "<html>Bad Gateway</html>"), Kind.TRANSIENT, null),
				Arguments.of("503", Reply.json(503, "{\"error\":\"NotEnoughResources\"}"), Kind.TRANSIENT, null),
				Arguments.of("400 ExpiredToken", Reply.json(400, "{\"error\":\"ExpiredToken\",\"message\":\"Token has expired\"}"), Kind.AUTH_EXPIRED, null),
				Arguments.of("401 InvalidToken", Reply.json(401, "{\"error\":\"InvalidToken\",\"message\":\"Bad token scope\"}"), Kind.AUTH_EXPIRED, null),
				Arguments.of("400 InvalidRequest", Reply.json(400, "{\"error\":\"InvalidRequest\",\"message\":\"Invalid app.bsky.feed.post record: Record/text must not be longer than 300 graphemes\"}"),
						Kind.REJECTED, null),
				Arguments.of("400 AccountTakedown", Reply.json(400, "{\"error\":\"AccountTakedown\",\"message\":\"Account has been taken down\"}"), Kind.GONE, null),
				Arguments.of("malformed JSON", Reply.json(200, "{\"uri\": "), Kind.TRANSIENT, null),
				Arguments.of("truncated body", Reply.json(200, CREATED).fault(Fault.TRUNCATE), Kind.TRANSIENT, null),
				Arguments.of("no uri", Reply.json(200, "{\"cid\":\"x\"}"), Kind.TRANSIENT, null));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("faults")
	void eachFaultIsClassifiedWithoutLeakingTokens(String name, Reply reply, Kind expected, String retry) {
		server.on("POST", "/xrpc/com.atproto.repo.createRecord", r -> reply);
		BlueskyConnector connector = new BlueskyConnector(HttpClient.newHttpClient(), Duration.ofMillis(500), Clock.systemUTC());
		MemoryAccountSecrets secrets = new MemoryAccountSecrets();
		secrets.put("accessJwt", ACCESS);
		secrets.put("refreshJwt", REFRESH);
		ChannelAccount account = new AccountProfile(BlueskyConnector.CHANNEL_TYPE, DID, "@me", server.base(), null,
				Map.of("did", DID)).account();

		long start = System.nanoTime();
		ChannelException failure = catchThrowableOfType(ChannelException.class,
				() -> connector.publish(account, secrets, PublishRequest.text("k", "plain text")));
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
		assertThat(failure).as(name).isNotNull();
		assertThat(failure.kind()).as(name).isEqualTo(expected);
		if ("reset".equals(retry)) {
			assertThat(failure.retryAfter()).hasValueSatisfying(d -> assertThat(d).isBetween(Duration.ofSeconds(290), Duration.ofSeconds(300)));
		} else if (retry != null) {
			assertThat(failure.retryAfter()).contains(Duration.ofSeconds(Long.parseLong(retry)));
		}
		if (expected == Kind.REJECTED) {
			assertThat(failure.networkMessage()).hasValueSatisfying(m -> assertThat(m).contains("300 graphemes"));
		}
		StringWriter trace = new StringWriter();
		failure.printStackTrace(new PrintWriter(trace));
		assertThat(trace + failure.networkMessage().orElse("")).doesNotContain(ACCESS).doesNotContain(REFRESH)
				.doesNotContain("Bearer");
	}
}
