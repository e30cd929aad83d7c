// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.workspace.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.chorus.workspace.ChorusWorkspace;
import io.github.chorus.workspace.WorkspaceRecovery;
import io.github.chorus.workspace.ui.internal.Autosave;
import io.github.chorus.workspace.ui.internal.WorkspacePreload;

/** The workspace opened in the background at start-up (WorkspacePreload). */
class WorkspacePreloadTest {

	@TempDir
	Path folder;

	@BeforeEach
	void nothingPending() throws IOException {
		// the workbench's own start-up opening, should the session not have taken it yet
		WorkspacePreload.take(Autosave.workbenchFolder());
	}

	@Test
	void opensTheWorkspaceOnceAndHandsItToTheFirstTakerOfThatFolder() throws Exception {
		Path workspaceFolder = folder.resolve("agency");
		WorkspacePreload.start(workspaceFolder);

		assertThat(WorkspacePreload.take(folder.resolve("another"))).as("another folder").isNull();
		ChorusWorkspace opened = WorkspacePreload.take(workspaceFolder);
		assertThat(opened).isNotNull();
		assertThat(opened.folder()).isEqualTo(workspaceFolder.toAbsolutePath().normalize());
		assertThat(opened.plan()).as("an empty folder gets the demo workspace").isNotNull();
		assertThat(opened.plan().getName()).isNotBlank();
		assertThat(WorkspacePreload.take(workspaceFolder)).as("handed out once").isNull();
	}

	@Test
	void leavesAWorkspaceWithUnsavedEditsOfACrashToTheRestorePrompt() throws Exception {
		Path workspaceFolder = folder.resolve("crashed");
		WorkspacePreload.start(workspaceFolder);
		ChorusWorkspace workspace = WorkspacePreload.take(workspaceFolder);
		workspace.plan().setName("Edited before the crash");
		new WorkspaceRecovery(workspaceFolder).write(workspace.unsavedParts());
		assertThat(new WorkspaceRecovery(workspaceFolder).find()).as("the crash's snapshot").isPresent();

		WorkspacePreload.start(workspaceFolder);

		assertThat(WorkspacePreload.take(workspaceFolder)).isNull();
	}

	@Test
	void aFolderThatCannotBeOpenedIsReportedToTheTaker() throws Exception {
		Path notAFolder = Files.writeString(folder.resolve("file"), "not a folder");
		WorkspacePreload.start(notAFolder);

		assertThatThrownBy(() -> WorkspacePreload.take(notAFolder)).isInstanceOf(IOException.class);
	}
}
