// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.calendar.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Translatable strings of the content calendar. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "io.github.chorus.calendar.ui.internal.messages"; //$NON-NLS-1$

	public static String Cadence_badEntry;
	public static String CalendarCanvas_chipTip;
	public static String CalendarCanvas_gapTip;
	public static String CalendarCanvas_overloadTip;
	public static String CalendarCanvas_publishedChipTip;
	public static String CalendarPage_allAssignees;
	public static String CalendarPage_allAudiences;
	public static String CalendarPage_allCampaigns;
	public static String CalendarPage_allChannels;
	public static String CalendarPage_allStates;
	public static String CalendarPage_badZone;
	public static String CalendarPage_campaign;
	public static String CalendarPage_cannotRemember;
	public static String CalendarPage_channel;
	public static String CalendarPage_clearFilters;
	public static String CalendarPage_colourBy;
	public static String CalendarPage_heading;
	public static String CalendarPage_legend;
	public static String CalendarPage_list;
	public static String CalendarPage_month;
	public static String CalendarPage_next;
	public static String CalendarPage_previous;
	public static String CalendarPage_show;
	public static String CalendarPage_tab;
	public static String CalendarPage_timeZone;
	public static String CalendarPage_timeZoneTip;
	public static String CalendarPage_today;
	public static String CalendarPage_todayTip;
	public static String CalendarPage_week;
	public static String CalendarPreferences_badZone;
	public static String CalendarPreferences_cadence;
	public static String CalendarPreferences_colourBy;
	public static String CalendarPreferences_description;
	public static String CalendarPreferences_timeZone;
	public static String ListView_assignee;
	public static String ListView_campaign;
	public static String ListView_channel;
	public static String ListView_state;
	public static String ListView_text;
	public static String ListView_unscheduled;
	public static String ListView_when;
	public static String MonthView_more;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
