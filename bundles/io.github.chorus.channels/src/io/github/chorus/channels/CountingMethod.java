package io.github.chorus.channels;

/**
 * How a network counts the length of a post's text against its limit.
 *
 * @since 0.1
 */
public enum CountingMethod {

	/** Unicode code points, as Java's {@code String.codePointCount} counts them. */
	CODE_POINTS("codePoints"), //$NON-NLS-1$

	/**
	 * Extended grapheme clusters (what a reader sees as one character: a ZWJ emoji family, a flag,
	 * a letter with combining marks), as Unicode UAX #29 defines them. Mastodon and Bluesky count
	 * this way.
	 */
	GRAPHEMES("graphemes"), //$NON-NLS-1$

	/**
	 * The weighted length of the official twitter-text library (configuration v3): most Latin,
	 * Cyrillic, Greek and similar code points weigh 1, others (CJK, emoji sequences) weigh 2,
	 * text is NFC-normalised and every URL counts as the URL weight. Used by X.
	 */
	TWITTER_WEIGHTED("twitterWeighted"), //$NON-NLS-1$

	/** UTF-16 code units, as JavaScript's {@code String.length} counts them. */
	UTF16("utf16"); //$NON-NLS-1$

	private final String attributeValue;

	CountingMethod(String attributeValue) {
		this.attributeValue = attributeValue;
	}

	/**
	 * @return the value of the {@code counting} attribute in the extension point that selects this
	 *         method
	 */
	public String attributeValue() {
		return attributeValue;
	}

	/**
	 * @param value an attribute value such as {@code "graphemes"}
	 * @return the method with that attribute value
	 * @throws IllegalArgumentException when no method has that value
	 */
	public static CountingMethod fromAttribute(String value) {
		for (CountingMethod method : values()) {
			if (method.attributeValue.equals(value)) {
				return method;
			}
		}
		throw new IllegalArgumentException("unknown counting method: " + value); //$NON-NLS-1$
	}
}
