// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.channels.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The strings of the Accounts view, the Connect Account wizard and the expiry warnings. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "io.github.chorus.channels.ui.internal.messages"; //$NON-NLS-1$

	public static String AccountPage_connectTitle;
	public static String AccountPage_reconnectTitle;
	public static String AccountPage_required;
	public static String AccountPage_port;

	public static String State_connected;
	public static String State_expiresToday;
	public static String State_expiresTomorrow;
	public static String State_expiresInDays;
	public static String State_expired;
	public static String State_expiredRefreshable;
	public static String State_paused;

	public static String View_columnChannel;
	public static String View_columnAccount;
	public static String View_columnStatus;
	public static String View_columnExpiry;
	public static String View_noExpiry;
	public static String View_uninstalledChannel;
	public static String View_summaryNone;
	public static String View_summaryOne;
	public static String View_summary;
	public static String View_summaryAttention;
	public static String View_unreadable;
	public static String View_connect;
	public static String View_connectTooltip;
	public static String View_reconnect;
	public static String View_reconnectTooltip;
	public static String View_refreshToken;
	public static String View_refreshTokenTooltip;
	public static String View_disconnect;
	public static String View_disconnectTooltip;
	public static String View_disconnectTitle;
	public static String View_disconnectButton;
	public static String View_disconnectQuestion;
	public static String View_disconnectFailed;
	public static String View_refreshJob;
	public static String View_refreshFailedTitle;
	public static String View_refreshed;

	public static String Wizard_title;
	public static String Wizard_reconnectTitle;
	public static String Wizard_choiceTitle;
	public static String Wizard_choiceDescription;
	public static String Wizard_noChannels;
	public static String Wizard_connectJob;
	public static String Wizard_connecting;
	public static String Wizard_waitingForBrowser;
	public static String Wizard_cancelled;
	public static String Wizard_finish;
	public static String Wizard_noConnector;

	public static String Failure_AUTH_EXPIRED;
	public static String Failure_RATE_LIMITED;
	public static String Failure_RATE_LIMITED_retry;
	public static String Failure_TRANSIENT;
	public static String Failure_REJECTED;
	public static String Failure_GONE;
	public static String Failure_network;
	public static String Failure_storage;
	public static String Failure_unexpected;

	public static String Expiry_title;
	public static String Expiry_line;
	public static String Expiry_more;
	public static String Expiry_open;
	public static String Expiry_job;

	public static String Preferences_description;
	public static String Preferences_warningDays;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
