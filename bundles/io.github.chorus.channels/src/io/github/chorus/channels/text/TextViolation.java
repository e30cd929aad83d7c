package io.github.chorus.channels.text;

/**
 * Why a text does not fit a channel.
 *
 * @since 0.1
 */
public enum TextViolation {
	/** The counted length is over the limit. */
	TOO_LONG,
	/** The UTF-8 encoded text is over the channel's byte limit (Bluesky). */
	TOO_MANY_BYTES,
	/** The text has more hashtags than the channel allows (Instagram). */
	TOO_MANY_HASHTAGS,
	/** The channel refuses an empty text (X). */
	EMPTY,
	/** The text holds characters the channel refuses, such as U+FFFE or U+FFFF (X). */
	INVALID_CHARACTERS
}
