package io.github.chorus.channels;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * The text rules of a channel type, as declared in the {@code <text>} element of its contribution
 * and possibly refined for an account.
 *
 * @param maxLength      the most a post may count, in the unit of {@code counting}; positive
 * @param counting       how the length is counted
 * @param urlWeight      when present, every link counts as this many units whatever its real
 *                       length (X and Mastodon: 23); when empty, a link counts as written
 * @param mentions       how a mention counts
 * @param entities       whose rules find links, mentions, hashtags and cashtags in the text
 * @param spoilerCounted whether a content warning (spoiler text) counts towards the same limit,
 *                       placed before the text (Mastodon)
 * @param maxUtf8Bytes   when present, a second limit on the UTF-8 encoded size of the text
 *                       (Bluesky: 3000 bytes)
 * @param maxHashtags    when present, the most hashtags a post may carry (Instagram: 30)
 * @since 0.1
 */
public record TextRules(int maxLength, CountingMethod counting, OptionalInt urlWeight, MentionCounting mentions,
		EntitySyntax entities, boolean spoilerCounted, OptionalInt maxUtf8Bytes, OptionalInt maxHashtags) {

	/**
	 * Checks the arguments.
	 *
	 * @throws IllegalArgumentException when a number is not positive (a URL weight may be zero)
	 * @throws NullPointerException     when an argument is {@code null}
	 */
	public TextRules {
		Objects.requireNonNull(counting, "counting"); //$NON-NLS-1$
		Objects.requireNonNull(urlWeight, "urlWeight"); //$NON-NLS-1$
		Objects.requireNonNull(mentions, "mentions"); //$NON-NLS-1$
		Objects.requireNonNull(entities, "entities"); //$NON-NLS-1$
		Objects.requireNonNull(maxUtf8Bytes, "maxUtf8Bytes"); //$NON-NLS-1$
		Objects.requireNonNull(maxHashtags, "maxHashtags"); //$NON-NLS-1$
		if (maxLength <= 0) {
			throw new IllegalArgumentException("maxLength must be positive: " + maxLength); //$NON-NLS-1$
		}
		if (urlWeight.isPresent() && urlWeight.getAsInt() < 0) {
			throw new IllegalArgumentException("urlWeight must not be negative: " + urlWeight); //$NON-NLS-1$
		}
		if (maxUtf8Bytes.isPresent() && maxUtf8Bytes.getAsInt() <= 0) {
			throw new IllegalArgumentException("maxUtf8Bytes must be positive: " + maxUtf8Bytes); //$NON-NLS-1$
		}
		if (maxHashtags.isPresent() && maxHashtags.getAsInt() < 0) {
			throw new IllegalArgumentException("maxHashtags must not be negative: " + maxHashtags); //$NON-NLS-1$
		}
	}

	/**
	 * Rules that count {@code counting} units up to {@code maxLength}, with links and mentions
	 * counted as written, twitter-text entities, no spoiler, no byte or hashtag limit.
	 *
	 * @param maxLength the limit
	 * @param counting  how to count
	 * @return the rules
	 */
	public static TextRules of(int maxLength, CountingMethod counting) {
		return new TextRules(maxLength, counting, OptionalInt.empty(), MentionCounting.AS_WRITTEN, EntitySyntax.TWITTER,
				false, OptionalInt.empty(), OptionalInt.empty());
	}

	/**
	 * Returns these rules with another length limit, for example the {@code max_characters} a
	 * Mastodon instance reports or the limit of a paid X tier.
	 *
	 * @param newMaxLength the limit; positive
	 * @return a copy with the new limit
	 */
	public TextRules withMaxLength(int newMaxLength) {
		return new TextRules(newMaxLength, counting, urlWeight, mentions, entities, spoilerCounted, maxUtf8Bytes,
				maxHashtags);
	}

	/**
	 * @param newUrlWeight the units one link counts, or empty to count links as written
	 * @return a copy with the new URL weight
	 */
	public TextRules withUrlWeight(OptionalInt newUrlWeight) {
		return new TextRules(maxLength, counting, newUrlWeight, mentions, entities, spoilerCounted, maxUtf8Bytes,
				maxHashtags);
	}
}
