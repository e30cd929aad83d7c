// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.workspace.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.eclipse.core.runtime.ILog;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.eclipse.ui.services.IServiceLocator;

import io.github.chorus.core.preferences.ChorusPreferences;
import io.github.chorus.workspace.ChorusWorkspace;
import io.github.chorus.workspace.LoadProblem;
import io.github.chorus.workspace.WorkspacePart;
import io.github.chorus.workspace.WorkspaceRecovery;
import io.github.chorus.workspace.demo.DemoWorkspace;
import io.github.chorus.workspace.ui.internal.Autosave;
import io.github.chorus.workspace.ui.internal.WorkspaceCommandStack;

/**
 * The Chorus workspace open in the workbench, at the instance location ({@code -data}, or
 * {@code chorus --workspace DIR}). All plan and content files share one resource set because
 * they reference each other, so every editor and view edits through this one editing domain
 * and command stack; Save writes the whole workspace through
 * {@link ChorusWorkspace#save()}, which is atomic.
 * <p>
 * A folder without a workspace gets one on first use: the demo workspace when the folder is
 * empty (apart from the workbench's {@code .metadata}), otherwise an empty workspace.
 * </p>
 * <p>
 * Unsaved edits are never lost silently: every few seconds while there are some, the changed
 * parts are written to the workspace's {@link WorkspaceRecovery recovery folder} (never over
 * the saved files); after a crash the next start offers to restore them. Discarding the
 * unsaved edits ("Don't Save") really reverts them in memory, so that no other editor or later
 * save carries them.
 * </p>
 *
 * @since 0.1
 * @noextend This class is not intended to be subclassed by clients.
 */
public final class WorkspaceSession {

	private final ChorusWorkspace workspace;
	private final ComposedAdapterFactory adapterFactory;
	private final AdapterFactoryEditingDomain domain;
	private final WorkspaceCommandStack commandStack = new WorkspaceCommandStack();
	private final List<Runnable> dirtyListeners = new CopyOnWriteArrayList<>();
	private final List<Runnable> reloadListeners = new CopyOnWriteArrayList<>();
	private final WorkspaceSaveable saveable;
	private final WorkspaceRecovery recovery;
	/** Edits restored after a crash: unsaved, but not on the command stack. */
	private boolean restored;
	private int changes;
	/** The parts that commands changed since the last save. */
	private final Set<WorkspacePart> touched = EnumSet.noneOf(WorkspacePart.class);

	private WorkspaceSession(ChorusWorkspace workspace, boolean restored) {
		this.workspace = workspace;
		this.restored = restored;
		// the community and analytics parts are read on first use: their problems are found then
		workspace.addProblemListener(problem -> ILog.of(WorkspaceSession.class).warn("Cannot load " + problem)); //$NON-NLS-1$
		recovery = new WorkspaceRecovery(workspace.folder());
		adapterFactory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
		adapterFactory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
		adapterFactory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
		domain = new AdapterFactoryEditingDomain(adapterFactory, commandStack, workspace.resourceSet());
		// Lets item property descriptors (the Properties view) find the domain and edit undoably.
		workspace.resourceSet().eAdapters().add(new AdapterFactoryEditingDomain.EditingDomainProvider(domain));
		commandStack.addCommandStackListener(event -> {
			changes++;
			touch(commandStack.getMostRecentCommand());
			fireDirty();
		});
		saveable = new WorkspaceSaveable(this);
	}

	/**
	 * Opens a session on a workspace folder without a workbench (for tests and tools): no
	 * recovery prompt and no autosave.
	 *
	 * @param workspace the workspace
	 * @param restored  whether the workspace holds edits restored from its recovery folder
	 * @return the session
	 */
	public static WorkspaceSession open(ChorusWorkspace workspace, boolean restored) {
		return new WorkspaceSession(workspace, restored);
	}

	/**
	 * Returns the session of the workbench, opening the workspace at the instance location on
	 * first use.
	 *
	 * @param locator the workbench, a window or a part site
	 * @return the session
	 * @throws IllegalStateException when the workspace folder cannot be opened or created
	 */
	public static WorkspaceSession of(IServiceLocator locator) {
		MApplication application = locator.getService(MApplication.class);
		IEclipseContext context = application.getContext();
		WorkspaceSession session = context.getLocal(WorkspaceSession.class);
		if (session == null) {
			session = Autosave.openWithRecovery(Autosave.workbenchFolder());
			context.set(WorkspaceSession.class, session);
			Autosave.start(session);
		}
		return session;
	}

	/**
	 * Opens the workspace in a folder, creating it first when the folder holds none.
	 *
	 * @param folder the folder
	 * @return the workspace
	 * @throws IOException when the folder cannot be read or written
	 */
	public static ChorusWorkspace openOrCreate(Path folder) throws IOException {
		Files.createDirectories(folder);
		if (!ChorusWorkspace.isWorkspace(folder)) {
			ChorusWorkspace created;
			if (isEmpty(folder)) {
				created = DemoWorkspace.generate(folder, DemoWorkspace.Options.defaults(LocalDate.now()));
			} else {
				created = ChorusWorkspace.createEmpty(folder, folder.getFileName().toString(),
						ChorusPreferences.newWorkspaceTimeZone().getId());
			}
			created.save();
		}
		ChorusWorkspace workspace = ChorusWorkspace.open(folder);
		for (LoadProblem problem : workspace.problems()) {
			ILog.of(WorkspaceSession.class).warn("Cannot load " + problem); //$NON-NLS-1$
		}
		return workspace;
	}

	private static boolean isEmpty(Path folder) throws IOException {
		try (Stream<Path> entries = Files.list(folder)) {
			return entries.allMatch(entry -> entry.getFileName().toString().startsWith(".")); //$NON-NLS-1$
		}
	}

	/** @return the workspace */
	public ChorusWorkspace workspace() {
		return workspace;
	}

	/** @return the editing domain shared by all editors and views */
	public AdapterFactoryEditingDomain domain() {
		return domain;
	}

	/** @return the item provider adapter factory for labels, content and properties */
	public AdapterFactory adapterFactory() {
		return adapterFactory;
	}

	/** @return the saveable the workbench asks about when the last part using it closes */
	public WorkspaceSaveable saveable() {
		return saveable;
	}

	/** @return whether there are edits that are not saved */
	public boolean isDirty() {
		return restored || commandStack.isSaveNeeded();
	}

	/**
	 * Notes the parts a command (done, undone or redone) changed. An object outside any
	 * resource (deleted, say) does not tell its part: then every part counts as changed.
	 */
	private void touch(Command command) {
		if (command == null) {
			return;
		}
		for (Object affected : command.getAffectedObjects()) {
			WorkspacePart part = affected instanceof EObject object && object.eResource() != null
					? workspace.partOf(object.eResource()) : null;
			if (part == null) {
				touched.addAll(EnumSet.allOf(WorkspacePart.class));
				return;
			}
			touched.add(part);
		}
	}

	/**
	 * Serializes the parts with unsaved edits (for crash recovery): only the parts that
	 * commands touched since the last save are written out.
	 *
	 * @return the serialized content of each changed part
	 * @throws IOException when a part cannot be serialized
	 */
	public Map<WorkspacePart, byte[]> unsavedParts() throws IOException {
		return workspace.unsavedParts(restored ? EnumSet.allOf(WorkspacePart.class) : EnumSet.copyOf(touched));
	}

	/** @return the recovery folder of the workspace */
	public WorkspaceRecovery recovery() {
		return recovery;
	}

	/**
	 * @return a number that changes with every command, undo and redo, so that autosave can
	 *         tell whether anything happened since its last snapshot
	 */
	public int changeCount() {
		return changes;
	}

	/**
	 * Discards the unsaved edits ("Don't Save"): undoes the commands since the last save, or,
	 * when that is not possible (edits restored after a crash, a save point no longer on the
	 * stack), reloads the changed parts from their files; the command stack is then emptied
	 * and open editors on reloaded objects close. Deletes the recovery snapshot.
	 *
	 * @throws IOException when a file cannot be read again
	 */
	public void discardUnsavedEdits() throws IOException {
		if (restored || !commandStack.revertToSavePoint()) {
			workspace.revert();
			commandStack.flush();
			restored = false;
			touched.clear();
			changes++;
			fireDirty();
		}
		recovery.discard();
	}

	/**
	 * Saves the whole workspace atomically and marks the command stack as saved.
	 *
	 * @throws IOException when the files cannot be written; the files on disk then are the
	 *                     previous ones and the edits stay in memory
	 */
	public void save() throws IOException {
		workspace.save();
		commandStack.saveIsDone();
		restored = false;
		touched.clear();
		try {
			recovery.discard();
		} catch (IOException e) {
			ILog.of(WorkspaceSession.class).warn("Cannot delete the recovery snapshot in " + recovery.folder(), e); //$NON-NLS-1$
		}
		fireDirty();
	}

	/**
	 * Loads parts again from their files, after another process changed them. The undo history is
	 * dropped (its commands refer to the replaced objects); editors whose object is gone close, and
	 * reload listeners show the new objects. Call it on the UI thread.
	 *
	 * @param parts the parts to load again
	 */
	public void reload(java.util.Collection<io.github.chorus.workspace.WorkspacePart> parts) {
		for (io.github.chorus.workspace.WorkspacePart part : parts) {
			workspace.reload(part);
		}
		commandStack.flush();
		for (Runnable listener : reloadListeners) {
			listener.run();
		}
		fireDirty();
	}

	/**
	 * Tells editors and views that the model changed outside the command stack (for example publication
	 * outcomes merged from a publisher): such changes are facts, not undoable edits. Call it on the UI
	 * thread.
	 */
	public void changedOutsideCommands() {
		fireDirty();
	}

	/**
	 * @param listener run on the UI thread after {@link #reload} replaced parts of the model
	 */
	public void addReloadListener(Runnable listener) {
		reloadListeners.add(listener);
	}

	/**
	 * @param listener a listener added before
	 */
	public void removeReloadListener(Runnable listener) {
		reloadListeners.remove(listener);
	}

	/**
	 * @param object an object of the workspace
	 * @return the same object found again by its URI, for inputs that outlive a reload
	 */
	public EObject resolve(org.eclipse.emf.common.util.URI uri) {
		return workspace.resourceSet().getEObject(uri, false);
	}

	/**
	 * @param listener run in the caller's thread after each command and each save
	 */
	public void addDirtyListener(Runnable listener) {
		dirtyListeners.add(listener);
	}

	/**
	 * @param listener a listener added before
	 */
	public void removeDirtyListener(Runnable listener) {
		dirtyListeners.remove(listener);
	}

	private void fireDirty() {
		for (Runnable listener : dirtyListeners) {
			listener.run();
		}
	}
}
