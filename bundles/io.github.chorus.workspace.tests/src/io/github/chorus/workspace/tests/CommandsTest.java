// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.workspace.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.chorus.cli.CommandContext;
import io.github.chorus.cli.UsageException;
import io.github.chorus.workspace.ChorusWorkspace;
import io.github.chorus.workspace.internal.cli.DemoCommand;
import io.github.chorus.workspace.internal.cli.InitCommand;
import io.github.chorus.workspace.internal.cli.ValidateCommand;

class CommandsTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private CommandContext context(String name, String... arguments) {
        return new CommandContext(name, List.of(arguments), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    @Test
    void initCreatesAValidEmptyWorkspaceAndRefusesToOverwriteIt() throws Exception {
        Path dir = folder.resolve("empty");
        assertThat(new InitCommand().run(context("init", "--workspace", dir.toString(), "--time-zone", "Europe/Paris")))
                .isZero();
        ChorusWorkspace workspace = ChorusWorkspace.open(dir);
        assertThat(workspace.problems()).isEmpty();
        assertThat(workspace.plan().getTimeZone()).isEqualTo("Europe/Paris");
        assertThat(workspace.plan().getKpiDefinitions()).isNotEmpty();
        assertThat(new ValidateCommand().run(context("validate", "--workspace=" + dir))).isZero();
        assertThat(new InitCommand().run(context("init", "--workspace", dir.toString()))).isEqualTo(1);
    }

    @Test
    void initRejectsAnInvalidTimeZone() {
        assertThatThrownBy(() -> new InitCommand()
                .run(context("init", "--workspace", folder.resolve("x").toString(), "--time-zone", "Nowhere/Land")))
                .isInstanceOf(UsageException.class);
    }

    @Test
    void demoThenValidateExitsZero() throws Exception {
        Path dir = folder.resolve("demo");
        assertThat(new DemoCommand().run(context("demo", "--workspace", dir.toString(), "--posts", "20", "--messages", "300",
                "--observations", "2000", "--seed", "3"))).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("20 content items").contains("300 messages");
        out.reset();
        assertThat(new ValidateCommand().run(context("validate", "--workspace", dir.toString())))
                .as(out.toString(StandardCharsets.UTF_8)).isZero();
    }
}
