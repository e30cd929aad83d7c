package io.github.chorus.channels.text;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

import com.twitter.twittertext.TwitterTextParseResults;

import io.github.chorus.channels.CountingMethod;
import io.github.chorus.channels.EntitySyntax;
import io.github.chorus.channels.MentionCounting;
import io.github.chorus.channels.TextRules;
import io.github.chorus.channels.internal.text.BlueskyRules;
import io.github.chorus.channels.internal.text.MastodonRules;
import io.github.chorus.channels.internal.text.Span;
import io.github.chorus.channels.internal.text.TwitterTextRules;
import io.github.chorus.channels.internal.text.Unicode;

/**
 * Checks a text against a channel's {@link TextRules}. Instances hold no state and may be shared
 * between threads.
 * <p>
 * The length is counted in the unit of the rules' {@link CountingMethod}. Before counting, every
 * link counts as the URL weight and, with {@link MentionCounting#LOCAL_PART}, a remote mention
 * {@code @user@domain} as {@code @user}; which parts of the text are links and mentions is decided
 * by the rules' {@link io.github.chorus.channels.EntitySyntax}. With
 * {@link CountingMethod#TWITTER_WEIGHTED} the whole count is twitter-text's.
 * </p>
 *
 * @since 0.1
 * @noextend This class is not intended to be subclassed by clients.
 */
public final class TextValidator {

	private static final int TWITTER_DEFAULT_URL_WEIGHT = 23;

	/** Creates a validator. */
	public TextValidator() {
		// stateless
	}

	/**
	 * Checks a text without spoiler text.
	 *
	 * @param rules the channel's text rules
	 * @param text  the post's text
	 * @return the result
	 */
	public TextCheck check(TextRules rules, String text) {
		return check(rules, text, ""); //$NON-NLS-1$
	}

	/**
	 * Checks a text and its spoiler text (content warning).
	 *
	 * @param rules   the channel's text rules
	 * @param text    the post's text
	 * @param spoiler the spoiler text, empty when there is none; it counts only where
	 *                {@link TextRules#spoilerCounted()}
	 * @return the result
	 */
	public TextCheck check(TextRules rules, String text, String spoiler) {
		Objects.requireNonNull(rules, "rules"); //$NON-NLS-1$
		Objects.requireNonNull(text, "text"); //$NON-NLS-1$
		Objects.requireNonNull(spoiler, "spoiler"); //$NON-NLS-1$

		Detection detection = new Detection(rules, text);
		Set<TextViolation> violations = EnumSet.noneOf(TextViolation.class);
		int overLimitFrom = -1; // UTF-16 offset in text
		int length;
		if (rules.counting() == CountingMethod.TWITTER_WEIGHTED) {
			TwitterTextParseResults result = TwitterTextRules.parse(text, TwitterTextRules
					.configuration(rules.maxLength(), rules.urlWeight().orElse(TWITTER_DEFAULT_URL_WEIGHT), true));
			length = result.weightedLength;
			if (length > rules.maxLength()) {
				violations.add(TextViolation.TOO_LONG);
				overLimitFrom = Math.min(result.validTextRange.end + 1, text.length());
			} else if (!result.isValid) {
				violations.add(text.isEmpty() ? TextViolation.EMPTY : TextViolation.INVALID_CHARACTERS);
			}
		} else {
			List<Span> rewritten = rewritten(rules, text, detection);
			length = countLength(rules, text, spoiler, rewritten);
			if (length > rules.maxLength()) {
				violations.add(TextViolation.TOO_LONG);
				overLimitFrom = firstOffsetOverLimit(rules, text, spoiler, rewritten);
			}
		}

		int utf8Bytes = Unicode.utf8Length(text);
		if (rules.maxUtf8Bytes().isPresent() && utf8Bytes > rules.maxUtf8Bytes().getAsInt()) {
			violations.add(TextViolation.TOO_MANY_BYTES);
			int over = Unicode.firstOffsetOverBytes(text, rules.maxUtf8Bytes().getAsInt());
			overLimitFrom = overLimitFrom < 0 ? over : Math.min(overLimitFrom, over);
		}
		if (rules.maxHashtags().isPresent() && tooManyHashtags(rules, text, detection)) {
			violations.add(TextViolation.TOO_MANY_HASHTAGS);
		}
		if (overLimitFrom > 0) {
			// a character the reader sees as one (a grapheme cluster) is over as a whole when part
			// of it is: twitter-text, code point and UTF-16 limits can fall inside a cluster
			overLimitFrom = clusterStart(text, overLimitFrom);
		}
		List<TextRange> overLimit = overLimitFrom < 0 ? List.of()
				: List.of(new TextRange(Unicode.codePointOffset(text, overLimitFrom),
						text.codePointCount(0, text.length())));
		return new TextCheck(length, rules.maxLength(), Unicode.graphemes(text), utf8Bytes, violations, overLimit,
				detection);
	}

	private static boolean tooManyHashtags(TextRules rules, String text, Detection detection) {
		int limit = rules.maxHashtags().getAsInt();
		if (hashSigns(text) <= limit) {
			return false; // every hashtag of every entity syntax starts with its own # or ＃
		}
		return detection.spans().stream().filter(span -> span.type() == TextEntity.Type.HASHTAG).count() > limit;
	}

	private static int hashSigns(String text) {
		int count = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '#' || c == '\uFF03') {
				count++;
			}
		}
		return count;
	}

	private static int clusterStart(String text, int offset) {
		int start = 0;
		for (int boundary : Unicode.graphemeBoundaries(text)) {
			if (boundary > offset) {
				break;
			}
			start = boundary;
		}
		return start;
	}

	private static char unit(CountingMethod counting) {
		return switch (counting) {
		case GRAPHEMES -> 'g';
		case CODE_POINTS -> 'c';
		case UTF16 -> 'u';
		case TWITTER_WEIGHTED -> throw new IllegalArgumentException(counting.name());
		};
	}

	/**
	 * Finds the entities (and, for Bluesky syntax, the facets) of a text once, when first asked:
	 * counting needs them only for channels that rewrite links or mentions before counting.
	 */
	private static final class Detection implements Supplier<TextCheck.Entities> {

		private final TextRules rules;
		private final String text;
		private List<Span> spans;
		private List<Facet> facets;

		Detection(TextRules rules, String text) {
			this.rules = rules;
			this.text = text;
		}

		/** @return the entities' spans, UTF-16 offsets, ordered by position */
		synchronized List<Span> spans() {
			if (spans == null) {
				switch (rules.entities()) {
				case MASTODON -> {
					spans = MastodonRules.entities(text);
					facets = List.of();
				}
				case BLUESKY -> {
					List<Span> detectedSpans = new ArrayList<>();
					List<Facet> detectedFacets = new ArrayList<>();
					for (BlueskyRules.Detected detected : BlueskyRules.detect(text)) {
						detectedFacets.add(detected.facet());
						detectedSpans.add(detected.span());
					}
					detectedSpans.sort((a, b) -> Integer.compare(a.start(), b.start()));
					spans = detectedSpans;
					facets = detectedFacets;
				}
				default -> {
					spans = TwitterTextRules.spans(text);
					facets = List.of();
				}
				}
			}
			return spans;
		}

		@Override
		public synchronized TextCheck.Entities get() {
			List<TextEntity> entities = spans().stream().map(span -> span.toEntity(text)).toList();
			return new TextCheck.Entities(entities, facets);
		}
	}

	/** The links and mentions whose counted form differs from how they are written. */
	private static List<Span> rewritten(TextRules rules, String text, Detection detection) {
		boolean urls = rules.urlWeight().isPresent();
		boolean mentions = rules.mentions() == MentionCounting.LOCAL_PART;
		if (!urls && !mentions) {
			return List.of();
		}
		List<Span> candidates = switch (rules.entities()) {
		case MASTODON -> MastodonRules.linksAndMentions(text);
		default -> detection.spans();
		};
		return candidates.stream().filter(span -> (urls && span.type() == TextEntity.Type.URL)
				|| (mentions && span.type() == TextEntity.Type.MENTION)).toList();
	}

	private static String replacement(TextRules rules, Span span) {
		if (span.type() == TextEntity.Type.URL) {
			return "x".repeat(rules.urlWeight().getAsInt()); //$NON-NLS-1$
		}
		int at = span.value().indexOf('@');
		return '@' + (at < 0 ? span.value() : span.value().substring(0, at));
	}

	private static String countable(TextRules rules, String text, List<Span> rewritten) {
		if (rules.entities() == EntitySyntax.MASTODON) {
			return MastodonRules.countableText(text, rules.urlWeight().orElse(-1),
					rules.mentions() == MentionCounting.LOCAL_PART);
		}
		StringBuilder countable = new StringBuilder(text.length());
		int position = 0;
		for (Span span : rewritten) {
			countable.append(text, position, span.start()).append(replacement(rules, span));
			position = span.end();
		}
		return countable.append(text, position, text.length()).toString();
	}

	private static int countLength(TextRules rules, String text, String spoiler, List<Span> rewritten) {
		String counted = countable(rules, text, rewritten);
		if (rules.spoilerCounted()) {
			counted = spoiler + counted;
		}
		return Unicode.count(counted, unit(rules.counting()));
	}

	/**
	 * Walks the text unit by unit (a rewritten link or mention is one step of its counted size)
	 * and returns the UTF-16 offset of the first unit that no longer fits.
	 */
	private static int firstOffsetOverLimit(TextRules rules, String text, String spoiler, List<Span> rewritten) {
		char unit = unit(rules.counting());
		int used = rules.spoilerCounted() ? Unicode.count(spoiler, unit) : 0;
		if (used > rules.maxLength()) {
			return 0;
		}
		int[] boundaries = unit == 'g' ? Unicode.graphemeBoundaries(text) : new int[0];
		int next = 0; // next rewritten span
		int position = 0;
		int graphemeIndex = 0;
		while (position < text.length()) {
			int stepEnd;
			int weight;
			if (next < rewritten.size() && rewritten.get(next).start() == position) {
				Span span = rewritten.get(next++);
				stepEnd = span.end();
				weight = Unicode.count(replacement(rules, span), unit);
			} else {
				stepEnd = switch (unit) {
				case 'g' -> {
					while (graphemeIndex < boundaries.length - 1 && boundaries[graphemeIndex] <= position) {
						graphemeIndex++;
					}
					int end = boundaries[graphemeIndex];
					yield end > position ? end : position + 1;
				}
				default -> position + Character.charCount(text.codePointAt(position));
				};
				if (next < rewritten.size() && stepEnd > rewritten.get(next).start()) {
					stepEnd = rewritten.get(next).start(); // a cluster never runs into an entity
				}
				// a code point is never split: in UTF-16 it weighs its number of chars
				weight = unit == 'u' ? stepEnd - position : 1;
			}
			used += weight;
			if (used > rules.maxLength()) {
				return position;
			}
			position = stepEnd;
		}
		return text.length();
	}
}
