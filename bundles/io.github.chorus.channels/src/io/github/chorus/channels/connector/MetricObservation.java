package io.github.chorus.channels.connector;

import java.time.Instant;
import java.util.Objects;

/**
 * One raw metric value as the network reported it. Chorus computes KPIs from these; connectors never
 * compute rates or sums.
 *
 * @param subject     {@link #ACCOUNT} for the account, or the remote id of a post
 * @param metric      what was counted
 * @param networkName the network's own name for it ({@code followers_count}, {@code likeCount})
 * @param value       the value
 * @param observedAt  when the value was read
 * @param provenance  where it comes from: the request ({@code GET /api/v1/statuses/103}), never a secret
 * @since 0.1
 */
public record MetricObservation(String subject, Metric metric, String networkName, long value, Instant observedAt,
		String provenance) {

	/** The subject of account-level observations. */
	public static final String ACCOUNT = "account"; //$NON-NLS-1$

	/** The kinds of raw metrics. */
	public enum Metric {
		/** Accounts following the account (a cumulative total). */
		FOLLOWERS,
		/** Accounts the account follows (a cumulative total). */
		FOLLOWING,
		/** Posts of the account (a cumulative total). */
		POSTS,
		/** Likes or favourites of a post. */
		LIKES,
		/** Reposts, boosts or reblogs of a post. */
		SHARES,
		/** Replies or comments to a post. */
		REPLIES,
		/** Quotes of a post. */
		QUOTES,
		/** Times a post was shown. */
		IMPRESSIONS,
		/** Distinct accounts a post was shown to. */
		REACH
	}

	/** Checks the arguments. */
	public MetricObservation {
		Objects.requireNonNull(subject, "subject"); //$NON-NLS-1$
		Objects.requireNonNull(metric, "metric"); //$NON-NLS-1$
		Objects.requireNonNull(networkName, "networkName"); //$NON-NLS-1$
		Objects.requireNonNull(observedAt, "observedAt"); //$NON-NLS-1$
		Objects.requireNonNull(provenance, "provenance"); //$NON-NLS-1$
	}
}
