// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.publishing.ui.internal;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;

import io.github.chorus.channels.accounts.AccountDirectory;
import io.github.chorus.channels.connector.AccountProfile;
import io.github.chorus.content.model.AttemptOutcome;
import io.github.chorus.content.model.ContentItem;
import io.github.chorus.content.model.PublicationState;
import io.github.chorus.content.model.PublishAttempt;
import io.github.chorus.content.model.ScheduledPublication;
import io.github.chorus.content.model.Variant;
import io.github.chorus.plan.model.ChannelPresence;
import io.github.chorus.publishing.PublishingSettings;
import io.github.chorus.publishing.ui.internal.OutboxRow.Status;
import io.github.chorus.workspace.ChorusWorkspace;

/**
 * Builds the Outbox's rows from the workspace model, its publishing settings (freezes, paused accounts,
 * retry times) and its connected accounts. Reads only; call it on the UI thread, which owns the model.
 */
final class OutboxRows {

	private OutboxRows() {
	}

	/**
	 * The rows, and the first moment after {@code now} at which the clock alone changes one of them
	 * (a queued post falls due, a retry's wait ends), or {@code null} when none will.
	 *
	 * @param rows            failures first, then by due time (published: newest first)
	 * @param nextClockChange when the rows must be made again though nothing else changed
	 */
	record Rows(List<OutboxRow> rows, Instant nextClockChange) {
	}

	/**
	 * @param workspace the session's workspace
	 * @param now       the time to judge what is due
	 * @return the rows, and when the clock changes them
	 */
	static Rows of(ChorusWorkspace workspace, Instant now) {
		List<OutboxRow> rows = new ArrayList<>();
		if (workspace.content() == null) {
			return new Rows(rows, null);
		}
		PublishingSettings settings;
		try {
			settings = PublishingSettings.load(workspace.folder());
		} catch (IOException e) {
			settings = null; // shown as if nothing were frozen; the publisher reports the broken file
		}
		List<AccountProfile> accounts;
		try {
			accounts = new AccountDirectory(workspace.folder()).accounts();
		} catch (IOException e) {
			accounts = List.of();
		}
		Map<ChannelPresence, Optional<AccountProfile>> accountOf = new HashMap<>();
		Instant nextClockChange = null;
		for (ContentItem item : workspace.content().getItems()) {
			for (Variant variant : item.getVariants()) {
				Optional<AccountProfile> account = accountOf.get(variant.getChannel());
				if (account == null) {
					account = account(variant.getChannel(), accounts);
					accountOf.put(variant.getChannel(), account);
				}
				for (ScheduledPublication publication : variant.getPublications()) {
					OutboxRow row = row(item, variant, publication, account, settings, now);
					if (row != null) {
						rows.add(row);
						nextClockChange = earlier(nextClockChange, clockChange(publication, row.status(), settings, now));
					}
				}
			}
		}
		rows.sort(Comparator.comparing(OutboxRow::status).thenComparing((a, b) -> {
			Instant x = a.due() == null ? Instant.MIN : a.due();
			Instant y = b.due() == null ? Instant.MIN : b.due();
			return a.status() == Status.PUBLISHED ? y.compareTo(x) : x.compareTo(y);
		}));
		return new Rows(rows, nextClockChange);
	}

	/** When the clock alone changes the status of a publication's row, or {@code null}. */
	private static Instant clockChange(ScheduledPublication publication, Status status, PublishingSettings settings,
			Instant now) {
		if (status == Status.RETRY_WAIT) {
			return settings.notBefore(publication.getId()).orElse(null);
		}
		if (status == Status.QUEUED && publication.getScheduledAt() != null && publication.getScheduledAt().isAfter(now)) {
			return publication.getScheduledAt();
		}
		return null;
	}

	private static Instant earlier(Instant a, Instant b) {
		return a == null || b != null && b.isBefore(a) ? b : a;
	}

	private static OutboxRow row(ContentItem item, Variant variant, ScheduledPublication publication,
			Optional<AccountProfile> account, PublishingSettings settings, Instant now) {
		PublishAttempt last = publication.getAttempts().isEmpty() ? null
				: publication.getAttempts().get(publication.getAttempts().size() - 1);
		ChannelPresence channel = variant.getChannel();
		String lastMessage = last == null || last.getMessage() == null ? "" : last.getMessage(); //$NON-NLS-1$
		Status status;
		String message = lastMessage;
		switch (publication.getState()) {
		case SCHEDULED -> {
			String held = held(item, channel, account, settings);
			Optional<Instant> retry = settings == null ? Optional.empty() : settings.notBefore(publication.getId());
			if (held != null) {
				status = Status.HELD;
				message = held;
			} else if (retry.isPresent() && retry.get().isAfter(now)) {
				status = Status.RETRY_WAIT;
				message = NLS.bind(Messages.Row_retryAt, retry.get(), lastMessage);
			} else if (publication.getScheduledAt() != null && !publication.getScheduledAt().isAfter(now)) {
				status = Status.DUE;
			} else {
				status = Status.QUEUED;
			}
		}
		case PUBLISHING -> { // on its way, or interrupted and reconciled by the next pass unless held
			String held = held(item, channel, account, settings);
			status = held == null ? Status.PUBLISHING : Status.HELD;
			message = held == null ? lastMessage : NLS.bind(Messages.Row_interruptedHeld, held);
		}
		case FAILED -> status = Status.FAILED;
		case PUBLISHED -> status = Status.PUBLISHED;
		case DRAFT -> {
			if (last == null || last.getOutcome() != AttemptOutcome.REJECTED) {
				return null; // an ordinary draft, not the Outbox's business
			}
			status = Status.FAILED;
			message = NLS.bind(Messages.Row_rejected, lastMessage);
		}
		default -> {
			return null;
		}
		}
		boolean retryable = publication.getState() == PublicationState.FAILED && last != null
				&& last.getOutcome() != AttemptOutcome.UNKNOWN && last.getOutcome() != AttemptOutcome.SUCCESS;
		if (publication.getState() == PublicationState.FAILED && last != null
				&& last.getOutcome() == AttemptOutcome.UNKNOWN) {
			message = NLS.bind(Messages.Row_unknownOutcome, lastMessage);
		}
		String accountName = account.map(AccountProfile::displayName).orElse(Messages.Row_noAccount);
		String outcome = last == null ? "" : outcomeLabel(last.getOutcome()); //$NON-NLS-1$
		String link = publication.getState() == PublicationState.PUBLISHED ? publication.getRemoteUrl() : null;
		return new OutboxRow(publication, status, item.getName(), channel == null ? "?" : channel.getName(), //$NON-NLS-1$
				accountName, publication.getScheduledAt(), outcome, message, link, retryable);
	}

	/** The account the publisher would use: the one named by the channel's handle, or the only one of its type. */
	private static Optional<AccountProfile> account(ChannelPresence channel, List<AccountProfile> accounts) {
		if (channel == null || channel.getChannelTypeId() == null) {
			return Optional.empty();
		}
		List<AccountProfile> candidates = accounts.stream()
				.filter(a -> a.channelTypeId().equals(channel.getChannelTypeId())).toList();
		Optional<AccountProfile> named = candidates.stream()
				.filter(a -> a.accountId().equals(channel.getAccountHandle())).findFirst();
		return named.isPresent() || candidates.size() != 1 ? named : Optional.of(candidates.get(0));
	}

	private static String held(ContentItem item, ChannelPresence channel, Optional<AccountProfile> account,
			PublishingSettings settings) {
		if (settings == null) {
			return null;
		}
		if (settings.workspaceFreeze().isPresent()) {
			return NLS.bind(Messages.Row_frozen, settings.workspaceFreeze().get());
		}
		if (item.getCampaign() != null && settings.campaignFreeze(item.getCampaign().getId()).isPresent()) {
			return NLS.bind(Messages.Row_campaignFrozen, item.getCampaign().getName(),
					settings.campaignFreeze(item.getCampaign().getId()).get());
		}
		if (account.isPresent()) {
			Optional<String> pause = settings.accountPause(account.get().channelTypeId(), account.get().accountId());
			if (pause.isPresent()) {
				return NLS.bind(Messages.Row_paused, account.get().displayName(), pause.get());
			}
		} else if (channel != null) {
			return NLS.bind(Messages.Row_notConnected, channel.getName());
		}
		return null;
	}

	private static String outcomeLabel(AttemptOutcome outcome) {
		return switch (outcome) {
		case SUCCESS -> Messages.Outcome_success;
		case TRANSIENT_ERROR -> Messages.Outcome_transient;
		case RATE_LIMITED -> Messages.Outcome_rateLimited;
		case AUTH_ERROR -> Messages.Outcome_auth;
		case REJECTED -> Messages.Outcome_rejected;
		case UNKNOWN -> Messages.Outcome_unknown;
		default -> outcome.getLiteral();
		};
	}
}
