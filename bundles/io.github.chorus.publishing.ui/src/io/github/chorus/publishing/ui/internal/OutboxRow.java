// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.publishing.ui.internal;

import java.time.Instant;

import io.github.chorus.content.model.ScheduledPublication;

/**
 * One row of the Outbox: a publication and what its user needs to know about it now.
 *
 * @param publication the publication
 * @param status      where it stands
 * @param item        the content item's name
 * @param channel     the channel's name
 * @param account     the connected account's name, or a note that none is connected
 * @param due         when it is (or was) due
 * @param lastOutcome the outcome of the last attempt, or {@code ""} before the first
 * @param message     the network's message or the reason it waits, is held or failed
 * @param link        the published post's address, or {@code null}
 * @param retryable   whether Retry is safe: it failed and its last outcome is known not to be a post
 */
record OutboxRow(ScheduledPublication publication, Status status, String item, String channel, String account,
		Instant due, String lastOutcome, String message, String link, boolean retryable) {

	/** Where a publication stands, in the order the Outbox lists them. */
	enum Status {
		/** Failed, rejected by the network, or its account's authorization expired: the user must act. */
		FAILED(Filter.FAILED, Messages.Status_failed),
		/** A call is on its way (or was interrupted and will be reconciled). */
		PUBLISHING(Filter.PUBLISHING, Messages.Status_publishing),
		/** Due now: the next pass publishes it. */
		DUE(Filter.QUEUED, Messages.Status_due),
		/** Failed for a while (temporary failure or rate limit): tried again after a time. */
		RETRY_WAIT(Filter.QUEUED, Messages.Status_retry),
		/** Scheduled later. */
		QUEUED(Filter.QUEUED, Messages.Status_scheduled),
		/** Held by a freeze or a paused account. */
		HELD(Filter.HELD, Messages.Status_held),
		/** Published. */
		PUBLISHED(Filter.PUBLISHED, Messages.Status_published);

		private final Filter filter;
		private final String label;

		Status(Filter filter, String label) {
			this.filter = filter;
			this.label = label;
		}

		Filter filter() {
			return filter;
		}

		String label() {
			return label;
		}
	}

	/** The groups the Outbox can be filtered by. */
	enum Filter {
		/** Every row. */
		ALL(Messages.Filter_all),
		/** Due, waiting to retry, or scheduled later. */
		QUEUED(Messages.Filter_queued),
		/** A call on its way. */
		PUBLISHING(Messages.Filter_publishing),
		/** The user must act. */
		FAILED(Messages.Filter_failed),
		/** Published. */
		PUBLISHED(Messages.Filter_published),
		/** Held by a freeze or a paused account. */
		HELD(Messages.Filter_held);

		private final String label;

		Filter(String label) {
			this.label = label;
		}

		String label() {
			return label;
		}

		boolean accepts(OutboxRow row) {
			return this == ALL || row.status().filter() == this;
		}
	}
}
