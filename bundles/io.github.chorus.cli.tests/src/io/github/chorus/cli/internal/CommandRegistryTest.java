package io.github.chorus.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;

/** Reads the contributions of this fragment's fragment.xml through the running registry. */
class CommandRegistryTest {

	@Test
	void readsValidContributions() {
		CommandRegistry registry = CommandRegistry.read(Platform.getExtensionRegistry());
		CommandDescriptor echo = registry.find("test-echo").orElseThrow();
		assertThat(echo.description()).isEqualTo("Prints its arguments (test command)");
		assertThat(echo.synopsis()).isEqualTo("chorus test-echo [--upper] WORD...");
		assertThat(echo.contributor()).isEqualTo("io.github.chorus.cli");
	}

	@Test
	void rejectsMalformedAndReservedNames() {
		CommandRegistry registry = CommandRegistry.read(Platform.getExtensionRegistry());
		assertThat(registry.find("Bad Name")).isEmpty();
		assertThat(registry.all()).extracting(CommandDescriptor::description).doesNotContain("rejected: reserved");
	}

	@Test
	void createsTheCommandLazilyAndRunsIt() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PrintStream stream = new PrintStream(out, true, StandardCharsets.UTF_8);
		CommandDispatcher dispatcher = new CommandDispatcher(CommandRegistry.read(Platform.getExtensionRegistry()),
				CommandLineApplication.productVersion(), InputStream.nullInputStream(), stream, stream);
		assertThat(dispatcher.dispatch(List.of("test-echo", "contributed"))).isEqualTo(1);
		assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("contributed" + System.lineSeparator());
	}
}
