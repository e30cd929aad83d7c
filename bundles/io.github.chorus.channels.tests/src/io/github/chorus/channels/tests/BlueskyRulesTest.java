package io.github.chorus.channels.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.chorus.channels.CountingMethod;
import io.github.chorus.channels.EntitySyntax;
import io.github.chorus.channels.MentionCounting;
import io.github.chorus.channels.TextRules;
import io.github.chorus.channels.text.Facet;
import io.github.chorus.channels.text.TextCheck;
import io.github.chorus.channels.text.TextEntity;
import io.github.chorus.channels.text.TextRange;
import io.github.chorus.channels.text.TextValidator;
import io.github.chorus.channels.text.TextViolation;

/**
 * Bluesky's rules, from its lexicons ({@code app.bsky.feed.post}: text maxGraphemes 300, maxLength
 * 3000 bytes; {@code app.bsky.richtext.facet}: UTF-8 byte slices, mention, link and tag features)
 * and the facet detection of its own client.
 */
class BlueskyRulesTest {

	/** Bluesky's declared rules, as {@code io.github.chorus.channel.bluesky} contributes them. */
	static final TextRules BLUESKY = new TextRules(300, CountingMethod.GRAPHEMES, OptionalInt.empty(),
			MentionCounting.AS_WRITTEN, EntitySyntax.BLUESKY, false, OptionalInt.of(3000), OptionalInt.empty());

	private static final String FAMILY = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67\u200D\uD83D\uDC67"; //$NON-NLS-1$

	private final TextValidator validator = new TextValidator();

	private List<Facet> facets(String text) {
		return validator.check(BLUESKY, text).facets();
	}

	@Test
	void countsGraphemesAndBytes() {
		TextCheck check = validator.check(BLUESKY, "Hello \uD83D\uDC4B\uD83C\uDFFD world"); //$NON-NLS-1$
		assertThat(check.length()).isEqualTo(13);
		assertThat(check.graphemes()).isEqualTo(13);
		assertThat(check.utf8Bytes()).isEqualTo(20);
		assertThat(check.valid()).isTrue();
	}

	@Test
	void aFamilyEmojiIsOneGraphemeOfTwentyFiveBytes() {
		TextCheck check = validator.check(BLUESKY, FAMILY);
		assertThat(check.length()).isEqualTo(1);
		assertThat(check.utf8Bytes()).isEqualTo(25).isEqualTo(FAMILY.getBytes(StandardCharsets.UTF_8).length);
	}

	@Test
	void limitIs300Graphemes() {
		assertThat(validator.check(BLUESKY, "\uD83C\uDDEF\uD83C\uDDF5".repeat(300)).valid()).isTrue(); //$NON-NLS-1$
		TextCheck over = validator.check(BLUESKY, "\uD83C\uDDEF\uD83C\uDDF5".repeat(301)); //$NON-NLS-1$
		assertThat(over.violations()).containsExactly(TextViolation.TOO_LONG);
		assertThat(over.overLimit()).containsExactly(new TextRange(600, 602));
	}

	@Test
	void byteLimitCanBeHitBeforeTheGraphemeLimit() {
		TextCheck check = validator.check(BLUESKY, FAMILY.repeat(200));
		assertThat(check.length()).isEqualTo(200);
		assertThat(check.utf8Bytes()).isEqualTo(5000);
		assertThat(check.violations()).containsExactly(TextViolation.TOO_MANY_BYTES);
		// 120 families are exactly 3000 bytes; the 121st starts at code point 120 * 7
		assertThat(check.overLimit()).containsExactly(new TextRange(840, 1400));
	}

	@Test
	void mentionAfterMultiByteCharactersHasUtf8Offsets() {
		assertThat(facets("\u2728 @alice.bsky.social")).containsExactly( //$NON-NLS-1$
				new Facet(Facet.Type.MENTION, "alice.bsky.social", 4, 22)); //$NON-NLS-1$
		assertThat(facets(FAMILY + " @handle.com " + FAMILY)).containsExactly( //$NON-NLS-1$
				new Facet(Facet.Type.MENTION, "handle.com", 26, 37)); //$NON-NLS-1$
	}

	@Test
	void entitiesOfTheSameTextUseCodePointOffsets() {
		TextCheck check = validator.check(BLUESKY, FAMILY + " @handle.com"); //$NON-NLS-1$
		assertThat(check.entities()).containsExactly(new TextEntity(TextEntity.Type.MENTION, "handle.com", 8, 19)); //$NON-NLS-1$
	}

	@ParameterizedTest
	@ValueSource(strings = { "not@right", "@handle", "@handle.notatld", "e.g.", "something-cool.jpg", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"website.com.jpg", "not.. a..url ..here", "gluedhttps://example.com", "m\u00FCnchen.de", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"#123", "#\uFE0F\u20E3", "$TOOLONG", "US$5" }) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	void noFacet(String text) {
		assertThat(facets(text)).isEmpty();
	}

	@Test
	void linksWithAndWithoutProtocol() {
		assertThat(facets("start middle.com/foo?bar=1 end")).containsExactly( //$NON-NLS-1$
				new Facet(Facet.Type.LINK, "https://middle.com/foo?bar=1", 6, 26)); //$NON-NLS-1$
		assertThat(facets("\u00E9t\u00E9 https://m\u00FCnchen.de/plan")).containsExactly( //$NON-NLS-1$
				new Facet(Facet.Type.LINK, "https://m\u00FCnchen.de/plan", 6, 30)); //$NON-NLS-1$
		assertThat(facets("newline1.com\nnewline2.com")).containsExactly( //$NON-NLS-1$
				new Facet(Facet.Type.LINK, "https://newline1.com", 0, 12), //$NON-NLS-1$
				new Facet(Facet.Type.LINK, "https://newline2.com", 13, 25)); //$NON-NLS-1$
	}

	@Test
	void trailingPunctuationAndParenthesesAreNotPartOfALink() {
		assertThat(facets("see https://foo.com, https://bar.com/x; https://baz.com.")).extracting(Facet::value) //$NON-NLS-1$
				.containsExactly("https://foo.com", "https://bar.com/x", "https://baz.com"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertThat(facets("(https://foo.com)")).containsExactly(new Facet(Facet.Type.LINK, "https://foo.com", 1, 16)); //$NON-NLS-1$ //$NON-NLS-2$
		assertThat(facets("wiki https://en.wikipedia.org/wiki/Mars_(planet)")).extracting(Facet::value) //$NON-NLS-1$
				.containsExactly("https://en.wikipedia.org/wiki/Mars_(planet)"); //$NON-NLS-1$
	}

	@Test
	void tagsAndCashtags() {
		assertThat(facets("#hello \uFF03\u4E16\u754C, #1st #tag! $aapl.")).containsExactly( //$NON-NLS-1$
				new Facet(Facet.Type.TAG, "hello", 0, 6), //$NON-NLS-1$
				new Facet(Facet.Type.TAG, "\u4E16\u754C", 7, 16), //$NON-NLS-1$
				new Facet(Facet.Type.TAG, "1st", 18, 22), //$NON-NLS-1$
				new Facet(Facet.Type.TAG, "tag", 23, 27), //$NON-NLS-1$
				new Facet(Facet.Type.TAG, "$AAPL", 29, 34)); //$NON-NLS-1$
	}

	@Test
	void aTagLongerThan64GraphemesIsNoTag() {
		assertThat(facets("#" + "a".repeat(64))).hasSize(1); //$NON-NLS-1$ //$NON-NLS-2$
		assertThat(facets("#" + "a".repeat(65))).isEmpty(); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void facetsComeInDetectionOrderAndEntitiesInTextOrder() {
		TextCheck check = validator.check(BLUESKY, "#tag https://a.com @b.com"); //$NON-NLS-1$
		assertThat(check.facets()).extracting(Facet::type).containsExactly(Facet.Type.MENTION, Facet.Type.LINK,
				Facet.Type.TAG);
		assertThat(check.entities()).extracting(TextEntity::type).containsExactly(TextEntity.Type.HASHTAG,
				TextEntity.Type.URL, TextEntity.Type.MENTION);
	}
}
