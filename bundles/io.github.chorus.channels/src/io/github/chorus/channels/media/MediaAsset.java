package io.github.chorus.channels.media;

import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * What the media validator needs to know about one file attached to a post. Unknown properties
 * are empty; limits on them are then not checked.
 *
 * @param name            a name to show in messages, such as the file name
 * @param mimeType        the MIME type, for example {@code image/png}
 * @param bytes           the file size
 * @param width           the width in pixels, for images and videos
 * @param height          the height in pixels, for images and videos
 * @param durationSeconds the duration, for videos and audio
 * @param hasAltText      whether alternative text was written for it
 * @since 0.1
 */
public record MediaAsset(String name, String mimeType, long bytes, OptionalInt width, OptionalInt height,
		OptionalDouble durationSeconds, boolean hasAltText) {

	/**
	 * @throws IllegalArgumentException when a size is negative
	 */
	public MediaAsset {
		Objects.requireNonNull(name, "name"); //$NON-NLS-1$
		Objects.requireNonNull(mimeType, "mimeType"); //$NON-NLS-1$
		Objects.requireNonNull(width, "width"); //$NON-NLS-1$
		Objects.requireNonNull(height, "height"); //$NON-NLS-1$
		Objects.requireNonNull(durationSeconds, "durationSeconds"); //$NON-NLS-1$
		if (bytes < 0 || width.orElse(0) < 0 || height.orElse(0) < 0 || durationSeconds.orElse(0) < 0) {
			throw new IllegalArgumentException("negative size in " + name); //$NON-NLS-1$
		}
	}

	/**
	 * An image of known size.
	 *
	 * @param name       a name to show
	 * @param mimeType   its type
	 * @param bytes      its file size
	 * @param width      its width
	 * @param height     its height
	 * @param hasAltText whether it has alternative text
	 * @return the asset
	 */
	public static MediaAsset image(String name, String mimeType, long bytes, int width, int height,
			boolean hasAltText) {
		return new MediaAsset(name, mimeType, bytes, OptionalInt.of(width), OptionalInt.of(height),
				OptionalDouble.empty(), hasAltText);
	}

	/**
	 * A video of known size and duration.
	 *
	 * @param name            a name to show
	 * @param mimeType        its type
	 * @param bytes           its file size
	 * @param width           its width
	 * @param height          its height
	 * @param durationSeconds its duration
	 * @param hasAltText      whether it has alternative text
	 * @return the asset
	 */
	public static MediaAsset video(String name, String mimeType, long bytes, int width, int height,
			double durationSeconds, boolean hasAltText) {
		return new MediaAsset(name, mimeType, bytes, OptionalInt.of(width), OptionalInt.of(height),
				OptionalDouble.of(durationSeconds), hasAltText);
	}

	/** @return whether the MIME type is an image type */
	public boolean isImage() {
		return mimeType.regionMatches(true, 0, "image/", 0, 6); //$NON-NLS-1$
	}

	/** @return whether the MIME type is a video type */
	public boolean isVideo() {
		return mimeType.regionMatches(true, 0, "video/", 0, 6); //$NON-NLS-1$
	}
}
