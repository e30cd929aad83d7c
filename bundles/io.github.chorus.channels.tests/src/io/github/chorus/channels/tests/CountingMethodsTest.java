package io.github.chorus.channels.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

import io.github.chorus.channels.CountingMethod;
import io.github.chorus.channels.EntitySyntax;
import io.github.chorus.channels.MentionCounting;
import io.github.chorus.channels.TextRules;
import io.github.chorus.channels.text.TextCheck;
import io.github.chorus.channels.text.TextEntity;
import io.github.chorus.channels.text.TextRange;
import io.github.chorus.channels.text.TextValidator;
import io.github.chorus.channels.text.TextViolation;

/** The counting methods other channels declare, and the limits besides length. */
class CountingMethodsTest {

	private static final String FAMILY = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67"; //$NON-NLS-1$
	private final TextValidator validator = new TextValidator();

	@Test
	void oneTextFourCounts() {
		String text = "a\u0301" + FAMILY + "\uD83C\uDDE8\uD83C\uDDED"; //$NON-NLS-1$ //$NON-NLS-2$
		assertThat(validator.check(TextRules.of(100, CountingMethod.GRAPHEMES), text).length()).isEqualTo(3);
		assertThat(validator.check(TextRules.of(100, CountingMethod.CODE_POINTS), text).length()).isEqualTo(2 + 5 + 2);
		assertThat(validator.check(TextRules.of(100, CountingMethod.UTF16), text).length()).isEqualTo(2 + 8 + 4);
		assertThat(validator.check(TextRules.of(100, CountingMethod.TWITTER_WEIGHTED), text).length())
				.as("twitter-text: NFC makes a + U+0301 one code point of weight 1; an emoji sequence weighs 2")
				.isEqualTo(1 + 2 + 2);
	}

	@Test
	void utf16OverLimitStartsAtTheFirstUnitThatDoesNotFit() {
		TextCheck check = validator.check(TextRules.of(3, CountingMethod.UTF16), "ab\uD83D\uDE00c"); //$NON-NLS-1$
		assertThat(check.length()).isEqualTo(5);
		assertThat(check.overLimit()).containsExactly(new TextRange(2, 4));
	}

	@Test
	void linksCountAsWrittenUnlessAWeightIsDeclared() {
		String text = "see https://example.com/a/long/path"; //$NON-NLS-1$
		TextRules asWritten = TextRules.of(1000, CountingMethod.CODE_POINTS);
		assertThat(validator.check(asWritten, text).length()).isEqualTo(text.length());
		assertThat(validator.check(asWritten.withUrlWeight(OptionalInt.of(23)), text).length()).isEqualTo(4 + 23);
	}

	@Test
	void instagramAllowsThirtyHashtags() {
		TextRules instagram = new TextRules(2200, CountingMethod.UTF16, OptionalInt.empty(), MentionCounting.AS_WRITTEN,
				EntitySyntax.TWITTER, false, OptionalInt.empty(), OptionalInt.of(30));
		StringBuilder thirty = new StringBuilder();
		for (int i = 1; i <= 30; i++) {
			thirty.append(" #tag").append(i); //$NON-NLS-1$
		}
		assertThat(validator.check(instagram, thirty.toString()).valid()).isTrue();
		TextCheck thirtyOne = validator.check(instagram, thirty + " #one_more"); //$NON-NLS-1$
		assertThat(thirtyOne.violations()).containsExactly(TextViolation.TOO_MANY_HASHTAGS);
		assertThat(thirtyOne.overLimit()).as("the length fits").isEmpty();
		// a link's fragment and a lone # are no hashtags, though they bring the # signs to 32
		TextCheck withFragment = validator.check(instagram, thirty + " https://example.com/page#top and # alone"); //$NON-NLS-1$
		assertThat(withFragment.valid()).isTrue();
		assertThat(withFragment.entities()).filteredOn(entity -> entity.type() == TextEntity.Type.HASHTAG)
				.hasSize(30);
	}

	@Test
	void entitiesAreFoundOnFirstUseAndStayTheSame() {
		TextRules asWritten = TextRules.of(1000, CountingMethod.UTF16);
		TextCheck check = validator.check(asWritten, "#launch with @chorus at https://example.com"); //$NON-NLS-1$
		assertThat(check.entities()).extracting(TextEntity::type).containsExactly(TextEntity.Type.HASHTAG,
				TextEntity.Type.MENTION, TextEntity.Type.URL);
		assertThat(check.entities()).isSameAs(check.entities());
		assertThat(check.facets()).isEmpty();
	}

	@Test
	void xRefusesAnEmptyPostButOthersLeaveThatToTheMediaRules() {
		assertThat(validator.check(TwitterTextConformanceTest.X, "").violations()).containsExactly(TextViolation.EMPTY); //$NON-NLS-1$
		assertThat(validator.check(MastodonCountingTest.MASTODON, "").valid()).isTrue(); //$NON-NLS-1$
	}

	@Test
	void anOverLimitRangeNeverStartsInsideACharacter() {
		String decomposed = "e\u0301".repeat(281); //$NON-NLS-1$
		TextCheck check = validator.check(TwitterTextConformanceTest.X, decomposed);
		assertThat(check.length()).as("NFC makes each pair one code point of weight 1").isEqualTo(281);
		// twitter-text's valid range ends between the last e and its accent: the whole é is over
		assertThat(check.overLimit()).containsExactly(new TextRange(560, 562));
		TextCheck family = validator.check(TextRules.of(3, CountingMethod.CODE_POINTS), "ab" + FAMILY); //$NON-NLS-1$
		assertThat(family.overLimit()).as("the family emoji is over as a whole").containsExactly(new TextRange(2, 7));
	}

	@Test
	void xRefusesInvalidCharacters() {
		assertThat(validator.check(TwitterTextConformanceTest.X, "a\uFFFFb").violations()) //$NON-NLS-1$
				.containsExactly(TextViolation.INVALID_CHARACTERS);
	}
}
