// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.workspace.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Texts shown by the workspace UI. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "io.github.chorus.workspace.ui.internal.messages"; //$NON-NLS-1$

	public static String Autosave_title;
	public static String Autosave_question;
	public static String Autosave_restore;
	public static String Autosave_discard;
	public static String SaveOnClose_title;
	public static String SaveOnClose_question;
	public static String SaveOnClose_questionShared;
	public static String SaveOnClose_save;
	public static String SaveOnClose_dontSave;
	public static String SaveOnClose_cancel;
	public static String SaveOnClose_revertFailed;
	public static String OpenHandlers_title;
	public static String OpenHandlers_selectItem;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
