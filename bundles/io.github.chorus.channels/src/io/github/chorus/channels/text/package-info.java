/**
 * Checks a post's text against a channel's {@link io.github.chorus.channels.TextRules} exactly as the
 * network counts it, and finds the links, mentions, hashtags and cashtags the network will see.
 * <p>
 * {@link io.github.chorus.channels.text.TextValidator#check(io.github.chorus.channels.TextRules, String, String)}
 * returns a {@link io.github.chorus.channels.text.TextCheck}: the counted length and the limit,
 * whether the text is valid, the ranges past the limit, the entities with code point indices and,
 * for Bluesky, the rich-text facets with UTF-8 byte ranges.
 * </p>
 * <ul>
 * <li>X: the official twitter-text library, configuration v3 (weighted length, URLs as 23, emoji
 * weight, NFC).</li>
 * <li>Mastodon: the server's rules: extended grapheme clusters of spoiler text plus text, each
 * link as the URL weight, a remote mention {@code @user@domain} as {@code @user}.</li>
 * <li>Bluesky: extended grapheme clusters and UTF-8 bytes, facets as Bluesky's own client detects
 * them.</li>
 * <li>Others: the counting method their contribution declares.</li>
 * </ul>
 *
 * @since 0.1
 */
package io.github.chorus.channels.text;
