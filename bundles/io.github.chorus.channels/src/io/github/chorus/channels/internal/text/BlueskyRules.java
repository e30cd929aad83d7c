package io.github.chorus.channels.internal.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.chorus.channels.text.Facet;
import io.github.chorus.channels.text.TextEntity;

/**
 * Facet detection as Bluesky's own client does it before posting ({@code @atproto/api}
 * {@code rich-text/detection.ts} and {@code util.ts}, bluesky-social/atproto commit d6296a1c,
 * 2026-08-20): mentions, links, tags and cashtags, in that order, with UTF-8 byte ranges.
 * <p>
 * The JavaScript regular expressions are rewritten for {@link Pattern} with their JavaScript
 * meaning kept: JavaScript's {@code \s} is Unicode white space (written {@link #JS_SPACE} here),
 * its {@code \b} is an ASCII word boundary, {@code $} without the {@code m} flag is the end of
 * input ({@code \z}) and {@code ^} with the {@code m} flag also matches after a line terminator.
 * Domain validation uses the TLD list of the npm package {@code tlds} 1.234.0 that atproto pins
 * ({@code data/bluesky-tlds.txt}).
 * </p>
 */
public final class BlueskyRules {

	/** JavaScript's {@code \s} as a class body. */
	private static final String JS_SPACE_BODY = "\\t\\n\\u000B\\f\\r \\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF"; //$NON-NLS-1$
	/** JavaScript's {@code \s}. */
	static final String JS_SPACE = "[" + JS_SPACE_BODY + "]"; //$NON-NLS-1$ //$NON-NLS-2$
	private static final String JS_NON_SPACE = "[^" + JS_SPACE_BODY + "]"; //$NON-NLS-1$ //$NON-NLS-2$
	private static final String JS_WORD_BOUNDARY = "(?:(?<=[A-Za-z0-9_])(?![A-Za-z0-9_])|(?<![A-Za-z0-9_])(?=[A-Za-z0-9_]))"; //$NON-NLS-1$

	/** {@code /(^|\s|\()(@)([a-zA-Z0-9.-]+)(\b)/g} */
	private static final Pattern MENTION = Pattern
			.compile("(^|" + JS_SPACE + "|\\()(@)([a-zA-Z0-9.-]+)(" + JS_WORD_BOUNDARY + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	/** {@code /(^|\s|\()((https?:\/\/[\S]+)|((?<domain>[a-z][a-z0-9]*(\.[a-z0-9]+)+)[\S]*))/gim} */
	private static final Pattern URL = Pattern.compile("(^|(?<=[\\n\\r\\u2028\\u2029])|" + JS_SPACE + "|\\()" //$NON-NLS-1$ //$NON-NLS-2$
			+ "((https?://" + JS_NON_SPACE + "+)|((?<domain>[a-z][a-z0-9]*(\\.[a-z0-9]+)+)" + JS_NON_SPACE + "*))", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			Pattern.CASE_INSENSITIVE);
	/** {@code /\p{P}+$/gu} */
	private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("\\p{P}+\\z"); //$NON-NLS-1$
	private static final String TAG_EXCLUDED = JS_SPACE_BODY + "\\u00AD\\u2060\\u200A\\u200B\\u200C\\u200D\\u20E2"; //$NON-NLS-1$
	/** {@code TAG_REGEX} of util.ts. */
	private static final Pattern TAG = Pattern.compile("(^|" + JS_SPACE + ")[#\\uFF03]((?!\\uFE0F)[^" + TAG_EXCLUDED //$NON-NLS-1$ //$NON-NLS-2$
			+ "]*[^0-9\\p{P}" + TAG_EXCLUDED + "]+[^" + TAG_EXCLUDED + "]*)?"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	/** {@code CASHTAG_REGEX} of util.ts. */
	private static final Pattern CASHTAG = Pattern.compile("(^|" + JS_SPACE //$NON-NLS-1$
			+ "|\\()\\$([A-Za-z][A-Za-z0-9]{0,4})(?=" + JS_SPACE + "|\\z|[.,;:!?)\"'\\u2019])"); //$NON-NLS-1$ //$NON-NLS-2$
	private static final Pattern URL_END_PUNCTUATION = Pattern.compile("[.,;:!?]$"); //$NON-NLS-1$

	private static final List<String> TLDS = loadTlds();

	private BlueskyRules() {
	}

	/**
	 * A facet together with its UTF-16 range, so that it can also be reported as a
	 * {@link TextEntity}.
	 *
	 * @param facet the facet with UTF-8 byte offsets
	 * @param span  the same range in UTF-16 offsets, with the entity type and value
	 */
	public record Detected(Facet facet, Span span) {
	}

	/**
	 * @param text a post text
	 * @return the facets Bluesky's client would create, in its order: mentions, links, tags,
	 *         cashtags
	 */
	public static List<Detected> detect(String text) {
		Utf8Index index = new Utf8Index(text);
		List<Detected> found = new ArrayList<>();
		Matcher matcher = MENTION.matcher(text);
		while (matcher.find()) {
			String handle = matcher.group(3);
			if (!isValidDomain(handle) && !handle.endsWith(".test")) { //$NON-NLS-1$
				continue; // probably not a handle
			}
			int start = text.indexOf(handle, matcher.start()) - 1;
			int end = start + handle.length() + 1;
			found.add(new Detected(new Facet(Facet.Type.MENTION, handle, index.of(start), index.of(end)),
					new Span(TextEntity.Type.MENTION, handle, start, end)));
		}
		matcher = URL.matcher(text);
		while (matcher.find()) {
			String written = matcher.group(2);
			String uri = written;
			if (!uri.startsWith("http")) { //$NON-NLS-1$
				String domain = matcher.group("domain"); //$NON-NLS-1$
				if (domain == null || !isValidDomain(domain)) {
					continue;
				}
				uri = "https://" + uri; //$NON-NLS-1$
			}
			int start = text.indexOf(written, matcher.start());
			int end = start + written.length();
			if (URL_END_PUNCTUATION.matcher(uri).find()) {
				uri = uri.substring(0, uri.length() - 1);
				end--;
			}
			if (uri.endsWith(")") && !uri.contains("(")) { //$NON-NLS-1$ //$NON-NLS-2$
				uri = uri.substring(0, uri.length() - 1);
				end--;
			}
			found.add(new Detected(new Facet(Facet.Type.LINK, uri, index.of(start), index.of(end)),
					new Span(TextEntity.Type.URL, text.substring(start, end), start, end)));
		}
		matcher = TAG.matcher(text);
		while (matcher.find()) {
			String tag = matcher.group(2);
			if (tag == null) {
				continue;
			}
			tag = TRAILING_PUNCTUATION.matcher(tag.strip()).replaceAll(""); //$NON-NLS-1$
			if (tag.isEmpty() || (tag.length() > 64 && Unicode.graphemes(tag) > 64)) {
				continue;
			}
			int start = matcher.start() + matcher.group(1).length();
			int end = start + 1 + tag.length();
			found.add(new Detected(new Facet(Facet.Type.TAG, tag, index.of(start), index.of(end)),
					new Span(TextEntity.Type.HASHTAG, tag, start, end)));
		}
		matcher = CASHTAG.matcher(text);
		while (matcher.find()) {
			String ticker = matcher.group(2).toUpperCase(Locale.ROOT);
			int start = matcher.start() + matcher.group(1).length();
			int end = start + 1 + ticker.length();
			found.add(new Detected(new Facet(Facet.Type.TAG, '$' + ticker, index.of(start), index.of(end)),
					new Span(TextEntity.Type.CASHTAG, ticker, start, end)));
		}
		return found;
	}

	/**
	 * {@code isValidDomain} of detection.ts: whether the string ends with a dot and a known TLD.
	 * Like the original, it is case-sensitive (the TLD list is lower case).
	 *
	 * @param candidate a domain candidate
	 * @return whether it ends with {@code .<tld>}
	 */
	static boolean isValidDomain(String candidate) {
		for (String tld : TLDS) {
			int at = candidate.lastIndexOf(tld);
			if (at > 0 && candidate.charAt(at - 1) == '.' && at == candidate.length() - tld.length()) {
				return true;
			}
		}
		return false;
	}

	private static List<String> loadTlds() {
		String resource = "/data/bluesky-tlds.txt"; //$NON-NLS-1$
		try (InputStream in = BlueskyRules.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("missing resource " + resource); //$NON-NLS-1$
			}
			List<String> tlds = new ArrayList<>();
			try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
				for (String line = reader.readLine(); line != null; line = reader.readLine()) {
					String tld = line.strip();
					if (!tld.isEmpty() && !tld.startsWith("#")) { //$NON-NLS-1$
						tlds.add(tld);
					}
				}
			}
			return List.copyOf(tlds);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** UTF-16 to UTF-8 offsets of one text. */
	private static final class Utf8Index {
		private final int[] bytesBefore;

		Utf8Index(String text) {
			bytesBefore = new int[text.length() + 1];
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				int size;
				if (c < 0x80) {
					size = 1;
				} else if (c < 0x800) {
					size = 2;
				} else if (Character.isHighSurrogate(c) && i + 1 < text.length()
						&& Character.isLowSurrogate(text.charAt(i + 1))) {
					bytesBefore[i + 1] = bytesBefore[i] + 2; // inside a pair: never a facet boundary
					bytesBefore[i + 2] = bytesBefore[i] + 4;
					i++;
					continue;
				} else {
					size = 3;
				}
				bytesBefore[i + 1] = bytesBefore[i] + size;
			}
		}

		int of(int utf16) {
			return bytesBefore[utf16];
		}
	}
}
