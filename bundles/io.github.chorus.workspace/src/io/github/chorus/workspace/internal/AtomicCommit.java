// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.workspace.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Crash-safe replacement of several files of one folder at once.
 * <ol>
 * <li>Every new content is written to {@code .<name>.new} in the same folder and fsync'ed.</li>
 * <li>With more than one file, a journal naming them is written, fsync'ed and renamed to
 * {@value #JOURNAL}: that rename is the commit point.</li>
 * <li>Each file is replaced: the previous version is kept as {@code <name>.bak} (a hard link,
 * or a copy where links are not supported), then {@code .<name>.new} is atomically renamed
 * over {@code <name>}.</li>
 * <li>The journal is deleted. The folder is fsync'ed after each step.</li>
 * </ol>
 * {@link #recover(Path)} runs before every load: with a journal it finishes the replacement
 * (roll forward); without one it deletes uncommitted {@code .new} files (roll back). So after
 * a crash at any moment the folder holds either all old or all new files, never a torn one.
 */
public final class AtomicCommit {

    /** Name of the commit journal. */
    public static final String JOURNAL = ".chorus-commit"; //$NON-NLS-1$
    private static final String JOURNAL_TEMP = ".chorus-commit.tmp"; //$NON-NLS-1$
    private static final String END = "#end"; //$NON-NLS-1$

    private AtomicCommit() {
    }

    /**
     * Replaces the given files of {@code folder} with new contents, atomically as a whole.
     *
     * @param folder the folder
     * @param files  the files (all in {@code folder}) and their new contents
     * @throws IOException when writing fails; then the old files are intact
     */
    public static void commit(Path folder, Map<Path, byte[]> files) throws IOException {
        if (files.isEmpty()) {
            return;
        }
        for (Map.Entry<Path, byte[]> entry : files.entrySet()) {
            writeDurably(pending(entry.getKey()), entry.getValue());
        }
        if (files.size() == 1) {
            install(files.keySet().iterator().next());
            syncFolder(folder);
            return;
        }
        StringBuilder journal = new StringBuilder();
        for (Path file : files.keySet()) {
            journal.append(file.getFileName()).append('\n');
        }
        journal.append(END).append('\n');
        Path temp = folder.resolve(JOURNAL_TEMP);
        writeDurably(temp, journal.toString().getBytes(StandardCharsets.UTF_8));
        Files.move(temp, folder.resolve(JOURNAL), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        syncFolder(folder);
        for (Path file : files.keySet()) {
            install(file);
        }
        syncFolder(folder);
        Files.delete(folder.resolve(JOURNAL));
        syncFolder(folder);
    }

    /**
     * Brings {@code folder} to a consistent state after a crash: finishes a committed
     * replacement, or discards an uncommitted one.
     *
     * @param folder the folder
     * @return whether anything had to be done
     * @throws IOException when the folder cannot be repaired
     */
    public static boolean recover(Path folder) throws IOException {
        boolean repaired = false;
        Path journal = folder.resolve(JOURNAL);
        if (Files.exists(journal)) {
            List<String> names = Files.readAllLines(journal, StandardCharsets.UTF_8);
            if (!names.isEmpty() && END.equals(names.get(names.size() - 1))) {
                for (String name : names.subList(0, names.size() - 1)) {
                    install(folder.resolve(name));
                }
                syncFolder(folder);
            }
            Files.delete(journal);
            repaired = true;
        }
        List<Path> leftovers = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, ".*.new")) { //$NON-NLS-1$
            stream.forEach(leftovers::add);
        }
        Files.deleteIfExists(folder.resolve(JOURNAL_TEMP));
        for (Path leftover : leftovers) {
            Files.delete(leftover);
            repaired = true;
        }
        if (repaired) {
            syncFolder(folder);
        }
        return repaired;
    }

    /**
     * @param file a file
     * @return its backup, the previous version kept by the last save
     */
    public static Path backup(Path file) {
        return file.resolveSibling(file.getFileName() + ".bak"); //$NON-NLS-1$
    }

    private static Path pending(Path file) {
        return file.resolveSibling("." + file.getFileName() + ".new"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static void install(Path file) throws IOException {
        Path pending = pending(file);
        if (!Files.exists(pending)) {
            return; // already installed before a crash
        }
        if (Files.exists(file)) {
            Path backup = backup(file);
            Files.deleteIfExists(backup);
            try {
                Files.createLink(backup, file);
            } catch (UnsupportedOperationException | IOException e) {
                Files.copy(file, backup, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.move(pending, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Writes a file and forces it to disk.
     *
     * @param file  the file
     * @param bytes its content
     * @throws IOException when writing fails
     */
    public static void writeDurably(Path file, byte[] bytes) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
    }

    /**
     * Forces a folder's entries (renames, deletions) to disk where the platform can.
     *
     * @param folder the folder
     */
    public static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Not every platform can sync a directory (Windows); the renames are still atomic.
        }
    }
}
