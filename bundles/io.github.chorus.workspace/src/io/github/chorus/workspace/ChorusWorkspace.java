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
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
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
import io.github.chorus.workspace.internal.DiskGuard;
import io.github.chorus.workspace.internal.Resources;

/**
 * A Chorus workspace: a folder with one file per {@link WorkspacePart}, loaded into one
 * resource set. References between the files use the objects' ids, so they survive save and
 * load, and moving the folder.
 * <p>
 * Loading never fails as a whole: a file that cannot be read is reported as a
 * {@link LoadProblem} naming the file and place, is left untouched (it is never saved over),
 * and the other files are loaded. Saving is atomic for the workspace as a whole: after a
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
    private final DiskGuard diskGuard = new DiskGuard();

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
     * Opens a workspace folder: repairs an interrupted save, then loads every part it can.
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
        for (WorkspacePart part : WorkspacePart.values()) {
            workspace.load(part, unsaved.get(part));
        }
        return workspace;
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
        return URI.createFileURI(folder.resolve(part.baseName() + "." + format.extension()).toString()); //$NON-NLS-1$
    }

    private void load(WorkspacePart part, byte[] unsaved) {
        StorageFormat format = null;
        for (StorageFormat candidate : StorageFormat.values()) {
            if (Files.isRegularFile(folder.resolve(part.baseName() + "." + candidate.extension()))) { //$NON-NLS-1$
                format = candidate;
                break;
            }
        }
        if (format == null) {
            format = DEFAULT_FORMATS.get(part);
            Path missing = folder.resolve(part.baseName() + "." + format.extension()); //$NON-NLS-1$
            fail(part, format, new LoadProblem(missing, -1, -1, -1, "the file is missing")); //$NON-NLS-1$
            return;
        }
        Path file = folder.resolve(part.baseName() + "." + format.extension()); //$NON-NLS-1$
        Resource resource = resourceSet.createResource(uri(part, format));
        resources.put(part, resource);
        formats.put(part, format);
        byte[] saved;
        diskGuard.remember(file);
        try {
            saved = Files.readAllBytes(file);
        } catch (IOException e) {
            fail(part, format, new LoadProblem(file, -1, -1, -1, "cannot read the file: " + e)); //$NON-NLS-1$
            return;
        }
        byte[] bytes = unsaved == null ? saved : unsaved;
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
        savedDigests.put(part, digest(saved));
    }

    /**
     * Records a problem and replaces the part's resource by an empty one that counts as
     * loaded: references into it stay unresolved proxies instead of re-reading a broken file
     * on every resolution, and {@link #save()} never writes it.
     */
    private void fail(WorkspacePart part, StorageFormat format, LoadProblem problem) {
        problems.put(part, problem);
        Resource broken = resources.get(part);
        if (broken != null) {
            resourceSet.getResources().remove(broken);
        }
        if (resourceSet instanceof ResourceSetImpl impl && impl.getURIResourceMap() != null) {
            impl.getURIResourceMap().remove(uri(part, format));
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
            return new LoadProblem(file, -1, -1, offset, "corrupt binary data (" + clean(message) + ")"); //$NON-NLS-1$ //$NON-NLS-2$
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
     * Parts that could not be loaded are never written, so their files stay untouched.
     *
     * @throws ChangedOnDiskException when a file to write was replaced on disk by another process since
     *                                 this workspace loaded or saved it; nothing is written
     * @throws IOException             when writing fails; the files on disk then are the previous ones
     */
    public void save() throws IOException {
        Files.createDirectories(folder);
        Map<WorkspacePart, byte[]> unsaved = unsavedParts();
        Map<Path, byte[]> changed = new LinkedHashMap<>();
        Map<WorkspacePart, byte[]> digests = new EnumMap<>(WorkspacePart.class);
        unsaved.forEach((part, bytes) -> {
            changed.put(file(part), bytes);
            digests.put(part, digest(bytes));
        });
        List<Path> changedOnDisk = diskGuard.changed(changed.keySet(), this::savedDigest, ChorusWorkspace::digest);
        if (!changedOnDisk.isEmpty()) {
            throw new ChangedOnDiskException(changedOnDisk);
        }
        AtomicCommit.commit(folder, changed);
        savedDigests.putAll(digests);
        changed.keySet().forEach(diskGuard::remember);
    }

    /**
     * Discards the unsaved changes: reloads every part whose content differs from its file
     * from that file, in the same resources. The objects of a reloaded part are replaced by
     * new ones; references to them from other parts resolve to the new ones.
     *
     * @throws IOException when a file cannot be read; parts reloaded before stay reloaded
     * @since 0.1
     */
    public void revert() throws IOException {
        AtomicCommit.recover(folder);
        for (WorkspacePart part : unsavedParts().keySet()) {
            diskGuard.remember(file(part));
            byte[] bytes = Files.readAllBytes(file(part));
            Resource resource = resources.get(part);
            resource.unload();
            resource.load(new ByteArrayInputStream(bytes), Resources.loadOptions(formats.get(part)));
            savedDigests.put(part, digest(bytes));
        }
    }

    /**
     * Serializes the parts whose content differs from their files (as last loaded or saved),
     * without writing anything: what {@link #save()} would write. Parts that could not be
     * loaded are never included.
     *
     * @return the serialized content of each changed part, in its storage format
     * @throws IOException when a part cannot be serialized
     * @since 0.1
     */
    public Map<WorkspacePart, byte[]> unsavedParts() throws IOException {
        return unsavedParts(EnumSet.allOf(WorkspacePart.class));
    }

    /**
     * Like {@link #unsavedParts()}, but serializes only the given parts: the caller knows the
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
        for (WorkspacePart part : candidates) {
            if (problems.containsKey(part)) {
                continue;
            }
            Resource resource = resources.get(part);
            StorageFormat format = formats.get(part);
            ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
            resource.save(out, Resources.saveOptions(format));
            byte[] bytes = out.toByteArray();
            if (!Arrays.equals(digest(bytes), savedDigests.get(part))) {
                changed.put(part, bytes);
            }
        }
        return changed;
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
            if (!problems.containsKey(part)
                    && !diskGuard.changed(List.of(file(part)), this::savedDigest, ChorusWorkspace::digest).isEmpty()) {
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
     * objects.
     *
     * @param part the part
     */
    public void reload(WorkspacePart part) {
        Resource old = resources.remove(part);
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
        load(part, null);
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
    public Resource resource(WorkspacePart part) {
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

    /** @return the files that could not be loaded, at most one problem per part */
    public List<LoadProblem> problems() {
        return List.copyOf(new ArrayList<>(problems.values()));
    }

    /**
     * @param part a part
     * @return whether the part was loaded (or created) without problem
     */
    public boolean isLoaded(WorkspacePart part) {
        return !problems.containsKey(part);
    }

    /** @return the plan, or {@code null} when it could not be loaded */
    public Plan plan() {
        return root(WorkspacePart.PLAN, Plan.class);
    }

    /** @return the content library, or {@code null} when it could not be loaded */
    public ContentLibrary content() {
        return root(WorkspacePart.CONTENT, ContentLibrary.class);
    }

    /** @return the inbox, or {@code null} when it could not be loaded */
    public Inbox community() {
        return root(WorkspacePart.COMMUNITY, Inbox.class);
    }

    /** @return the analytics store, or {@code null} when it could not be loaded */
    public AnalyticsStore analytics() {
        return root(WorkspacePart.ANALYTICS, AnalyticsStore.class);
    }

    private <T> T root(WorkspacePart part, Class<T> type) {
        Resource resource = resources.get(part);
        if (resource == null || resource.getContents().isEmpty()) {
            return null;
        }
        EObject root = resource.getContents().get(0);
        return type.isInstance(root) ? type.cast(root) : null;
    }
}
