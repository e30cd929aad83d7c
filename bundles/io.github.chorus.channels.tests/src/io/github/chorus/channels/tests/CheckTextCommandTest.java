package io.github.chorus.channels.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.chorus.channels.IChannelTypeRegistry;
import io.github.chorus.channels.internal.cli.CheckTextCommand;
import io.github.chorus.cli.CommandContext;
import io.github.chorus.cli.UsageException;

/** {@code chorus check-text}: the JSON-lines contract of issue 4 and the single-text options. */
class CheckTextCommandTest {

	private final ObjectMapper mapper = new ObjectMapper();

	record Run(int exitCode, List<String> lines, String err) {
	}

	static Run run(IChannelTypeRegistry registry, String stdin, String... arguments) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		CheckTextCommand command = new CheckTextCommand(() -> registry);
		int exit = command.run(new CommandContext("check-text", List.of(arguments), //$NON-NLS-1$
				new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)));
		String text = out.toString(StandardCharsets.UTF_8);
		return new Run(exit, text.isEmpty() ? List.of() : List.of(text.split("\n")), err.toString(StandardCharsets.UTF_8)); //$NON-NLS-1$
	}

	private JsonNode json(String line) throws Exception {
		return mapper.readTree(line);
	}

	@Test
	void issueExampleCountsALinkAs23() throws Exception {
		Run run = run(FixedChannelTypes.builtInLike(), "{\"channel\":\"x\",\"text\":\"Hi http://test.co\"}\n"); //$NON-NLS-1$
		assertThat(run.exitCode()).isZero();
		assertThat(run.lines()).hasSize(1);
		assertThat(run.lines().get(0)).contains("\"length\":26").contains("\"valid\":true"); //$NON-NLS-1$ //$NON-NLS-2$
		JsonNode result = json(run.lines().get(0));
		assertThat(result.get("channel").asText()).isEqualTo("x"); //$NON-NLS-1$ //$NON-NLS-2$
		assertThat(result.get("maxLength").asInt()).isEqualTo(280); //$NON-NLS-1$
		assertThat(result.get("entities")).hasSize(1); //$NON-NLS-1$
		JsonNode url = result.get("entities").get(0); //$NON-NLS-1$
		assertThat(url.get("type").asText()).isEqualTo("url"); //$NON-NLS-1$ //$NON-NLS-2$
		assertThat(url.get("value").asText()).isEqualTo("http://test.co"); //$NON-NLS-1$ //$NON-NLS-2$
		assertThat(url.get("start").asInt()).isEqualTo(3); //$NON-NLS-1$
		assertThat(url.get("end").asInt()).isEqualTo(17); //$NON-NLS-1$
	}

	@Test
	void oneOutputLinePerInputLineInOrderAndErrorsDoNotStopProcessing() throws Exception {
		String stdin = String.join("\n", //$NON-NLS-1$
				"{\"channel\":\"mastodon\",\"text\":\"@alice@example.social hi\",\"spoiler\":\"CW\"}", //$NON-NLS-1$
				"{not json", //$NON-NLS-1$
				"", //$NON-NLS-1$
				"{\"channel\":\"myspace\",\"text\":\"hi\"}", //$NON-NLS-1$
				"{\"channel\":\"bluesky\",\"text\":\"\u2728 @alice.bsky.social\"}", //$NON-NLS-1$
				"{\"channel\":\"x\"}", //$NON-NLS-1$
				"{\"channel\":\"mastodon\",\"text\":\"" + "a".repeat(600) + "\",\"maxLength\":1000}", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				"{\"channel\":\"mastodon\",\"text\":\"a\",\"maxLength\":0}", //$NON-NLS-1$
				"[1,2]"); //$NON-NLS-1$
		Run run = run(FixedChannelTypes.builtInLike(), stdin);
		assertThat(run.exitCode()).isZero();
		assertThat(run.lines()).hasSize(8);

		JsonNode mastodon = json(run.lines().get(0));
		assertThat(mastodon.get("length").asInt()).isEqualTo(11); // "CW" + "@alice hi" //$NON-NLS-1$
		assertThat(mastodon.get("graphemes").asInt()).isEqualTo(24); //$NON-NLS-1$
		assertThat(mastodon.get("entities").get(0).get("value").asText()).isEqualTo("alice@example.social"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

		assertThat(json(run.lines().get(1)).get("error").asText()).startsWith("malformed JSON at column "); //$NON-NLS-1$ //$NON-NLS-2$
		assertThat(json(run.lines().get(1)).get("line").asInt()).as("input line of the error").isEqualTo(2); //$NON-NLS-1$
		assertThat(json(run.lines().get(7)).get("line").asInt()).as("blank lines count").isEqualTo(9); //$NON-NLS-1$
		assertThat(mastodon.has("line")).as("only errors name their line").isFalse(); //$NON-NLS-1$
		assertThat(json(run.lines().get(2)).get("error").asText()).contains("unknown channel \"myspace\""); //$NON-NLS-1$ //$NON-NLS-2$

		JsonNode bluesky = json(run.lines().get(3));
		assertThat(bluesky.get("utf8Bytes").asInt()).isEqualTo(22); //$NON-NLS-1$
		JsonNode facet = bluesky.get("facets").get(0); //$NON-NLS-1$
		assertThat(facet.get("type").asText()).isEqualTo("mention"); //$NON-NLS-1$ //$NON-NLS-2$
		assertThat(facet.get("byteStart").asInt()).isEqualTo(4); //$NON-NLS-1$
		assertThat(facet.get("byteEnd").asInt()).isEqualTo(22); //$NON-NLS-1$
		assertThat(bluesky.get("entities").get(0).get("start").asInt()).as("code points").isEqualTo(2); //$NON-NLS-1$ //$NON-NLS-2$

		assertThat(json(run.lines().get(4)).get("error").asText()).contains("missing \"text\""); //$NON-NLS-1$ //$NON-NLS-2$
		JsonNode override = json(run.lines().get(5));
		assertThat(override.get("maxLength").asInt()).isEqualTo(1000); //$NON-NLS-1$
		assertThat(override.get("valid").asBoolean()).isTrue(); //$NON-NLS-1$
		assertThat(json(run.lines().get(6)).get("error").asText()).contains("maxLength"); //$NON-NLS-1$ //$NON-NLS-2$
		assertThat(json(run.lines().get(7)).has("error")).isTrue(); //$NON-NLS-1$
	}

	@Test
	void overTheLimitReportsViolationsAndRange() throws Exception {
		Run run = run(FixedChannelTypes.builtInLike(), "{\"channel\":\"x\",\"text\":\"" + "\u3042".repeat(141) + "\"}"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		JsonNode result = json(run.lines().get(0));
		assertThat(result.get("length").asInt()).isEqualTo(282); //$NON-NLS-1$
		assertThat(result.get("valid").asBoolean()).isFalse(); //$NON-NLS-1$
		assertThat(result.get("violations").get(0).asText()).isEqualTo("too_long"); //$NON-NLS-1$ //$NON-NLS-2$
		assertThat(result.get("overLimit").get(0).get("start").asInt()).isEqualTo(140); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void outputIsAsciiWhateverTheConsoleEncoding() throws Exception {
		Run run = run(FixedChannelTypes.builtInLike(), "{\"channel\":\"mastodon\",\"text\":\"#caf\u00E9 \uD83D\uDE00\"}"); //$NON-NLS-1$
		assertThat(run.lines().get(0)).matches("\\p{ASCII}*").contains("caf\\u00E9"); //$NON-NLS-1$ //$NON-NLS-2$
		assertThat(json(run.lines().get(0)).get("entities").get(0).get("value").asText()).isEqualTo("caf\u00E9"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	@Test
	void singleTextFromOptionsOrFile(@TempDir Path dir) throws Exception {
		Run ok = run(FixedChannelTypes.builtInLike(), "", "--channel", "io.github.chorus.channel.bluesky", "--text", "hello"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		assertThat(ok.exitCode()).isZero();
		assertThat(json(ok.lines().get(0)).get("length").asInt()).isEqualTo(5); //$NON-NLS-1$
		Path file = dir.resolve("post.txt"); //$NON-NLS-1$
		Files.writeString(file, "x".repeat(301), StandardCharsets.UTF_8); //$NON-NLS-1$
		Run tooLong = run(FixedChannelTypes.builtInLike(), "", "--channel=bluesky", "--file", file.toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertThat(tooLong.exitCode()).isEqualTo(1);
		assertThat(json(tooLong.lines().get(0)).get("valid").asBoolean()).isFalse(); //$NON-NLS-1$
		Run unknown = run(FixedChannelTypes.builtInLike(), "", "--channel", "nope", "--text", "hi"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		assertThat(unknown.exitCode()).isEqualTo(2);
		assertThat(unknown.err()).contains("unknown channel"); //$NON-NLS-1$
	}

	@Test
	void usageErrors() {
		assertThatThrownBy(() -> run(FixedChannelTypes.builtInLike(), "", "--text", "hi")) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.isInstanceOf(UsageException.class).hasMessageContaining("--channel"); //$NON-NLS-1$
		assertThatThrownBy(() -> run(FixedChannelTypes.builtInLike(), "", "--channel", "x")) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.isInstanceOf(UsageException.class);
		assertThatThrownBy(() -> run(FixedChannelTypes.builtInLike(), "", "--channel", "x", "--text", "a", "--file", "f")) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
				.isInstanceOf(UsageException.class);
	}

	@Test
	void anAmbiguousShortNameIsAnError() throws Exception {
		FixedChannelTypes twoX = new FixedChannelTypes(List.of(
				FixedChannelTypes.type("io.github.chorus.channel.x", TwitterTextConformanceTest.X), //$NON-NLS-1$
				FixedChannelTypes.type("com.example.x", TwitterTextConformanceTest.X))); //$NON-NLS-1$
		Run run = run(twoX, "{\"channel\":\"x\",\"text\":\"hi\"}\n{\"channel\":\"com.example.x\",\"text\":\"hi\"}"); //$NON-NLS-1$
		assertThat(json(run.lines().get(0)).get("error").asText()).contains("ambiguous"); //$NON-NLS-1$ //$NON-NLS-2$
		assertThat(json(run.lines().get(1)).get("length").asInt()).isEqualTo(2); //$NON-NLS-1$
	}
}
