package io.github.chorus.channels;

/**
 * How a mention counts towards the length of a post.
 *
 * @since 0.1
 */
public enum MentionCounting {

	/** A mention counts as it is written. */
	AS_WRITTEN("asWritten"), //$NON-NLS-1$

	/**
	 * A remote mention {@code @user@domain} counts as {@code @user} only (Mastodon): the domain part
	 * is free.
	 */
	LOCAL_PART("localPart"); //$NON-NLS-1$

	private final String attributeValue;

	MentionCounting(String attributeValue) {
		this.attributeValue = attributeValue;
	}

	/** @return the value of the {@code mentions} attribute that selects this rule */
	public String attributeValue() {
		return attributeValue;
	}

	/**
	 * @param value an attribute value such as {@code "localPart"}
	 * @return the rule with that attribute value
	 * @throws IllegalArgumentException when no rule has that value
	 */
	public static MentionCounting fromAttribute(String value) {
		for (MentionCounting counting : values()) {
			if (counting.attributeValue.equals(value)) {
				return counting;
			}
		}
		throw new IllegalArgumentException("unknown mention counting: " + value); //$NON-NLS-1$
	}
}
