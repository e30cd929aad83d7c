// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.calendar.ui.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

import io.github.chorus.plan.model.ChannelPresence;

/**
 * The most publications a day should carry on each channel, keyed by the last segment of the
 * channel type id ({@code x}, {@code instagram}, …). Written as {@code x=5, instagram=2}; a
 * channel type not listed gets {@link #DEFAULT_MAXIMUM}.
 *
 * @param maximumPerDay the daily maximum by channel type key
 */
public record Cadence(Map<String, Integer> maximumPerDay) {

	/** The daily maximum of a channel type the cadence does not list. */
	public static final int DEFAULT_MAXIMUM = 3;

	/** The usual social media guidance: a few posts a day on fast feeds, one or two elsewhere. */
	public static final String DEFAULTS = "x=5, threads=3, bluesky=4, mastodon=4, instagram=2, facebook=2, linkedin=1, local=5"; //$NON-NLS-1$

	/**
	 * @param text a cadence such as {@code x=5, instagram=2}
	 * @return the cadence
	 * @throws IllegalArgumentException naming the entry that is not {@code key=positive number}
	 */
	public static Cadence parse(String text) {
		Map<String, Integer> maximum = new LinkedHashMap<>();
		for (String part : text.split("[,;\\s]+")) { //$NON-NLS-1$
			if (part.isBlank()) {
				continue;
			}
			int equals = part.indexOf('=');
			try {
				if (equals <= 0) {
					throw new NumberFormatException();
				}
				int value = Integer.parseInt(part.substring(equals + 1).strip());
				if (value < 1) {
					throw new NumberFormatException();
				}
				maximum.put(part.substring(0, equals).strip().toLowerCase(Locale.ROOT), value);
			} catch (NumberFormatException e) {
				throw new IllegalArgumentException(NLS.bind(Messages.Cadence_badEntry, part), e);
			}
		}
		return new Cadence(Map.copyOf(maximum));
	}

	/**
	 * @param text a cadence, possibly unreadable
	 * @return the cadence, or the {@link #DEFAULTS} when the text cannot be read
	 */
	public static Cadence parseOrDefaults(String text) {
		try {
			return parse(text == null || text.isBlank() ? DEFAULTS : text);
		} catch (IllegalArgumentException e) {
			return parse(DEFAULTS);
		}
	}

	/**
	 * @param channel a channel presence
	 * @return the most publications a day should carry on it
	 */
	public int maximum(ChannelPresence channel) {
		return maximumPerDay.getOrDefault(key(channel), DEFAULT_MAXIMUM);
	}

	/**
	 * @param channel a channel presence
	 * @return the key of its channel type: the last segment of the type id, lower case
	 */
	public static String key(ChannelPresence channel) {
		String type = channel.getChannelTypeId();
		if (type == null || type.isBlank()) {
			return String.valueOf(channel.getName()).toLowerCase(Locale.ROOT);
		}
		return type.substring(type.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
	}

	/**
	 * @param channel a channel presence
	 * @return a short name for badges: its channel type key, capitalised ({@code Instagram})
	 */
	public static String shortName(ChannelPresence channel) {
		String key = key(channel);
		return key.length() <= 2 ? key.toUpperCase(Locale.ROOT)
				: Character.toUpperCase(key.charAt(0)) + key.substring(1);
	}
}
