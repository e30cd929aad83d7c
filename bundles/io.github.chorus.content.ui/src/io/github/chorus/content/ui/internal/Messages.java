// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.content.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Texts shown by the content UI. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "io.github.chorus.content.ui.internal.messages"; //$NON-NLS-1$

	public static String ComposePage_links;
	public static String ComposePage_presetTooltip;
	public static String ComposePage_addUtm;
	public static String ComposePage_addUtmTooltip;
	public static String ComposePage_addUtmCommand;
	public static String ComposePage_linkSkipped;
	public static String ComposePage_noLinks;
	public static String ComposePage_utmSummary;
	public static String ComposePage_utmNotes;
	public static String NewContentItem_name;
	public static String NewContentItem_command;
	public static String NoComposer_title;
	public static String NoComposer_message;
	public static String ContentPreferences_description;
	public static String ContentPreferences_channels;
	public static String ContentPreferences_noRegistry;
	public static String UtmPresetsPage_description;
	public static String UtmPresetsPage_add;
	public static String UtmPresetsPage_remove;
	public static String UtmPresetsPage_name;
	public static String UtmPresetsPage_newPreset;
	public static String UtmPresetsPage_placeholders;
	public static String UtmPresetsPage_command;
	public static String UtmPresetsPage_nameMissing;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
