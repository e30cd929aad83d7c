package io.github.chorus.channels.internal.text;

import java.text.BreakIterator;
import java.util.Locale;

/**
 * Counting helpers over UTF-16 strings: extended grapheme clusters (Java 21+ {@link BreakIterator}
 * implements UAX #29 extended clusters; Java 17's did not), UTF-8 sizes and code point offsets.
 */
public final class Unicode {

	private Unicode() {
	}

	/**
	 * @param text a text
	 * @return its number of extended grapheme clusters
	 */
	public static int graphemes(String text) {
		if (text.isEmpty()) {
			return 0;
		}
		BreakIterator iterator = BreakIterator.getCharacterInstance(Locale.ROOT);
		iterator.setText(text);
		int count = 0;
		while (iterator.next() != BreakIterator.DONE) {
			count++;
		}
		return count;
	}

	/**
	 * @param text a text
	 * @return the UTF-16 offsets where its grapheme clusters start, followed by its length
	 */
	public static int[] graphemeBoundaries(String text) {
		BreakIterator iterator = BreakIterator.getCharacterInstance(Locale.ROOT);
		iterator.setText(text);
		int[] boundaries = new int[text.length() + 1];
		int count = 0;
		for (int boundary = iterator.first(); boundary != BreakIterator.DONE; boundary = iterator.next()) {
			boundaries[count++] = boundary;
		}
		return java.util.Arrays.copyOf(boundaries, count);
	}

	/**
	 * @param text a text
	 * @return the size of the text encoded as UTF-8 (an unpaired surrogate counts as 3 bytes, as
	 *         an encoder replacing it with U+FFFD would write)
	 */
	public static int utf8Length(CharSequence text) {
		return utf8Length(text, 0, text.length());
	}

	/**
	 * @param text  a text
	 * @param start a UTF-16 offset
	 * @param end   a UTF-16 offset not before {@code start}
	 * @return the UTF-8 size of {@code text[start, end)}
	 */
	public static int utf8Length(CharSequence text, int start, int end) {
		int bytes = 0;
		for (int i = start; i < end; i++) {
			char c = text.charAt(i);
			if (c < 0x80) {
				bytes += 1;
			} else if (c < 0x800) {
				bytes += 2;
			} else if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(text.charAt(i + 1))) {
				bytes += 4;
				i++;
			} else {
				bytes += 3;
			}
		}
		return bytes;
	}

	/**
	 * @param text    a text
	 * @param utf16   a UTF-16 offset into it
	 * @return the number of code points before that offset
	 */
	public static int codePointOffset(String text, int utf16) {
		return text.codePointCount(0, Math.min(utf16, text.length()));
	}

	/**
	 * Counts a text in a simple unit.
	 *
	 * @param text     a text
	 * @param unit     {@code 'g'} graphemes, {@code 'c'} code points, {@code 'u'} UTF-16 units
	 * @return the count
	 */
	public static int count(String text, char unit) {
		return switch (unit) {
		case 'g' -> graphemes(text);
		case 'c' -> text.codePointCount(0, text.length());
		case 'u' -> text.length();
		default -> throw new IllegalArgumentException(String.valueOf(unit));
		};
	}

	/**
	 * Returns the UTF-16 offset at which the running UTF-8 size of a text first exceeds a limit.
	 *
	 * @param text     a text
	 * @param maxBytes the limit
	 * @return the offset of the first code point that does not fit, or -1 when all fit
	 */
	public static int firstOffsetOverBytes(String text, int maxBytes) {
		int bytes = 0;
		for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
			bytes += utf8Length(text, i, i + Character.charCount(text.codePointAt(i)));
			if (bytes > maxBytes) {
				return i;
			}
		}
		return -1;
	}
}
