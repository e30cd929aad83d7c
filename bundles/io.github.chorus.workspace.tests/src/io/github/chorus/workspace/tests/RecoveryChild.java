// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.workspace.tests;

import java.nio.file.Path;

import io.github.chorus.workspace.ChorusWorkspace;
import io.github.chorus.workspace.WorkspaceRecovery;

/**
 * The process that {@link RecoveryTest} kills: opens a workspace and, like the workbench's
 * autosave, edits it and writes a recovery snapshot after each edit, never saving, until it
 * is killed. Runs outside OSGi, on a plain class path.
 */
public final class RecoveryChild {

    private RecoveryChild() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        ChorusWorkspace workspace = ChorusWorkspace.open(folder);
        WorkspaceRecovery recovery = new WorkspaceRecovery(folder);
        for (int edit = 1;; edit++) {
            workspace.content().getItems().get(0).setIdea("typed but not saved " + edit);
            recovery.write(workspace.unsavedParts());
            System.out.println("snapshot " + edit);
            System.out.flush();
            if (System.out.checkError()) {
                System.exit(4); // nobody listens any more: never outlive the test
            }
        }
    }
}
