package io.github.chorus.channels;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * What a channel accepts for one media type, as declared by a {@code <mediaType>} element. Every
 * limit is optional: an empty value means the channel declares no such limit.
 *
 * @param mimeType           the MIME type, or a family such as {@code image/*}
 * @param maxItems           the most items of this type one post may carry, when lower than the
 *                           post type's {@link MediaRules#maxItems()} (X: four images but one video)
 * @param maxBytes           the largest file size
 * @param minWidth           the narrowest image or video, in pixels
 * @param maxWidth           the widest image or video, in pixels
 * @param minHeight          the lowest image or video, in pixels
 * @param maxHeight          the highest image or video, in pixels
 * @param maxPixels          the most pixels (width times height)
 * @param minAspectRatio     the narrowest width-to-height ratio, for example 4:5
 * @param maxAspectRatio     the widest width-to-height ratio, for example 1.91:1
 * @param minDurationSeconds the shortest video or audio
 * @param maxDurationSeconds the longest video or audio
 * @param altTextRequired    whether each item must carry alternative text
 * @since 0.1
 */
public record MediaTypeRule(String mimeType, OptionalInt maxItems, OptionalLong maxBytes, OptionalInt minWidth, OptionalInt maxWidth,
		OptionalInt minHeight, OptionalInt maxHeight, OptionalLong maxPixels, Optional<AspectRatio> minAspectRatio,
		Optional<AspectRatio> maxAspectRatio, OptionalDouble minDurationSeconds, OptionalDouble maxDurationSeconds,
		boolean altTextRequired) {

	/**
	 * @throws NullPointerException when an argument is {@code null}
	 */
	public MediaTypeRule {
		Objects.requireNonNull(mimeType, "mimeType"); //$NON-NLS-1$
		Objects.requireNonNull(maxItems, "maxItems"); //$NON-NLS-1$
		Objects.requireNonNull(maxBytes, "maxBytes"); //$NON-NLS-1$
		Objects.requireNonNull(minWidth, "minWidth"); //$NON-NLS-1$
		Objects.requireNonNull(maxWidth, "maxWidth"); //$NON-NLS-1$
		Objects.requireNonNull(minHeight, "minHeight"); //$NON-NLS-1$
		Objects.requireNonNull(maxHeight, "maxHeight"); //$NON-NLS-1$
		Objects.requireNonNull(maxPixels, "maxPixels"); //$NON-NLS-1$
		Objects.requireNonNull(minAspectRatio, "minAspectRatio"); //$NON-NLS-1$
		Objects.requireNonNull(maxAspectRatio, "maxAspectRatio"); //$NON-NLS-1$
		Objects.requireNonNull(minDurationSeconds, "minDurationSeconds"); //$NON-NLS-1$
		Objects.requireNonNull(maxDurationSeconds, "maxDurationSeconds"); //$NON-NLS-1$
		mimeType = mimeType.toLowerCase(Locale.ROOT);
	}

	/**
	 * @param type a concrete MIME type such as {@code image/png}
	 * @return whether this rule covers it: the same type, or a family {@code image/*} holding it
	 */
	public boolean matches(String type) {
		String candidate = type.toLowerCase(Locale.ROOT);
		if (mimeType.endsWith("/*")) { //$NON-NLS-1$
			return candidate.startsWith(mimeType.substring(0, mimeType.length() - 1));
		}
		return mimeType.equals(candidate);
	}
}
