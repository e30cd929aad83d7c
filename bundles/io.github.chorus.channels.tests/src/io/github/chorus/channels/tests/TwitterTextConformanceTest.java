package io.github.chorus.channels.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

import com.twitter.twittertext.Extractor;
import com.twitter.twittertext.TwitterTextParseResults;

import io.github.chorus.channels.CountingMethod;
import io.github.chorus.channels.EntitySyntax;
import io.github.chorus.channels.MentionCounting;
import io.github.chorus.channels.TextRules;
import io.github.chorus.channels.internal.text.TwitterTextRules;
import io.github.chorus.channels.text.TextCheck;
import io.github.chorus.channels.text.TextEntity;
import io.github.chorus.channels.text.TextRange;
import io.github.chorus.channels.text.TextValidator;

/**
 * The official twitter-text conformance suite (twitter/twitter-text commit 30e2430, read from
 * {@code shared/external-tests/twitter-text} at test time): every weighted-length case of
 * validate.yml under the configuration its section names, and every case of extract.yml.
 */
class TwitterTextConformanceTest {

	/** X's declared rules, as {@code io.github.chorus.channel.x} contributes them. */
	static final TextRules X = new TextRules(280, CountingMethod.TWITTER_WEIGHTED, OptionalInt.of(23),
			MentionCounting.AS_WRITTEN, EntitySyntax.TWITTER, false, OptionalInt.empty(), OptionalInt.empty());

	private static final List<String> WEIGHTED_SECTIONS = List.of("WeightedTweetsCounterTest", //$NON-NLS-1$
			"WeightedTweetsWithDiscountedEmojiCounterTest", "UnicodeDirectionalMarkerCounterTest"); //$NON-NLS-1$ //$NON-NLS-2$
	private static final List<String> EXTRACT_SECTIONS = List.of("mentions", "mentions_with_indices", //$NON-NLS-1$ //$NON-NLS-2$
			"mentions_or_lists_with_indices", "replies", "urls", "urls_with_indices", "urls_with_directional_markers", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"tco_urls_with_params", "hashtags", "hashtags_from_astral", "hashtags_with_indices", "cashtags", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"cashtags_with_indices"); //$NON-NLS-1$

	@SuppressWarnings("unchecked")
	private static Map<String, List<Map<String, Object>>> tests(String file) throws IOException {
		try (Reader reader = Files.newBufferedReader(ExternalTestData.file("twitter-text/" + file), //$NON-NLS-1$
				StandardCharsets.UTF_8)) {
			Map<String, Object> root = new Yaml().load(reader);
			return (Map<String, List<Map<String, Object>>>) root.get("tests"); //$NON-NLS-1$
		}
	}

	static Stream<Arguments> weightedCases() throws IOException {
		Map<String, List<Map<String, Object>>> tests = tests("validate.yml"); //$NON-NLS-1$
		List<Arguments> cases = new ArrayList<>();
		for (String section : WEIGHTED_SECTIONS) {
			List<Map<String, Object>> list = tests.get(section);
			assertThat(list).as("section %s in validate.yml", section).isNotEmpty(); //$NON-NLS-1$
			for (Map<String, Object> test : list) {
				cases.add(Arguments.of(section, test.get("description"), test.get("text"), test.get("expected"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
		}
		return cases.stream();
	}

	static Stream<Arguments> extractCases() throws IOException {
		Map<String, List<Map<String, Object>>> tests = tests("extract.yml"); //$NON-NLS-1$
		assertThat(tests.keySet()).as("sections of extract.yml").containsExactlyInAnyOrderElementsOf(EXTRACT_SECTIONS); //$NON-NLS-1$
		List<Arguments> cases = new ArrayList<>();
		for (String section : EXTRACT_SECTIONS) {
			for (Map<String, Object> test : tests.get(section)) {
				cases.add(Arguments.of(section, test.get("description"), test.get("text"), test.get("expected"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
		}
		return cases.stream();
	}

	@Test
	void suiteHasTheExpectedSize() throws IOException {
		assertThat(weightedCases().count()).isEqualTo(44);
		assertThat(extractCases().count()).isEqualTo(238);
	}

	/**
	 * WeightedTweetsCounterTest runs under configuration v2 (no emoji discount), the two others
	 * under v3, X's current one: those go through Chorus's {@link TextValidator} with X's rules.
	 */
	@ParameterizedTest(name = "{0}: {1}")
	@MethodSource("weightedCases")
	void weightedLength(String section, String description, String text, Map<String, Object> expected) {
		boolean v3 = !"WeightedTweetsCounterTest".equals(section); //$NON-NLS-1$
		TwitterTextParseResults library = TwitterTextRules.parse(text, TwitterTextRules.configuration(280, 23, v3));
		assertThat(library.weightedLength).as("weightedLength").isEqualTo(expected.get("weightedLength")); //$NON-NLS-1$ //$NON-NLS-2$
		assertThat(library.isValid).as("valid").isEqualTo(expected.get("valid")); //$NON-NLS-1$ //$NON-NLS-2$
		assertThat(library.permillage).as("permillage").isEqualTo(expected.get("permillage")); //$NON-NLS-1$ //$NON-NLS-2$
		assertRange(expected, "displayRangeStart", library.displayTextRange.start); //$NON-NLS-1$
		assertRange(expected, "displayRangeEnd", library.displayTextRange.end); //$NON-NLS-1$
		assertRange(expected, "validRangeStart", library.validTextRange.start); //$NON-NLS-1$
		assertRange(expected, "validRangeEnd", library.validTextRange.end); //$NON-NLS-1$
		if (v3) {
			TextCheck check = new TextValidator().check(X, text);
			assertThat(check.length()).as("Chorus length").isEqualTo(expected.get("weightedLength")); //$NON-NLS-1$ //$NON-NLS-2$
			assertThat(check.valid()).as("Chorus valid").isEqualTo(expected.get("valid")); //$NON-NLS-1$ //$NON-NLS-2$
			assertThat(check.maxLength()).isEqualTo(280);
			if (check.length() > 280) {
				int validEnd = (Integer) expected.get("validRangeEnd"); //$NON-NLS-1$
				int from = text.codePointCount(0, validEnd + 1);
				assertThat(check.overLimit()).containsExactly(new TextRange(from, text.codePointCount(0, text.length())));
			} else {
				assertThat(check.overLimit()).isEmpty();
			}
		}
	}

	private static void assertRange(Map<String, Object> expected, String key, int actual) {
		if (expected.containsKey(key)) {
			assertThat(actual).as(key).isEqualTo(expected.get(key));
		}
	}

	@ParameterizedTest(name = "{0}: {1}")
	@MethodSource("extractCases")
	@SuppressWarnings("unchecked")
	void extract(String section, String description, String text, Object expected) {
		Extractor extractor = new Extractor();
		switch (section) {
		case "mentions" -> assertThat(extractor.extractMentionedScreennames(text)).isEqualTo(expected); //$NON-NLS-1$
		case "replies" -> assertThat(extractor.extractReplyScreenname(text)).isEqualTo(expected); //$NON-NLS-1$
		case "urls", "tco_urls_with_params" -> assertThat(extractor.extractURLs(text)).isEqualTo(expected); //$NON-NLS-1$ //$NON-NLS-2$
		case "hashtags", "hashtags_from_astral" -> assertThat(extractor.extractHashtags(text)).isEqualTo(expected); //$NON-NLS-1$ //$NON-NLS-2$
		case "cashtags" -> assertThat(extractor.extractCashtags(text)).isEqualTo(expected); //$NON-NLS-1$
		case "mentions_or_lists_with_indices" -> { //$NON-NLS-1$
			List<Extractor.Entity> entities = extractor.extractMentionsOrListsWithIndices(text);
			extractor.modifyIndicesFromUTF16ToUnicode(text, entities);
			List<List<Object>> actual = entities.stream().map(e -> List.<Object>of(e.getValue(),
					e.getListSlug() == null ? "" : e.getListSlug(), e.getStart(), e.getEnd())).toList(); //$NON-NLS-1$
			List<List<Object>> wanted = ((List<Map<String, Object>>) expected).stream()
					.map(m -> List.<Object>of(m.get("screen_name"), m.get("list_slug"), //$NON-NLS-1$ //$NON-NLS-2$
							((List<Integer>) m.get("indices")).get(0), ((List<Integer>) m.get("indices")).get(1))) //$NON-NLS-1$ //$NON-NLS-2$
					.toList();
			assertThat(actual).isEqualTo(wanted);
		}
		default -> {
			// the *_with_indices sections and urls_with_directional_markers: Chorus's own entity
			// list (code point offsets), filtered by type
			TextEntity.Type type = section.startsWith("mention") ? TextEntity.Type.MENTION //$NON-NLS-1$
					: section.startsWith("url") ? TextEntity.Type.URL //$NON-NLS-1$
							: section.startsWith("hashtag") ? TextEntity.Type.HASHTAG : TextEntity.Type.CASHTAG; //$NON-NLS-1$
			String key = switch (type) {
			case MENTION -> "screen_name"; //$NON-NLS-1$
			case URL -> "url"; //$NON-NLS-1$
			case HASHTAG -> "hashtag"; //$NON-NLS-1$
			case CASHTAG -> "cashtag"; //$NON-NLS-1$
			};
			List<List<Object>> actual = new TextValidator().check(X, text).entities().stream()
					.filter(e -> e.type() == type).map(e -> List.<Object>of(e.value(), e.start(), e.end())).toList();
			List<List<Object>> wanted = ((List<Map<String, Object>>) expected).stream()
					.map(m -> List.<Object>of(m.get(key), ((List<Integer>) m.get("indices")).get(0), //$NON-NLS-1$
							((List<Integer>) m.get("indices")).get(1))) //$NON-NLS-1$
					.toList();
			assertThat(actual).isEqualTo(wanted);
		}
		}
	}
}
