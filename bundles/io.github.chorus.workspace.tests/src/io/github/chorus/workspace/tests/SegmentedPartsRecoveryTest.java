// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.workspace.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.chorus.community.model.MessageThread;
import io.github.chorus.workspace.ChangedOnDiskException;
import io.github.chorus.workspace.ChorusWorkspace;
import io.github.chorus.workspace.WorkspacePart;
import io.github.chorus.workspace.demo.DemoWorkspace;

/**
 * Crash recovery, Don't Save and the guard against another writer, on a part stored in segment
 * files (the community part).
 */
class SegmentedPartsRecoveryTest {

    private static final DemoWorkspace.Options SMALL = new DemoWorkspace.Options(2, 300, 3_000, 2_000, Fixtures.ANCHOR);

    @TempDir
    Path folder;

    private ChorusWorkspace savedWorkspace() throws Exception {
        DemoWorkspace.generate(folder, SMALL).save();
        return ChorusWorkspace.open(folder);
    }

    private static MessageThread middleThread(ChorusWorkspace workspace) {
        return workspace.community().getThreads().get(workspace.community().getThreads().size() / 2);
    }

    private static String subjectOf(ChorusWorkspace workspace, String id) {
        return ((MessageThread) workspace.resource(WorkspacePart.COMMUNITY).getEObject(id)).getSubject();
    }

    @Test
    void anUnsavedEditOfASegmentedPartIsRecoveredAndThenSaved() throws Exception {
        ChorusWorkspace workspace = savedWorkspace();
        assertThat(workspace.unsavedParts()).isEmpty();
        MessageThread thread = middleThread(workspace);
        String saved = thread.getSubject();
        thread.setSubject("edited before the crash");

        Map<WorkspacePart, byte[]> unsaved = workspace.unsavedParts();
        assertThat(unsaved).containsOnlyKeys(WorkspacePart.COMMUNITY);

        ChorusWorkspace recovered = ChorusWorkspace.open(folder, unsaved);
        assertThat(recovered.problems()).isEmpty();
        assertThat(subjectOf(recovered, thread.getId())).isEqualTo("edited before the crash");
        assertThat(subjectOf(ChorusWorkspace.open(folder), thread.getId())).as("the files are untouched")
                .isEqualTo(saved);

        recovered.save();
        assertThat(subjectOf(ChorusWorkspace.open(folder), thread.getId())).isEqualTo("edited before the crash");
        assertThat(recovered.unsavedParts()).isEmpty();
    }

    @Test
    void revertDiscardsAnEditOfASegmentedPart() throws Exception {
        ChorusWorkspace workspace = savedWorkspace();
        MessageThread thread = middleThread(workspace);
        String saved = thread.getSubject();
        thread.setSubject("not to keep");

        workspace.revert();

        assertThat(subjectOf(workspace, thread.getId())).isEqualTo(saved);
        assertThat(workspace.unsavedParts()).isEmpty();
        middleThread(workspace).setSubject("kept after the revert");
        workspace.save();
        assertThat(subjectOf(ChorusWorkspace.open(folder), thread.getId())).isEqualTo("kept after the revert");
    }

    @Test
    void aSegmentAnotherProcessRewroteIsNotOverwritten() throws Exception {
        ChorusWorkspace mine = savedWorkspace();
        ChorusWorkspace theirs = ChorusWorkspace.open(folder);
        String id = middleThread(mine).getId();
        middleThread(theirs).setSubject("theirs");
        theirs.save();
        assertThat(mine.changedOnDisk()).containsExactly(WorkspacePart.COMMUNITY);

        middleThread(mine).setSubject("mine");

        assertThatThrownBy(mine::save).isInstanceOf(ChangedOnDiskException.class);
        assertThat(subjectOf(ChorusWorkspace.open(folder), id)).isEqualTo("theirs");
    }
}
