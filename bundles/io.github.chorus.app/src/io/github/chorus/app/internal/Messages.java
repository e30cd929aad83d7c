package io.github.chorus.app.internal;

import org.eclipse.osgi.util.NLS;

/** Translatable strings of the Chorus application bundle. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "io.github.chorus.app.internal.messages"; //$NON-NLS-1$

	public static String ChorusApplication_workspaceInUseTitle;
	public static String ChorusApplication_workspaceInUse;
	public static String ChorusActionBarAdvisor_file;
	public static String ChorusActionBarAdvisor_edit;
	public static String ChorusActionBarAdvisor_window;
	public static String ChorusActionBarAdvisor_help;
	public static String ChorusActionBarAdvisor_perspective;
	public static String ChorusActionBarAdvisor_openPerspective;
	public static String ChorusActionBarAdvisor_showView;
	public static String ChorusLifeCycle_modelReset;
	public static String ChorusPreferencePage_description;
	public static String ChorusPreferencePage_timeZone;
	public static String ChorusPreferencePage_planTimeZone;
	public static String AppearancePage_description;
	public static String AppearancePage_theme;
	public static String AppearancePage_restartNote;
	public static String AppearancePage_restartTitle;
	public static String AppearancePage_restartQuestion;
	public static String ChorusWorkbenchAdvisor_startingServices;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
