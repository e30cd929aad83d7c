// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.workspace;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown by {@link ChorusWorkspace#save()} when a file it would write was replaced on disk by another
 * process (a {@code chorus publish --daemon}, another workbench) since this workspace loaded or saved it.
 * Nothing was written: the other process's changes are kept, and this workspace's changes are still in
 * memory. Read the changed parts again ({@link ChorusWorkspace#reload}) and apply the changes again.
 *
 * @since 0.1
 */
public final class ChangedOnDiskException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient List<Path> files;

    /**
     * @param files the files that changed on disk
     */
    public ChangedOnDiskException(List<Path> files) {
        super(message(files));
        this.files = List.copyOf(files);
    }

    private static String message(List<Path> files) {
        String names = files.stream().map(file -> String.valueOf(file.getFileName())).collect(Collectors.joining(", ")); //$NON-NLS-1$
        Path folder = files.isEmpty() ? null : files.get(0).getParent();
        return names + " in " + folder + " changed on disk since this workspace was loaded or saved" //$NON-NLS-1$ //$NON-NLS-2$
                + " (by another Chorus or chorus publish); not overwritten, reload and apply the changes again"; //$NON-NLS-1$
    }

    /** @return the files that changed on disk */
    public List<Path> files() {
        return files;
    }
}
