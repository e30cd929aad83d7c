package io.github.chorus.channels;

/**
 * Which network's rules decide what in a text is a URL, a hashtag, a mention or a cashtag. The
 * same text can hold different entities on different networks: {@code example.com} is a link on X
 * and Bluesky but not on Mastodon, and {@code @user@example.social} is one mention on Mastodon.
 *
 * @since 0.1
 */
public enum EntitySyntax {

	/**
	 * The official twitter-text extractor: URLs with or without protocol, {@code @mentions},
	 * {@code #hashtags} and {@code $CASHTAGS}. The default for networks without rules of their own.
	 */
	TWITTER("twitter"), //$NON-NLS-1$

	/**
	 * The rules of the Mastodon server: only URLs with a protocol are links, a mention may carry a
	 * domain ({@code @user@domain}), hashtags follow Mastodon's tag syntax, no cashtags.
	 */
	MASTODON("mastodon"), //$NON-NLS-1$

	/**
	 * The facet detection of Bluesky's own client ({@code @atproto/api} rich text): handles that
	 * are domain names, links with or without protocol, {@code #tags} and {@code $CASHTAGS}, with
	 * UTF-8 byte ranges.
	 */
	BLUESKY("bluesky"); //$NON-NLS-1$

	private final String attributeValue;

	EntitySyntax(String attributeValue) {
		this.attributeValue = attributeValue;
	}

	/** @return the value of the {@code entities} attribute that selects this syntax */
	public String attributeValue() {
		return attributeValue;
	}

	/**
	 * @param value an attribute value such as {@code "mastodon"}
	 * @return the syntax with that attribute value
	 * @throws IllegalArgumentException when no syntax has that value
	 */
	public static EntitySyntax fromAttribute(String value) {
		for (EntitySyntax syntax : values()) {
			if (syntax.attributeValue.equals(value)) {
				return syntax;
			}
		}
		throw new IllegalArgumentException("unknown entity syntax: " + value); //$NON-NLS-1$
	}
}
