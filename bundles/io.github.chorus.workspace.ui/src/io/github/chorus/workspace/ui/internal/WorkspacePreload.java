// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.workspace.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.eclipse.e4.core.di.annotations.Execute;

import io.github.chorus.workspace.ChorusWorkspace;
import io.github.chorus.workspace.WorkspaceRecovery;
import io.github.chorus.workspace.ui.WorkspaceSession;

/**
 * Opens the workbench's workspace on a background thread while the workbench builds its window,
 * so that neither the first window nor the UI thread waits for the files to be read (an agency
 * workspace takes seconds). The first {@link WorkspaceSession#of} takes the result.
 * <p>
 * It runs as an e4 model processor, the earliest point at which a bundle takes part in the
 * workbench's start; it changes nothing in the model. When a crashed session left unsaved edits,
 * nothing is opened here: the user is first asked, on the UI thread, whether to restore them.
 * </p>
 */
public final class WorkspacePreload {

	/** A workspace being opened in the background, and its folder. */
	private record Opening(Path folder, Future<ChorusWorkspace> workspace) {
	}

	private static Opening opening;

	/** Starts opening the workspace at the workbench's instance location. */
	@Execute
	public void start() {
		start(Autosave.workbenchFolder());
	}

	/**
	 * Starts opening the workspace in a folder, creating it first when the folder holds none,
	 * unless a crashed session left unsaved edits there.
	 *
	 * @param workspaceFolder the folder
	 */
	public static synchronized void start(Path workspaceFolder) {
		if (opening != null) {
			return;
		}
		if (ChorusWorkspace.isWorkspace(workspaceFolder) && new WorkspaceRecovery(workspaceFolder).find().isPresent()) {
			return;
		}
		CompletableFuture<ChorusWorkspace> result = new CompletableFuture<>();
		Thread thread = new Thread(() -> {
			try {
				result.complete(WorkspaceSession.openOrCreate(workspaceFolder));
			} catch (IOException | RuntimeException | Error e) {
				result.completeExceptionally(e);
			}
		}, "Chorus workspace opening"); //$NON-NLS-1$
		thread.setDaemon(true);
		thread.start();
		opening = new Opening(workspaceFolder, result);
	}

	/**
	 * Takes the workspace opened in the background, waiting for it when it is still being read.
	 * It is handed out once.
	 *
	 * @param workspaceFolder the folder the caller wants
	 * @return the workspace, or {@code null} when none was started for that folder
	 * @throws IOException when opening it failed
	 */
	public static ChorusWorkspace take(Path workspaceFolder) throws IOException {
		Future<ChorusWorkspace> started;
		synchronized (WorkspacePreload.class) {
			if (opening == null || !workspaceFolder.equals(opening.folder())) {
				return null;
			}
			started = opening.workspace();
			opening = null;
		}
		try {
			return started.get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while opening the workspace in " + workspaceFolder, e); //$NON-NLS-1$
		} catch (ExecutionException e) {
			if (e.getCause() instanceof IOException io) {
				throw io;
			}
			if (e.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException(e.getCause());
		}
	}
}
