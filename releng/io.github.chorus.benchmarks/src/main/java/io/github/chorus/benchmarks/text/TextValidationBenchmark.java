package io.github.chorus.benchmarks.text;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import com.twitter.twittertext.TwitterTextParseResults;
import com.twitter.twittertext.TwitterTextParser;

import io.github.chorus.channels.TextRules;
import io.github.chorus.channels.text.TextCheck;
import io.github.chorus.channels.text.TextValidator;

/**
 * Target 4: checking post variants against their channels' text rules
 * ({@link TextValidator}, what the composer and {@code chorus check-text} do) against calling
 * the twitter-text library alone ({@link TwitterTextParser#parseTweet(String)}) on the same
 * texts. One operation is one text; both benchmarks walk the same {@value #VARIANTS} variants
 * in the same order.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = { "-Xms1g", "-Xmx1g" })
public class TextValidationBenchmark {

	/** Number of variants (the "agency" scale of issue 8). */
	public static final int VARIANTS = 100_000;

	/** The repository's {@code bundles} folder, where the channels' rules are read from. */
	@Param("")
	public String bundles;

	private final TextValidator validator = new TextValidator();
	private String[] texts;
	private TextRules[] rules;
	private int next;

	/**
	 * @throws IOException when the channel rules cannot be read
	 */
	@Setup(Level.Trial)
	public void setUp() throws IOException {
		List<TextRules> channels = List.copyOf(ChannelRulesFile.read(Path.of(bundles)).values());
		VariantTexts variants = VariantTexts.generate(VARIANTS, 20261126L, channels);
		texts = variants.texts();
		rules = variants.rules();
	}

	/** @return the check of the next variant against its channel's rules */
	@Benchmark
	public TextCheck validateAgainstChannelRules() {
		int i = next;
		next = i + 1 == texts.length ? 0 : i + 1;
		return validator.check(rules[i], texts[i]);
	}

	/** @return twitter-text's parse of the next variant's text */
	@Benchmark
	public TwitterTextParseResults twitterTextAlone() {
		int i = next;
		next = i + 1 == texts.length ? 0 : i + 1;
		return TwitterTextParser.parseTweet(texts[i]);
	}
}
