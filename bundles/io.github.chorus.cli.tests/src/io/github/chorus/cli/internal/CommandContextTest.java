package io.github.chorus.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.chorus.cli.CommandContext;
import io.github.chorus.cli.UsageException;

class CommandContextTest {

	private static CommandContext context(String... arguments) {
		PrintStream sink = new PrintStream(new ByteArrayOutputStream());
		return new CommandContext("test", List.of(arguments), sink, sink);
	}

	@Test
	void readsOptionsWithSpaceOrEquals() {
		CommandContext context = context("--workspace", "/tmp/a b", "--seed=42");
		assertThat(context.option("--workspace")).contains("/tmp/a b");
		assertThat(context.intOption("--seed", 1)).isEqualTo(42);
		assertThat(context.option("--missing")).isEmpty();
		assertThat(context.longOption("--missing", 7L)).isEqualTo(7L);
	}

	@Test
	void lastOccurrenceWins() {
		assertThat(context("--channel", "x", "--channel=mastodon").option("--channel")).contains("mastodon");
	}

	@Test
	void optionWithoutValueIsAUsageError() {
		assertThatThrownBy(() -> context("--workspace").option("--workspace")).isInstanceOf(UsageException.class)
				.hasMessageContaining("--workspace");
		assertThatThrownBy(() -> context("--workspace", "--once").option("--workspace"))
				.isInstanceOf(UsageException.class);
	}

	@Test
	void requiredOptionNamesWhatIsMissing() {
		assertThatThrownBy(() -> context().requiredOption("--workspace")).isInstanceOf(UsageException.class)
				.hasMessage("missing required option --workspace");
	}

	@Test
	void nonNumericIntegerIsAUsageError() {
		assertThatThrownBy(() -> context("--posts", "many").intOption("--posts", 0))
				.isInstanceOf(UsageException.class).hasMessageContaining("'many'");
	}

	@Test
	void flagsAndPositionalArguments() {
		CommandContext context = context("--once", "--workspace", "w", "first", "--", "--literal");
		assertThat(context.flag("--once")).isTrue();
		assertThat(context.flag("--literal")).as("after -- nothing is an option").isFalse();
		assertThat(context.positionalArguments("--once")).containsExactly("first", "--literal");
	}

	@Test
	void optionNamesMustStartWithDashes() {
		assertThatThrownBy(() -> context().option("workspace")).isInstanceOf(IllegalArgumentException.class);
	}
}
