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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Crash-safe replacement of several files of one folder at once.
 * <ol>
 * <li>Every new content is written to {@code .<name>.new} in the same folder and fsync'ed.</li>
 * <li>With more than one file, a journal naming them is written, fsync'ed and renamed to
 * {@value #JOURNAL}: that rename is the commit point.</li>
 * <li>Each file is replaced: the previous version is kept as {@code <name>.bak} (a hard link,
 * or a copy where links are not supported), then {@code .<name>.new} is atomically renamed
 * over {@code <name>}.</li>
 * <li>Files to delete (named in the journal with a leading {@code -}) are deleted with their
 * backups.</li>
 * <li>The journal is deleted. The folders are fsync'ed after each step.</li>
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
    private static final String DELETE = "-"; //$NON-NLS-1$

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
        commit(folder, files, Set.of());
    }

    /**
     * Replaces the given files and deletes others, atomically as a whole. Files may lie in
     * sub-folders of {@code folder} (created when missing).
     *
     * @param folder    the folder
     * @param files     the files (in {@code folder} or below) and their new contents
     * @param deletions files (in {@code folder} or below) to delete with their backups
     * @throws IOException when writing fails; then the old files are intact
     */
    public static void commit(Path folder, Map<Path, byte[]> files, Set<Path> deletions) throws IOException {
        if (files.isEmpty() && deletions.isEmpty()) {
            return;
        }
        Set<Path> parents = new LinkedHashSet<>();
        for (Map.Entry<Path, byte[]> entry : files.entrySet()) {
            Path parent = entry.getKey().getParent();
            if (parents.add(parent)) {
                Files.createDirectories(parent);
            }
            writeDurably(pending(entry.getKey()), entry.getValue());
        }
        if (files.size() == 1 && deletions.isEmpty()) {
            install(files.keySet().iterator().next());
            syncFolders(parents);
            return;
        }
        syncFolders(parents);
        StringBuilder journal = new StringBuilder();
        for (Path file : files.keySet()) {
            journal.append(relative(folder, file)).append('\n');
        }
        for (Path file : deletions) {
            journal.append(DELETE).append(relative(folder, file)).append('\n');
            parents.add(file.getParent());
        }
        journal.append(END).append('\n');
        Path temp = folder.resolve(JOURNAL_TEMP);
        writeDurably(temp, journal.toString().getBytes(StandardCharsets.UTF_8));
        Files.move(temp, folder.resolve(JOURNAL), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        syncFolder(folder);
        for (Path file : files.keySet()) {
            install(file);
        }
        for (Path file : deletions) {
            delete(file);
        }
        syncFolders(parents);
        Files.delete(folder.resolve(JOURNAL));
        syncFolder(folder);
    }

    private static String relative(Path folder, Path file) {
        Path relative = folder.relativize(file);
        if (relative.startsWith("..")) { //$NON-NLS-1$
            throw new IllegalArgumentException(file + " is not in " + folder); //$NON-NLS-1$
        }
        return relative.toString().replace(java.io.File.separatorChar, '/');
    }

    private static void delete(Path file) throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(backup(file));
    }

    private static void syncFolders(Set<Path> folders) {
        for (Path each : folders) {
            syncFolder(each);
        }
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
                    if (name.startsWith(DELETE)) {
                        delete(folder.resolve(name.substring(DELETE.length())));
                    } else {
                        install(folder.resolve(name));
                    }
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
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, Files::isDirectory)) {
            for (Path subfolder : stream) {
                try (DirectoryStream<Path> inner = Files.newDirectoryStream(subfolder, ".*.new")) { //$NON-NLS-1$
                    inner.forEach(leftovers::add);
                }
            }
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
