package io.github.chorus.channels;

/**
 * Whether a post of some type needs text, media or both.
 *
 * @since 0.1
 */
public enum TextMediaRequirement {

	/** Text, media or both: a post must not be empty. */
	TEXT_OR_MEDIA("textOrMedia"), //$NON-NLS-1$
	/** Text is required; media are optional. */
	TEXT("text"), //$NON-NLS-1$
	/** At least one media item is required; text is optional (Instagram). */
	MEDIA("media"), //$NON-NLS-1$
	/** Both text and at least one media item are required. */
	TEXT_AND_MEDIA("textAndMedia"); //$NON-NLS-1$

	private final String attributeValue;

	TextMediaRequirement(String attributeValue) {
		this.attributeValue = attributeValue;
	}

	/** @return the value of the {@code requires} attribute that selects this requirement */
	public String attributeValue() {
		return attributeValue;
	}

	/**
	 * @param value an attribute value such as {@code "media"}
	 * @return the requirement with that value
	 * @throws IllegalArgumentException when no requirement has that value
	 */
	public static TextMediaRequirement fromAttribute(String value) {
		for (TextMediaRequirement requirement : values()) {
			if (requirement.attributeValue.equals(value)) {
				return requirement;
			}
		}
		throw new IllegalArgumentException("unknown text/media requirement: " + value); //$NON-NLS-1$
	}
}
