package io.github.chorus.channels.text;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The result of checking a text against a channel's text rules.
 * <p>
 * The length, limits and violations are decided when the check is made. The entities and
 * facets are found on first use, because bulk validation (a whole workspace's variants) never asks
 * for them and finding them costs as much as the rest of the check; a check may be shared between
 * threads.
 * </p>
 *
 * @since 0.1
 * @noinstantiate This class is not intended to be instantiated by clients.
 */
public final class TextCheck {

	/**
	 * The entities of a text as a channel sees them.
	 *
	 * @param entities the links, hashtags, mentions and cashtags, ordered by position, with code
	 *                 point offsets
	 * @param facets   the rich-text facets with UTF-8 byte offsets, for channels with Bluesky
	 *                 entity syntax; empty for others
	 */
	record Entities(List<TextEntity> entities, List<Facet> facets) {

		Entities {
			entities = List.copyOf(entities);
			facets = List.copyOf(facets);
		}
	}

	private final int length;
	private final int maxLength;
	private final int graphemes;
	private final int utf8Bytes;
	private final Set<TextViolation> violations;
	private final List<TextRange> overLimit;
	private Supplier<Entities> finder;
	private volatile Entities found;

	TextCheck(int length, int maxLength, int graphemes, int utf8Bytes, Set<TextViolation> violations,
			List<TextRange> overLimit, Supplier<Entities> finder) {
		this.length = length;
		this.maxLength = maxLength;
		this.graphemes = graphemes;
		this.utf8Bytes = utf8Bytes;
		this.violations = Set.copyOf(violations);
		this.overLimit = List.copyOf(overLimit);
		this.finder = Objects.requireNonNull(finder);
	}

	/** @return the length as the channel counts it (spoiler text included where the channel counts it) */
	public int length() {
		return length;
	}

	/** @return the limit the text was checked against */
	public int maxLength() {
		return maxLength;
	}

	/** @return the number of extended grapheme clusters of the text as written */
	public int graphemes() {
		return graphemes;
	}

	/** @return the size of the text in UTF-8 */
	public int utf8Bytes() {
		return utf8Bytes;
	}

	/** @return why the text does not fit; empty when it is valid */
	public Set<TextViolation> violations() {
		return violations;
	}

	/**
	 * @return the ranges of the text past the length or byte limit, in code points; empty when the
	 *         text fits. A range starts at a grapheme cluster boundary: a character that is partly
	 *         over the limit is over as a whole
	 */
	public List<TextRange> overLimit() {
		return overLimit;
	}

	/**
	 * @return the links, hashtags, mentions and cashtags the channel will see, ordered by position,
	 *         with code point offsets
	 */
	public List<TextEntity> entities() {
		return entitiesFound().entities();
	}

	/**
	 * @return for channels with Bluesky entity syntax, the rich-text facets with UTF-8 byte offsets;
	 *         empty for others
	 */
	public List<Facet> facets() {
		return entitiesFound().facets();
	}

	/** @return whether the text fits the channel: no violation */
	public boolean valid() {
		return violations.isEmpty();
	}

	private Entities entitiesFound() {
		Entities result = found;
		if (result == null) {
			synchronized (this) {
				result = found;
				if (result == null) {
					result = finder.get();
					found = result;
					finder = null; // lets the text go
				}
			}
		}
		return result;
	}

	@Override
	public String toString() {
		return "TextCheck[length=" + length + ", maxLength=" + maxLength + ", violations=" + violations //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ ", overLimit=" + overLimit + "]"; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
