// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.workspace;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import io.github.chorus.workspace.internal.AtomicCommit;

/**
 * Crash recovery for a workspace: copies of its unsaved parts, written every few seconds
 * while there are unsaved edits, so that a crash loses at most the edits of the last few
 * seconds. The copies live in {@value #FOLDER} inside the workspace folder, apart from the
 * workspace files, which recovery never writes: only a save (after the user chose to restore)
 * replaces them.
 * <p>
 * A snapshot is written crash-safely: each part goes to a new file named with the snapshot's
 * generation and is forced to disk, then a manifest naming those files and their SHA-256 is
 * renamed into place (the commit point), then the previous generation's files are deleted. A
 * reader trusts only what the manifest names, and only when the digests match, so a crash
 * while writing a snapshot leaves the previous snapshot usable.
 * </p>
 *
 * @since 0.1
 * @noextend This class is not intended to be subclassed by clients.
 */
public final class WorkspaceRecovery {

    /** The recovery folder, relative to the workspace folder. */
    public static final String FOLDER = ".metadata/.chorus-recovery"; //$NON-NLS-1$
    private static final String MANIFEST = "recovery.properties"; //$NON-NLS-1$
    private static final String MANIFEST_TEMP = "recovery.properties.tmp"; //$NON-NLS-1$
    private static final String TIME = "time"; //$NON-NLS-1$
    private static final String GENERATION = "generation"; //$NON-NLS-1$

    /**
     * Unsaved parts found after a crash.
     *
     * @param time  when the snapshot was written
     * @param parts the unsaved content of each part, as {@link ChorusWorkspace#unsavedParts()}
     *              returned it
     */
    public record Snapshot(Instant time, Map<WorkspacePart, byte[]> parts) {
    }

    private final Path folder;
    private long generation;

    /**
     * @param workspaceFolder the workspace folder
     */
    public WorkspaceRecovery(Path workspaceFolder) {
        this.folder = workspaceFolder.resolve(FOLDER);
    }

    /** @return the folder holding the snapshot */
    public Path folder() {
        return folder;
    }

    /**
     * Writes a snapshot of the unsaved parts, replacing the previous one; with no unsaved
     * part, discards the snapshot.
     *
     * @param unsaved the unsaved content of each changed part
     * @throws IOException when the snapshot cannot be written; the previous one then stays
     */
    public synchronized void write(Map<WorkspacePart, byte[]> unsaved) throws IOException {
        if (unsaved.isEmpty()) {
            discard();
            return;
        }
        Files.createDirectories(folder);
        long next = Math.max(generation, readGeneration()) + 1;
        Properties manifest = new Properties();
        manifest.setProperty(TIME, Instant.now().toString());
        manifest.setProperty(GENERATION, Long.toString(next));
        for (Map.Entry<WorkspacePart, byte[]> entry : unsaved.entrySet()) {
            String name = entry.getKey().baseName() + "." + next + ".recovered"; //$NON-NLS-1$ //$NON-NLS-2$
            AtomicCommit.writeDurably(folder.resolve(name), entry.getValue());
            manifest.setProperty(entry.getKey().baseName(), name + " " + sha256(entry.getValue())); //$NON-NLS-1$
        }
        StringWriter text = new StringWriter();
        manifest.store(text, "Chorus crash recovery: unsaved workspace parts"); //$NON-NLS-1$
        Path temp = folder.resolve(MANIFEST_TEMP);
        AtomicCommit.writeDurably(temp, text.toString().getBytes(StandardCharsets.ISO_8859_1));
        Files.move(temp, folder.resolve(MANIFEST), StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
        AtomicCommit.syncFolder(folder);
        generation = next;
        deleteAllBut(next);
    }

    /**
     * Reads the snapshot left by a session that did not end cleanly.
     *
     * @return the snapshot, or empty when there is none or it is unreadable
     */
    public synchronized Optional<Snapshot> find() {
        Path file = folder.resolve(MANIFEST);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Properties manifest = new Properties();
            manifest.load(new StringReader(Files.readString(file, StandardCharsets.ISO_8859_1)));
            Map<WorkspacePart, byte[]> parts = new EnumMap<>(WorkspacePart.class);
            for (WorkspacePart part : WorkspacePart.values()) {
                String entry = manifest.getProperty(part.baseName());
                if (entry == null) {
                    continue;
                }
                String[] nameAndDigest = entry.split(" "); //$NON-NLS-1$
                Path partFile = folder.resolve(nameAndDigest[0]).normalize();
                if (nameAndDigest.length != 2 || !partFile.getParent().equals(folder.normalize())) {
                    return Optional.empty();
                }
                byte[] bytes = Files.readAllBytes(partFile);
                if (!sha256(bytes).equals(nameAndDigest[1])) {
                    return Optional.empty();
                }
                parts.put(part, bytes);
            }
            return parts.isEmpty() ? Optional.empty()
                    : Optional.of(new Snapshot(Instant.parse(manifest.getProperty(TIME)), parts));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Deletes the snapshot: after a save, after a clean exit, or when the user discards it.
     *
     * @throws IOException when the files cannot be deleted
     */
    public synchronized void discard() throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        Files.deleteIfExists(folder.resolve(MANIFEST));
        AtomicCommit.syncFolder(folder);
        deleteAllBut(-1);
    }

    private long readGeneration() {
        Path file = folder.resolve(MANIFEST);
        try {
            Properties manifest = new Properties();
            manifest.load(new StringReader(Files.readString(file, StandardCharsets.ISO_8859_1)));
            return Long.parseLong(manifest.getProperty(GENERATION, "0")); //$NON-NLS-1$
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private void deleteAllBut(long keep) throws IOException {
        String kept = "." + keep + ".recovered"; //$NON-NLS-1$ //$NON-NLS-2$
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.recovered")) { //$NON-NLS-1$
            for (Path file : files) {
                if (keep < 0 || !file.getFileName().toString().endsWith(kept)) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)); //$NON-NLS-1$
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
