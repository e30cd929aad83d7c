// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.workspace.internal.cli;

import org.eclipse.osgi.util.NLS;

/** Translatable texts of the workspace commands. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "io.github.chorus.workspace.internal.cli.messages"; //$NON-NLS-1$

    public static String alreadyWorkspace;
    public static String created;
    public static String demoCreated;
    public static String badTimeZone;
    public static String badDate;
    public static String notFolder;
    public static String summary;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
