// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.calendar.ui.internal;

import java.time.ZonedDateTime;

import io.github.chorus.content.model.ContentItem;
import io.github.chorus.content.model.ScheduledPublication;
import io.github.chorus.content.model.Variant;

/**
 * One publication on the calendar, with its time in the view's zone.
 *
 * @param publication the publication
 * @param variant     its variant
 * @param item        its content item
 * @param when        when it is scheduled, in the view's time zone; {@code null} when it has no
 *                    time yet (only the list view shows those)
 */
public record Entry(ScheduledPublication publication, Variant variant, ContentItem item, ZonedDateTime when) {
}
