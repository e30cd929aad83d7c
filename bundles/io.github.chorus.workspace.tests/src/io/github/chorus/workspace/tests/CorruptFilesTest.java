// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.workspace.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.chorus.workspace.ChorusWorkspace;
import io.github.chorus.workspace.LoadProblem;
import io.github.chorus.workspace.WorkspacePart;
import io.github.chorus.workspace.internal.cli.ValidateCommand;

/** Broken files: a clear message naming file and place, the file untouched, the rest loaded. */
class CorruptFilesTest {

    @TempDir
    Path folder;

    private String out;
    private String err;

    @BeforeEach
    void createDemo() throws Exception {
        Fixtures.demo(folder).save();
    }

    private int validate() {
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        int exit = ValidateCommand.validate(folder, List.of(), Fixtures.CLOCK,
                new PrintStream(outBytes, true, StandardCharsets.UTF_8), new PrintStream(errBytes, true, StandardCharsets.UTF_8));
        out = outBytes.toString(StandardCharsets.UTF_8);
        err = errBytes.toString(StandardCharsets.UTF_8);
        return exit;
    }

    @Test
    void cleanDemoValidatesWithExitZero() {
        assertThat(validate()).as(out).isZero();
        assertThat(out.lines()).allSatisfy(line -> assertThat(line.split("\t")).hasSize(4));
        assertThat(err).contains("0 error(s)");
    }

    @Test
    void truncatedXmiFile() throws Exception {
        Path content = folder.resolve("content.xmi");
        byte[] bytes = Files.readAllBytes(content);
        byte[] truncated = Arrays.copyOf(bytes, bytes.length / 2);
        Files.write(content, truncated);

        assertThat(validate()).isEqualTo(2);
        assertThat(out).containsPattern("error\tcontent\\.xmi\t-\t.*content\\.xmi:\\d+:\\d+: XML");
        // references into the unreadable file are consequences, not more problems
        assertThat(out.lines()).as(out).hasSize(1);
        assertThat(Files.readAllBytes(content)).isEqualTo(truncated);

        ChorusWorkspace workspace = ChorusWorkspace.open(folder);
        assertThat(workspace.problems()).extracting(LoadProblem::file).containsExactly(content);
        assertThat(workspace.plan()).isNotNull();
        assertThat(workspace.community().getThreads()).isNotEmpty();
        assertThat(workspace.analytics().getSeries()).isNotEmpty();
    }

    @Test
    void garbageInAnXmiFileNamesTheLine() throws Exception {
        Path plan = folder.resolve("plan.xmi");
        List<String> lines = Files.readAllLines(plan);
        lines.add(5, "<<< this is not XML >>>");
        Files.write(plan, lines);
        byte[] before = Files.readAllBytes(plan);

        assertThat(validate()).isEqualTo(2);
        assertThat(out).contains("plan.xmi:6:");
        assertThat(Files.readAllBytes(plan)).isEqualTo(before);
    }

    @Test
    void illegalValueNamesTheLine() throws Exception {
        Path plan = folder.resolve("plan.xmi");
        List<String> lines = Files.readAllLines(plan);
        int line = -1;
        for (int i = 0; i < lines.size() && line < 0; i++) {
            if (lines.get(i).contains("priority=\"")) {
                lines.set(i, lines.get(i).replaceFirst("priority=\"\\d+\"", "priority=\"high\""));
                line = i + 1;
            }
        }
        Files.write(plan, lines);

        assertThat(validate()).isEqualTo(2);
        assertThat(out).contains("plan.xmi:" + line + ":").contains("high");
    }

    @Test
    void unknownFutureElementsAreKeptNotRejected() throws Exception {
        Path plan = folder.resolve("plan.xmi");
        List<String> lines = Files.readAllLines(plan);
        lines.add(3, "  <futureFeature id=\"x\" weight=\"3\"/>");
        Files.write(plan, lines);

        assertThat(validate()).as(out).isZero();
        ChorusWorkspace workspace = ChorusWorkspace.open(folder);
        workspace.plan().setName("saved by an older Chorus");
        workspace.save();
        assertThat(Files.readString(plan)).contains("futureFeature").contains("weight=\"3\"");
    }

    @Test
    void garbageInABinaryFileNamesTheOffset() throws Exception {
        Path analytics = folder.resolve("analytics.chorusbin");
        byte[] bytes = Files.readAllBytes(analytics);
        for (int i = 40; i < 400 && i < bytes.length; i++) {
            bytes[i] = (byte) 0xA5;
        }
        Files.write(analytics, bytes);

        assertThat(validate()).isEqualTo(2);
        assertThat(out).containsPattern("error\tanalytics\\.chorusbin\t-\t.*analytics\\.chorusbin \\(read up to byte \\d+\\): ");
        assertThat(Files.readAllBytes(analytics)).isEqualTo(bytes);
    }

    @Test
    void truncatedBinaryFile() throws Exception {
        Path community = folder.resolve("community.chorusbin");
        byte[] bytes = Files.readAllBytes(community);
        Files.write(community, Arrays.copyOf(bytes, bytes.length - 100));

        assertThat(validate()).isEqualTo(2);
        assertThat(out).contains("community.chorusbin (read up to byte");
    }

    @Test
    void danglingReferenceGivesExitOneNamingFileAndObject() throws Exception {
        Path plan = folder.resolve("plan.xmi");
        String text = Files.readString(plan);
        Files.writeString(plan, text.replace("id=\"goal-loyalty\"", "id=\"goal-loyalty-renamed\""));
        byte[] content = Files.readAllBytes(folder.resolve("content.xmi"));

        assertThat(validate()).isEqualTo(1);
        assertThat(out).containsPattern("(?m)^error\tcontent\\.xmi\tContentItem#item-\\d+\t.*unresolved proxy.*plan\\.xmi#goal-loyalty");
        assertThat(Files.readAllBytes(folder.resolve("content.xmi"))).isEqualTo(content);
    }

    @Test
    void brokenFileIsNeverSavedOver() throws Exception {
        Path content = folder.resolve("content.xmi");
        Files.writeString(content, "garbage");
        ChorusWorkspace workspace = ChorusWorkspace.open(folder);
        assertThat(workspace.isLoaded(WorkspacePart.CONTENT)).isFalse();
        workspace.plan().setName("still editable");
        workspace.save();
        assertThat(Files.readString(content)).isEqualTo("garbage");
        assertThat(Files.readString(folder.resolve("plan.xmi"))).contains("still editable");
    }

    @Test
    void missingFolderIsUnreadableInput() {
        Path missing = folder.resolve("nope");
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        int exit = ValidateCommand.validate(missing, List.of(), Fixtures.CLOCK, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(errBytes, true, StandardCharsets.UTF_8));
        assertThat(exit).isEqualTo(2);
        assertThat(errBytes.toString(StandardCharsets.UTF_8)).contains("nope");
    }
}
