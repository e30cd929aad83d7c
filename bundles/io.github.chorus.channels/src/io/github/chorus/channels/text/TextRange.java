package io.github.chorus.channels.text;

/**
 * A range of a text in Unicode code point offsets, end exclusive.
 *
 * @param start the first code point
 * @param end   the code point after the last one
 * @since 0.1
 */
public record TextRange(int start, int end) {

	/**
	 * @throws IllegalArgumentException when {@code start} is negative or after {@code end}
	 */
	public TextRange {
		if (start < 0 || end < start) {
			throw new IllegalArgumentException("bad range [" + start + ", " + end + ')'); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}
}
