package io.github.chorus.channels.connector;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A media file to upload with a post part.
 *
 * @param file     the file on disk
 * @param mimeType its MIME type, for example {@code image/png}
 * @param altText  the description for people who cannot see it, or {@code null}
 * @since 0.1
 */
public record MediaFile(Path file, String mimeType, String altText) {

	/** Checks the arguments. */
	public MediaFile {
		Objects.requireNonNull(file, "file"); //$NON-NLS-1$
		Objects.requireNonNull(mimeType, "mimeType"); //$NON-NLS-1$
	}

	/** @return the alt text, or the empty string */
	public String altTextOrEmpty() {
		return altText == null ? "" : altText; //$NON-NLS-1$
	}
}
