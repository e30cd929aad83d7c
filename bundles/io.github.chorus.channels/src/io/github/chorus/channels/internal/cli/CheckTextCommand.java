package io.github.chorus.channels.internal.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.chorus.channels.ChannelTypeDescriptor;
import io.github.chorus.channels.IChannelTypeRegistry;
import io.github.chorus.channels.TextRules;
import io.github.chorus.channels.text.Facet;
import io.github.chorus.channels.text.TextCheck;
import io.github.chorus.channels.text.TextEntity;
import io.github.chorus.channels.text.TextRange;
import io.github.chorus.channels.text.TextValidator;
import io.github.chorus.channels.text.TextViolation;
import io.github.chorus.cli.CommandContext;
import io.github.chorus.cli.ICommand;
import io.github.chorus.cli.UsageException;

/**
 * {@code chorus check-text}: checks post texts against the rules of installed channel types.
 * <p>
 * Without options it reads JSON lines on standard input, each
 * {@code {"channel":"x", "text":"...", "spoiler":"..." (optional), "maxLength":N (optional)}}, and
 * writes one JSON line per input line, in order:
 * {@code {"channel":..,"length":N,"maxLength":N,"valid":..,"graphemes":N,"utf8Bytes":N,"entities":[..],"facets":[..],"violations":[..],"overLimit":[..]}}.
 * A line that cannot be checked (malformed JSON, unknown channel) gives {@code {"error":"..."}} and
 * the next line is read; blank lines are skipped. The exit code is 0 once all lines were read.
 * </p>
 * <p>
 * With {@code --channel ID} and {@code --text TEXT} or {@code --file F} (and optionally
 * {@code --spoiler S}, {@code --max-length N}) it checks that one text and exits with 0 when it is
 * valid, 1 when not.
 * </p>
 * A channel is named by its id or, when unique, by the last segment of its id
 * ({@code mastodon} for {@code io.github.chorus.channel.mastodon}). The output is ASCII: other
 * characters are written as JSON {@code \\u} escapes, whatever the console encoding.
 */
public final class CheckTextCommand implements ICommand {

	private static final long SERVICE_TIMEOUT_MILLIS = 10_000;

	private final Supplier<IChannelTypeRegistry> registry;
	private final ObjectMapper mapper = new ObjectMapper();
	private final TextValidator validator = new TextValidator();
	/** Holds the registry service while a run uses it (default constructor only). */
	private ServiceTracker<IChannelTypeRegistry, IChannelTypeRegistry> tracker;

	/** Used by the extension registry: uses the OSGi service registry. */
	public CheckTextCommand() {
		this.registry = this::registryService;
		mapper.getFactory().configure(JsonGenerator.Feature.ESCAPE_NON_ASCII, true);
	}

	/**
	 * @param registry the channel type registry
	 */
	public CheckTextCommand(Supplier<IChannelTypeRegistry> registry) {
		this.registry = registry;
		mapper.getFactory().configure(JsonGenerator.Feature.ESCAPE_NON_ASCII, true);
	}

	@Override
	public int run(CommandContext context) throws Exception {
		try {
			return runChecks(context);
		} finally {
			if (tracker != null) {
				tracker.close();
				tracker = null;
			}
		}
	}

	private int runChecks(CommandContext context) throws Exception {
		Optional<String> text = context.option("--text"); //$NON-NLS-1$
		Optional<String> file = context.option("--file"); //$NON-NLS-1$
		if (text.isPresent() && file.isPresent()) {
			throw new UsageException("give --text or --file, not both"); //$NON-NLS-1$
		}
		IChannelTypeRegistry channels = registry.get();
		if (text.isPresent() || file.isPresent()) {
			String channel = context.requiredOption("--channel"); //$NON-NLS-1$
			String body = text.isPresent() ? text.get() : Files.readString(Path.of(file.get()), StandardCharsets.UTF_8);
			String spoiler = context.option("--spoiler").orElse(""); //$NON-NLS-1$ //$NON-NLS-2$
			int maxLength = context.intOption("--max-length", 0); //$NON-NLS-1$
			if (maxLength < 0) {
				throw new UsageException("--max-length must be positive"); //$NON-NLS-1$
			}
			ObjectNode result;
			try {
				result = check(channels, channel, body, spoiler, maxLength == 0 ? null : maxLength);
			} catch (IllegalArgumentException e) {
				context.err().println(e.getMessage());
				return 2;
			}
			print(context.out(), result);
			return result.get("valid").asBoolean() ? 0 : 1; //$NON-NLS-1$
		}
		if (context.option("--channel").isPresent()) { //$NON-NLS-1$
			throw new UsageException("--channel needs --text or --file; JSON lines on standard input name their channel"); //$NON-NLS-1$
		}
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(context.in(), StandardCharsets.UTF_8))) {
			int lineNumber = 0;
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				lineNumber++;
				if (line.isBlank()) {
					continue;
				}
				ObjectNode result = checkLine(channels, line);
				if (result.has("error")) { //$NON-NLS-1$
					result.put("line", lineNumber); //$NON-NLS-1$
				}
				print(context.out(), result);
			}
		}
		return 0;
	}

	private void print(PrintStream out, ObjectNode node) throws JsonProcessingException {
		out.println(mapper.writeValueAsString(node));
		out.flush();
	}

	/**
	 * @param channels the registry
	 * @param line     one input line
	 * @return the result line, or an {@code error} object
	 */
	ObjectNode checkLine(IChannelTypeRegistry channels, String line) {
		try {
			JsonNode request = mapper.readTree(line);
			if (request == null || !request.isObject()) {
				return error("a line must be a JSON object"); //$NON-NLS-1$
			}
			String channel = string(request, "channel", true); //$NON-NLS-1$
			String text = string(request, "text", true); //$NON-NLS-1$
			String spoiler = Optional.ofNullable(string(request, "spoiler", false)).orElse(""); //$NON-NLS-1$ //$NON-NLS-2$
			Integer maxLength = null;
			JsonNode max = request.get("maxLength"); //$NON-NLS-1$
			if (max != null && !max.isNull()) {
				if (!max.isIntegralNumber() || !max.canConvertToInt() || max.intValue() <= 0) {
					return error("maxLength must be a positive integer"); //$NON-NLS-1$
				}
				maxLength = max.intValue();
			}
			return check(channels, channel, text, spoiler, maxLength);
		} catch (JsonProcessingException e) {
			String where = e.getLocation() == null ? "" : " at column " + e.getLocation().getColumnNr(); //$NON-NLS-1$ //$NON-NLS-2$
			return error("malformed JSON" + where + ": " + e.getOriginalMessage()); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (IllegalArgumentException e) {
			return error(e.getMessage());
		}
	}

	private static String string(JsonNode request, String field, boolean required) {
		JsonNode value = request.get(field);
		if (value == null || value.isNull()) {
			if (required) {
				throw new IllegalArgumentException("missing \"" + field + "\""); //$NON-NLS-1$ //$NON-NLS-2$
			}
			return null;
		}
		if (!value.isTextual()) {
			throw new IllegalArgumentException("\"" + field + "\" must be a string"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return value.textValue();
	}

	private ObjectNode check(IChannelTypeRegistry channels, String channel, String text, String spoiler,
			Integer maxLength) {
		ChannelTypeDescriptor descriptor = resolve(channels, channel);
		TextRules rules = descriptor.capabilities().text();
		if (maxLength != null) {
			rules = rules.withMaxLength(maxLength);
		}
		TextCheck check = validator.check(rules, text, spoiler);
		ObjectNode result = mapper.createObjectNode();
		result.put("channel", channel); //$NON-NLS-1$
		result.put("length", check.length()); //$NON-NLS-1$
		result.put("maxLength", check.maxLength()); //$NON-NLS-1$
		result.put("valid", check.valid()); //$NON-NLS-1$
		result.put("graphemes", check.graphemes()); //$NON-NLS-1$
		result.put("utf8Bytes", check.utf8Bytes()); //$NON-NLS-1$
		ArrayNode entities = result.putArray("entities"); //$NON-NLS-1$
		for (TextEntity entity : check.entities()) {
			entities.addObject().put("type", entity.type().jsonName()).put("value", entity.value()) //$NON-NLS-1$ //$NON-NLS-2$
					.put("start", entity.start()).put("end", entity.end()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		ArrayNode facets = result.putArray("facets"); //$NON-NLS-1$
		for (Facet facet : check.facets()) {
			facets.addObject().put("type", facet.type().jsonName()).put("value", facet.value()) //$NON-NLS-1$ //$NON-NLS-2$
					.put("byteStart", facet.byteStart()).put("byteEnd", facet.byteEnd()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		ArrayNode violations = result.putArray("violations"); //$NON-NLS-1$
		for (TextViolation violation : TextViolation.values()) {
			if (check.violations().contains(violation)) {
				violations.add(violation.name().toLowerCase(Locale.ROOT));
			}
		}
		ArrayNode overLimit = result.putArray("overLimit"); //$NON-NLS-1$
		for (TextRange range : check.overLimit()) {
			overLimit.addObject().put("start", range.start()).put("end", range.end()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return result;
	}

	/**
	 * @param channels the registry
	 * @param channel  a channel type id or the unique last segment of one
	 * @return the channel type
	 * @throws IllegalArgumentException when no single channel type matches
	 */
	static ChannelTypeDescriptor resolve(IChannelTypeRegistry channels, String channel) {
		Optional<ChannelTypeDescriptor> exact = channels.channelType(channel);
		if (exact.isPresent()) {
			return exact.get();
		}
		List<ChannelTypeDescriptor> bySegment = channels.channelTypes().stream()
				.filter(type -> type.id().endsWith('.' + channel)).toList();
		if (bySegment.size() == 1) {
			return bySegment.get(0);
		}
		if (bySegment.isEmpty()) {
			throw new IllegalArgumentException("unknown channel \"" + channel + "\"; installed: " //$NON-NLS-1$ //$NON-NLS-2$
					+ channels.channelTypes().stream().map(ChannelTypeDescriptor::id).toList());
		}
		throw new IllegalArgumentException("channel \"" + channel + "\" is ambiguous: " //$NON-NLS-1$ //$NON-NLS-2$
				+ bySegment.stream().map(ChannelTypeDescriptor::id).toList());
	}

	private ObjectNode error(String message) {
		return mapper.createObjectNode().put("error", message); //$NON-NLS-1$
	}

	private IChannelTypeRegistry registryService() {
		Bundle bundle = FrameworkUtil.getBundle(CheckTextCommand.class);
		if (bundle == null || bundle.getBundleContext() == null) {
			throw new IllegalStateException("io.github.chorus.channels is not started"); //$NON-NLS-1$
		}
		tracker = new ServiceTracker<>(bundle.getBundleContext(), IChannelTypeRegistry.class, null);
		tracker.open();
		try {
			IChannelTypeRegistry service = tracker.waitForService(SERVICE_TIMEOUT_MILLIS);
			if (service == null) {
				throw new IllegalStateException("the channel type registry service is not available" //$NON-NLS-1$
						+ " (is org.apache.felix.scr started?)"); //$NON-NLS-1$
			}
			return service;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
