package io.github.chorus.channels.text;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The result of checking a text against a channel's text rules.
 *
 * @param length     the length as the channel counts it (spoiler text included where the channel
 *                   counts it)
 * @param maxLength  the limit it was checked against
 * @param graphemes  the number of extended grapheme clusters of the text as written
 * @param utf8Bytes  the size of the text in UTF-8
 * @param violations why the text does not fit; empty when it is valid
 * @param overLimit  the ranges of the text past the length or byte limit, in code points; empty
 *                   when the text fits. A range starts at a grapheme cluster boundary: a character
 *                   that is partly over the limit is over as a whole
 * @param entities   the links, hashtags, mentions and cashtags the channel will see, ordered by
 *                   position, with code point offsets
 * @param facets     for channels with Bluesky entity syntax, the rich-text facets with UTF-8 byte
 *                   offsets; empty for others
 * @since 0.1
 */
public record TextCheck(int length, int maxLength, int graphemes, int utf8Bytes, Set<TextViolation> violations,
		List<TextRange> overLimit, List<TextEntity> entities, List<Facet> facets) {

	/**
	 * Copies the collections into unmodifiable ones.
	 */
	public TextCheck {
		violations = Set.copyOf(violations);
		overLimit = List.copyOf(overLimit);
		entities = List.copyOf(entities);
		facets = List.copyOf(Objects.requireNonNull(facets));
	}

	/** @return whether the text fits the channel: no violation */
	public boolean valid() {
		return violations.isEmpty();
	}
}
