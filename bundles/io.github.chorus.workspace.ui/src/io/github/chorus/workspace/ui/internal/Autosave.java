// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.workspace.ui.internal;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchListener;
import org.eclipse.ui.PlatformUI;

import io.github.chorus.workspace.ChorusWorkspace;
import io.github.chorus.workspace.WorkspacePart;
import io.github.chorus.workspace.WorkspaceRecovery;
import io.github.chorus.workspace.ui.WorkspaceSession;

/**
 * Autosave for crash recovery: every {@value #INTERVAL_MILLIS} ms, when the session has
 * unsaved edits that changed since the last snapshot, the changed parts are serialized (in
 * the UI thread, where the model lives) and written to the recovery folder (in a background
 * thread). Saving, or undoing back to the saved state, deletes the snapshot; so does a clean
 * exit, where the user has answered the save prompt. After a crash, the next start asks
 * whether to restore the snapshot.
 */
public final class Autosave {

	/** How often unsaved edits are written to the recovery folder. */
	public static final int INTERVAL_MILLIS = 5000;

	private final WorkspaceSession session;
	private final ExecutorService writer = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "Chorus autosave"); //$NON-NLS-1$
		thread.setDaemon(true);
		return thread;
	});
	private int snapshotOf;
	private boolean snapshotExists;

	private Autosave(WorkspaceSession session) {
		this.session = session;
		snapshotOf = session.changeCount();
		snapshotExists = session.isDirty(); // restored edits: their snapshot stays until saved
	}

	/**
	 * Opens the workspace in a folder, first asking whether to restore the unsaved edits a
	 * crashed session left there.
	 *
	 * @param folder the workspace folder
	 * @return the session
	 */
	public static WorkspaceSession openWithRecovery(Path folder) {
		try {
			ChorusWorkspace preloaded = WorkspacePreload.take(folder);
			if (preloaded != null) {
				return WorkspaceSession.open(preloaded, false);
			}
			WorkspaceRecovery recovery = new WorkspaceRecovery(folder);
			Optional<WorkspaceRecovery.Snapshot> snapshot = ChorusWorkspace.isWorkspace(folder) ? recovery.find()
					: Optional.empty();
			if (snapshot.isPresent()) {
				Shell shell = parentShell();
				if (askToRestore(shell, snapshot.get())) {
					ChorusWorkspace restored = ChorusWorkspace.open(folder, snapshot.get().parts());
					return WorkspaceSession.open(restored, true);
				}
				recovery.discard();
			}
			return WorkspaceSession.open(WorkspaceSession.openOrCreate(folder), false);
		} catch (IOException e) {
			throw new IllegalStateException("Cannot open the Chorus workspace in " + folder, e); //$NON-NLS-1$
		}
	}

	/**
	 * @return the folder of the workbench's workspace: the instance location ({@code -data},
	 *         {@code chorus --workspace DIR}), else {@code ~/Chorus}
	 */
	public static Path workbenchFolder() {
		Location location = Platform.getInstanceLocation();
		try {
			return location != null && location.isSet() ? Path.of(location.getURL().toURI())
					: Path.of(System.getProperty("user.home"), "Chorus"); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (URISyntaxException e) {
			return Path.of(location.getURL().getPath());
		}
	}

	/**
	 * The shell to ask over: the active one, else a visible one (the splash screen while the
	 * workbench starts), so that the question is not hidden behind it.
	 */
	private static Shell parentShell() {
		Display display = Display.getCurrent();
		if (display == null) {
			return null;
		}
		Shell active = display.getActiveShell();
		if (active != null) {
			return active;
		}
		for (Shell shell : display.getShells()) {
			if (shell.isVisible()) {
				return shell;
			}
		}
		return null;
	}

	/**
	 * Asks whether to restore the unsaved edits of a session that ended unexpectedly.
	 *
	 * @param shell    the parent shell, or {@code null}
	 * @param snapshot what was found
	 * @return {@code true} to restore, {@code false} to discard
	 */
	public static boolean askToRestore(Shell shell, WorkspaceRecovery.Snapshot snapshot) {
		String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
				.format(snapshot.time().atZone(ZoneId.systemDefault()));
		String parts = snapshot.parts().keySet().stream().map(WorkspacePart::baseName)
				.collect(Collectors.joining(", ")); //$NON-NLS-1$
		MessageDialog dialog = new MessageDialog(shell, Messages.Autosave_title, null,
				NLS.bind(Messages.Autosave_question, when, parts), MessageDialog.QUESTION, 0,
				Messages.Autosave_restore, Messages.Autosave_discard);
		return dialog.open() == 0;
	}

	/**
	 * Starts autosaving a session of the workbench until the workbench shuts down.
	 *
	 * @param session the session
	 */
	public static void start(WorkspaceSession session) {
		Display display = Display.getCurrent();
		if (display == null || !PlatformUI.isWorkbenchRunning()) {
			return;
		}
		Autosave autosave = new Autosave(session);
		display.timerExec(INTERVAL_MILLIS, new Runnable() {
			@Override
			public void run() {
				if (!display.isDisposed() && !PlatformUI.getWorkbench().isClosing()) {
					autosave.tick();
					display.timerExec(INTERVAL_MILLIS, this);
				}
			}
		});
		PlatformUI.getWorkbench().addWorkbenchListener(new IWorkbenchListener() {
			@Override
			public boolean preShutdown(IWorkbench workbench, boolean forced) {
				return true;
			}

			@Override
			public void postShutdown(IWorkbench workbench) {
				autosave.stop();
			}
		});
	}

	/** Writes a snapshot when the unsaved edits changed since the last one. */
	void tick() {
		int changes = session.changeCount();
		if (!session.isDirty()) {
			if (snapshotExists) {
				snapshotExists = false;
				writer.execute(() -> write(Map.of()));
			}
			snapshotOf = changes;
			return;
		}
		if (changes == snapshotOf && snapshotExists) {
			return;
		}
		try {
			Map<WorkspacePart, byte[]> unsaved = session.unsavedParts();
			snapshotOf = changes;
			snapshotExists = !unsaved.isEmpty();
			writer.execute(() -> write(unsaved));
		} catch (IOException | RuntimeException e) {
			ILog.of(Autosave.class).warn("Cannot serialize the unsaved edits for crash recovery", e); //$NON-NLS-1$
		}
	}

	private void write(Map<WorkspacePart, byte[]> unsaved) {
		try {
			session.recovery().write(unsaved);
		} catch (IOException e) {
			ILog.of(Autosave.class).warn("Cannot write the crash recovery snapshot to " //$NON-NLS-1$
					+ session.recovery().folder(), e);
		}
	}

	/** A clean exit: the user answered the save prompt, so the snapshot goes. */
	private void stop() {
		writer.execute(() -> write(Map.of()));
		writer.shutdown();
		try {
			writer.awaitTermination(10, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
