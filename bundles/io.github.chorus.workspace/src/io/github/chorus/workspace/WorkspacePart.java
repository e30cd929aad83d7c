// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.workspace;

/**
 * The resources of a workspace, one per model area, each in its own file.
 *
 * @since 1.0
 */
public enum WorkspacePart {
    /** The plan: brand, personas, goals, KPIs, channels, campaigns, team. */
    PLAN("plan"), //$NON-NLS-1$
    /** Content items, variants, assets and the publication calendar. */
    CONTENT("content"), //$NON-NLS-1$
    /** Inbox threads, messages, contacts, templates and leads. */
    COMMUNITY("community"), //$NON-NLS-1$
    /** Metric series. */
    ANALYTICS("analytics"); //$NON-NLS-1$

    private final String baseName;

    WorkspacePart(String baseName) {
        this.baseName = baseName;
    }

    /**
     * @return the file name without extension, for example {@code plan}
     */
    public String baseName() {
        return baseName;
    }
}
