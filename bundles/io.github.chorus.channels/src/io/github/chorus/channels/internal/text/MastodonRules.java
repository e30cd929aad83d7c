package io.github.chorus.channels.internal.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.twitter.twittertext.Extractor;
import com.twitter.twittertext.Regex;

import io.github.chorus.channels.text.TextEntity;

/**
 * The entity rules of the Mastodon server (mastodon/mastodon, {@code app/lib/extractor.rb},
 * {@code config/initializers/twitter_regex.rb}, {@code Account::MENTION_RE}, {@code Tag::HASHTAG_RE}),
 * which its {@code StatusLengthValidator} uses to count a status:
 * <ul>
 * <li>links are found by twitter-text's URL grammar as Mastodon overrides it (more protocols, a
 * wider path and query grammar) and only <em>with</em> a protocol
 * ({@code extract_url_without_protocol: false});</li>
 * <li>a mention is {@code @user} or {@code @user@domain} (domain at most 253 characters) not preceded
 * by a word character, {@code =} or {@code /}, and not followed by {@code @}, an accented Latin
 * letter or {@code ://};</li>
 * <li>links and mentions that overlap are resolved by position, the earlier one wins;</li>
 * <li>hashtags follow {@code Tag::HASHTAG_RE}; Mastodon has no cashtags.</li>
 * </ul>
 * Ruby's {@code [[:word:]]} is written {@code [\p{L}\p{M}\p{Nd}\p{Pc}]} and {@code [[:alpha:]]}
 * {@code \p{IsAlphabetic}}; Ruby's {@code \w} is ASCII.
 */
public final class MastodonRules {

	private static final String WORD = "[\\p{L}\\p{M}\\p{Nd}\\p{Pc}]"; //$NON-NLS-1$
	private static final String WORD_CLASS_BODY = "\\p{L}\\p{M}\\p{Nd}\\p{Pc}"; //$NON-NLS-1$

	// --- links (twitter-text valid_url with Mastodon's overrides) ---
	private static final String INVALID_CHARS = "\\uFFFE\\uFEFF\\uFFFF"; //$NON-NLS-1$
	private static final String DIRECTIONAL_CHARS = "\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069"; //$NON-NLS-1$
	private static final String PRECEDING = "(?:[^A-Za-z0-9@\\uFF20$#\\uFF03" + INVALID_CHARS + "]|[" //$NON-NLS-1$ //$NON-NLS-2$
			+ DIRECTIONAL_CHARS + "]|^)"; //$NON-NLS-1$
	private static final String PATH_CHAR = "[^\\p{IsWhite_Space}<>()?]"; //$NON-NLS-1$
	private static final String BALANCED_PARENS = "\\((?:" + PATH_CHAR + "+|(?:" + PATH_CHAR + "*\\(" + PATH_CHAR //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			+ "+\\)" + PATH_CHAR + "*))\\)"; //$NON-NLS-1$ //$NON-NLS-2$
	private static final String PATH_ENDING = "(?:[^\\p{IsWhite_Space}()?!*\"'\u300C\u300D<>;:=,.$%\\[\\]~&|@]|" //$NON-NLS-1$
			+ BALANCED_PARENS + ")"; //$NON-NLS-1$
	private static final String PATH = "(?:(?:" + PATH_CHAR + "*(?:" + BALANCED_PARENS + PATH_CHAR + "*)*" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			+ PATH_ENDING + ")|(?:" + PATH_CHAR + "+/))"; //$NON-NLS-1$ //$NON-NLS-2$
	private static final String UCHARS = "\\u00A0-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFEF\\x{10000}-\\x{1FFFD}" //$NON-NLS-1$
			+ "\\x{20000}-\\x{2FFFD}\\x{30000}-\\x{3FFFD}\\x{40000}-\\x{4FFFD}\\x{50000}-\\x{5FFFD}\\x{60000}-\\x{6FFFD}" //$NON-NLS-1$
			+ "\\x{70000}-\\x{7FFFD}\\x{80000}-\\x{8FFFD}\\x{90000}-\\x{9FFFD}\\x{A0000}-\\x{AFFFD}\\x{B0000}-\\x{BFFFD}" //$NON-NLS-1$
			+ "\\x{C0000}-\\x{CFFFD}\\x{D0000}-\\x{DFFFD}\\x{E1000}-\\x{EFFFD}\\uE000-\\uF8FF\\x{F0000}-\\x{FFFFD}" //$NON-NLS-1$
			+ "\\x{100000}-\\x{10FFFD}"; //$NON-NLS-1$
	private static final String QUERY_CHARS = "[a-z0-9!?*'();:&=+$/%#\\[\\]\\-_.,~|@\\^" + UCHARS + "]"; //$NON-NLS-1$ //$NON-NLS-2$
	private static final String QUERY_ENDING = "[a-z0-9_&=#/\\-" + UCHARS + "]"; //$NON-NLS-1$ //$NON-NLS-2$
	private static final Pattern URL = Pattern.compile("(?<before>" + PRECEDING + ")" //$NON-NLS-1$ //$NON-NLS-2$
			+ "(?<url>(?<protocol>(?:https?|dat|dweb|ipfs|ipns|ssb|gopher|gemini)://)?" //$NON-NLS-1$
			+ "(?<domain>(?i:" + Regex.VALID_DOMAIN.pattern() + "))" //$NON-NLS-1$ //$NON-NLS-2$
			+ "(?::(?<port>[0-9]+))?" //$NON-NLS-1$
			+ "(?<path>/" + PATH + "*)?" //$NON-NLS-1$ //$NON-NLS-2$
			+ "(?<query>\\?" + QUERY_CHARS + "*" + QUERY_ENDING + ")?)", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			Pattern.CASE_INSENSITIVE | Pattern.MULTILINE | Pattern.UNIX_LINES);

	// --- mentions (Account::MENTION_RE) ---
	private static final Pattern MENTION = Pattern.compile("(?<![=/" + WORD_CLASS_BODY + "])@(" //$NON-NLS-1$ //$NON-NLS-2$
			+ "(?i:[a-z0-9_]+(?:[.-]+[a-z0-9_]+)*)" //$NON-NLS-1$
			+ "(?:@" + WORD + "+(?:[.-]+" + WORD + "+)*)?)"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	// --- hashtags (Tag::HASHTAG_RE) ---
	private static final String SEPARATORS = "_\\u00B7\\u30FB\\u200C"; //$NON-NLS-1$
	private static final String FIRST_SEQUENCE = "(?:[" + WORD_CLASS_BODY + "_][" + WORD_CLASS_BODY + SEPARATORS //$NON-NLS-1$ //$NON-NLS-2$
			+ "]*[\\p{IsAlphabetic}" + SEPARATORS + "][" + WORD_CLASS_BODY + SEPARATORS + "]*[" + WORD_CLASS_BODY //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			+ "_])"; //$NON-NLS-1$
	private static final String LAST_SEQUENCE = "(?:[" + WORD_CLASS_BODY + "_]*\\p{IsAlphabetic}[" + WORD_CLASS_BODY //$NON-NLS-1$ //$NON-NLS-2$
			+ "_]*)"; //$NON-NLS-1$
	private static final Pattern HASHTAG = Pattern.compile(
			"(?:^|[^/)A-Za-z0-9_])#(" + FIRST_SEQUENCE + "|" + LAST_SEQUENCE + ")", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			Pattern.CASE_INSENSITIVE | Pattern.MULTILINE | Pattern.UNIX_LINES);
	/** {@code Extractor::MAX_DOMAIN_LENGTH}: a mention with a longer domain is not one. */
	private static final int MAX_DOMAIN_LENGTH = 253;
	private static final Pattern HTTP_SUFFIX = Pattern.compile("(.+)(https?)$", Pattern.DOTALL); //$NON-NLS-1$

	private MastodonRules() {
	}

	/**
	 * @param text a status text
	 * @return the links (with protocol) and mentions, overlaps removed, UTF-16 offsets: the
	 *         entities {@code StatusLengthValidator} rewrites before counting
	 */
	public static List<Span> linksAndMentions(String text) {
		List<Span> spans = new ArrayList<>(links(text));
		spans.addAll(mentions(text));
		return Span.removeOverlapping(spans);
	}

	/**
	 * @param text a status text
	 * @return links, mentions and hashtags as Mastodon finds them, ordered by position
	 */
	public static List<Span> entities(String text) {
		List<Span> spans = new ArrayList<>(linksAndMentions(text));
		spans.addAll(hashtags(text));
		return Span.removeOverlapping(spans);
	}

	static List<Span> links(String text) {
		List<Span> links = new ArrayList<>();
		if (text.indexOf(':') < 0) {
			return links;
		}
		Matcher matcher = URL.matcher(text);
		while (matcher.find()) {
			String protocol = matcher.group("protocol"); //$NON-NLS-1$
			if (protocol == null) {
				continue; // Mastodon counts only links with a protocol
			}
			String url = matcher.group("url"); //$NON-NLS-1$
			if (!Extractor.isValidHostAndLength(url.length(), protocol, matcher.group("domain"))) { //$NON-NLS-1$
				continue;
			}
			links.add(new Span(TextEntity.Type.URL, url, matcher.start("url"), matcher.end("url"))); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return links;
	}

	static List<Span> mentions(String text) {
		List<Span> mentions = new ArrayList<>();
		if (!Regex.AT_SIGNS.matcher(text).find()) {
			return mentions;
		}
		Matcher matcher = MENTION.matcher(text);
		while (matcher.find()) {
			Matcher after = Regex.INVALID_MENTION_MATCH_END.matcher(text).region(matcher.end(), text.length());
			if (after.lookingAt()) {
				continue;
			}
			String user = matcher.group(1);
			int at = user.indexOf('@');
			if (at >= 0 && user.codePointCount(at + 1, user.length()) > MAX_DOMAIN_LENGTH) {
				continue; // Extractor::MAX_DOMAIN_LENGTH: such a "mention" is plain text
			}
			mentions.add(new Span(TextEntity.Type.MENTION, matcher.group(1), matcher.start(1) - 1, matcher.end(1)));
		}
		return mentions;
	}

	static List<Span> hashtags(String text) {
		List<Span> tags = new ArrayList<>();
		if (text.indexOf('#') < 0) {
			return tags;
		}
		Matcher matcher = HASHTAG.matcher(text);
		while (matcher.find()) {
			String tag = matcher.group(1);
			int end = matcher.end(1);
			if (text.startsWith("://", end)) { //$NON-NLS-1$
				Matcher http = HTTP_SUFFIX.matcher(tag);
				if (http.matches()) {
					tag = http.group(1);
					end -= http.group(2).length();
				}
			}
			tags.add(new Span(TextEntity.Type.HASHTAG, tag, matcher.start(1) - 1, end));
		}
		return tags;
	}

	/**
	 * Rewrites a status text the way {@code StatusLengthValidator#countable_text} does: every
	 * link becomes {@code urlWeight} placeholder characters and a remote mention
	 * {@code @user@domain} becomes {@code @user}.
	 *
	 * @param text      the status text
	 * @param urlWeight the characters one link counts, or -1 to keep links as written
	 * @param localPart whether remote mentions count only their user part
	 * @return the text to count
	 */
	public static String countableText(String text, int urlWeight, boolean localPart) {
		if (isBlank(text)) {
			return ""; //$NON-NLS-1$
		}
		StringBuilder countable = new StringBuilder(text.length());
		int position = 0;
		for (Span span : linksAndMentions(text)) {
			countable.append(text, position, span.start());
			if (span.type() == TextEntity.Type.URL && urlWeight >= 0) {
				countable.append("x".repeat(urlWeight)); //$NON-NLS-1$
			} else if (span.type() == TextEntity.Type.MENTION && localPart) {
				String user = span.value();
				int at = user.indexOf('@');
				countable.append('@').append(at < 0 ? user : user.substring(0, at));
			} else {
				countable.append(text, span.start(), span.end());
			}
			position = span.end();
		}
		return countable.append(text, position, text.length()).toString();
	}

	/** Ruby's {@code String#blank?}: empty or only Unicode white space. */
	private static boolean isBlank(String text) {
		return text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
	}
}
