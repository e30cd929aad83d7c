// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.publishing.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;

import io.github.chorus.channels.accounts.AccountDirectory;
import io.github.chorus.content.model.AttemptOutcome;
import io.github.chorus.content.model.ContentLibrary;
import io.github.chorus.content.model.PublicationState;
import io.github.chorus.content.model.PublishAttempt;
import io.github.chorus.content.model.ScheduledPublication;
import io.github.chorus.content.model.Variant;
import io.github.chorus.publishing.PublicationOutcomes;
import io.github.chorus.publishing.PublishingSettings;
import io.github.chorus.publishing.ui.internal.OutboxRow.Status;
import io.github.chorus.workspace.ChorusWorkspace;
import io.github.chorus.workspace.WorkspacePart;
import io.github.chorus.workspace.ui.WorkspaceSession;

/**
 * The workbench side of publishing, one per workbench: it runs Publish Due Now, keeps the session's model
 * in step with what publishers write to disk, computes the Outbox's rows and raises a notification for
 * each failure.
 * <p>
 * <b>Who writes the model.</b> The UI thread owns the session's model (the editors, views and the command
 * stack read and change it there). A publisher never touches it: Publish Due Now runs the engine of
 * {@code chorus publish --once} in a {@link PublishDueJob} on a copy of the workspace read from disk, in its
 * own thread, and saves that copy (before and after each network call, as always). This monitor then, on
 * the UI thread, notices the changed files (one {@code stat} per file every {@value #POLL_MILLIS} ms, and
 * at once after each of the job's outcomes) and merges them into the session:
 * </p>
 * <ul>
 * <li>the outcomes of publications (attempts, state, remote id and link) are copied into the session's
 * objects directly, outside the command stack: they are facts from the network, not undoable edits;</li>
 * <li>with no unsaved edits, the file is then taken as the session's saved version when the model equals
 * it, and otherwise (another program changed more than outcomes) the part is loaded again;</li>
 * <li>with unsaved edits, changes made by this workbench's own job are taken as merged (the next save
 * writes the edits and the outcomes); changes by another program (a {@code chorus publish --daemon},
 * another workbench) make the user choose between loading the files again and keeping the edits, as
 * Eclipse does for a file changed on the file system. The outcomes are merged either way, so no
 * publication state is lost.</li>
 * </ul>
 * <p>
 * A save that would overwrite a file changed on disk since the session read it is refused by the
 * workspace itself ({@link io.github.chorus.workspace.ChangedOnDiskException}).
 * </p>
 */
public final class OutboxMonitor {

	/** How often the files are checked, in milliseconds. */
	static final int POLL_MILLIS = 1500;
	/** Preference: publish due posts automatically while the workbench is open. */
	static final String PREF_AUTO = "autoPublish"; //$NON-NLS-1$
	/** Preference: minutes between automatic passes. */
	static final String PREF_AUTO_MINUTES = "autoPublishMinutes"; //$NON-NLS-1$
	static final String PREFERENCE_NODE = "io.github.chorus.publishing.ui"; //$NON-NLS-1$

	private final IWorkbench workbench;
	private final WorkspaceSession session;
	private final Display display;
	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
	private final Set<String> notifiedAttempts = new HashSet<>();
	private List<OutboxRow> rows = List.of();
	private PublishDueJob job;
	private Instant lastAutomaticPass = Instant.now();
	private boolean checking;
	private boolean refreshPending;
	private Instant nextClockChange;
	/** The files besides the model that the rows depend on, as they were when the rows were made. */
	private List<Object> inputs = List.of();
	private String lastProblem;

	private OutboxMonitor(IWorkbench workbench, WorkspaceSession session) {
		this.workbench = workbench;
		this.session = session;
		this.display = workbench.getDisplay();
		for (ScheduledPublication publication : PublicationOutcomes.byId(session.workspace().content()).values()) {
			if (needsTheUser(publication)) {
				notifiedAttempts.add(lastAttempt(publication).getId()); // failures from before this session
			}
		}
		session.addDirtyListener(this::refreshSoon);
		session.addReloadListener(this::refreshSoon);
		refresh();
		display.timerExec(POLL_MILLIS, this::tick);
	}

	/**
	 * @param workbench the workbench
	 * @return the monitor of the workbench's session, started on first use
	 */
	public static OutboxMonitor of(IWorkbench workbench) {
		IEclipseContext context = workbench.getService(MApplication.class).getContext();
		OutboxMonitor monitor = context.getLocal(OutboxMonitor.class);
		if (monitor == null) {
			monitor = new OutboxMonitor(workbench, WorkspaceSession.of(workbench));
			context.set(OutboxMonitor.class, monitor);
		}
		return monitor;
	}

	/** @return the session */
	WorkspaceSession session() {
		return session;
	}

	/** @return the rows as of the last refresh */
	List<OutboxRow> rows() {
		return rows;
	}

	/** @return the number of rows with the given status */
	long count(Status status) {
		return rows.stream().filter(row -> row.status() == status).count();
	}

	/** @return whether Publish Due Now is running */
	boolean isPublishing() {
		return job != null;
	}

	/** @return the last problem met while merging changes from disk, or {@code null} */
	String lastProblem() {
		return lastProblem;
	}

	/** @param listener run on the UI thread whenever the rows may have changed */
	void addListener(Runnable listener) {
		listeners.add(listener);
	}

	/** @param listener a listener added before */
	void removeListener(Runnable listener) {
		listeners.remove(listener);
	}

	/** Refreshes once after a burst of edits (typing in the composer is one command per pause). */
	private void refreshSoon() {
		if (!refreshPending) {
			refreshPending = true;
			display.timerExec(300, () -> {
				refreshPending = false;
				refresh();
			});
		}
	}

	/** Computes the rows again and tells the listeners. */
	void refresh() {
		inputs = inputs();
		OutboxRows.Rows made = OutboxRows.of(session.workspace(), Instant.now());
		rows = made.rows();
		nextClockChange = made.nextClockChange();
		for (Runnable listener : listeners) {
			listener.run();
		}
	}

	/**
	 * Computes the rows again when they may have changed without an edit: the clock made a queued
	 * post due or ended a retry's wait, or the publishing settings or the connected accounts changed
	 * on disk (edits and reloads refresh the rows at once). An agency's outbox has 100,000s of rows:
	 * making them is a pause of the UI, not to be spent on a timer.
	 */
	private void refreshIfStale() {
		if (nextClockChange != null && !Instant.now().isBefore(nextClockChange) || !inputs().equals(inputs)) {
			refresh();
		}
	}

	/** The publishing settings file and the accounts file: their modification times and sizes. */
	private List<Object> inputs() {
		List<Object> stamps = new ArrayList<>();
		for (Path file : List.of(session.workspace().folder().resolve(PublishingSettings.FILE_NAME),
				new AccountDirectory(session.workspace().folder()).file())) {
			try {
				BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
				stamps.add(attributes.lastModifiedTime());
				stamps.add(attributes.size());
			} catch (IOException e) {
				stamps.add(e.getClass()); // missing: the defaults
			}
		}
		return stamps;
	}

	/**
	 * Starts Publish Due Now, unless it is running already. What is published is what is saved: the caller
	 * asks the user to save first.
	 *
	 * @return the job, or {@code null} when one is running already
	 */
	PublishDueJob publishDueNow() {
		if (job != null) {
			return null;
		}
		PublishDueJob started = new PublishDueJob(session.workspace().folder(), (int) count(Status.DUE)
				+ (int) count(Status.PUBLISHING), () -> display.asyncExec(this::checkNow));
		started.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				IStatus result = event.getResult();
				display.asyncExec(() -> {
					checkNow(); // the job's last saves, still merged as its own
					job = null;
					refresh();
					if (result != null && result.getSeverity() == IStatus.WARNING && !display.isDisposed()) {
						IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
						lastProblem = result.getMessage();
						MessageDialog.openInformation(window == null ? null : window.getShell(), Messages.Job_name,
								result.getMessage());
					}
				});
			}
		});
		job = started;
		started.schedule();
		refresh();
		return started;
	}

	private void tick() {
		if (display.isDisposed() || workbench.isClosing()) {
			return;
		}
		checkNow();
		publishAutomaticallyWhenDue();
		refreshIfStale();
		display.timerExec(POLL_MILLIS, this::tick);
	}

	private void publishAutomaticallyWhenDue() {
		IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(PREFERENCE_NODE);
		if (!preferences.getBoolean(PREF_AUTO, false) || job != null) {
			return;
		}
		int minutes = Math.max(1, preferences.getInt(PREF_AUTO_MINUTES, 5));
		if (Duration.between(lastAutomaticPass, Instant.now()).toMinutes() < minutes) {
			return;
		}
		lastAutomaticPass = Instant.now();
		refresh();
		if (count(Status.DUE) > 0) {
			publishDueNow();
		}
	}

	/** Merges what publishers (this workbench's job or another process) saved to disk since the last check. */
	void checkNow() {
		if (checking || display.isDisposed()) {
			return;
		}
		checking = true;
		try {
			merge();
		} catch (IOException | RuntimeException e) {
			lastProblem = e.getMessage();
			ILog.of(OutboxMonitor.class).warn("Cannot merge the workspace files changed on disk: " + e.getMessage(), e); //$NON-NLS-1$
		} finally {
			checking = false;
		}
	}

	private void merge() throws IOException {
		ChorusWorkspace workspace = session.workspace();
		List<WorkspacePart> changed = workspace.changedOnDisk();
		if (changed.isEmpty()) {
			return;
		}
		boolean ownJob = job != null; // the publisher lock keeps other publishers out meanwhile
		List<ChorusWorkspace.DiskVersion> versions = new ArrayList<>();
		for (WorkspacePart part : changed) {
			versions.add(workspace.readDiskVersion(part));
		}
		List<String> merged = new ArrayList<>();
		for (ChorusWorkspace.DiskVersion version : versions) {
			if (version.part() == WorkspacePart.CONTENT && version.root() instanceof ContentLibrary library) {
				merged.addAll(PublicationOutcomes.merge(library, workspace.content(), id -> true));
			}
		}
		boolean dirty = session.isDirty();
		List<WorkspacePart> different = new ArrayList<>();
		for (ChorusWorkspace.DiskVersion version : versions) {
			if (!workspace.acceptDiskVersion(version)) {
				different.add(version.part());
			}
		}
		if (!merged.isEmpty()) {
			session.changedOutsideCommands();
		}
		if (!different.isEmpty()) {
			if (!dirty) {
				session.reload(different); // another program changed more than outcomes
			} else if (!ownJob && askToReload(different)) {
				session.reload(different);
			}
		}
		refresh();
		notifyFailures(merged);
	}

	private boolean askToReload(List<WorkspacePart> parts) {
		String files = String.join(", ", parts.stream() //$NON-NLS-1$
				.map(part -> String.valueOf(session.workspace().file(part).getFileName())).toList());
		IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
		Shell shell = window == null ? null : window.getShell();
		MessageDialog dialog = new MessageDialog(shell, Messages.Changed_title, null,
				NLS.bind(Messages.Changed_message, files, session.workspace().folder()), MessageDialog.QUESTION,
				1, Messages.Changed_reload, Messages.Changed_keep);
		return dialog.open() == 0;
	}

	private void notifyFailures(List<String> mergedIds) {
		if (mergedIds.isEmpty()) {
			return;
		}
		var publications = PublicationOutcomes.byId(session.workspace().content());
		for (String id : mergedIds) {
			ScheduledPublication publication = publications.get(id);
			if (publication == null || !needsTheUser(publication)
					|| !notifiedAttempts.add(lastAttempt(publication).getId())) {
				continue;
			}
			String item = publication.eContainer() instanceof Variant variant
					&& variant.eContainer() instanceof io.github.chorus.content.model.ContentItem contentItem
							? contentItem.getName()
							: id;
			String channel = publication.eContainer() instanceof Variant variant && variant.getChannel() != null
					? variant.getChannel().getName()
					: "?"; //$NON-NLS-1$
			IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
			if (window != null) {
				FailurePopup.open(window.getShell(), NLS.bind(Messages.Popup_title, item),
						NLS.bind(Messages.Popup_text, channel, lastAttempt(publication).getMessage()),
						() -> ShowOutboxHandler.show(window, publication));
			}
		}
	}

	/** @return whether the publication's last attempt asks the user to act: failed, rejected or account paused */
	static boolean needsTheUser(ScheduledPublication publication) {
		PublishAttempt last = lastAttempt(publication);
		if (last == null) {
			return false;
		}
		return publication.getState() == PublicationState.FAILED || last.getOutcome() == AttemptOutcome.REJECTED
				|| last.getOutcome() == AttemptOutcome.AUTH_ERROR;
	}

	private static PublishAttempt lastAttempt(ScheduledPublication publication) {
		return publication.getAttempts().isEmpty() ? null
				: publication.getAttempts().get(publication.getAttempts().size() - 1);
	}
}
