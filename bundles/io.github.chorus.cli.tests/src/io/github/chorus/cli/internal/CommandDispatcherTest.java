package io.github.chorus.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.chorus.cli.UsageException;

class CommandDispatcherTest {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();
	private CommandDispatcher dispatcher;

	@BeforeEach
	void setUp() {
		CommandRegistry registry = new CommandRegistry(List.of(
				new CommandDescriptor("echo", "Prints words", "[--upper] WORD...", "test", EchoTestCommand::new),
				new CommandDescriptor("echo", "A clash, ignored", "", "other", EchoTestCommand::new),
				new CommandDescriptor("broken", "Cannot be created", "", "test", () -> {
					throw new IllegalStateException("Cannot create command 'broken'");
				})));
		dispatcher = new CommandDispatcher(registry, "1.2.3.v2026", InputStream.nullInputStream(), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	@Test
	void versionPrintsTheProductVersion() {
		assertThat(dispatcher.dispatch(List.of("--version"))).isZero();
		assertThat(out()).isEqualTo("Chorus 1.2.3.v2026" + System.lineSeparator());
	}

	@Test
	void helpListsEveryCommandOnce() {
		assertThat(dispatcher.dispatch(List.of("help"))).isZero();
		assertThat(out()).contains("echo", "Prints words", "broken", "help", "--version")
				.doesNotContain("A clash, ignored");
	}

	@Test
	void helpForOneCommandShowsItsUsage() {
		assertThat(dispatcher.dispatch(List.of("help", "echo"))).isZero();
		assertThat(out()).contains("Usage: chorus echo [--upper] WORD...");
	}

	@Test
	void noArgumentsIsAUsageError() {
		assertThat(dispatcher.dispatch(List.of())).isEqualTo(UsageException.EXIT_CODE);
		assertThat(err()).contains("Commands:");
	}

	@Test
	void runsTheCommandAndReturnsItsExitCode() {
		assertThat(dispatcher.dispatch(List.of("echo", "--upper", "hello", "chorus"))).isEqualTo(2);
		assertThat(out()).isEqualTo("HELLO CHORUS" + System.lineSeparator());
	}

	@Test
	void unknownCommandIsAUsageError() {
		assertThat(dispatcher.dispatch(List.of("publsh"))).isEqualTo(UsageException.EXIT_CODE);
		assertThat(err()).contains("unknown command 'publsh'", "chorus help");
	}

	@Test
	void usageErrorsPrintTheSynopsis() {
		assertThat(dispatcher.dispatch(List.of("echo"))).isEqualTo(UsageException.EXIT_CODE);
		assertThat(err()).contains("chorus echo: nothing to echo", "Usage: chorus echo [--upper] WORD...");
	}

	@Test
	void failuresAreReportedWithExitCodeOne() {
		assertThat(dispatcher.dispatch(List.of("echo", "fail"))).isEqualTo(CommandDispatcher.EXIT_FAILURE);
		assertThat(err()).contains("chorus echo: error: asked to fail");
		assertThat(dispatcher.dispatch(List.of("broken"))).isEqualTo(CommandDispatcher.EXIT_FAILURE);
		assertThat(err()).contains("Cannot create command 'broken'");
	}
}
