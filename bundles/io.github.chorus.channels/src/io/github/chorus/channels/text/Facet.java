package io.github.chorus.channels.text;

import java.util.Locale;
import java.util.Objects;

/**
 * A Bluesky rich-text facet ({@code app.bsky.richtext.facet}) as Bluesky's own client detects it
 * before posting: a range of the UTF-8 encoded text with one feature.
 *
 * @param type      the feature
 * @param value     for a link its URI (with {@code https://} added when the text had no protocol);
 *                  for a mention the handle without {@code @} (still to be resolved to a DID); for a
 *                  tag the tag without {@code #}, or a cashtag with its {@code $}, upper-cased
 * @param byteStart the UTF-8 byte offset where the facet starts, inclusive
 * @param byteEnd   the UTF-8 byte offset where it ends, exclusive
 * @since 0.1
 */
public record Facet(Type type, String value, int byteStart, int byteEnd) {

	/** The facet features of {@code app.bsky.richtext.facet}. */
	public enum Type {
		/** {@code app.bsky.richtext.facet#link} */
		LINK,
		/** {@code app.bsky.richtext.facet#mention} */
		MENTION,
		/** {@code app.bsky.richtext.facet#tag} */
		TAG;

		/** @return the lower-case name used in JSON output, for example {@code link} */
		public String jsonName() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	/**
	 * @throws IllegalArgumentException when the range is invalid
	 */
	public Facet {
		Objects.requireNonNull(type, "type"); //$NON-NLS-1$
		Objects.requireNonNull(value, "value"); //$NON-NLS-1$
		if (byteStart < 0 || byteEnd < byteStart) {
			throw new IllegalArgumentException("bad byte range [" + byteStart + ", " + byteEnd + ')'); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}
}
