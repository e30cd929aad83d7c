package io.github.chorus.channel.mastodon.internal;

import io.github.chorus.channels.testing.FakeServer;

import static io.github.chorus.channel.mastodon.internal.MastodonConnectorTest.TOKEN;
import static io.github.chorus.channel.mastodon.internal.MastodonConnectorTest.data;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
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

/**
 * Every way the server can fail lands in the right failure class, quickly, with no secret in the
 * exception or in the log.
 */
class MastodonFaultTest {

	private FakeServer server;
	private final List<String> log = new CopyOnWriteArrayList<>();
	private final ILogListener listener = (status, plugin) -> log.add(render(status));

	@BeforeEach
	void start() throws Exception {
		server = new FakeServer("{\"error\":\"Record not found\"}");
		Platform.addLogListener(listener);
	}

	@AfterEach
	void stop() {
		Platform.removeLogListener(listener);
		server.close();
	}

	static Stream<Arguments> faults() throws Exception {
		return Stream.of(
				Arguments.of("timeout", Reply.json(200, data("Status.json")).fault(Fault.HANG), Kind.TRANSIENT, null),
				Arguments.of("429 with Retry-After", Reply.json(429, "{\"error\":\"Too many requests\"}").with("Retry-After", "30"),
						Kind.RATE_LIMITED, Duration.ofSeconds(30)),
				Arguments.of("429 with X-RateLimit-Reset", Reply.json(429, "{\"error\":\"Too many requests\"}")
						.with("X-RateLimit-Reset", java.time.Instant.now().plusSeconds(120).toString()), Kind.RATE_LIMITED, null),
				Arguments.of("500", Reply.json(500, "<html>Internal Server Error</html>"), Kind.TRANSIENT, null),
				Arguments.of("503", Reply.json(503, data("statuses.20.json")), Kind.TRANSIENT, null),
				Arguments.of("401 token invalid", Reply.json(401, data("statuses.12.json")), Kind.AUTH_EXPIRED, null),
				Arguments.of("422 content", Reply.json(422, data("statuses.4.json")), Kind.REJECTED, null),
				Arguments.of("404 gone", Reply.json(404, "{\"error\":\"Record not found\"}"), Kind.GONE, null),
				Arguments.of("malformed JSON", Reply.json(200, "{\"id\": \"1\", \"url\": "), Kind.TRANSIENT, null),
				Arguments.of("not JSON at all", Reply.json(200, "<html>maintenance</html>"), Kind.TRANSIENT, null),
				Arguments.of("truncated body", Reply.json(200, data("Status.json")).fault(Fault.TRUNCATE), Kind.TRANSIENT, null),
				Arguments.of("JSON without an id", Reply.json(200, "{\"content\":\"<p>hi</p>\"}"), Kind.TRANSIENT, null));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("faults")
	void eachFaultIsClassifiedWithoutLeakingSecrets(String name, Reply reply, Kind expected, Duration retryAfter) {
		server.on("POST", "/api/v1/statuses", r -> reply);
		server.on("GET", "/api/v2/instance", r -> reply);
		MastodonConnector connector = new MastodonConnector(java.net.http.HttpClient.newHttpClient(), Duration.ofMillis(500),
				java.time.Clock.systemUTC(), Duration.ofMillis(5), 3);
		MemoryAccountSecrets secrets = new MemoryAccountSecrets();
		secrets.put("accessToken", TOKEN);
		ChannelAccount account = new AccountProfile(MastodonConnector.CHANNEL_TYPE, "@me@localhost", "me", server.base(), null,
				Map.of()).account();

		long start = System.nanoTime();
		ChannelException failure = catchThrowableOfType(ChannelException.class,
				() -> connector.publish(account, secrets, PublishRequest.text("key", "Hello")));
		assertThat(Duration.ofNanos(System.nanoTime() - start)).as("bounded").isLessThan(Duration.ofSeconds(3));

		assertThat(failure).as(name).isNotNull();
		assertThat(failure.kind()).as(name).isEqualTo(expected);
		if (retryAfter != null) {
			assertThat(failure.retryAfter()).contains(retryAfter);
		}
		if (expected == Kind.RATE_LIMITED) {
			assertThat(failure.retryAfter()).as("a delay to wait").isPresent();
		}
		if (expected == Kind.REJECTED) {
			assertThat(failure.networkMessage()).contains("Validation failed: Text can't be blank");
		}
		assertThat(stackTrace(failure)).doesNotContain(TOKEN).doesNotContain("Bearer");

		// refine logs its failures and falls back: the log must stay clean as well
		connector.refine(new io.github.chorus.channels.ChannelCapabilities(
				io.github.chorus.channels.TextRules.of(500, io.github.chorus.channels.CountingMethod.GRAPHEMES), List.of(),
				java.util.Set.of()), account);
		assertThat(log).as("something was logged for the failed refine").isNotEmpty();
		assertThat(String.join("\n", log)).doesNotContain(TOKEN).doesNotContain("Bearer");
	}

	private static String stackTrace(Throwable throwable) {
		StringWriter out = new StringWriter();
		throwable.printStackTrace(new PrintWriter(out));
		String network = throwable instanceof ChannelException c ? c.networkMessage().orElse("") : "";
		return out + " " + throwable.getMessage() + " " + network;
	}

	private static String render(IStatus status) {
		StringBuilder text = new StringBuilder(status.getMessage());
		if (status.getException() != null) {
			text.append('\n').append(stackTrace(status.getException()));
		}
		for (IStatus child : status.getChildren()) {
			text.append('\n').append(render(child));
		}
		return text.toString();
	}
}
