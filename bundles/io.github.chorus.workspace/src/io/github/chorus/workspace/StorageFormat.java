// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.workspace;

/**
 * How a workspace part is stored on disk; the file extension tells which.
 *
 * @since 1.0
 */
public enum StorageFormat {
    /** XMI: text, diffable, hand-editable; errors point at line and column. */
    XMI("xmi"), //$NON-NLS-1$
    /** EMF's binary resource format: several times faster to load, not diffable. */
    BINARY("chorusbin"); //$NON-NLS-1$

    private final String extension;

    StorageFormat(String extension) {
        this.extension = extension;
    }

    /**
     * @return the file extension, without dot
     */
    public String extension() {
        return extension;
    }

    /**
     * @param fileName a file name
     * @return the format of a file with that name, or {@code null}
     */
    public static StorageFormat ofFileName(String fileName) {
        for (StorageFormat format : values()) {
            if (fileName.endsWith("." + format.extension)) { //$NON-NLS-1$
                return format;
            }
        }
        return null;
    }
}
