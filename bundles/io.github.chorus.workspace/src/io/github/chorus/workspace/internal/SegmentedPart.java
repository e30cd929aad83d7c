// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.workspace.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl.EObjectOutputStream.Check;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * A binary workspace part split into files, so that a small edit rewrites a small file.
 * <p>
 * The part's root object is in the <em>head</em> file ({@code <part>.chorusbin}) without the
 * contents of its lists (every many-valued containment of the root, for example the inbox's
 * threads); the elements of each list are in <em>segment</em> files of about
 * {@value #TARGET_BYTES} bytes in the folder {@code <part>.segments}, in list order. The head
 * names the segment files in order. References between files are by id; they are proxies that
 * EMF resolves on first use.
 * </p>
 * <p>
 * A {@link ChangeTracker} tells the part which list elements changed (anywhere inside them) and
 * which lists changed; a save then rewrites only those elements' segments, the head only when
 * the root itself or the list of segments changed. Files are written through
 * {@link AtomicCommit}, so the head and its segments always match.
 * </p>
 * <p>
 * Head format: {@value #MAGIC} (ASCII), a format version (int), the next segment number (int),
 * the number of segments (int), per segment the list feature's name and the file name
 * (modified UTF-8), then the root in EMF's binary format. Segment format: EMF's binary format
 * holding a {@code true} boolean before each element and a {@code false} one at the end.
 * </p>
 */
public final class SegmentedPart {

    /** The first bytes of a head file. */
    public static final String MAGIC = "CHORUS-PART\n"; //$NON-NLS-1$
    /** The size a segment file is cut at. */
    public static final int TARGET_BYTES = 1 << 18;
    private static final int VERSION = 1;
    private static final byte[] MAGIC_BYTES = MAGIC.getBytes(StandardCharsets.US_ASCII);
    private static final int SAMPLE = 64;

    /** A segment: some consecutive elements of one list of the root, in one file. */
    private static final class Segment {
        final EReference feature;
        final String file;
        List<EObject> members;

        Segment(EReference feature, String file, List<EObject> members) {
            this.feature = feature;
            this.file = file;
            this.members = members;
        }
    }

    /** A load error, with the file and the byte offset where it was noticed. */
    public static final class LoadFailure extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Path file;
        private final long offset;

        LoadFailure(Path file, long offset, String message, Throwable cause) {
            super(message, cause);
            this.file = file;
            this.offset = offset;
        }

        /** @return the file that could not be read */
        public Path file() {
            return file;
        }

        /** @return the byte offset (at most this far into the file), or -1 */
        public long offset() {
            return offset;
        }
    }

    /**
     * Each loading thread reads its segment files into one buffer, instead of a new array per file
     * (hundreds of megabytes of garbage at agency scale, and young collections while the model grows).
     */
    private static final ThreadLocal<byte[]> READ_BUFFER = ThreadLocal.withInitial(() -> new byte[TARGET_BYTES * 2]);

    private final Path head;
    private final Path segmentFolder;
    private final Resource resource;
    private List<Segment> segments; // null: nothing on disk in this layout yet, or not loaded
    private List<String> listed; // the segment files a head lists, for a part not loaded
    private Map<EObject, Segment> segmentOf = new IdentityHashMap<>();
    private final Set<EObject> dirtyItems = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<EReference> reordered = new java.util.HashSet<>();
    private boolean headDirty = true;
    private boolean positional;
    private int nextNumber = 1;
    private Pending pending;

    /**
     * @param head     the head file
     * @param resource the part's resource
     */
    public SegmentedPart(Path head, Resource resource) {
        this.head = head;
        this.resource = resource;
        String name = head.getFileName().toString();
        this.segmentFolder = head.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".segments"); //$NON-NLS-1$
    }

    /**
     * @param bytes the first bytes of a file
     * @return whether they start a head file (else it is a plain EMF binary file)
     */
    public static boolean isHead(byte[] bytes) {
        return bytes.length >= MAGIC_BYTES.length
                && Arrays.equals(bytes, 0, MAGIC_BYTES.length, MAGIC_BYTES, 0, MAGIC_BYTES.length);
    }

    /** @return the folder of the segment files */
    public Path segmentFolder() {
        return segmentFolder;
    }

    /** @return the files of the part: the head, then the segments */
    public List<Path> files() {
        List<Path> files = new ArrayList<>();
        files.add(head);
        if (segments != null) {
            for (Segment segment : segments) {
                files.add(segmentFolder.resolve(segment.file));
            }
        } else if (listed != null) {
            for (String file : listed) {
                files.add(segmentFolder.resolve(file));
            }
        }
        return files;
    }

    /** What a head file lists: the next segment number, and each segment's list feature and file. */
    private record Listing(int nextNumber, List<String> features, List<String> files) {
    }

    private static Listing readListing(DataInputStream in) throws IOException {
        in.skipNBytes(MAGIC_BYTES.length);
        int version = in.readInt();
        if (version != VERSION) {
            throw new IOException("unknown part format version " + version + " (this Chorus reads " + VERSION + ")"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        int next = in.readInt();
        int count = in.readInt();
        List<String> features = new ArrayList<>();
        List<String> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            features.add(in.readUTF());
            files.add(in.readUTF());
        }
        return new Listing(next, features, files);
    }

    /**
     * Reads only the list of segment files from the head, without loading anything: the part then
     * knows its {@link #files()} and counts as unchanged, for a part whose loading is deferred to
     * its first use (a store that {@link #load}s it is made then).
     *
     * @param headBytes the head file's bytes
     * @throws LoadFailure when the head cannot be read
     */
    public void readFiles(byte[] headBytes) throws LoadFailure {
        Resources.CountingInputStream counter = new Resources.CountingInputStream(new ByteArrayInputStream(headBytes));
        try {
            Listing listing = readListing(new DataInputStream(counter));
            nextNumber = listing.nextNumber();
            listed = List.copyOf(listing.files());
        } catch (IOException | RuntimeException e) {
            throw new LoadFailure(head, counter.count(), message(e), e);
        }
        headDirty = false;
    }

    /**
     * Loads the head and then its segments, the segments in parallel on {@code pool}.
     *
     * @param headBytes the head file's bytes
     * @param pool      runs the parsing of segments
     * @throws LoadFailure when a file cannot be read
     */
    public void load(byte[] headBytes, ExecutorService pool) throws LoadFailure {
        List<String> features;
        List<String> files;
        Resources.CountingInputStream counter = new Resources.CountingInputStream(new ByteArrayInputStream(headBytes));
        try {
            Listing listing = readListing(new DataInputStream(counter));
            nextNumber = listing.nextNumber();
            features = listing.features();
            files = listing.files();
            PartBinary.Input input = new PartBinary.Input(counter, resource);
            input.loadResource(resource);
        } catch (IOException | RuntimeException e) {
            throw new LoadFailure(head, counter.count(), message(e), e);
        }
        EObject root = root();
        if (root == null) {
            throw new LoadFailure(head, -1, "the file has no content", null); //$NON-NLS-1$
        }
        boolean collectIds = resource instanceof ResourceImpl impl && impl.getIntrinsicIDToEObjectMap() != null;
        List<Future<Parsed>> parsed = new ArrayList<>();
        List<Segment> loaded = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            EReference feature = root.eClass().getEStructuralFeature(features.get(i)) instanceof EReference reference
                    && lists(root).contains(reference) ? reference : null;
            Path file = segmentFolder.resolve(files.get(i));
            if (feature == null) {
                throw new LoadFailure(head, -1, "segment " + files.get(i) + " belongs to an unknown list '" //$NON-NLS-1$ //$NON-NLS-2$
                        + features.get(i) + "'", null); //$NON-NLS-1$
            }
            loaded.add(new Segment(feature, files.get(i), null));
            parsed.add(pool.submit(() -> parseSegment(file, collectIds)));
        }
        List<Parsed> results = new ArrayList<>();
        for (int i = 0; i < loaded.size(); i++) {
            Segment segment = loaded.get(i);
            try {
                Parsed result = parsed.get(i).get();
                segment.members = result.members();
                results.add(result);
            } catch (ExecutionException e) {
                for (int j = i + 1; j < parsed.size(); j++) {
                    parsed.get(j).cancel(false);
                }
                throw e.getCause() instanceof LoadFailure failure ? failure
                        : new LoadFailure(segmentFolder.resolve(segment.file), -1, message(e.getCause()), e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LoadFailure(segmentFolder.resolve(segment.file), -1, "interrupted", e); //$NON-NLS-1$
            }
        }
        Future<Map<String, EObject>> ids = null;
        Map<String, EObject> before = collectIds ? ((ResourceImpl) resource).getIntrinsicIDToEObjectMap() : null;
        if (collectIds) {
            // without a map, linking does not walk every object for its id: the parsing collected
            // them, and a loading thread fills the map while this one links
            ((ResourceImpl) resource).setIntrinsicIDToEObjectMap(null);
            ids = pool.submit(() -> idMap(before, results));
        }
        int members = segmentOf.size();
        for (Segment segment : loaded) {
            members += segment.members.size();
        }
        Map<EObject, Segment> sized = new IdentityHashMap<>(members);
        sized.putAll(segmentOf);
        segmentOf = sized;
        try {
            for (Segment segment : loaded) {
                @SuppressWarnings("unchecked")
                InternalEList<EObject> list = (InternalEList<EObject>) root.eGet(segment.feature, false);
                list.addAllUnique(segment.members);
                for (EObject member : segment.members) {
                    segmentOf.put(member, segment);
                }
            }
        } finally {
            if (ids != null) {
                ((ResourceImpl) resource).setIntrinsicIDToEObjectMap(idMapOf(ids, before, results));
            }
        }
        segments = loaded;
        headDirty = false;
    }

    /**
     * The resource's id map with the ids the segments hold, segment after segment (of two objects
     * with the same id, the later one wins, as in EMF), sized for them at once instead of
     * growing by doubling through millions of entries.
     */
    private static Map<String, EObject> idMap(Map<String, EObject> before, List<Parsed> results) {
        long count = before.size();
        for (Parsed result : results) {
            count += result.ids().size();
        }
        Map<String, EObject> ids = new HashMap<>((int) Math.min(Integer.MAX_VALUE / 2, count * 4 / 3 + 16));
        ids.putAll(before);
        for (Parsed result : results) {
            List<String> keys = result.ids();
            List<EObject> objects = result.objects();
            for (int i = 0; i < keys.size(); i++) {
                ids.put(keys.get(i), objects.get(i));
            }
        }
        return ids;
    }

    /** The id map filled on a loading thread, or filled here when that did not work out. */
    private static Map<String, EObject> idMapOf(Future<Map<String, EObject>> ids, Map<String, EObject> before,
            List<Parsed> results) {
        try {
            return ids.get();
        } catch (ExecutionException | RuntimeException e) {
            return idMap(before, results);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return idMap(before, results);
        }
    }

    /**
     * A parsed segment: its list elements and, when the resource keeps an id map, the id of every
     * object in them, in the order the file holds them (the stream's own list of the objects it
     * created: no walk over the trees).
     */
    private record Parsed(List<EObject> members, List<String> ids, List<EObject> objects) {
    }

    private Parsed parseSegment(Path file, boolean collectIds) throws LoadFailure {
        int length;
        byte[] bytes;
        try (FileChannel channel = FileChannel.open(file)) {
            long size = channel.size();
            if (size > Integer.MAX_VALUE - 8) {
                throw new IOException("the segment is too large: " + size + " bytes"); //$NON-NLS-1$
            }
            bytes = READ_BUFFER.get();
            if (bytes.length < size) {
                bytes = new byte[(int) size];
                READ_BUFFER.set(bytes);
            }
            ByteBuffer buffer = ByteBuffer.wrap(bytes, 0, (int) size);
            while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
                // reads on
            }
            length = buffer.position();
        } catch (IOException e) {
            throw new LoadFailure(file, -1, "cannot read the file: " + e, e); //$NON-NLS-1$
        }
        Resources.CountingInputStream counter = new Resources.CountingInputStream(
                new ByteArrayInputStream(bytes, 0, length));
        try {
            PartBinary.Input input = new PartBinary.Input(counter, resource);
            List<EObject> members = new ArrayList<>();
            while (input.readBoolean()) {
                members.add(input.loadEObject());
            }
            if (!collectIds) {
                return new Parsed(members, List.of(), List.of());
            }
            List<InternalEObject> created = input.objects();
            List<String> ids = new ArrayList<>(created.size());
            List<EObject> objects = new ArrayList<>(created.size());
            for (int i = 0, size = created.size(); i < size; i++) {
                InternalEObject object = created.get(i);
                if (!object.eIsProxy()) { // proxies stand for objects of other files
                    collectId(object, ids, objects);
                }
            }
            return new Parsed(members, ids, objects);
        } catch (IOException | RuntimeException e) {
            throw new LoadFailure(file, counter.count(), message(e), e);
        }
    }

    /** What {@link ResourceImpl} does for each object attached to it, with the id's hash computed here. */
    private static void collectId(EObject object, List<String> ids, List<EObject> objects) {
        String id = EcoreUtil.getID(object);
        if (id != null) {
            id.hashCode(); // cached in the string: computed on this parsing thread, not while filling the map
            ids.add(id);
            objects.add(object);
        }
    }

    private static String message(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /**
     * Records a change told by the part's {@link ChangeTracker}.
     *
     * @param notification the change
     */
    public void changed(Notification notification) {
        if (!(notification.getNotifier() instanceof EObject object)) {
            headDirty = true; // the resource's contents
            return;
        }
        EObject root = root();
        if (object == root) {
            if (notification.getFeature() instanceof EReference reference && lists(root).contains(reference)) {
                reordered.add(reference);
            } else {
                headDirty = true;
            }
            return;
        }
        EObject item = item(object, root);
        if (item == null) {
            headDirty = true;
        } else {
            dirtyItems.add(item);
        }
    }

    private EObject root() {
        return resource.getContents().isEmpty() ? null : resource.getContents().get(0);
    }

    private static List<EReference> lists(EObject root) {
        List<EReference> lists = new ArrayList<>();
        for (EReference reference : root.eClass().getEAllContainments()) {
            if (reference.isMany() && !reference.isTransient()) {
                lists.add(reference);
            }
        }
        return lists;
    }

    /** @return the list element of the root that holds {@code object}, or {@code null} when the head holds it */
    private EObject item(EObject object, EObject root) {
        EObject current = object;
        while (true) {
            EObject container = current.eContainer();
            if (container == null) {
                return null;
            }
            if (container == root) {
                EReference feature = current.eContainmentFeature();
                return feature != null && feature.isMany() && !feature.isTransient() ? current : null;
            }
            current = container;
        }
    }

    private record Pending(List<Segment> segments, Map<Segment, List<EObject>> members, Set<Segment> changed,
            Set<Segment> gone, boolean positional) {
    }

    /**
     * Works out what a save must write: the changed segments and, when needed, the head.
     *
     * @param writes    receives the files to write
     * @param deletions receives the files to delete
     * @throws IOException when serializing fails
     */
    public void prepare(Map<Path, byte[]> writes, Set<Path> deletions) throws IOException {
        pending = null;
        EObject root = root();
        if (root == null) {
            return;
        }
        boolean full = segments == null || positional && (headDirty || !dirtyItems.isEmpty() || !reordered.isEmpty());
        List<Segment> next = new ArrayList<>();
        Map<Segment, List<EObject>> members = new IdentityHashMap<>();
        Set<Segment> dirty = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Segment> gone = Collections.newSetFromMap(new IdentityHashMap<>());
        boolean structureChanged = full;
        boolean anyPositional = false;
        for (EReference feature : lists(root)) {
            @SuppressWarnings("unchecked")
            List<EObject> list = ((InternalEList<EObject>) root.eGet(feature, false)).basicList();
            List<Segment> old = new ArrayList<>();
            if (segments != null) {
                for (Segment segment : segments) {
                    if (segment.feature == feature) {
                        old.add(segment);
                    }
                }
            }
            Map<Segment, List<EObject>> assigned = full ? null : assign(feature, list, old);
            if (assigned == null) {
                gone.addAll(old);
                List<Segment> fresh = cut(feature, list, members);
                dirty.addAll(fresh);
                next.addAll(fresh);
                structureChanged |= !old.isEmpty() || !fresh.isEmpty();
                continue;
            }
            for (Segment segment : old) {
                List<EObject> now = assigned.get(segment);
                if (now.isEmpty()) {
                    gone.add(segment);
                    structureChanged = true;
                    continue;
                }
                members.put(segment, now);
                if (!sameObjects(now, segment.members)) {
                    dirty.add(segment);
                }
                next.add(segment);
            }
        }
        if (!full) {
            for (EObject item : dirtyItems) {
                Segment segment = segmentOf.get(item);
                if (segment != null && members.containsKey(segment)) {
                    dirty.add(segment);
                }
            }
        }
        List<Segment> written = new ArrayList<>();
        for (Segment segment : next) {
            if (!dirty.contains(segment)) {
                written.add(segment);
                continue;
            }
            List<EObject> content = members.get(segment);
            Serialized serialized = serialize(content);
            if (serialized.bytes.length > 2 * TARGET_BYTES && content.size() > 1) {
                // grown too big: split it in two new segments
                gone.add(segment);
                structureChanged = true;
                int half = content.size() / 2;
                for (List<EObject> part : List.of(content.subList(0, half), content.subList(half, content.size()))) {
                    Segment piece = new Segment(segment.feature, newName(segment.feature), null);
                    members.put(piece, new ArrayList<>(part));
                    Serialized pieceBytes = serialize(members.get(piece));
                    anyPositional |= pieceBytes.positional;
                    writes.put(segmentFolder.resolve(piece.file), pieceBytes.bytes);
                    written.add(piece);
                }
                continue;
            }
            anyPositional |= serialized.positional;
            writes.put(segmentFolder.resolve(segment.file), serialized.bytes);
            written.add(segment);
        }
        for (Segment segment : gone) {
            if (!written.contains(segment)) {
                deletions.add(segmentFolder.resolve(segment.file));
            }
        }
        if (full || structureChanged || headDirty) {
            Serialized headBytes = serializeHead(root, written);
            anyPositional |= headBytes.positional;
            writes.put(head, headBytes.bytes);
        }
        Set<Segment> changed = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Segment segment : written) {
            if (members.get(segment) != segment.members) {
                changed.add(segment);
            }
        }
        pending = new Pending(written, members, changed, gone, positional && !full || anyPositional);
    }

    /**
     * Assigns the list's elements to the feature's existing segments, keeping their order: new
     * elements join the segment of the element before them.
     *
     * @return the new members of each old segment, or {@code null} when the order changed so
     *         much (or there is no segment yet) that the list must be cut anew
     */
    private Map<Segment, List<EObject>> assign(EReference feature, List<EObject> list, List<Segment> old) {
        if (old.isEmpty()) {
            return list.isEmpty() ? new LinkedHashMap<>() : null;
        }
        if (!reordered.contains(feature)) {
            Map<Segment, List<EObject>> same = new IdentityHashMap<>();
            for (Segment segment : old) {
                same.put(segment, segment.members);
            }
            return same;
        }
        Map<Segment, Integer> index = new IdentityHashMap<>();
        Map<Segment, List<EObject>> assigned = new IdentityHashMap<>();
        for (int i = 0; i < old.size(); i++) {
            index.put(old.get(i), i);
            assigned.put(old.get(i), new ArrayList<>());
        }
        int last = 0;
        for (EObject item : list) {
            Segment segment = segmentOf.get(item);
            Integer position = segment == null ? null : index.get(segment);
            if (position == null) {
                assigned.get(old.get(last)).add(item);
                continue;
            }
            if (position < last) {
                return null;
            }
            last = position;
            assigned.get(segment).add(item);
        }
        return assigned;
    }

    private List<Segment> cut(EReference feature, List<EObject> list, Map<Segment, List<EObject>> members)
            throws IOException {
        List<Segment> cut = new ArrayList<>();
        if (list.isEmpty()) {
            return cut;
        }
        int sample = Math.min(SAMPLE, list.size());
        int sampleBytes = serialize(list.subList(0, sample)).bytes.length;
        int perSegment = (int) Math.max(1, Math.min(list.size(), (long) TARGET_BYTES * sample / Math.max(1, sampleBytes)));
        for (int start = 0; start < list.size(); start += perSegment) {
            Segment segment = new Segment(feature, newName(feature), null);
            members.put(segment, new ArrayList<>(list.subList(start, Math.min(list.size(), start + perSegment))));
            cut.add(segment);
        }
        return cut;
    }

    private String newName(EReference feature) {
        return String.format("%s-%06d.chorusseg", feature.getName(), nextNumber++); //$NON-NLS-1$
    }

    private static boolean sameObjects(List<EObject> a, List<EObject> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }

    private record Serialized(byte[] bytes, boolean positional) {
    }

    private Serialized serialize(List<EObject> members) throws IOException {
        Set<EObject> inside = Collections.newSetFromMap(new IdentityHashMap<>(members.size() * 2));
        inside.addAll(members);
        EObject root = root();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(TARGET_BYTES + (TARGET_BYTES >> 2));
        PartBinary.Output out = new PartBinary.Output(bytes, resource, object -> !inside.contains(item(object, root)),
                null, List.of());
        for (EObject member : members) {
            out.writeBoolean(true);
            out.saveEObject((InternalEObject) member, Check.NOTHING);
        }
        out.writeBoolean(false);
        out.flush();
        return new Serialized(bytes.toByteArray(), out.positional());
    }

    private Serialized serializeHead(EObject root, List<Segment> order) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 12);
        DataOutputStream data = new DataOutputStream(bytes);
        data.write(MAGIC_BYTES);
        data.writeInt(VERSION);
        data.writeInt(nextNumber);
        data.writeInt(order.size());
        for (Segment segment : order) {
            data.writeUTF(segment.feature.getName());
            data.writeUTF(segment.file);
        }
        data.flush();
        PartBinary.Output out = new PartBinary.Output(bytes, resource, object -> item(object, root) != null, root,
                lists(root));
        @SuppressWarnings("unchecked")
        InternalEList<? extends InternalEObject> contents = (InternalEList<? extends InternalEObject>) (InternalEList<?>) resource
                .getContents();
        out.saveEObjects(contents, Check.CONTAINER);
        out.flush();
        return new Serialized(bytes.toByteArray(), out.positional());
    }

    /** Makes what {@link #prepare} worked out the saved state, once its files are committed. */
    public void committed() {
        if (pending == null) {
            return;
        }
        for (Segment segment : pending.gone) {
            forget(segment);
        }
        for (Segment segment : pending.changed) {
            forget(segment);
        }
        for (Segment segment : pending.changed) {
            segment.members = pending.members.get(segment);
            for (EObject member : segment.members) {
                segmentOf.put(member, segment);
            }
        }
        segments = pending.segments;
        positional = pending.positional;
        dirtyItems.clear();
        reordered.clear();
        headDirty = false;
        pending = null;
    }

    private void forget(Segment segment) {
        if (segment.members != null) {
            for (EObject member : segment.members) {
                segmentOf.remove(member, segment);
            }
        }
    }

    /** @return whether a save would write something */
    public boolean isDirty() {
        return segments == null && listed == null || headDirty || !dirtyItems.isEmpty() || !reordered.isEmpty();
    }
}
