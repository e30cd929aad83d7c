// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.publishing.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Translatable strings of the publishing UI. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "io.github.chorus.publishing.ui.internal.messages"; //$NON-NLS-1$

	public static String Changed_title;
	public static String Changed_message;
	public static String Changed_reload;
	public static String Changed_keep;
	public static String Column_state;
	public static String Column_due;
	public static String Column_publication;
	public static String Column_channel;
	public static String Column_account;
	public static String Column_outcome;
	public static String Column_message;
	public static String Filter_all;
	public static String Filter_queued;
	public static String Filter_publishing;
	public static String Filter_failed;
	public static String Filter_published;
	public static String Filter_held;
	public static String Handler_saveFirst;
	public static String Handler_saveAndPublish;
	public static String Handler_cancel;
	public static String Handler_saveFailed;
	public static String Job_name;
	public static String Job_owner;
	public static String Job_noRegistry;
	public static String Job_failed;
	public static String Job_done;
	public static String Outcome_success;
	public static String Outcome_transient;
	public static String Outcome_rateLimited;
	public static String Outcome_auth;
	public static String Outcome_rejected;
	public static String Outcome_unknown;
	public static String Popup_title;
	public static String Popup_text;
	public static String Popup_showOutbox;
	public static String Popup_dismiss;
	public static String Preferences_description;
	public static String Preferences_auto;
	public static String Preferences_minutes;
	public static String Row_retryAt;
	public static String Row_rejected;
	public static String Row_unknownOutcome;
	public static String Row_noAccount;
	public static String Row_frozen;
	public static String Row_campaignFrozen;
	public static String Row_paused;
	public static String Row_interruptedHeld;
	public static String Row_notConnected;
	public static String Status_failed;
	public static String Status_publishing;
	public static String Status_due;
	public static String Status_retry;
	public static String Status_scheduled;
	public static String Status_held;
	public static String Status_published;
	public static String Trim_starting;
	public static String Trim_tooltip;
	public static String Trim_publishing;
	public static String Trim_nothingDue;
	public static String Trim_due;
	public static String Trim_failed;
	public static String Trim_held;
	public static String View_show;
	public static String View_publish;
	public static String View_publishing;
	public static String View_summary;
	public static String View_retry;
	public static String View_retryUnsafe;
	public static String View_fix;
	public static String View_openLink;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
