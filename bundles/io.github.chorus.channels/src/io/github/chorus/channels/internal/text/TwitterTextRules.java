package io.github.chorus.channels.internal.text;

import java.util.ArrayList;
import java.util.List;

import com.twitter.twittertext.Extractor;
import com.twitter.twittertext.TwitterTextConfiguration;
import com.twitter.twittertext.TwitterTextParseResults;
import com.twitter.twittertext.TwitterTextParser;

import io.github.chorus.channels.text.TextEntity;

/**
 * X's rules, delegated to the official twitter-text library (com.twitter.twittertext 3.1), which
 * passes the twitter-text conformance suite.
 */
public final class TwitterTextRules {

	private TwitterTextRules() {
	}

	/**
	 * Builds a twitter-text configuration: the weight ranges, scale and default weight of the
	 * library's configuration v3, with a given limit and URL weight.
	 *
	 * @param maxWeightedLength the limit (280 for X's free tier)
	 * @param urlWeight         what one URL counts (23)
	 * @param emojiParsing      whether emoji sequences count as one weighted unit (configuration
	 *                          v3) or per code point (configuration v2)
	 * @return the configuration
	 */
	public static TwitterTextConfiguration configuration(int maxWeightedLength, int urlWeight, boolean emojiParsing) {
		TwitterTextConfiguration v3 = TwitterTextConfiguration.getDefaultConfig();
		return new TwitterTextConfiguration.Builder() //
				.setVersion(emojiParsing ? 3 : 2) //
				.setMaxWeightedTweetLength(maxWeightedLength) //
				.setScale(v3.getScale()) //
				.setDefaultWeight(v3.getDefaultWeight()) //
				.setEmojiParsingEnabled(emojiParsing) //
				.setTransformedURLLength(urlWeight) //
				.setRanges(v3.getRanges()) //
				.build();
	}

	/**
	 * @param text          a text
	 * @param configuration a configuration
	 * @return twitter-text's weighted length, validity and valid range of the text
	 */
	public static TwitterTextParseResults parse(String text, TwitterTextConfiguration configuration) {
		return TwitterTextParser.parseTweet(text, configuration);
	}

	/**
	 * @param text a text
	 * @return the URLs, hashtags, mentions (and lists) and cashtags twitter-text finds, UTF-16
	 *         offsets
	 */
	public static List<Span> spans(String text) {
		List<Span> spans = new ArrayList<>();
		for (Extractor.Entity entity : new Extractor().extractEntitiesWithIndices(text)) {
			TextEntity.Type type = switch (entity.getType()) {
			case URL -> TextEntity.Type.URL;
			case HASHTAG -> TextEntity.Type.HASHTAG;
			case MENTION -> TextEntity.Type.MENTION;
			case CASHTAG -> TextEntity.Type.CASHTAG;
			};
			String value = entity.getValue();
			if (type == TextEntity.Type.MENTION && entity.getListSlug() != null) {
				value += entity.getListSlug();
			}
			spans.add(new Span(type, value, entity.getStart(), entity.getEnd()));
		}
		return spans;
	}
}
