package io.github.chorus.channels.text;

import java.util.Locale;
import java.util.Objects;

/**
 * A link, hashtag, mention or cashtag found in a text.
 *
 * @param type  what it is
 * @param value the entity without its sigil: the URL as written, the hashtag without {@code #},
 *              the user name without {@code @} (with its domain for a remote Mastodon mention),
 *              the cashtag without {@code $}
 * @param start the offset of its first code point in the text, sigil included
 * @param end   the offset after its last code point
 * @since 0.1
 */
public record TextEntity(Type type, String value, int start, int end) {

	/** The kinds of entity. */
	public enum Type {
		/** A link. */
		URL,
		/** A hashtag. */
		HASHTAG,
		/** A mention of an account. */
		MENTION,
		/** A stock symbol such as {@code $TSLA}. */
		CASHTAG;

		/** @return the lower-case name used in JSON output, for example {@code url} */
		public String jsonName() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	/**
	 * @throws IllegalArgumentException when the range is invalid
	 */
	public TextEntity {
		Objects.requireNonNull(type, "type"); //$NON-NLS-1$
		Objects.requireNonNull(value, "value"); //$NON-NLS-1$
		if (start < 0 || end < start) {
			throw new IllegalArgumentException("bad range [" + start + ", " + end + ')'); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}
}
