// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.workspace;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.xml.sax.SAXParseException;

import io.github.chorus.analytics.model.AnalyticsStore;
import io.github.chorus.community.model.Inbox;
import io.github.chorus.content.model.ContentLibrary;
import io.github.chorus.analytics.model.AnalyticsFactory;
import io.github.chorus.community.model.CommunityFactory;
import io.github.chorus.content.model.ContentFactory;
import io.github.chorus.plan.model.Plan;
import io.github.chorus.plan.model.PlanFactory;
import io.github.chorus.plan.model.Team;
import io.github.chorus.workspace.internal.AtomicCommit;
import io.github.chorus.workspace.internal.ChangeTracker;
import io.github.chorus.workspace.internal.DiskGuard;
import io.github.chorus.workspace.internal.IdAssigner;
import io.github.chorus.workspace.internal.SegmentedPart;
import io.github.chorus.workspace.internal.Resources;

/**
 * A Chorus workspace: a folder with one file per {@link WorkspacePart}, loaded into one
 * resource set. References between the files use the objects' ids, so they survive save and
 * load, and moving the folder.
 * <p>
 * Loading never fails as a whole: a file that cannot be read is reported as a
 * {@link LoadProblem} naming the file and place, is left untouched (it is never saved over),
 * and the other files are loaded. The bulk parts ({@link WorkspacePart#COMMUNITY} and
 * {@link WorkspacePart#ANALYTICS}: millions of messages and observations) are read on their
 * first use, not by {@link #open}; see {@link #isInMemory}. Saving is atomic for the workspace as a whole: after a
 * crash at any moment, the next {@link #open} sees either the state before or the state after
 * the save, and each replaced file's previous version is kept as {@code <file>.bak}.
 * </p>
 *
 * @since 1.0
 * @noextend This class is not intended to be subclassed by clients.
 */
public final class ChorusWorkspace {

    /**
     * The format of each part in a new workspace: text (XMI) for the plan and the content,
     * which people diff and review and which stay small; binary for the community and
     * analytics bulk (millions of messages and observations), which loads much faster.
     */
    public static final Map<WorkspacePart, StorageFormat> DEFAULT_FORMATS = Collections.unmodifiableMap(new EnumMap<>(
            Map.of(WorkspacePart.PLAN, StorageFormat.XMI, WorkspacePart.CONTENT, StorageFormat.XMI,
                    WorkspacePart.COMMUNITY, StorageFormat.BINARY, WorkspacePart.ANALYTICS, StorageFormat.BINARY)));

    private final Path folder;
    private final ResourceSet resourceSet = Resources.newResourceSet();
    private final Map<WorkspacePart, Resource> resources = new EnumMap<>(WorkspacePart.class);
    private final Map<WorkspacePart, StorageFormat> formats = new EnumMap<>(WorkspacePart.class);
    private final Map<WorkspacePart, byte[]> savedDigests = new EnumMap<>(WorkspacePart.class);
    private final Map<WorkspacePart, LoadProblem> problems = new EnumMap<>(WorkspacePart.class);
    private final Map<WorkspacePart, SegmentedPart> segmented = new EnumMap<>(WorkspacePart.class);
    private final Map<WorkspacePart, Boolean> changedXmi = new EnumMap<>(WorkspacePart.class);
    private final DiskGuard diskGuard = new DiskGuard();
    private final List<Consumer<? super LoadProblem>> problemListeners = new CopyOnWriteArrayList<>();

    /** The parts {@link #open} does not read: they are read on their first use. */
    private static final Set<WorkspacePart> READ_ON_FIRST_USE = Collections
            .unmodifiableSet(EnumSet.of(WorkspacePart.COMMUNITY, WorkspacePart.ANALYTICS));

    /**
     * A text (XMI) part whose root holds more than this many elements in one list is saved in
     * binary from then on: at that size nobody diffs it, and XMI would make opening and saving
     * slow.
     */
    static final int XMI_LIMIT = 2_000;

    private ChorusWorkspace(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    /**
     * Creates a workspace in memory with the given roots; nothing is written until
     * {@link #save()}.
     *
     * @param folder  the workspace folder (created on save when missing)
     * @param formats the format of each part, for example {@link #DEFAULT_FORMATS}
     * @param roots   the root object of each part: a {@link Plan}, {@link ContentLibrary},
     *                {@link Inbox} and {@link AnalyticsStore}
     * @return the workspace
     */
    public static ChorusWorkspace create(Path folder, Map<WorkspacePart, StorageFormat> formats,
            Map<WorkspacePart, ? extends EObject> roots) {
        ChorusWorkspace workspace = new ChorusWorkspace(folder);
        for (WorkspacePart part : WorkspacePart.values()) {
            StorageFormat format = Objects.requireNonNull(formats.get(part), part.name());
            Resource resource = workspace.resourceSet.createResource(workspace.uri(part, format));
            EObject root = Objects.requireNonNull(roots.get(part), part.name());
            resource.getContents().add(root);
            workspace.resources.put(part, resource);
            workspace.formats.put(part, format);
            workspace.alias(part, resource);
            if (format == StorageFormat.BINARY) {
                workspace.segmented.put(part, new SegmentedPart(workspace.path(part, format), resource));
            }
            workspace.changedXmi.put(part, Boolean.TRUE);
            workspace.track(part);
        }
        return workspace;
    }

    /**
     * Creates an empty workspace in memory: a plan with the standard metric and KPI
     * definitions and a team with the standard roles, and empty content, inbox and analytics.
     *
     * @param folder   the workspace folder
     * @param name     the plan name
     * @param timeZone the IANA time zone of the team
     * @return the workspace, not yet saved
     */
    public static ChorusWorkspace createEmpty(Path folder, String name, String timeZone) {
        Plan plan = PlanFactory.eINSTANCE.createPlan();
        plan.setId("plan"); //$NON-NLS-1$
        plan.setName(name);
        plan.setTimeZone(timeZone);
        StandardDefinitions.addTo(plan);
        Team team = PlanFactory.eINSTANCE.createTeam();
        team.setId("team"); //$NON-NLS-1$
        team.setName(name);
        StandardRoles.addTo(team);
        plan.setTeam(team);
        ContentLibrary content = ContentFactory.eINSTANCE.createContentLibrary();
        content.setId("content"); //$NON-NLS-1$
        content.setName(name);
        Inbox inbox = CommunityFactory.eINSTANCE.createInbox();
        inbox.setId("inbox"); //$NON-NLS-1$
        inbox.setName(name);
        AnalyticsStore analytics = AnalyticsFactory.eINSTANCE.createAnalyticsStore();
        analytics.setId("analytics"); //$NON-NLS-1$
        analytics.setName(name);
        return create(folder, DEFAULT_FORMATS, Map.of(WorkspacePart.PLAN, plan, WorkspacePart.CONTENT, content,
                WorkspacePart.COMMUNITY, inbox, WorkspacePart.ANALYTICS, analytics));
    }

    /**
     * Opens a workspace folder: repairs an interrupted save, then loads the plan and the content.
     * The community and analytics parts are not read yet: only the list of their files is, and
     * the versions of those files are remembered (see {@link #changedOnDisk()}). Each is read on
     * its first use: {@link #community()}, {@link #analytics()}, {@link #loadAll()}, the contents
     * of its {@link #resource} or of an object in it, or the resolution of a reference into it.
     * A problem in one of its files is then found at that first use: it is recorded in
     * {@link #problems()} (and told to the {@link #addProblemListener listeners}), and the part
     * is empty and never saved, as for a problem found here.
     *
     * @param folder the workspace folder
     * @return the workspace; see {@link #problems()} for files that could not be read
     * @throws IOException when the folder does not exist or cannot be repaired
     */
    public static ChorusWorkspace open(Path folder) throws IOException {
        return open(folder, Map.of());
    }

    /**
     * Opens a workspace folder with unsaved contents for some parts, as written by
     * {@link #unsavedParts()} (crash recovery): those parts are loaded from the given bytes
     * instead of their files, and count as changed, so that the next {@link #save()} writes
     * them. The files themselves are not touched.
     *
     * @param folder  the workspace folder
     * @param unsaved the unsaved content of some parts
     * @return the workspace; see {@link #problems()} for parts that could not be read
     * @throws IOException when the folder does not exist or cannot be repaired
     * @since 0.1
     */
    public static ChorusWorkspace open(Path folder, Map<WorkspacePart, byte[]> unsaved) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new NoSuchFileException(folder.toString(), null, "not a workspace folder"); //$NON-NLS-1$
        }
        AtomicCommit.recover(folder);
        ChorusWorkspace workspace = new ChorusWorkspace(folder);
        ExecutorService pool = newLoadPool();
        try {
            workspace.loadAll(pool, unsaved);
        } finally {
            pool.shutdownNow();
        }
        return workspace;
    }

    private static ExecutorService newLoadPool() {
        return Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()), runnable -> {
            Thread thread = new Thread(runnable, "chorus-workspace-load"); //$NON-NLS-1$
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Tells whether {@code folder} looks like a workspace (it has a plan file).
     *
     * @param folder a folder
     * @return whether a plan file exists in it
     */
    public static boolean isWorkspace(Path folder) {
        for (StorageFormat format : StorageFormat.values()) {
            if (Files.isRegularFile(folder.resolve(WorkspacePart.PLAN.baseName() + "." + format.extension()))) { //$NON-NLS-1$
                return true;
            }
        }
        return false;
    }

    private URI uri(WorkspacePart part, StorageFormat format) {
        return URI.createFileURI(path(part, format).toString());
    }

    private Path path(WorkspacePart part, StorageFormat format) {
        return folder.resolve(part.baseName() + "." + format.extension()); //$NON-NLS-1$
    }

    /**
     * Makes references written with the part's file name in any format reach its resource, so a
     * part whose format changed (see {@link #XMI_LIMIT}) is still found from older files.
     */
    private void alias(WorkspacePart part, Resource resource) {
        if (resourceSet instanceof ResourceSetImpl impl && impl.getURIResourceMap() != null) {
            for (StorageFormat format : StorageFormat.values()) {
                impl.getURIResourceMap().put(uri(part, format), resource);
            }
        }
    }

    private void track(WorkspacePart part) {
        SegmentedPart store = segmented.get(part);
        Resource resource = resources.get(part);
        new ChangeTracker(notification -> {
            IdAssigner.assignNewIds(notification);
            if (store != null) {
                store.changed(notification);
            } else {
                changedXmi.put(part, Boolean.TRUE);
            }
        }).attach(resource);
    }

    /**
     * Loads every part: text parts and the segments of binary parts are parsed in parallel on
     * {@code pool}; the objects are then linked into their parts here.
     */
    private void loadAll(ExecutorService pool, Map<WorkspacePart, byte[]> unsaved) {
        Map<WorkspacePart, Future<?>> textLoads = new EnumMap<>(WorkspacePart.class);
        List<WorkspacePart> binaryParts = new ArrayList<>();
        for (WorkspacePart part : WorkspacePart.values()) {
            StorageFormat format = createPartResource(part);
            if (format == StorageFormat.XMI) {
                byte[] recovered = unsaved.get(part);
                textLoads.put(part, pool.submit(() -> load(part, recovered)));
            } else if (format != null) {
                binaryParts.add(part);
            }
        }
        for (WorkspacePart part : binaryParts) {
            byte[] recovered = unsaved.get(part);
            if (recovered != null || !READ_ON_FIRST_USE.contains(part) || !defer(part)) {
                load(part, resources.get(part), pool, recovered);
            }
        }
        for (Map.Entry<WorkspacePart, Future<?>> entry : textLoads.entrySet()) {
            try {
                entry.getValue().get();
            } catch (ExecutionException e) {
                WorkspacePart part = entry.getKey();
                fail(part, formats.get(part), new LoadProblem(path(part, formats.get(part)), -1, -1, -1,
                        "cannot read the file: " + e.getCause())); //$NON-NLS-1$
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        for (WorkspacePart part : WorkspacePart.values()) {
            if (!problems.containsKey(part) && isInMemory(part)) {
                track(part);
            }
        }
    }

    /**
     * Finds the file of a part and creates its resource.
     *
     * @return the part's format, or {@code null} when its file is missing (recorded as a problem)
     */
    private StorageFormat createPartResource(WorkspacePart part) {
        StorageFormat format = null;
        for (StorageFormat candidate : StorageFormat.values()) {
            if (Files.isRegularFile(path(part, candidate))) {
                format = candidate;
                break;
            }
        }
        if (format == null) {
            StorageFormat missing = DEFAULT_FORMATS.get(part);
            fail(part, missing, new LoadProblem(path(part, missing), -1, -1, -1, "the file is missing")); //$NON-NLS-1$
            return null;
        }
        Resource resource = resourceSet.createResource(uri(part, format));
        resources.put(part, resource);
        formats.put(part, format);
        alias(part, resource);
        return format;
    }

    /**
     * Loads a binary part: a segmented one, or a single EMF binary file of an older Chorus, or the
     * unsaved content crash recovery kept (a single EMF binary too, see {@link #unsavedParts()}).
     */
    private void load(WorkspacePart part, Resource resource, ExecutorService pool, byte[] unsaved) {
        Path file = path(part, StorageFormat.BINARY);
        byte[] bytes;
        try {
            rememberFiles(part, file);
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            fail(part, StorageFormat.BINARY, new LoadProblem(file, -1, -1, -1, "cannot read the file: " + e)); //$NON-NLS-1$
            return;
        }
        SegmentedPart store = new SegmentedPart(file, resource);
        // crash recovery's copy, or the file of an older Chorus: one plain EMF binary of the whole
        // part, never written as segments, so the next save writes them all
        byte[] whole = unsaved != null ? unsaved : SegmentedPart.isHead(bytes) ? null : bytes;
        if (whole != null) {
            load(part, file, resource, whole);
            synchronized (this) {
                if (!problems.containsKey(part)) {
                    segmented.put(part, store);
                }
            }
            return;
        }
        try {
            store.load(bytes, pool);
        } catch (SegmentedPart.LoadFailure e) {
            resource.getContents().clear(); // what was read before the failure
            fail(part, StorageFormat.BINARY, corruptSegment(e));
            return;
        }
        ((Resources.PartResource) resource).markLoaded();
        synchronized (this) {
            segmented.put(part, store);
        }
    }

    private static LoadProblem corruptSegment(SegmentedPart.LoadFailure failure) {
        return corruptBinary(failure.file(), failure.offset(), failure.getMessage());
    }

    private static LoadProblem corruptBinary(Path file, long offset, String message) {
        return new LoadProblem(file, -1, -1, offset, "corrupt binary data (" + clean(message) + ")"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * Prepares a segmented binary part to be read on its first use: remembers its files for the
     * {@link DiskGuard} and reads the list of its segments from its head, nothing more.
     *
     * @return {@code false} when the part must be loaded now (a plain EMF binary of an older Chorus)
     */
    private boolean defer(WorkspacePart part) {
        Path file = path(part, StorageFormat.BINARY);
        Resources.PartResource resource = (Resources.PartResource) resources.get(part);
        byte[] head;
        try {
            rememberFiles(part, file);
            head = Files.readAllBytes(file);
        } catch (IOException e) {
            fail(part, StorageFormat.BINARY, new LoadProblem(file, -1, -1, -1, "cannot read the file: " + e)); //$NON-NLS-1$
            return true;
        }
        if (!SegmentedPart.isHead(head)) {
            return false;
        }
        SegmentedPart listing = new SegmentedPart(file, resource);
        try {
            listing.readFiles(head);
        } catch (SegmentedPart.LoadFailure e) {
            fail(part, StorageFormat.BINARY, corruptSegment(e));
            return true;
        }
        synchronized (this) {
            segmented.put(part, listing);
        }
        resource.deferLoad(() -> loadOnFirstUse(part, resource));
        return true;
    }

    /**
     * Reads a part {@link #defer deferred} at open, as it is on disk now (another process may have
     * saved it since), then tracks its changes; runs once, on the first thread that uses it.
     */
    private void loadOnFirstUse(WorkspacePart part, Resource resource) {
        synchronized (this) {
            if (resources.get(part) != resource) {
                return; // reloaded since: this resource left the workspace
            }
        }
        ExecutorService pool = newLoadPool();
        try {
            load(part, resource, pool, null);
        } catch (RuntimeException e) {
            resource.getContents().clear();
            fail(part, StorageFormat.BINARY, new LoadProblem(path(part, StorageFormat.BINARY), -1, -1, -1,
                    "cannot read the part: " + e)); //$NON-NLS-1$
        } finally {
            pool.shutdownNow();
        }
        LoadProblem problem;
        synchronized (this) {
            problem = problems.get(part);
        }
        if (problem == null) {
            track(part);
            return;
        }
        ((Resources.PartResource) resource).markLoaded(); // never read again as a plain binary by EMF
        for (Consumer<? super LoadProblem> listener : problemListeners) {
            listener.accept(problem);
        }
    }

    /** Loads a text part, from its file or from the unsaved content crash recovery kept. */
    private void load(WorkspacePart part, byte[] unsaved) {
        Path file = path(part, StorageFormat.XMI);
        byte[] bytes;
        try {
            diskGuard.remember(file);
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            fail(part, StorageFormat.XMI, new LoadProblem(file, -1, -1, -1, "cannot read the file: " + e)); //$NON-NLS-1$
            return;
        }
        if (unsaved == null) {
            load(part, file, resources.get(part), bytes);
            return;
        }
        load(part, file, resources.get(part), unsaved);
        byte[] digest = digest(bytes); // what the file holds, so the recovered part counts as changed
        synchronized (this) {
            savedDigests.put(part, digest);
            changedXmi.put(part, Boolean.TRUE);
        }
    }

    /** Remembers the files of a binary part as they are before it is read, for {@link DiskGuard}. */
    private void rememberFiles(WorkspacePart part, Path head) throws IOException {
        diskGuard.remember(head);
        Path segments = new SegmentedPart(head, resources.get(part)).segmentFolder();
        if (Files.isDirectory(segments)) {
            try (var files = Files.list(segments)) {
                files.forEach(diskGuard::remember);
            }
        }
    }

    private void load(WorkspacePart part, Path file, Resource resource, byte[] bytes) {
        StorageFormat format = formats.get(part);
        Resources.CountingInputStream in = new Resources.CountingInputStream(new ByteArrayInputStream(bytes));
        try {
            resource.load(in, Resources.loadOptions(format));
        } catch (IOException | RuntimeException e) {
            fail(part, format, problemOf(file, format, resource, e, in.count()));
            return;
        }
        if (!resource.getErrors().isEmpty()) {
            fail(part, format, problemOf(file, format, resource, null, -1));
            return;
        }
        if (resource.getContents().isEmpty()) {
            fail(part, format, new LoadProblem(file, -1, -1, -1, "the file has no content")); //$NON-NLS-1$
            return;
        }
        byte[] digest = digest(bytes);
        synchronized (this) {
            savedDigests.put(part, digest);
        }
    }

    /**
     * Records a problem and replaces the part's resource by an empty one that counts as
     * loaded: references into it stay unresolved proxies instead of re-reading a broken file
     * on every resolution, and {@link #save()} never writes it.
     */
    private synchronized void fail(WorkspacePart part, StorageFormat format, LoadProblem problem) {
        problems.put(part, problem);
        segmented.remove(part);
        Resource broken = resources.get(part);
        if (broken != null) {
            resourceSet.getResources().remove(broken);
        }
        if (resourceSet instanceof ResourceSetImpl impl && impl.getURIResourceMap() != null) {
            for (StorageFormat each : StorageFormat.values()) {
                impl.getURIResourceMap().remove(uri(part, each));
            }
        }
        Resource placeholder = new ResourceImpl(uri(part, format)) {
            @Override
            public boolean isLoaded() {
                return true;
            }
        };
        resourceSet.getResources().add(placeholder);
        resources.put(part, placeholder);
        formats.put(part, format);
        alias(part, placeholder);
    }

    private static LoadProblem problemOf(Path file, StorageFormat format, Resource resource, Exception exception,
            long offset) {
        for (Resource.Diagnostic error : resource.getErrors()) {
            String message = error instanceof Exception e && e.getCause() instanceof SAXParseException sax
                    ? sax.getMessage() : error.getMessage();
            return new LoadProblem(file, error.getLine(), error.getColumn(), -1, clean(message));
        }
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SAXParseException sax) {
                return new LoadProblem(file, sax.getLineNumber(), sax.getColumnNumber(), -1, clean(sax.getMessage()));
            }
            if (cause instanceof Resource.Diagnostic diagnostic && diagnostic.getLine() > 0) {
                return new LoadProblem(file, diagnostic.getLine(), diagnostic.getColumn(), -1,
                        clean(diagnostic.getMessage()));
            }
        }
        Throwable root = exception;
        while (root != null && root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root == null ? "unreadable" : root.getMessage() == null ? root.getClass().getSimpleName() //$NON-NLS-1$
                : root.getMessage();
        if (format == StorageFormat.BINARY) {
            return corruptBinary(file, offset, message);
        }
        return new LoadProblem(file, -1, -1, -1, clean(message));
    }

    private static String clean(String message) {
        // EMF appends "(file:..., line, column)", which LoadProblem already says
        return message == null ? "" //$NON-NLS-1$
                : message.replaceAll("\\s*\\(file:[^)]*\\)\\s*$", "").replaceAll("\\s+", " ").strip(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
    }

    /**
     * Saves every part that changed since it was loaded or last saved, atomically as a whole.
     * Only what changed is written: a text part when anything in it changed, and of a binary part
     * the segment files holding the changed objects (and its head file when the part's root or
     * the division into segments changed). A text part that outgrew {@link #XMI_LIMIT} is
     * written in binary from then on, and its text file removed in the same atomic step. Parts
     * that could not be loaded are never written, so their files stay untouched.
     *
     * @throws IOException when writing fails; the files on disk then are the previous ones
     */
    public void save() throws IOException {
        Files.createDirectories(folder);
        Map<Path, byte[]> changed = new LinkedHashMap<>();
        Set<Path> deletions = new LinkedHashSet<>();
        Map<WorkspacePart, byte[]> digests = new EnumMap<>(WorkspacePart.class);
        List<WorkspacePart> switched = new ArrayList<>();
        try {
            for (WorkspacePart part : WorkspacePart.values()) {
                if (problems.containsKey(part) || !isInMemory(part)) {
                    continue; // a part never read is unchanged
                }
                Resource resource = resources.get(part);
                if (formats.get(part) == StorageFormat.XMI && outgrewText(resource)) {
                    deletions.add(path(part, StorageFormat.XMI));
                    formats.put(part, StorageFormat.BINARY);
                    Resource binary = rehome(part, resource);
                    segmented.put(part, new SegmentedPart(path(part, StorageFormat.BINARY), binary));
                    track(part);
                    switched.add(part);
                }
                SegmentedPart store = segmented.get(part);
                if (store != null) {
                    store.prepare(changed, deletions);
                    continue;
                }
                if (!Boolean.TRUE.equals(changedXmi.get(part))) {
                    continue;
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
                resources.get(part).save(out, Resources.saveOptions(StorageFormat.XMI));
                byte[] bytes = out.toByteArray();
                byte[] digest = digest(bytes);
                if (!Arrays.equals(digest, savedDigests.get(part))) {
                    changed.put(path(part, StorageFormat.XMI), bytes);
                }
                digests.put(part, digest);
            }
            List<Path> touched = new ArrayList<>(changed.keySet());
            touched.addAll(deletions);
            List<Path> changedOnDisk = diskGuard.changed(touched, this::savedDigest, ChorusWorkspace::digest);
            if (!changedOnDisk.isEmpty()) {
                throw new ChangedOnDiskException(changedOnDisk);
            }
            AtomicCommit.commit(folder, changed, deletions);
        } catch (IOException | RuntimeException e) {
            for (WorkspacePart part : switched) { // back to text: nothing was committed
                segmented.remove(part);
                formats.put(part, StorageFormat.XMI);
                rehome(part, resources.get(part));
                track(part);
            }
            throw e;
        }
        savedDigests.putAll(digests);
        for (WorkspacePart part : digests.keySet()) {
            changedXmi.put(part, Boolean.FALSE);
        }
        for (SegmentedPart store : segmented.values()) {
            store.committed();
        }
        changed.keySet().forEach(diskGuard::remember);
        deletions.forEach(diskGuard::remember);
    }

    /**
     * Discards the unsaved changes: reloads every part whose content differs from its files
     * from those files, in the same resources. The objects of a reloaded part are replaced by
     * new ones; references to them from other parts resolve to the new ones.
     *
     * @throws IOException when a file cannot be read; parts reloaded before stay reloaded
     * @since 0.1
     */
    public void revert() throws IOException {
        AtomicCommit.recover(folder);
        ExecutorService pool = newLoadPool();
        try {
            for (WorkspacePart part : unsavedCandidates(EnumSet.allOf(WorkspacePart.class))) {
                Resource resource = resources.get(part);
                resource.eAdapters().removeIf(ChangeTracker.class::isInstance);
                resource.unload();
                if (formats.get(part) == StorageFormat.XMI) {
                    load(part, (byte[]) null);
                    changedXmi.put(part, Boolean.FALSE);
                } else {
                    load(part, resource, pool, null);
                }
                LoadProblem problem = problems.get(part);
                if (problem != null) {
                    throw new IOException(problem.describe());
                }
                track(part);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Serializes the parts that changed since they were loaded or last saved, without writing
     * anything: what crash recovery keeps (see {@link #open(Path, Map)}). A text part is its XMI;
     * a binary part is one plain EMF binary of the whole part. Parts that could not be loaded are
     * never included.
     *
     * @return the serialized content of each changed part, in its storage format
     * @throws IOException when a part cannot be serialized
     * @since 0.1
     */
    public Map<WorkspacePart, byte[]> unsavedParts() throws IOException {
        return unsavedParts(EnumSet.allOf(WorkspacePart.class));
    }

    /**
     * Like {@link #unsavedParts()}, but only among the given parts: the caller knows the
     * others did not change (a large community or analytics part is then not written out
     * just because a post changed).
     *
     * @param candidates the parts that may have changed
     * @return the serialized content of each changed part among them
     * @throws IOException when a part cannot be serialized
     * @since 0.1
     */
    public Map<WorkspacePart, byte[]> unsavedParts(Set<WorkspacePart> candidates) throws IOException {
        Map<WorkspacePart, byte[]> changed = new EnumMap<>(WorkspacePart.class);
        for (WorkspacePart part : unsavedCandidates(candidates)) {
            StorageFormat format = formats.get(part);
            ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
            resources.get(part).save(out, Resources.saveOptions(format));
            byte[] bytes = out.toByteArray();
            if (format == StorageFormat.BINARY || !Arrays.equals(digest(bytes), savedDigests.get(part))) {
                changed.put(part, bytes);
            }
        }
        return changed;
    }

    /** The parts among {@code candidates} whose content may differ from their files. */
    private List<WorkspacePart> unsavedCandidates(Set<WorkspacePart> candidates) {
        List<WorkspacePart> parts = new ArrayList<>();
        for (WorkspacePart part : candidates) {
            if (problems.containsKey(part) || !resources.containsKey(part) || !isInMemory(part)) {
                continue; // a part never read is unchanged
            }
            SegmentedPart store = segmented.get(part);
            if (store != null ? store.isDirty() : Boolean.TRUE.equals(changedXmi.get(part))) {
                parts.add(part);
            }
        }
        return parts;
    }


    private static boolean outgrewText(Resource resource) {
        if (resource.getContents().isEmpty()) {
            return false;
        }
        EObject root = resource.getContents().get(0);
        for (EReference reference : root.eClass().getEAllContainments()) {
            if (reference.isMany() && ((List<?>) root.eGet(reference, false)).size() > XMI_LIMIT) {
                return true;
            }
        }
        return false;
    }

    /**
     * Moves a part's objects into a new resource of its current format; the old resource leaves
     * the resource set, and its change tracker with it.
     */
    private Resource rehome(WorkspacePart part, Resource old) {
        Resource moved = resourceSet.createResource(uri(part, formats.get(part)));
        List<EObject> roots = new ArrayList<>(old.getContents());
        List<org.eclipse.emf.common.notify.Adapter> adapters = new ArrayList<>(old.eAdapters());
        old.eAdapters().clear();
        moved.getContents().addAll(roots);
        if (moved instanceof Resources.PartResource binary) {
            binary.markLoaded();
        }
        resourceSet.getResources().remove(old);
        resources.put(part, moved);
        alias(part, moved);
        for (org.eclipse.emf.common.notify.Adapter adapter : adapters) {
            if (!(adapter instanceof ChangeTracker)) {
                moved.eAdapters().add(adapter);
            }
        }
        return moved; // the caller tracks it

    }

    /**
     * @param part a part
     * @return every file that holds the part: its main file and, for a binary part, its segment
     *         files (for a part not read yet, those its head lists; it is not read for this)
     * @since 1.0
     */
    public synchronized List<Path> files(WorkspacePart part) {
        SegmentedPart store = segmented.get(part);
        return store == null ? List.of(file(part)) : store.files();
    }

    private byte[] savedDigest(Path file) {
        for (WorkspacePart part : WorkspacePart.values()) {
            if (formats.get(part) != null && file.equals(file(part))) {
                return savedDigests.get(part);
            }
        }
        return null;
    }

    /**
     * Tells which parts another process replaced on disk since this workspace loaded or saved them (one
     * {@code stat} per file while nothing changed). Parts that could not be loaded are not reported.
     *
     * @return the changed parts
     * @throws IOException when a changed file cannot be read
     */
    public List<WorkspacePart> changedOnDisk() throws IOException {
        List<WorkspacePart> parts = new ArrayList<>();
        for (WorkspacePart part : WorkspacePart.values()) {
            if (!problems.containsKey(part) && formats.containsKey(part)
                    && !diskGuard.changed(files(part), this::savedDigest, ChorusWorkspace::digest).isEmpty()) {
                parts.add(part);
            }
        }
        return parts;
    }

    /**
     * A part's file as it was on disk when {@link #readDiskVersion} read it, loaded into a resource set of
     * its own (references into other parts stay unresolved).
     *
     * @since 0.1
     */
    public static final class DiskVersion {
        private final WorkspacePart part;
        private final EObject root;
        private final byte[] digest;
        private final Object stamp;

        private DiskVersion(WorkspacePart part, EObject root, byte[] digest, Object stamp) {
            this.part = part;
            this.root = root;
            this.digest = digest;
            this.stamp = stamp;
        }

        /** @return the part */
        public WorkspacePart part() {
            return part;
        }

        /** @return the root object read from the file */
        public EObject root() {
            return root;
        }
    }

    /**
     * Reads a part's file as it is on disk now, without touching the part in memory: to merge changes
     * another process saved (see {@link #acceptDiskVersion}).
     *
     * @param part a loaded part
     * @return the version on disk
     * @throws IOException when the file cannot be read or loaded
     */
    public DiskVersion readDiskVersion(WorkspacePart part) throws IOException {
        if (formats.get(part) != StorageFormat.XMI) {
            throw new IOException(part.baseName() + " is stored in segments, which cannot be merged; reload it instead"); //$NON-NLS-1$
        }
        Path file = file(part);
        Object stamp = diskGuard.stampOf(file);
        byte[] bytes = Files.readAllBytes(file);
        Resource resource = Resources.newResourceSet().createResource(uri(part, formats.get(part)));
        resource.load(new ByteArrayInputStream(bytes), Resources.loadOptions(formats.get(part)));
        if (resource.getContents().isEmpty()) {
            throw new IOException(file + " has no content"); //$NON-NLS-1$
        }
        return new DiskVersion(part, resource.getContents().get(0), digest(bytes), stamp);
    }

    /**
     * Takes a version read by {@link #readDiskVersion} as the one this workspace last loaded or saved,
     * without loading it: call it once its changes are merged into memory, or when the user chose to keep
     * the edits in memory and overwrite the file on the next {@link #save()}. A file changed again since
     * it was read still counts as changed.
     *
     * @param version a version of a part's file
     * @return whether the part in memory now is exactly that version (nothing left to save for it)
     * @throws IOException when the part cannot be serialized
     */
    public boolean acceptDiskVersion(DiskVersion version) throws IOException {
        diskGuard.remember(file(version.part), version.stamp);
        savedDigests.put(version.part, version.digest);
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        resources.get(version.part).save(out, Resources.saveOptions(formats.get(version.part)));
        return Arrays.equals(version.digest, digest(out.toByteArray()));
    }

    /**
     * Loads a part again from its file, replacing the part in memory (objects of the old part become
     * proxies that resolve, by id, to the new ones); references from other parts resolve to the new
     * objects. A part not {@link #isInMemory in memory} stays so: it will be read on its first use.
     *
     * @param part the part
     */
    public void reload(WorkspacePart part) {
        boolean wasInMemory = isInMemory(part);
        Resource old = resources.remove(part);
        if (old instanceof Resources.PartResource binary) {
            binary.cancelDeferredLoad();
        }
        if (old != null) {
            old.unload();
            resourceSet.getResources().remove(old);
            if (resourceSet instanceof ResourceSetImpl impl && impl.getURIResourceMap() != null) {
                impl.getURIResourceMap().remove(old.getURI());
            }
        }
        problems.remove(part);
        savedDigests.remove(part);
        formats.remove(part);
        segmented.remove(part);
        changedXmi.remove(part);
        StorageFormat format = createPartResource(part);
        if (format == StorageFormat.XMI) {
            load(part, (byte[]) null);
        } else if (format != null) {
            if (!wasInMemory && READ_ON_FIRST_USE.contains(part) && defer(part)) {
                return;
            }
            ExecutorService pool = newLoadPool();
            try {
                load(part, resources.get(part), pool, null);
            } finally {
                pool.shutdownNow();
            }
        }
        if (!problems.containsKey(part)) {
            track(part);
        }
    }

    private static byte[] digest(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes); //$NON-NLS-1$
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the workspace folder */
    public Path folder() {
        return folder;
    }

    /** @return the resource set holding all parts */
    public ResourceSet resourceSet() {
        return resourceSet;
    }

    /**
     * @param part a part
     * @return its resource (empty when the part could not be loaded)
     */
    public synchronized Resource resource(WorkspacePart part) {
        return resources.get(part);
    }

    /**
     * @param part a part
     * @return the file of the part
     */
    public Path file(WorkspacePart part) {
        return folder.resolve(part.baseName() + "." + formats.get(part).extension()); //$NON-NLS-1$
    }

    /**
     * @param part a part
     * @return its storage format
     */
    public StorageFormat format(WorkspacePart part) {
        return formats.get(part);
    }

    /**
     * @param resource a resource of the workspace's resource set
     * @return the part it holds, or {@code null} when it is not one of the workspace's parts
     * @since 0.1
     */
    public WorkspacePart partOf(Resource resource) {
        for (Map.Entry<WorkspacePart, Resource> entry : resources.entrySet()) {
            if (entry.getValue() == resource) {
                return entry.getKey();
            }
        }
        return null;
    }

    /**
     * The files that could not be loaded so far: those of the parts {@link #open} read, and those
     * of the parts read on first use since (see {@link #isInMemory}). To know the problems of every
     * part, call {@link #loadAll()} first.
     *
     * @return the files that could not be loaded, at most one problem per part
     */
    public synchronized List<LoadProblem> problems() {
        return List.copyOf(new ArrayList<>(problems.values()));
    }

    /**
     * Whether a part was loaded (or created) without problem. A part not read yet (see
     * {@link #isInMemory}) is not read by this question and counts as loaded until its first use
     * finds a problem.
     *
     * @param part a part
     * @return whether no problem is known for the part
     */
    public synchronized boolean isLoaded(WorkspacePart part) {
        return !problems.containsKey(part);
    }

    /**
     * Whether a part is in memory: read (or created, or found unreadable), as opposed to a bulk part
     * that {@link #open} left to be read on its first use. A part not in memory is unchanged:
     * {@link #save()}, {@link #unsavedParts()} and {@link #revert()} leave it alone without reading it.
     *
     * @param part a part
     * @return whether the part is in memory
     * @since 1.0
     */
    public boolean isInMemory(WorkspacePart part) {
        return !(resource(part) instanceof Resources.PartResource binary && binary.isDeferred());
    }

    /**
     * Reads every part not read yet (see {@link #open}), for example before validating the whole
     * workspace; then {@link #problems()} lists the problems of every part.
     *
     * @since 1.0
     */
    public void loadAll() {
        for (WorkspacePart part : WorkspacePart.values()) {
            if (resource(part) instanceof Resources.PartResource binary) {
                binary.loadDeferred();
            }
        }
    }

    /**
     * Tells {@code listener} of each problem found when a part is read on its first use, after
     * {@link #open} returned (the problems found by {@code open} are in {@link #problems()}). It is
     * called on the thread that first used the part.
     *
     * @param listener told of the problem
     * @since 1.0
     */
    public void addProblemListener(Consumer<? super LoadProblem> listener) {
        problemListeners.add(Objects.requireNonNull(listener));
    }

    /** @return the plan, or {@code null} when it could not be loaded */
    public Plan plan() {
        return root(WorkspacePart.PLAN, Plan.class);
    }

    /** @return the content library, or {@code null} when it could not be loaded */
    public ContentLibrary content() {
        return root(WorkspacePart.CONTENT, ContentLibrary.class);
    }

    /** @return the inbox (read now if it was not yet, see {@link #open}), or {@code null} when it could not be loaded */
    public Inbox community() {
        return root(WorkspacePart.COMMUNITY, Inbox.class);
    }

    /**
     * @return the analytics store (read now if it was not yet, see {@link #open}), or {@code null} when it could
     *         not be loaded
     */
    public AnalyticsStore analytics() {
        return root(WorkspacePart.ANALYTICS, AnalyticsStore.class);
    }

    private <T> T root(WorkspacePart part, Class<T> type) {
        Resource resource = resource(part);
        if (resource == null || resource.getContents().isEmpty()) {
            return null;
        }
        EObject root = resource.getContents().get(0);
        return type.isInstance(root) ? type.cast(root) : null;
    }
}
