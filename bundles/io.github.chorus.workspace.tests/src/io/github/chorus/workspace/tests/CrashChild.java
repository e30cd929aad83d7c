// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.workspace.tests;

import java.nio.file.Path;

import io.github.chorus.analytics.model.ObservationBlock;
import io.github.chorus.workspace.ChorusWorkspace;

/**
 * The process that {@link CrashTest} kills: opens a workspace and saves revision after
 * revision until it is killed. Runs outside OSGi, on a plain class path.
 */
public final class CrashChild {

    private CrashChild() {
    }

    /** Makes {@code workspace} the state of revision {@code revision}, touching every file. */
    static void applyRevision(ChorusWorkspace workspace, int revision) {
        String label = "rev " + revision;
        workspace.plan().setDescription(label);
        workspace.content().setDescription(label);
        workspace.community().setDescription(label);
        workspace.analytics().setDescription(label);
        workspace.content().getItems().get(0).setIdea("idea of " + label);
        workspace.community().getThreads().get(0).getMessages().get(0).setText("text of " + label);
        workspace.analytics().getSeries().get(0)
                .setObservations(ObservationBlock.of(new long[] { 1_700_000_000L, 1_700_086_400L }, new double[] { revision, 2.5 * revision }));
    }

    static int revisionOf(ChorusWorkspace workspace) {
        return Integer.parseInt(workspace.plan().getDescription().substring("rev ".length()));
    }

    public static void main(String[] args) throws Exception {
        ChorusWorkspace workspace = ChorusWorkspace.open(Path.of(args[0]));
        if (!workspace.problems().isEmpty()) {
            System.out.println("problems " + workspace.problems());
            System.exit(3);
        }
        int revision = revisionOf(workspace);
        System.out.println("ready " + revision);
        System.out.flush();
        while (true) {
            revision++;
            applyRevision(workspace, revision);
            workspace.save();
            System.out.println("saved " + revision);
            System.out.flush();
            if (System.out.checkError()) {
                System.exit(4); // nobody listens any more: never outlive the test
            }
        }
    }
}
