package io.github.chorus.channels.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import io.github.chorus.channels.connector.ChannelException;
import io.github.chorus.channels.connector.ChannelException.Kind;
import io.github.chorus.channels.connector.HttpExchange;
import io.github.chorus.channels.graph.GraphErrors;
import io.github.chorus.channels.graph.GraphTime;

/**
 * The shared Graph API client as a third-party connector sees it: error bodies shaped as the Graph API
 * reference documents them ({@code {"error":{"message","type","code","error_subcode","is_transient"}}}).
 */
class GraphApiTest {

	static final GraphErrors SHARED = new GraphErrors();
	static final HttpExchange HTTP = new HttpExchange(HttpClient.newHttpClient(), Duration.ofSeconds(1), "Meta", SHARED);

	static String error(int code, boolean transientFlag) {
		return "{\"error\":{\"message\":\"(#" + code + ") Something\",\"type\":\"OAuthException\",\"code\":" + code
				+ (transientFlag ? ",\"is_transient\":true" : "") + ",\"fbtrace_id\":\"AbC\"}}";
	}

	@ParameterizedTest(name = "code {0} -> {2}")
	@CsvSource({ "190, 400, AUTH_EXPIRED", "102, 400, AUTH_EXPIRED", "10, 403, AUTH_EXPIRED", "200, 403, AUTH_EXPIRED", "299, 403, AUTH_EXPIRED",
			"4, 400, RATE_LIMITED", "17, 400, RATE_LIMITED", "32, 400, RATE_LIMITED", "613, 400, RATE_LIMITED", "100, 400, REJECTED",
			"1, 500, TRANSIENT", "2, 503, TRANSIENT", "506, 400, REJECTED", "9, 400, REJECTED", "12345, 404, GONE" })
	void sharedRulesClassifyGraphErrorCodes(int code, int status, Kind expected) {
		assertThat(HTTP.failure(status, HttpHeaders.of(Map.of(), (a, b) -> true), error(code, false), "POST /{page}/feed").kind())
				.isEqualTo(expected);
	}

	@Test
	void isTransientWinsAndNetworkCodesWinOverTheSharedRules() {
		assertThat(SHARED.kind(400, error(100, true), Kind.REJECTED)).isEqualTo(Kind.TRANSIENT);
		GraphErrors instagram = new GraphErrors(Map.of(9, Kind.RATE_LIMITED, 100, Kind.GONE));
		assertThat(instagram.kind(400, error(9, false), Kind.REJECTED)).isEqualTo(Kind.RATE_LIMITED);
		assertThat(instagram.kind(400, error(100, false), Kind.REJECTED)).isEqualTo(Kind.GONE);
		assertThat(instagram.kind(502, "<html>Bad Gateway</html>", Kind.TRANSIENT)).as("not a Graph body").isEqualTo(Kind.TRANSIENT);
	}

	@Test
	void theUserMessageIsPreferredAndTheUsageHeaderGivesTheWait() {
		String body = "{\"error\":{\"message\":\"Invalid parameter\",\"error_user_msg\":\"The video is too long for a reel.\",\"code\":100}}";
		ChannelException failure = HTTP.failure(400, HttpHeaders.of(Map.of("X-Business-Use-Case-Usage",
				List.of("{\"1234\":[{\"type\":\"pages\",\"call_count\":100,\"estimated_time_to_regain_access\":3},"
						+ "{\"type\":\"instagram\",\"call_count\":90,\"estimated_time_to_regain_access\":12}]}")), (a, b) -> true), body, "POST /x");
		assertThat(failure.networkMessage()).contains("The video is too long for a reel.");
		assertThat(failure.retryAfter()).contains(Duration.ofMinutes(12));
		assertThat(SHARED.message(400, error(190, false))).isEqualTo("(#190) Something");
		assertThat(SHARED.message(500, "not json")).isNull();
	}

	@Test
	void graphTimesAndCursors() throws Exception {
		assertThat(GraphTime.parse("2026-11-26T09:00:00+0000", HTTP, "GET")).isEqualTo(Instant.parse("2026-11-26T09:00:00Z"));
		assertThat(GraphTime.parse("2026-11-26T10:00:00.250+0100", HTTP, "GET")).isEqualTo(Instant.parse("2026-11-26T09:00:00.250Z"));
		assertThat(GraphTime.parse("2026-11-26T09:00:00+00:00", HTTP, "GET")).isEqualTo(Instant.parse("2026-11-26T09:00:00Z"));
		assertThat(catchThrowableOfType(ChannelException.class, () -> GraphTime.parse("yesterday", HTTP, "GET /{page}/feed")).kind())
				.isEqualTo(Kind.TRANSIENT);
		assertThat(GraphTime.since(null, "Facebook")).isNull();
		assertThat(GraphTime.since(" ", "Facebook")).isNull();
		assertThat(GraphTime.since("2026-11-26T09:00:00Z", "Facebook")).isEqualTo(Instant.parse("2026-11-26T09:00:00Z"));
		assertThatThrownBy(() -> GraphTime.since("12345", "Threads")).isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("Threads").hasMessageContaining("12345");
	}
}
