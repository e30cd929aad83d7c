// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.workspace.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.chorus.workspace.internal.AtomicCommit;

/** The states a crash can leave, reproduced by hand, and how recovery resolves each. */
class AtomicCommitTest {

    @TempDir
    Path folder;

    private void write(String name, String text) throws Exception {
        Files.writeString(folder.resolve(name), text);
    }

    private String read(String name) throws Exception {
        return Files.readString(folder.resolve(name));
    }

    @Test
    void commitReplacesAllFilesAndKeepsBackups() throws Exception {
        write("a.xmi", "old a");
        write("b.xmi", "old b");
        Map<Path, byte[]> files = new LinkedHashMap<>();
        files.put(folder.resolve("a.xmi"), "new a".getBytes());
        files.put(folder.resolve("b.xmi"), "new b".getBytes());
        AtomicCommit.commit(folder, files);
        assertThat(read("a.xmi")).isEqualTo("new a");
        assertThat(read("b.xmi")).isEqualTo("new b");
        assertThat(read("a.xmi.bak")).isEqualTo("old a");
        assertThat(folder.resolve(AtomicCommit.JOURNAL)).doesNotExist();
    }

    @Test
    void crashBeforeTheCommitPointRollsBack() throws Exception {
        write("a.xmi", "old a");
        write("b.xmi", "old b");
        write(".a.xmi.new", "new a");
        write(".b.xmi.new", "new b"); // written, but no journal yet
        assertThat(AtomicCommit.recover(folder)).isTrue();
        assertThat(read("a.xmi")).isEqualTo("old a");
        assertThat(read("b.xmi")).isEqualTo("old b");
        assertThat(folder.resolve(".a.xmi.new")).doesNotExist();
    }

    @Test
    void crashAfterTheCommitPointRollsForward() throws Exception {
        write("a.xmi", "new a"); // already installed
        write("b.xmi", "old b");
        write(".b.xmi.new", "new b");
        write(AtomicCommit.JOURNAL, "a.xmi\nb.xmi\n#end\n");
        assertThat(AtomicCommit.recover(folder)).isTrue();
        assertThat(read("a.xmi")).isEqualTo("new a");
        assertThat(read("b.xmi")).isEqualTo("new b");
        assertThat(read("b.xmi.bak")).isEqualTo("old b");
        assertThat(folder.resolve(AtomicCommit.JOURNAL)).doesNotExist();
    }

    @Test
    void nothingToRecoverInACleanFolder() throws Exception {
        write("a.xmi", "a");
        assertThat(AtomicCommit.recover(folder)).isFalse();
        assertThat(read("a.xmi")).isEqualTo("a");
    }
}
