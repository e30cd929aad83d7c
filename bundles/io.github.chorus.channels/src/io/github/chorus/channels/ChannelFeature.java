package io.github.chorus.channels;

/**
 * Something a channel type supports beyond posting text and media, declared in the
 * {@code <features>} element of its contribution.
 *
 * @since 0.1
 */
public enum ChannelFeature {

	/** Posts can be chained into a thread of replies by the same author. */
	THREADS("threads"), //$NON-NLS-1$
	/** A first comment can be published right after the post (common for links on Instagram and LinkedIn). */
	FIRST_COMMENT("firstComment"), //$NON-NLS-1$
	/** A post can carry a poll. */
	POLLS("polls"), //$NON-NLS-1$
	/** The network itself can hold a post and publish it at a given time, while Chorus is closed. */
	NATIVE_SCHEDULING("nativeScheduling"), //$NON-NLS-1$
	/** Comments, mentions or messages can be read into the unified inbox. */
	INBOX("inbox"), //$NON-NLS-1$
	/** Metrics of posts or of the account can be fetched. */
	METRICS("metrics"); //$NON-NLS-1$

	private final String attributeName;

	ChannelFeature(String attributeName) {
		this.attributeName = attributeName;
	}

	/** @return the name of the boolean attribute of {@code <features>} that declares this feature */
	public String attributeName() {
		return attributeName;
	}
}
