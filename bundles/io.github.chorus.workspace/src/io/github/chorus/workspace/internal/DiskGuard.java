// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.workspace.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers which version of each file one workspace instance loaded or saved, so that a save can tell
 * whether another process (a {@code chorus publish --daemon}, another workbench) replaced the file since,
 * and refuse to overwrite it.
 * <p>
 * A version is recognised by its stamp on disk (file key, modification time, size): one {@code stat} per
 * file, so a save stays cheap. Every Chorus save replaces a file by renaming a new one over it, which
 * changes the stamp. Only when the stamp differs is the file read and its digest compared with the digest
 * of what this instance loaded or saved, so a file that was merely touched is not a conflict.
 * </p>
 * <p>
 * Files this instance never loaded nor saved (a workspace created in memory) are not guarded. A writer
 * that replaces the file between this instance's own rename and its {@code stat} after the save goes
 * unnoticed; that window is a few microseconds, and publishers also exclude each other with a lock file.
 * </p>
 */
public final class DiskGuard {

    /** A file's identity on disk; {@code null} fields for a missing file. */
    private record Stamp(Object fileKey, FileTime modified, long size) {
    }

    private static final Stamp MISSING = new Stamp(null, null, -1);

    private final Map<Path, Stamp> stamps = new ConcurrentHashMap<>();

    /**
     * Records the version of a file this instance now knows: call it just before reading the file, or just
     * after writing it.
     *
     * @param file a file
     */
    public void remember(Path file) {
        stamps.put(file, stamp(file));
    }

    /**
     * @param file a file
     * @return its stamp now, for {@link #remember(Path, Object)} once its content read now is taken as known
     */
    public Object stampOf(Path file) {
        return stamp(file);
    }

    /**
     * Records a version of a file taken earlier with {@link #stampOf}.
     *
     * @param file  a file
     * @param stamp its stamp when it was read
     */
    public void remember(Path file, Object stamp) {
        stamps.put(file, (Stamp) stamp);
    }

    /**
     * Finds the files that another writer replaced since this instance loaded or saved them.
     *
     * @param files           the files to check
     * @param expectedDigests the digest of what this instance loaded or saved, per file ({@code null} when
     *                        unknown: then any change of stamp counts)
     * @param digester        computes the digest of a file's bytes
     * @return the changed files, in the order given
     * @throws IOException when a changed file cannot be read to compare its digest
     */
    public List<Path> changed(Collection<Path> files, Function<Path, byte[]> expectedDigests,
            Function<byte[], byte[]> digester) throws IOException {
        List<Path> changed = new ArrayList<>();
        for (Path file : files) {
            Stamp known = stamps.get(file);
            if (known == null) {
                continue; // never loaded nor saved by this instance
            }
            Stamp now = stamp(file);
            if (now.equals(known)) {
                continue;
            }
            byte[] expected = expectedDigests.apply(file);
            if (now != MISSING && known != MISSING && expected != null) {
                byte[] bytes;
                try {
                    bytes = Files.readAllBytes(file);
                } catch (NoSuchFileException e) {
                    changed.add(file);
                    continue;
                }
                if (Arrays.equals(expected, digester.apply(bytes))) {
                    stamps.put(file, now); // touched, same content
                    continue;
                }
            }
            changed.add(file);
        }
        return changed;
    }

    private static Stamp stamp(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return new Stamp(Objects.requireNonNullElse(attributes.fileKey(), file), attributes.lastModifiedTime(),
                    attributes.size());
        } catch (IOException e) {
            return MISSING;
        }
    }
}
