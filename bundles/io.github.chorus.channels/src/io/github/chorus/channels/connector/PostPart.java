package io.github.chorus.channels.connector;

import java.util.List;
import java.util.Objects;

/**
 * One part of a publication: the post itself, a later part of its thread, or a first comment.
 *
 * @param text    the text, already adapted to the channel
 * @param spoiler a content warning shown before the text (Mastodon), or {@code null}
 * @param media   the media, in order
 * @since 0.1
 */
public record PostPart(String text, String spoiler, List<MediaFile> media) {

	/** Copies the media list. */
	public PostPart {
		Objects.requireNonNull(text, "text"); //$NON-NLS-1$
		media = List.copyOf(media);
	}

	/**
	 * @param text the text
	 * @return a part with text only
	 */
	public static PostPart text(String text) {
		return new PostPart(text, null, List.of());
	}
}
