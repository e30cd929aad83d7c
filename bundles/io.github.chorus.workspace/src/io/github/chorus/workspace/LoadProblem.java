// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.workspace;

import java.nio.file.Path;

/**
 * A file of a workspace that could not be read, and where.
 *
 * @param file     the file
 * @param line     1-based line of the problem in an XML file, or -1
 * @param column   1-based column in an XML file, or -1
 * @param offset   in a binary file, how far reading got (buffered, so the problem lies at or
 *                 before it), or -1
 * @param message  what is wrong
 * @since 1.0
 */
public record LoadProblem(Path file, int line, int column, long offset, String message) {

    /**
     * Returns {@code file:line:column: message} (or {@code file@byte N: message}).
     *
     * @return the problem as one line
     */
    public String describe() {
        String where = line > 0 ? ":" + line + ":" + Math.max(column, 1) //$NON-NLS-1$ //$NON-NLS-2$
                : offset >= 0 ? " (read up to byte " + offset + ")" : ""; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        return file + where + ": " + message; //$NON-NLS-1$
    }
}
