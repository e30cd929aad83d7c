package io.github.chorus.benchmarks.text;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import io.github.chorus.channels.CountingMethod;
import io.github.chorus.channels.EntitySyntax;
import io.github.chorus.channels.MentionCounting;
import io.github.chorus.channels.TextRules;

/**
 * The text rules of the built-in channels, read from the {@code <text>} element of each
 * {@code bundles/io.github.chorus.channel.*&#47;plugin.xml} with the attribute meanings and
 * defaults of the channel-type extension point (the benchmark runs outside OSGi, so it cannot use
 * the registry).
 */
final class ChannelRulesFile {

	private ChannelRulesFile() {
	}

	/**
	 * @param bundles the repository's {@code bundles} folder
	 * @return channel type id to its text rules, sorted by id
	 * @throws IOException when no channel is found or a file cannot be read
	 */
	static Map<String, TextRules> read(Path bundles) throws IOException {
		Map<String, TextRules> rules = new TreeMap<>();
		try (DirectoryStream<Path> folders = Files.newDirectoryStream(bundles, "io.github.chorus.channel.*")) {
			for (Path folder : folders) {
				Path pluginXml = folder.resolve("plugin.xml");
				if (!Files.isRegularFile(pluginXml)) {
					continue;
				}
				try {
					var factory = DocumentBuilderFactory.newInstance();
					factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
					NodeList types = factory.newDocumentBuilder().parse(pluginXml.toFile())
							.getElementsByTagName("channelType");
					for (int i = 0; i < types.getLength(); i++) {
						Element type = (Element) types.item(i);
						NodeList texts = type.getElementsByTagName("text");
						if (texts.getLength() == 1) {
							rules.put(type.getAttribute("id"), rules((Element) texts.item(0)));
						}
					}
				} catch (Exception e) {
					throw new IOException("Cannot read the channel rules in " + pluginXml, e);
				}
			}
		}
		if (rules.isEmpty()) {
			throw new IOException("No channel types in " + bundles);
		}
		return rules;
	}

	private static TextRules rules(Element text) {
		CountingMethod counting = CountingMethod.fromAttribute(text.getAttribute("counting"));
		OptionalInt urlWeight = optionalInt(text, "urlWeight");
		if (counting == CountingMethod.TWITTER_WEIGHTED && urlWeight.isEmpty()) {
			urlWeight = OptionalInt.of(23);
		}
		return new TextRules(Integer.parseInt(text.getAttribute("maxLength")), counting, urlWeight,
				MentionCounting.fromAttribute(orDefault(text, "mentions", "asWritten")),
				EntitySyntax.fromAttribute(orDefault(text, "entities", "twitter")),
				Boolean.parseBoolean(orDefault(text, "spoilerCounted", "false")), optionalInt(text, "maxUtf8Bytes"),
				optionalInt(text, "maxHashtags"));
	}

	private static String orDefault(Element element, String attribute, String defaultValue) {
		String value = element.getAttribute(attribute);
		return value.isBlank() ? defaultValue : value;
	}

	private static OptionalInt optionalInt(Element element, String attribute) {
		String value = element.getAttribute(attribute);
		return value.isBlank() ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(value));
	}
}
