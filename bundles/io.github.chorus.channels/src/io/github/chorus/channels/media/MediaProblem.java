package io.github.chorus.channels.media;

import java.util.Objects;

/**
 * One way a post's media break a channel's rules.
 *
 * @param kind    what is wrong
 * @param asset   the index of the asset concerned in the list that was checked, or -1 when the
 *                problem concerns the post as a whole (too many items, media missing, mixing)
 * @param message a sentence for the user, naming the channel, the rule and the actual value
 * @since 0.1
 */
public record MediaProblem(Kind kind, int asset, String message) {

	/** The kinds of media problem. */
	public enum Kind {
		/** The channel has no such post type. */
		UNKNOWN_POST_TYPE,
		/** The post needs media and has none. */
		MEDIA_REQUIRED,
		/** The post needs text and has none. */
		TEXT_REQUIRED,
		/** The post has neither text nor media. */
		EMPTY,
		/** More items than the post type, or than this media type, allows. */
		TOO_MANY_ITEMS,
		/** Images and videos mixed where the channel refuses it. */
		MIXING_NOT_ALLOWED,
		/** The media type is not accepted. */
		TYPE_NOT_ACCEPTED,
		/** The file is too large. */
		TOO_MANY_BYTES,
		/** The image or video is too small or too large in pixels. */
		DIMENSIONS,
		/** The width-to-height ratio is out of range. */
		ASPECT_RATIO,
		/** The video or audio is too short or too long. */
		DURATION,
		/** Alternative text is missing. */
		ALT_TEXT_REQUIRED
	}

	/**
	 * @throws NullPointerException when an argument is {@code null}
	 */
	public MediaProblem {
		Objects.requireNonNull(kind, "kind"); //$NON-NLS-1$
		Objects.requireNonNull(message, "message"); //$NON-NLS-1$
	}
}
