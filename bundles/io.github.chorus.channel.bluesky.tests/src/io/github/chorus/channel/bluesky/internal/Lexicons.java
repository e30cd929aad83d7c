package io.github.chorus.channel.bluesky.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Checks a record against the atproto lexicons in {@code data/}: the post's properties and required
 * fields, its text limits, every facet (byte range inside the UTF-8 text, feature type and its
 * required field) and the images embed.
 */
final class Lexicons {

	private static final ObjectMapper JSON = new ObjectMapper();

	private Lexicons() {
	}

	static JsonNode read(String name) throws IOException {
		try (InputStream in = Lexicons.class.getResourceAsStream("/data/" + name)) {
			assertThat(in).as(name).isNotNull();
			return JSON.readTree(in);
		}
	}

	static void assertValidPost(JsonNode record) throws IOException {
		JsonNode post = read("app.bsky.feed.post.json").path("defs").path("main").path("record");
		assertThat(record.path("$type").asText()).isEqualTo("app.bsky.feed.post");
		Set<String> allowed = new HashSet<>();
		post.path("properties").fieldNames().forEachRemaining(allowed::add);
		allowed.add("$type");
		for (Iterator<String> names = record.fieldNames(); names.hasNext();) {
			String name = names.next();
			assertThat(allowed).as("a property of app.bsky.feed.post").contains(name);
		}
		for (JsonNode required : post.path("required")) {
			assertThat(record.has(required.asText())).as("required " + required.asText()).isTrue();
		}
		String text = record.path("text").asText();
		byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
		assertThat(utf8.length).isLessThanOrEqualTo(post.path("properties").path("text").path("maxLength").asInt());
		assertThat(text.codePoints().count()).isLessThanOrEqualTo(post.path("properties").path("text").path("maxGraphemes").asInt());
		java.time.OffsetDateTime.parse(record.path("createdAt").asText());
		if (record.has("langs")) {
			assertThat(record.path("langs").size()).isLessThanOrEqualTo(post.path("properties").path("langs").path("maxLength").asInt());
		}
		if (record.has("reply")) {
			for (String ref : new String[] { "root", "parent" }) {
				assertThat(record.path("reply").path(ref).path("uri").asText()).startsWith("at://");
				assertThat(record.path("reply").path(ref).path("cid").asText()).isNotEmpty();
			}
		}
		JsonNode facet = read("app.bsky.richtext.facet.json").path("defs");
		for (JsonNode f : record.path("facets")) {
			int start = f.path("index").path("byteStart").asInt(-1);
			int end = f.path("index").path("byteEnd").asInt(-1);
			assertThat(start).isGreaterThanOrEqualTo(0);
			assertThat(end).isGreaterThan(start).isLessThanOrEqualTo(utf8.length);
			assertThat(f.path("features").size()).isPositive();
			for (JsonNode feature : f.path("features")) {
				String type = feature.path("$type").asText();
				assertThat(type).startsWith("app.bsky.richtext.facet#");
				String def = type.substring(type.indexOf('#') + 1);
				assertThat(facet.has(def)).as(type).isTrue();
				for (JsonNode required : facet.path(def).path("required")) {
					assertThat(feature.path(required.asText()).asText()).as(type + " " + required).isNotEmpty();
				}
			}
		}
		if (record.has("embed")) {
			assertThat(record.path("embed").path("$type").asText()).isEqualTo("app.bsky.embed.images");
			JsonNode images = read("app.bsky.embed.images.json").path("defs");
			assertThat(record.path("embed").path("images").size())
					.isLessThanOrEqualTo(images.path("main").path("properties").path("images").path("maxLength").asInt());
			for (JsonNode image : record.path("embed").path("images")) {
				for (JsonNode required : images.path("image").path("required")) {
					assertThat(image.has(required.asText())).as("image " + required).isTrue();
				}
				assertThat(image.path("image").path("$type").asText()).isEqualTo("blob");
				assertThat(image.path("image").path("ref").path("$link").asText()).isNotEmpty();
			}
		}
	}

	static String slice(String text, JsonNode facet) {
		byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
		int start = facet.path("index").path("byteStart").asInt();
		int end = facet.path("index").path("byteEnd").asInt();
		return new String(utf8, start, end - start, StandardCharsets.UTF_8);
	}
}
