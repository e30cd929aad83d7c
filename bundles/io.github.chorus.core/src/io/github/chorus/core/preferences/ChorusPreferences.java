// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.core.preferences;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;

/**
 * The general Chorus preferences, in the preference node {@value #NODE} (instance scope: per
 * user and installation, never shared through a team workspace).
 *
 * @since 0.1
 * @noinstantiate This class is not intended to be instantiated by clients.
 */
public final class ChorusPreferences {

	/** The preference node. */
	public static final String NODE = "io.github.chorus.core"; //$NON-NLS-1$
	/**
	 * The IANA time zone of new workspaces and of views that show times (the calendar, the
	 * composer's schedule); empty for the plan's time zone (new workspaces: the computer's).
	 */
	public static final String TIME_ZONE = "timeZone"; //$NON-NLS-1$
	/**
	 * The channel types (ids, comma-separated) a new content item gets a variant for, among
	 * the channels of the plan; empty for all the plan's active channels.
	 */
	public static final String DEFAULT_CHANNEL_TYPES = "defaultChannelTypes"; //$NON-NLS-1$

	private ChorusPreferences() {
	}

	/** @return the preference node, instance scope */
	public static IEclipsePreferences node() {
		return InstanceScope.INSTANCE.getNode(NODE);
	}

	/**
	 * @return the preferred time zone id, or an empty string for the plan's; a value that is
	 *         not a valid time zone counts as empty
	 */
	public static String timeZoneId() {
		String value = node().get(TIME_ZONE, "").strip(); //$NON-NLS-1$
		return isTimeZone(value) ? value : ""; //$NON-NLS-1$
	}

	/**
	 * The time zone a view shows times in.
	 *
	 * @param planTimeZone the plan's time zone id, or {@code null}
	 * @return the preferred time zone, else the plan's, else the computer's
	 */
	public static ZoneId viewTimeZone(String planTimeZone) {
		String preferred = timeZoneId();
		if (!preferred.isEmpty()) {
			return ZoneId.of(preferred);
		}
		return planTimeZone != null && isTimeZone(planTimeZone) ? ZoneId.of(planTimeZone) : ZoneId.systemDefault();
	}

	/** @return the time zone of a new workspace: the preferred one, else the computer's */
	public static ZoneId newWorkspaceTimeZone() {
		String preferred = timeZoneId();
		return preferred.isEmpty() ? ZoneId.systemDefault() : ZoneId.of(preferred);
	}

	/**
	 * @param value a time zone id
	 * @return whether {@link ZoneId#of(String)} accepts it
	 */
	public static boolean isTimeZone(String value) {
		if (value == null || value.isBlank()) {
			return false;
		}
		try {
			ZoneId.of(value.strip());
			return true;
		} catch (DateTimeException e) {
			return false;
		}
	}

	/** @return the channel type ids new content starts with; empty for all the plan's channels */
	public static List<String> defaultChannelTypes() {
		return Arrays.stream(node().get(DEFAULT_CHANNEL_TYPES, "").split(",")).map(String::strip) //$NON-NLS-1$ //$NON-NLS-2$
				.filter(id -> !id.isEmpty()).toList();
	}
}
