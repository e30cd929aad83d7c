package io.github.chorus.channel.mastodon.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the HTML of a Mastodon status into plain text for the inbox. */
final class Html {

	private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>"); //$NON-NLS-1$
	private static final Pattern PARAGRAPH_END = Pattern.compile("(?i)</p>\\s*(?=<p)"); //$NON-NLS-1$
	private static final Pattern TAG = Pattern.compile("<[^>]*>"); //$NON-NLS-1$
	private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);"); //$NON-NLS-1$

	private Html() {
	}

	static String toText(String html) {
		if (html == null) {
			return ""; //$NON-NLS-1$
		}
		String text = BREAK.matcher(html).replaceAll("\n"); //$NON-NLS-1$
		text = PARAGRAPH_END.matcher(text).replaceAll("\n\n"); //$NON-NLS-1$
		text = TAG.matcher(text).replaceAll(""); //$NON-NLS-1$
		Matcher matcher = ENTITY.matcher(text);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(out, Matcher.quoteReplacement(entity(matcher.group(1), matcher.group())));
		}
		matcher.appendTail(out);
		return out.toString().strip();
	}

	private static String entity(String name, String whole) {
		try {
			if (name.startsWith("#x") || name.startsWith("#X")) { //$NON-NLS-1$ //$NON-NLS-2$
				return Character.toString(Integer.parseInt(name.substring(2), 16));
			}
			if (name.startsWith("#")) { //$NON-NLS-1$
				return Character.toString(Integer.parseInt(name.substring(1)));
			}
		} catch (IllegalArgumentException e) {
			return whole;
		}
		return switch (name) {
		case "amp" -> "&"; //$NON-NLS-1$ //$NON-NLS-2$
		case "lt" -> "<"; //$NON-NLS-1$ //$NON-NLS-2$
		case "gt" -> ">"; //$NON-NLS-1$ //$NON-NLS-2$
		case "quot" -> "\""; //$NON-NLS-1$ //$NON-NLS-2$
		case "apos" -> "'"; //$NON-NLS-1$ //$NON-NLS-2$
		case "nbsp" -> "\u00a0"; //$NON-NLS-1$ //$NON-NLS-2$
		default -> whole;
		};
	}
}
