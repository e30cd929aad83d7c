package io.github.chorus.channels.internal.registry;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

import org.eclipse.core.runtime.IConfigurationElement;

import io.github.chorus.channels.AspectRatio;
import io.github.chorus.channels.ChannelCapabilities;
import io.github.chorus.channels.ChannelFeature;
import io.github.chorus.channels.ChannelTypeDescriptor;
import io.github.chorus.channels.CountingMethod;
import io.github.chorus.channels.EntitySyntax;
import io.github.chorus.channels.MediaRules;
import io.github.chorus.channels.MediaTypeRule;
import io.github.chorus.channels.MentionCounting;
import io.github.chorus.channels.TextMediaRequirement;
import io.github.chorus.channels.TextRules;

/**
 * Reads one {@code <channelType>} element of {@code io.github.chorus.channels.channelTypes} into a
 * {@link ChannelTypeDescriptor}, in the manner of EMF's {@code RegistryReader}: attributes only,
 * no class is loaded. An invalid contribution raises {@link InvalidContributionException} with a
 * message naming the contributor, the element and the attribute.
 */
public final class ChannelTypeReader {

	static final String CHANNEL_TYPE = "channelType"; //$NON-NLS-1$

	private ChannelTypeReader() {
	}

	/** A contribution that does not follow the schema. */
	public static final class InvalidContributionException extends Exception {
		private static final long serialVersionUID = 1L;

		InvalidContributionException(String message) {
			super(message);
		}
	}

	/**
	 * @param element a {@code <channelType>} element
	 * @return its descriptor
	 * @throws InvalidContributionException when the element does not follow the schema
	 */
	public static ChannelTypeDescriptor read(IConfigurationElement element) throws InvalidContributionException {
		String contributor = element.getContributor().getName();
		Context context = new Context(contributor);
		String id = context.required(element, "id"); //$NON-NLS-1$
		context.channelType = id;
		String name = context.required(element, "name"); //$NON-NLS-1$
		Optional<String> icon = Optional.ofNullable(blankToNull(element.getAttribute("icon"))) //$NON-NLS-1$
				.map(path -> "platform:/plugin/" + contributor + '/' + (path.startsWith("/") ? path.substring(1) : path)); //$NON-NLS-1$ //$NON-NLS-2$
		Optional<String> connector = Optional.ofNullable(blankToNull(element.getAttribute("connector"))); //$NON-NLS-1$

		IConfigurationElement[] texts = element.getChildren("text"); //$NON-NLS-1$
		if (texts.length != 1) {
			throw context.invalid("needs exactly one <text> element, has " + texts.length); //$NON-NLS-1$
		}
		TextRules text = readText(context, texts[0]);

		List<MediaRules> media = new ArrayList<>();
		Set<String> postTypes = new HashSet<>();
		for (IConfigurationElement mediaElement : element.getChildren("media")) { //$NON-NLS-1$
			MediaRules rules = readMedia(context, mediaElement);
			if (!postTypes.add(rules.postType())) {
				throw context.invalid("declares media rules for post type '" + rules.postType() + "' twice"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			media.add(rules);
		}

		Set<ChannelFeature> features = EnumSet.noneOf(ChannelFeature.class);
		IConfigurationElement[] featureElements = element.getChildren("features"); //$NON-NLS-1$
		if (featureElements.length > 1) {
			throw context.invalid("has more than one <features> element"); //$NON-NLS-1$
		}
		for (IConfigurationElement featureElement : featureElements) {
			for (ChannelFeature feature : ChannelFeature.values()) {
				if (context.bool(featureElement, feature.attributeName(), false)) {
					features.add(feature);
				}
			}
		}
		return new ChannelTypeDescriptor(id, name, icon, contributor, new ChannelCapabilities(text, media, features),
				connector);
	}

	private static TextRules readText(Context context, IConfigurationElement text) throws InvalidContributionException {
		int maxLength = context.positiveInt(text, "maxLength").orElseThrow(() -> context.missing("text", "maxLength")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		CountingMethod counting;
		MentionCounting mentions;
		EntitySyntax entities;
		try {
			counting = CountingMethod.fromAttribute(context.required(text, "counting")); //$NON-NLS-1$
			mentions = MentionCounting.fromAttribute(defaulted(text.getAttribute("mentions"), "asWritten")); //$NON-NLS-1$ //$NON-NLS-2$
			entities = EntitySyntax.fromAttribute(defaulted(text.getAttribute("entities"), "twitter")); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (IllegalArgumentException e) {
			throw context.invalid(e.getMessage());
		}
		OptionalInt urlWeight = context.nonNegativeInt(text, "urlWeight"); //$NON-NLS-1$
		if (counting == CountingMethod.TWITTER_WEIGHTED && urlWeight.isEmpty()) {
			urlWeight = OptionalInt.of(23);
		}
		return new TextRules(maxLength, counting, urlWeight, mentions, entities,
				context.bool(text, "spoilerCounted", false), context.positiveInt(text, "maxUtf8Bytes"), //$NON-NLS-1$ //$NON-NLS-2$
				context.nonNegativeInt(text, "maxHashtags")); //$NON-NLS-1$
	}

	private static MediaRules readMedia(Context context, IConfigurationElement media)
			throws InvalidContributionException {
		String postType = defaulted(media.getAttribute("postType"), MediaRules.DEFAULT_POST_TYPE); //$NON-NLS-1$
		int maxItems = context.nonNegativeInt(media, "maxItems").orElseThrow(() -> context.missing("media", "maxItems")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		TextMediaRequirement requires;
		try {
			requires = TextMediaRequirement.fromAttribute(defaulted(media.getAttribute("requires"), "textOrMedia")); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (IllegalArgumentException e) {
			throw context.invalid(e.getMessage());
		}
		List<MediaTypeRule> types = new ArrayList<>();
		for (IConfigurationElement type : media.getChildren("mediaType")) { //$NON-NLS-1$
			Optional<AspectRatio> minAspect = context.ratio(type, "minAspectRatio"); //$NON-NLS-1$
			Optional<AspectRatio> maxAspect = context.ratio(type, "maxAspectRatio"); //$NON-NLS-1$
			if (minAspect.isPresent() && maxAspect.isPresent() && minAspect.get().value() > maxAspect.get().value()) {
				throw context.invalid("minAspectRatio " + minAspect.get() + " is wider than maxAspectRatio " //$NON-NLS-1$ //$NON-NLS-2$
						+ maxAspect.get());
			}
			types.add(new MediaTypeRule(context.required(type, "mimeType"), context.nonNegativeInt(type, "maxItems"), //$NON-NLS-1$ //$NON-NLS-2$
					context.positiveLong(type, "maxBytes"), //$NON-NLS-1$
					context.positiveInt(type, "minWidth"), context.positiveInt(type, "maxWidth"), //$NON-NLS-1$ //$NON-NLS-2$
					context.positiveInt(type, "minHeight"), context.positiveInt(type, "maxHeight"), //$NON-NLS-1$ //$NON-NLS-2$
					context.positiveLong(type, "maxPixels"), minAspect, maxAspect, //$NON-NLS-1$
					context.seconds(type, "minDurationSeconds"), context.seconds(type, "maxDurationSeconds"), //$NON-NLS-1$ //$NON-NLS-2$
					context.bool(type, "altTextRequired", false))); //$NON-NLS-1$
		}
		return new MediaRules(postType, maxItems, context.bool(media, "mixingAllowed", false), requires, types); //$NON-NLS-1$
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static String defaulted(String value, String defaultValue) {
		String stripped = blankToNull(value);
		return stripped == null ? defaultValue : stripped;
	}

	/** Parsing helpers that name the contribution in their errors. */
	private static final class Context {
		private final String contributor;
		private String channelType = "?"; //$NON-NLS-1$

		Context(String contributor) {
			this.contributor = contributor;
		}

		InvalidContributionException invalid(String problem) {
			return new InvalidContributionException(
					"channel type '" + channelType + "' contributed by " + contributor + ": " + problem); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}

		InvalidContributionException missing(String element, String attribute) {
			return invalid("<" + element + "> needs the attribute " + attribute); //$NON-NLS-1$ //$NON-NLS-2$
		}

		String required(IConfigurationElement element, String attribute) throws InvalidContributionException {
			String value = blankToNull(element.getAttribute(attribute));
			if (value == null) {
				throw missing(element.getName(), attribute);
			}
			return value;
		}

		boolean bool(IConfigurationElement element, String attribute, boolean defaultValue)
				throws InvalidContributionException {
			String value = blankToNull(element.getAttribute(attribute));
			if (value == null) {
				return defaultValue;
			}
			if ("true".equalsIgnoreCase(value)) { //$NON-NLS-1$
				return true;
			}
			if ("false".equalsIgnoreCase(value)) { //$NON-NLS-1$
				return false;
			}
			throw invalid(attribute + " must be true or false, not '" + value + '\''); //$NON-NLS-1$
		}

		OptionalLong longValue(IConfigurationElement element, String attribute, long min)
				throws InvalidContributionException {
			String value = blankToNull(element.getAttribute(attribute));
			if (value == null) {
				return OptionalLong.empty();
			}
			try {
				long parsed = Long.parseLong(value);
				if (parsed < min) {
					throw invalid(attribute + " must be at least " + min + ", not " + value); //$NON-NLS-1$ //$NON-NLS-2$
				}
				return OptionalLong.of(parsed);
			} catch (NumberFormatException e) {
				throw invalid(attribute + " must be an integer, not '" + value + '\''); //$NON-NLS-1$
			}
		}

		OptionalLong positiveLong(IConfigurationElement element, String attribute) throws InvalidContributionException {
			return longValue(element, attribute, 1);
		}

		OptionalInt positiveInt(IConfigurationElement element, String attribute) throws InvalidContributionException {
			return toInt(attribute, longValue(element, attribute, 1));
		}

		OptionalInt nonNegativeInt(IConfigurationElement element, String attribute)
				throws InvalidContributionException {
			return toInt(attribute, longValue(element, attribute, 0));
		}

		private OptionalInt toInt(String attribute, OptionalLong value) throws InvalidContributionException {
			if (value.isEmpty()) {
				return OptionalInt.empty();
			}
			if (value.getAsLong() > Integer.MAX_VALUE) {
				throw invalid(attribute + " is too large: " + value.getAsLong()); //$NON-NLS-1$
			}
			return OptionalInt.of((int) value.getAsLong());
		}

		OptionalDouble seconds(IConfigurationElement element, String attribute) throws InvalidContributionException {
			String value = blankToNull(element.getAttribute(attribute));
			if (value == null) {
				return OptionalDouble.empty();
			}
			try {
				double parsed = Double.parseDouble(value);
				if (!(parsed >= 0) || Double.isInfinite(parsed)) {
					throw invalid(attribute + " must be a non-negative number of seconds, not " + value); //$NON-NLS-1$
				}
				return OptionalDouble.of(parsed);
			} catch (NumberFormatException e) {
				throw invalid(attribute + " must be a number of seconds, not '" + value + '\''); //$NON-NLS-1$
			}
		}

		Optional<AspectRatio> ratio(IConfigurationElement element, String attribute)
				throws InvalidContributionException {
			String value = blankToNull(element.getAttribute(attribute));
			if (value == null) {
				return Optional.empty();
			}
			try {
				return Optional.of(AspectRatio.parse(value));
			} catch (IllegalArgumentException e) {
				throw invalid(attribute + ": " + e.getMessage()); //$NON-NLS-1$
			}
		}
	}
}
