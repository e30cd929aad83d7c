package io.github.chorus.benchmarks.text;

import java.util.List;
import java.util.Random;

import io.github.chorus.channels.TextRules;

/**
 * A seeded, reproducible set of post variants: each a text and the rules of its channel. The
 * texts look like social posts in several scripts: words, hashtags, mentions (local and remote),
 * links, emoji (with skin tones and ZWJ sequences), line breaks; about one in ten is longer than
 * X's limit. Channels are assigned round-robin, so every channel's rules get the same share.
 *
 * @param texts the texts
 * @param rules the rules of each text's channel, same index
 */
record VariantTexts(String[] texts, TextRules[] rules) {

	private static final String[] WORDS = { "launch", "today", "our", "new", "spring", "collection", "thanks",
			"everyone", "who", "joined", "live", "stream", "read", "more", "about", "the", "team", "behind", "it",
			"café", "naïve", "Straße", "día", "mañana", "équipe", "nouveauté", "zusammen", "Größe", "смотрите", "новинка",
			"привет", "東京", "新商品", "発売", "お知らせ", "서울", "신제품", "مرحبا", "جديد", "नमस्ते", "नया", "Ελλάδα" };
	private static final String[] EMOJI = { "🎉", "🚀", "❤️", "👍🏽", "👩‍💻", "🇫🇷", "👨‍👩‍👧‍👦", "✨", "🔥", "☕" };
	private static final String[] DOMAINS = { "example.com", "chorus.example.org", "shop.example.co.uk",
			"news.example.net" };

	/**
	 * @param count    number of variants
	 * @param seed     random seed
	 * @param channels the channels' rules, assigned round-robin
	 * @return the variants
	 */
	static VariantTexts generate(int count, long seed, List<TextRules> channels) {
		Random random = new Random(seed);
		String[] texts = new String[count];
		TextRules[] rules = new TextRules[count];
		StringBuilder text = new StringBuilder(1024);
		for (int i = 0; i < count; i++) {
			text.setLength(0);
			int targetLength = random.nextInt(10) == 0 ? 300 + random.nextInt(400) : 40 + random.nextInt(220);
			while (text.length() < targetLength) {
				int kind = random.nextInt(20);
				if (kind < 13) {
					text.append(WORDS[random.nextInt(WORDS.length)]);
				} else if (kind < 15) {
					text.append('#').append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(100));
				} else if (kind == 15) {
					text.append('@').append("user").append(random.nextInt(5000));
				} else if (kind == 16) {
					text.append('@').append("fan").append(random.nextInt(5000)).append('@')
							.append(DOMAINS[random.nextInt(DOMAINS.length)]);
				} else if (kind == 17) {
					text.append("https://").append(DOMAINS[random.nextInt(DOMAINS.length)]).append("/p/")
							.append(Integer.toString(random.nextInt(1 << 30), 36));
				} else if (kind == 18) {
					text.append(EMOJI[random.nextInt(EMOJI.length)]);
				} else {
					text.append(random.nextBoolean() ? "." : "\n");
				}
				text.append(' ');
			}
			texts[i] = text.toString().strip();
			rules[i] = channels.get(i % channels.size());
		}
		return new VariantTexts(texts, rules);
	}
}
