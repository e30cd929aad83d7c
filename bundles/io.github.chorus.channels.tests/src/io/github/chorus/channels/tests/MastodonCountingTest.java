package io.github.chorus.channels.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.github.chorus.channels.CountingMethod;
import io.github.chorus.channels.EntitySyntax;
import io.github.chorus.channels.MentionCounting;
import io.github.chorus.channels.TextRules;
import io.github.chorus.channels.text.TextCheck;
import io.github.chorus.channels.text.TextEntity;
import io.github.chorus.channels.text.TextRange;
import io.github.chorus.channels.text.TextValidator;
import io.github.chorus.channels.text.TextViolation;

/**
 * Mastodon's counting, from its documentation ({@code content/en/user/posting.md}: 500 characters
 * by default, links count 23 whatever their length and only with http:// or https://, a remote
 * mention counts only its user name; {@code entities/Instance.md}: {@code max_characters},
 * {@code characters_reserved_per_url}) and the server's {@code StatusLengthValidator} (extended
 * grapheme clusters of spoiler text plus text).
 */
class MastodonCountingTest {

	/** Mastodon's declared rules, as {@code io.github.chorus.channel.mastodon} contributes them. */
	static final TextRules MASTODON = new TextRules(500, CountingMethod.GRAPHEMES, OptionalInt.of(23),
			MentionCounting.LOCAL_PART, EntitySyntax.MASTODON, true, OptionalInt.empty(), OptionalInt.empty());

	private final TextValidator validator = new TextValidator();

	@ParameterizedTest(name = "[{index}] {2}")
	@CsvSource(delimiter = '|', textBlock = """
			Hello                                                                          | 5  | plain ASCII
			I \u2764\uFE0F my \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67\u200D\uD83D\uDC66 | 8  | ZWJ family and emoji presentation count 1 each
			\uD83C\uDDEB\uD83C\uDDF7\uD83C\uDDE9\uD83C\uDDEA                               | 2  | two flags
			e\u0301te\u0301                                                                | 3  | combining acute accents
			Z\u0324\u0354\u0367\u0311\u0313                                                | 1  | a letter with five combining marks
			\uD83D\uDC4B\uD83C\uDFFD                                                       | 1  | emoji with skin tone modifier
			Read https://example.com/a/very/long/path/that/is/longer/than/23/characters    | 28 | a long link counts 23
			Go http://ex.co                                                                | 26 | a short link counts 23 too
			example.com/some/long/path/without/a/protocol                                  | 45 | no protocol: not a link for Mastodon
			foohttps://example.com                                                         | 22 | a link glued to a word is not a link
			(https://example.com)                                                          | 25 | a link in parentheses
			Visit https://m\u00FCnchen.de/stadtplan now                                    | 33 | IDN domain
			@Gargron@mastodon.social hi                                                    | 11 | a remote mention counts as @user
			@alice hi                                                                      | 9  | a local mention counts as written
			me@example.com                                                                 | 14 | an e-mail address is not a mention
			https://example.com/@alice@example.social                                      | 23 | a mention inside a link is part of the link
			""")
	void countsLikeTheServer(String text, int expected, String description) {
		TextCheck check = validator.check(MASTODON, text);
		assertThat(check.length()).as(description).isEqualTo(expected);
		assertThat(check.valid()).isTrue();
		assertThat(check.maxLength()).isEqualTo(500);
	}

	@Test
	void aLinkCountsFlatOnlyWhenItIsSeparatedFromTheWordBefore() {
		String link = "http://" + "b".repeat(30) + ".com/example"; //$NON-NLS-1$ //$NON-NLS-2$
		assertThat(validator.check(MASTODON, "a".repeat(476) + ' ' + link).length()).isEqualTo(476 + 1 + 23); //$NON-NLS-1$
		TextCheck glued = validator.check(MASTODON, "a".repeat(476) + link); //$NON-NLS-1$
		assertThat(glued.length()).isEqualTo(476 + link.length());
		assertThat(glued.valid()).isFalse();
	}

	@Test
	void aLinkLongerThan4096CharactersIsNotALink() {
		String text = "http://example.com/valid?" + "#foo?".repeat(1000); //$NON-NLS-1$ //$NON-NLS-2$
		TextCheck check = validator.check(MASTODON.withMaxLength(10_000), text);
		assertThat(check.length()).isEqualTo(text.length());
		assertThat(check.entities()).noneMatch(entity -> entity.type() == TextEntity.Type.URL);
	}

	@Test
	void aRemoteMentionWithAnOverlongDomainCountsInFull() {
		String fair = "a".repeat(475) + " @alice@" + "b".repeat(30) + ".com"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertThat(validator.check(MASTODON, fair).length()).isEqualTo(475 + 1 + 6);
		String overlong = "@alice@" + "b".repeat(500) + ".com"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		TextCheck check = validator.check(MASTODON, overlong);
		assertThat(check.length()).isEqualTo(overlong.length());
		assertThat(check.valid()).isFalse();
	}

	@Test
	void fiveHundredSparklesOrTransgenderFlagsFit() {
		assertThat(validator.check(MASTODON, "\u2728".repeat(500)).valid()).isTrue(); //$NON-NLS-1$
		String flag = "\uD83C\uDFF3\uFE0F\u200D\u26A7\uFE0F"; //$NON-NLS-1$
		TextCheck flags = validator.check(MASTODON, flag.repeat(500));
		assertThat(flags.length()).isEqualTo(500);
		assertThat(flags.valid()).isTrue();
		assertThat(validator.check(MASTODON, flag.repeat(501)).valid()).isFalse();
	}

	@Test
	void whiteSpaceOnlyCountsNothing() {
		assertThat(validator.check(MASTODON, " \n\u00A0").length()).isZero();
	}

	@Test
	void spoilerTextCountsBeforeTheText() {
		TextCheck check = validator.check(MASTODON, "Hello", "CW: food"); //$NON-NLS-1$ //$NON-NLS-2$
		assertThat(check.length()).isEqualTo(13);
		assertThat(check.graphemes()).as("graphemes of the text alone").isEqualTo(5);
	}

	@Test
	void overTheLimitFromTheFirstClusterThatDoesNotFit() {
		String text = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67".repeat(499) + "ab"; //$NON-NLS-1$ //$NON-NLS-2$
		TextCheck check = validator.check(MASTODON, text);
		assertThat(check.length()).isEqualTo(501);
		assertThat(check.violations()).containsExactly(TextViolation.TOO_LONG);
		int codePointsBefore = 499 * 5 + 1; // 499 families of 5 code points, then "a" fits
		assertThat(check.overLimit()).containsExactly(new TextRange(codePointsBefore, codePointsBefore + 1));
	}

	@Test
	void aLinkPastTheLimitIsOverAsAWhole() {
		String text = "a".repeat(480) + " https://example.com/x"; //$NON-NLS-1$ //$NON-NLS-2$
		TextCheck check = validator.check(MASTODON, text);
		assertThat(check.length()).isEqualTo(504);
		assertThat(check.overLimit()).containsExactly(new TextRange(481, text.length()));
	}

	@Test
	void spoilerAloneOverTheLimitPutsTheWholeTextOver() {
		TextCheck check = validator.check(MASTODON.withMaxLength(10), "text", "a long content warning"); //$NON-NLS-1$ //$NON-NLS-2$
		assertThat(check.overLimit()).containsExactly(new TextRange(0, 4));
	}

	@Test
	void theInstanceLimitReplacesTheDefault() {
		String text = "x".repeat(600); //$NON-NLS-1$
		assertThat(validator.check(MASTODON, text).valid()).isFalse();
		TextCheck check = validator.check(MASTODON.withMaxLength(1000), text);
		assertThat(check.valid()).isTrue();
		assertThat(check.maxLength()).isEqualTo(1000);
	}

	@Test
	void findsLinksMentionsAndHashtagsWithCodePointOffsets() {
		String text = "\uD83C\uDF89 #Launch by @chorus@mastodon.social: https://example.com/r?x=1 #2026 #caf\u00E9"; //$NON-NLS-1$
		assertThat(validator.check(MASTODON, text).entities()).containsExactly(
				new TextEntity(TextEntity.Type.HASHTAG, "Launch", 2, 9), //$NON-NLS-1$
				new TextEntity(TextEntity.Type.MENTION, "chorus@mastodon.social", 13, 36), //$NON-NLS-1$
				new TextEntity(TextEntity.Type.URL, "https://example.com/r?x=1", 38, 63), //$NON-NLS-1$
				new TextEntity(TextEntity.Type.HASHTAG, "caf\u00E9", 70, 75)); //$NON-NLS-1$
	}

	@Test
	void cashtagsAreNotMastodonEntities() {
		assertThat(validator.check(MASTODON, "$TSLA up").entities()).isEmpty(); //$NON-NLS-1$
	}
}
