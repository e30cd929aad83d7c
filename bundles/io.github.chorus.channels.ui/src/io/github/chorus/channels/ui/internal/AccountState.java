// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.channels.ui.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import org.eclipse.osgi.util.NLS;

import io.github.chorus.channels.connector.AccountProfile;

/**
 * Where a connected account stands, as the Accounts view and the expiry warning show it.
 *
 * @param kind         the state
 * @param daysLeft     whole calendar days until the token expires ({@link Kind#EXPIRING}), else 0
 * @param pauseReason  why the publishing engine paused the account ({@link Kind#PAUSED}), else {@code null}
 * @param refreshable  whether the connector renews the token itself with Refresh Token (setting
 *                     {@code refreshable=true})
 */
public record AccountState(Kind kind, long daysLeft, String pauseReason, boolean refreshable) {

	/** The states, from fine to worst. */
	public enum Kind {
		/** Connected; the token does not expire soon (or does not expire). */
		CONNECTED,
		/** The token expires within the warning period. */
		EXPIRING,
		/** The token expired: the account must be reconnected (or refreshed, when it is refreshable). */
		EXPIRED,
		/** The publishing engine paused the account, after the network refused its authorization. */
		PAUSED
	}

	/** The account setting connectors set to {@code true} when they can renew the token themselves. */
	static final String REFRESHABLE = "refreshable"; //$NON-NLS-1$

	/**
	 * @param account     the account
	 * @param pauseReason why the publishing engine paused it, or {@code null}
	 * @param now         the time to judge at
	 * @param zone        the user's time zone, for calendar days
	 * @param warningDays how many days before the expiry to warn; 0 warns only once it expired
	 * @return the state
	 */
	public static AccountState of(AccountProfile account, String pauseReason, Instant now, ZoneId zone, int warningDays) {
		boolean refreshable = Boolean.parseBoolean(account.settings().get(REFRESHABLE));
		if (pauseReason != null) {
			return new AccountState(Kind.PAUSED, 0, pauseReason, refreshable);
		}
		Instant expiry = account.tokenExpiry();
		if (expiry == null) {
			return new AccountState(Kind.CONNECTED, 0, null, refreshable);
		}
		if (!expiry.isAfter(now)) {
			return new AccountState(Kind.EXPIRED, 0, null, refreshable);
		}
		long days = ChronoUnit.DAYS.between(LocalDate.ofInstant(now, zone), LocalDate.ofInstant(expiry, zone));
		// a refreshable token (X's two-hour tokens) is renewed by Refresh Token: no warning ahead
		if (!refreshable && expiry.isBefore(now.plus(Duration.ofDays(warningDays)))) {
			return new AccountState(Kind.EXPIRING, days, null, false);
		}
		return new AccountState(Kind.CONNECTED, 0, null, refreshable);
	}

	/** @return whether the user should act: expiring, expired or paused */
	public boolean needsAttention() {
		return kind != Kind.CONNECTED;
	}

	/** @return the state as the Accounts view's Status column shows it */
	public String label() {
		return switch (kind) {
		case CONNECTED -> Messages.State_connected;
		case EXPIRING -> daysLeft == 0 ? Messages.State_expiresToday
				: daysLeft == 1 ? Messages.State_expiresTomorrow : NLS.bind(Messages.State_expiresInDays, daysLeft);
		case EXPIRED -> refreshable ? Messages.State_expiredRefreshable : Messages.State_expired;
		case PAUSED -> NLS.bind(Messages.State_paused, pauseReason);
		};
	}
}
