// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.publishing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import io.github.chorus.content.model.ScheduledPublication;

/**
 * Publication times: a publication stores the UTC instant it is due and the IANA zone it was planned in.
 * People plan in wall-clock time ("09:00 in Rome"), so every computation that moves a publication goes
 * through the zone: moving a 09:00 post from a summer day to a winter day keeps it at 09:00 local, which
 * is a different UTC hour.
 *
 * @since 0.1
 * @noinstantiate This class is not intended to be instantiated by clients.
 */
public final class Schedules {

	private Schedules() {
	}

	/**
	 * @param date a local date
	 * @param time a local time
	 * @param zone an IANA zone
	 * @return the instant; a time skipped by a spring-forward gap moves forward by the gap's length, and an
	 *         ambiguous autumn time takes the earlier offset (the first 02:30)
	 */
	public static Instant at(LocalDate date, LocalTime time, String zone) {
		return ZonedDateTime.ofLocal(LocalDateTime.of(date, time), ZoneId.of(zone), null).toInstant();
	}

	/**
	 * @param publication a scheduled publication
	 * @return its time in its own zone (UTC when it has none)
	 */
	public static ZonedDateTime localTime(ScheduledPublication publication) {
		return publication.getScheduledAt().atZone(zone(publication));
	}

	/**
	 * Moves a publication to another day, keeping its local wall-clock time in its zone.
	 *
	 * @param publication a publication with a time
	 * @param date        the new day
	 */
	public static void moveToDay(ScheduledPublication publication, LocalDate date) {
		ZonedDateTime local = localTime(publication);
		publication.setScheduledAt(at(date, local.toLocalTime(), local.getZone().getId()));
	}

	/**
	 * @param publication a publication
	 * @return its zone, UTC when it names none or an unknown one
	 */
	public static ZoneId zone(ScheduledPublication publication) {
		String zone = publication.getTimeZone();
		try {
			return zone == null || zone.isBlank() ? ZoneId.of("UTC") : ZoneId.of(zone); //$NON-NLS-1$
		} catch (java.time.DateTimeException e) {
			return ZoneId.of("UTC"); //$NON-NLS-1$
		}
	}
}
