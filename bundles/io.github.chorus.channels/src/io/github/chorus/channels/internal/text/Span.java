package io.github.chorus.channels.internal.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.github.chorus.channels.text.TextEntity;

/**
 * An entity found in a text, with UTF-16 offsets (end exclusive), before conversion to the code
 * point offsets of {@link TextEntity}.
 *
 * @param type  the entity type
 * @param value the value as {@link TextEntity#value()} defines it
 * @param start the UTF-16 offset of the first char, sigil included
 * @param end   the UTF-16 offset after the last char
 */
public record Span(TextEntity.Type type, String value, int start, int end) {

	/**
	 * Keeps, in order of position, each span that does not overlap one kept before it, as
	 * twitter-text's {@code remove_overlapping_entities} does.
	 *
	 * @param spans spans in any order
	 * @return the kept spans, sorted by start
	 */
	public static List<Span> removeOverlapping(List<Span> spans) {
		List<Span> sorted = new ArrayList<>(spans);
		sorted.sort(Comparator.comparingInt(Span::start));
		List<Span> kept = new ArrayList<>();
		for (Span span : sorted) {
			if (kept.isEmpty() || kept.get(kept.size() - 1).end() <= span.start()) {
				kept.add(span);
			}
		}
		return kept;
	}

	/**
	 * @param text the text the span was found in
	 * @return the entity with code point offsets
	 */
	public TextEntity toEntity(String text) {
		return new TextEntity(type, value, Unicode.codePointOffset(text, start), Unicode.codePointOffset(text, end));
	}
}
