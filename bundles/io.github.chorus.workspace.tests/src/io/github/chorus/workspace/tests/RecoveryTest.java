// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.workspace.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.chorus.workspace.ChorusWorkspace;
import io.github.chorus.workspace.WorkspacePart;
import io.github.chorus.workspace.WorkspaceRecovery;
import io.github.chorus.workspace.demo.DemoWorkspace;

/**
 * Crash recovery: unsaved edits written to the recovery folder survive the process being
 * killed, are restored on the next open, and the saved files are never touched by it.
 */
class RecoveryTest {

    @TempDir
    Path temp;

    private Path demo() throws IOException {
        Path folder = temp.resolve("workspace");
        DemoWorkspace.generate(folder, new DemoWorkspace.Options(11, 8, 50, 100, Fixtures.ANCHOR)).save();
        return folder;
    }

    @Test
    void aKilledProcessLeavesItsLastSnapshotAndTheSavedFilesIntact() throws Exception {
        Path folder = demo();
        byte[] savedContent = Files.readAllBytes(folder.resolve("content.xmi"));
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", CrashTest.childClassPath(),
                RecoveryChild.class.getName(), folder.toString()).redirectErrorStream(true).start();
        AtomicInteger reported = new AtomicInteger();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (line.startsWith("snapshot ")) {
                        reported.set(Integer.parseInt(line.substring(9)));
                    }
                }
            } catch (IOException e) {
                // killed
            }
        });
        try {
            reader.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (reported.get() < 3 && child.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertThat(reported.get()).as("snapshots written by the child").isGreaterThanOrEqualTo(3);
        } finally {
            child.toHandle().destroyForcibly(); // SIGKILL: no shutdown hook, no clean exit
        }
        assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
        reader.join(20_000);

        assertThat(Files.readAllBytes(folder.resolve("content.xmi"))).as("the saved file").isEqualTo(savedContent);
        WorkspaceRecovery recovery = new WorkspaceRecovery(folder);
        WorkspaceRecovery.Snapshot snapshot = recovery.find().orElseThrow();
        assertThat(snapshot.parts()).containsOnlyKeys(WorkspacePart.CONTENT);

        ChorusWorkspace restored = ChorusWorkspace.open(folder, snapshot.parts());
        assertThat(restored.problems()).isEmpty();
        int edit = Integer.parseInt(restored.content().getItems().get(0).getIdea().substring("typed but not saved ".length()));
        assertThat(edit).isBetween(reported.get(), reported.get() + 1);
        assertThat(restored.unsavedParts()).as("restored edits count as unsaved").containsOnlyKeys(WorkspacePart.CONTENT);

        restored.save();
        recovery.discard();
        assertThat(recovery.find()).isEmpty();
        assertThat(ChorusWorkspace.open(folder).content().getItems().get(0).getIdea()).isEqualTo("typed but not saved " + edit);
    }

    @Test
    void revertingReloadsTheChangedPartsAndReferencesFromOtherPartsFollow() throws Exception {
        Path folder = demo();
        ChorusWorkspace workspace = ChorusWorkspace.open(folder);
        var item = workspace.content().getItems().stream().filter(i -> !i.getGoals().isEmpty()).findFirst().orElseThrow();
        String goalName = item.getGoals().get(0).getName();
        workspace.plan().getGoals().forEach(goal -> goal.setName("renamed, then reverted"));
        assertThat(workspace.unsavedParts()).containsOnlyKeys(WorkspacePart.PLAN);
        // only the candidate parts are serialized and compared
        assertThat(workspace.unsavedParts(java.util.EnumSet.of(WorkspacePart.CONTENT, WorkspacePart.ANALYTICS))).isEmpty();
        assertThat(workspace.unsavedParts(java.util.EnumSet.of(WorkspacePart.PLAN)).get(WorkspacePart.PLAN))
                .isEqualTo(workspace.unsavedParts().get(WorkspacePart.PLAN));

        workspace.revert();
        assertThat(workspace.unsavedParts()).isEmpty();
        assertThat(workspace.plan().getGoals()).extracting(g -> g.getName()).doesNotContain("renamed, then reverted");
        // the content part was not reloaded; its references resolve to the reloaded goals
        assertThat(item.getGoals().get(0).getName()).isEqualTo(goalName);
        assertThat(item.getGoals().get(0).eResource()).isSameAs(workspace.resource(WorkspacePart.PLAN));
    }

    @Test
    void aSnapshotTornByACrashFallsBackToThePreviousOneAndADamagedOneIsIgnored() throws Exception {
        Path folder = demo();
        ChorusWorkspace workspace = ChorusWorkspace.open(folder);
        WorkspaceRecovery recovery = new WorkspaceRecovery(folder);
        workspace.plan().setDescription("first");
        recovery.write(workspace.unsavedParts());
        // a crash while writing the next snapshot: its part file is there, its manifest is not
        Files.writeString(recovery.folder().resolve("plan.2.recovered"), "<half written");
        WorkspaceRecovery.Snapshot snapshot = recovery.find().orElseThrow();
        assertThat(ChorusWorkspace.open(folder, snapshot.parts()).plan().getDescription()).isEqualTo("first");

        workspace.plan().setDescription("second");
        recovery.write(workspace.unsavedParts());
        assertThat(ChorusWorkspace.open(folder, recovery.find().orElseThrow().parts()).plan().getDescription())
                .isEqualTo("second");
        try (var files = Files.list(recovery.folder())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("recovery.properties",
                    "plan.2.recovered");
        }

        // bytes that do not match the manifest's digest are never restored
        Files.writeString(recovery.folder().resolve("plan.2.recovered"), "tampered");
        assertThat(recovery.find()).isEmpty();

        // nothing unsaved: the snapshot goes away
        recovery.write(Map.of());
        assertThat(recovery.find()).isEmpty();
        assertThat(ChorusWorkspace.open(folder).plan().getDescription()).isNotEqualTo("second");
    }
}
