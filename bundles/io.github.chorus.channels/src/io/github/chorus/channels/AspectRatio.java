package io.github.chorus.channels;

/**
 * A width-to-height ratio such as 4:5 or 1.91:1, as networks state them.
 *
 * @param width  the width part; positive
 * @param height the height part; positive
 * @since 0.1
 */
public record AspectRatio(double width, double height) {

	/**
	 * @throws IllegalArgumentException when a part is not a positive number
	 */
	public AspectRatio {
		if (!(width > 0) || !(height > 0) || Double.isInfinite(width) || Double.isInfinite(height)) {
			throw new IllegalArgumentException("aspect ratio parts must be positive: " + width + ':' + height); //$NON-NLS-1$
		}
	}

	/**
	 * @param text a ratio written {@code width:height}, for example {@code "4:5"} or {@code "1.91:1"}
	 * @return the ratio
	 * @throws IllegalArgumentException when the text is not such a ratio
	 */
	public static AspectRatio parse(String text) {
		int colon = text.indexOf(':');
		if (colon <= 0 || colon == text.length() - 1) {
			throw new IllegalArgumentException("not a ratio width:height: " + text); //$NON-NLS-1$
		}
		try {
			return new AspectRatio(Double.parseDouble(text.substring(0, colon).trim()),
					Double.parseDouble(text.substring(colon + 1).trim()));
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("not a ratio width:height: " + text, e); //$NON-NLS-1$
		}
	}

	/** @return width divided by height */
	public double value() {
		return width / height;
	}

	/** @return the ratio written as a marketer reads it, for example {@code 4:5} or {@code 1.91:1} */
	@Override
	public String toString() {
		return format(width) + ':' + format(height);
	}

	private static String format(double part) {
		return part == Math.rint(part) ? Long.toString((long) part) : Double.toString(part);
	}
}
