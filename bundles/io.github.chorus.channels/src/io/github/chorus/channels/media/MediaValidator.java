package io.github.chorus.channels.media;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;

import io.github.chorus.channels.AspectRatio;
import io.github.chorus.channels.ChannelCapabilities;
import io.github.chorus.channels.MediaRules;
import io.github.chorus.channels.MediaTypeRule;
import io.github.chorus.channels.TextMediaRequirement;
import io.github.chorus.channels.internal.media.Messages;

/**
 * Checks the media of one post against a channel's media rules: count, types, mixing, file
 * size, pixel size, aspect ratio, duration and alternative text. Instances hold no state.
 *
 * @since 0.1
 * @noextend This class is not intended to be subclassed by clients.
 */
public final class MediaValidator {

	/** Aspect ratios of assets are compared with this tolerance, as networks round them. */
	private static final double RATIO_TOLERANCE = 0.01;

	/** Creates a validator. */
	public MediaValidator() {
		// stateless
	}

	/**
	 * @param channelName  the channel's display name, for messages
	 * @param capabilities the channel's capabilities
	 * @param postType     the post type, for example {@link MediaRules#DEFAULT_POST_TYPE}
	 * @param hasText      whether the post has text
	 * @param assets       the post's media, in order
	 * @return the problems, post-wide ones first; empty when the media fit
	 */
	public List<MediaProblem> check(String channelName, ChannelCapabilities capabilities, String postType,
			boolean hasText, List<MediaAsset> assets) {
		Objects.requireNonNull(channelName, "channelName"); //$NON-NLS-1$
		List<MediaProblem> problems = new ArrayList<>();
		Optional<MediaRules> found = capabilities.mediaRules(postType);
		if (found.isEmpty()) {
			if (!assets.isEmpty()) {
				problems.add(new MediaProblem(MediaProblem.Kind.UNKNOWN_POST_TYPE, -1,
						NLS.bind(Messages.unknownPostType, channelName, postType)));
			}
			return problems;
		}
		MediaRules rules = found.get();
		boolean hasMedia = !assets.isEmpty();
		TextMediaRequirement requires = rules.requires();
		if ((requires == TextMediaRequirement.MEDIA || requires == TextMediaRequirement.TEXT_AND_MEDIA) && !hasMedia) {
			problems.add(post(MediaProblem.Kind.MEDIA_REQUIRED, Messages.mediaRequired, channelName, postType));
		}
		if ((requires == TextMediaRequirement.TEXT || requires == TextMediaRequirement.TEXT_AND_MEDIA) && !hasText) {
			problems.add(post(MediaProblem.Kind.TEXT_REQUIRED, Messages.textRequired, channelName, postType));
		}
		if (requires == TextMediaRequirement.TEXT_OR_MEDIA && !hasText && !hasMedia) {
			problems.add(post(MediaProblem.Kind.EMPTY, Messages.empty, channelName, postType));
		}
		if (assets.size() > rules.maxItems()) {
			problems.add(new MediaProblem(MediaProblem.Kind.TOO_MANY_ITEMS, -1, NLS.bind(Messages.tooManyItems,
					new Object[] { channelName, postType, rules.maxItems(), assets.size() })));
		}
		if (!rules.mixingAllowed() && assets.stream().anyMatch(MediaAsset::isImage)
				&& assets.stream().anyMatch(MediaAsset::isVideo)) {
			problems.add(post(MediaProblem.Kind.MIXING_NOT_ALLOWED, Messages.mixingNotAllowed, channelName, postType));
		}
		Map<MediaTypeRule, Integer> perRule = new HashMap<>();
		List<MediaProblem> assetProblems = new ArrayList<>();
		for (int i = 0; i < assets.size(); i++) {
			MediaAsset asset = assets.get(i);
			Optional<MediaTypeRule> rule = rules.ruleFor(asset.mimeType());
			if (rule.isEmpty()) {
				assetProblems.add(asset(MediaProblem.Kind.TYPE_NOT_ACCEPTED, i, Messages.typeNotAccepted, channelName,
						postType, asset, asset.mimeType()));
				continue;
			}
			perRule.merge(rule.get(), 1, Integer::sum);
			checkAsset(channelName, postType, i, asset, rule.get(), assetProblems);
		}
		perRule.forEach((rule, count) -> {
			if (rule.maxItems().isPresent() && count > rule.maxItems().getAsInt()) {
				problems.add(new MediaProblem(MediaProblem.Kind.TOO_MANY_ITEMS, -1, NLS.bind(Messages.tooManyOfType,
						new Object[] { channelName, postType, rule.maxItems().getAsInt(), rule.mimeType(), count })));
			}
		});
		problems.addAll(assetProblems);
		return problems;
	}

	private static void checkAsset(String channel, String postType, int index, MediaAsset asset, MediaTypeRule rule,
			List<MediaProblem> problems) {
		if (rule.maxBytes().isPresent() && asset.bytes() > rule.maxBytes().getAsLong()) {
			problems.add(asset(MediaProblem.Kind.TOO_MANY_BYTES, index, Messages.tooManyBytes, channel, postType, asset,
					bytes(rule.maxBytes().getAsLong()), bytes(asset.bytes())));
		}
		if (asset.width().isPresent()) {
			int width = asset.width().getAsInt();
			if (rule.minWidth().isPresent() && width < rule.minWidth().getAsInt()) {
				problems.add(asset(MediaProblem.Kind.DIMENSIONS, index, Messages.tooNarrow, channel, postType, asset,
						rule.minWidth().getAsInt(), width));
			}
			if (rule.maxWidth().isPresent() && width > rule.maxWidth().getAsInt()) {
				problems.add(asset(MediaProblem.Kind.DIMENSIONS, index, Messages.tooWide, channel, postType, asset,
						rule.maxWidth().getAsInt(), width));
			}
		}
		if (asset.height().isPresent()) {
			int height = asset.height().getAsInt();
			if (rule.minHeight().isPresent() && height < rule.minHeight().getAsInt()) {
				problems.add(asset(MediaProblem.Kind.DIMENSIONS, index, Messages.tooLow, channel, postType, asset,
						rule.minHeight().getAsInt(), height));
			}
			if (rule.maxHeight().isPresent() && height > rule.maxHeight().getAsInt()) {
				problems.add(asset(MediaProblem.Kind.DIMENSIONS, index, Messages.tooHigh, channel, postType, asset,
						rule.maxHeight().getAsInt(), height));
			}
		}
		if (asset.width().isPresent() && asset.height().isPresent() && asset.width().getAsInt() > 0
				&& asset.height().getAsInt() > 0) {
			long pixels = (long) asset.width().getAsInt() * asset.height().getAsInt();
			if (rule.maxPixels().isPresent() && pixels > rule.maxPixels().getAsLong()) {
				problems.add(asset(MediaProblem.Kind.DIMENSIONS, index, Messages.tooManyPixels, channel, postType, asset,
						rule.maxPixels().getAsLong(), pixels));
			}
			checkAspect(channel, postType, index, asset, rule, problems);
		}
		if (asset.durationSeconds().isPresent()) {
			double duration = asset.durationSeconds().getAsDouble();
			if (rule.minDurationSeconds().isPresent() && duration < rule.minDurationSeconds().getAsDouble()) {
				problems.add(asset(MediaProblem.Kind.DURATION, index, Messages.tooShort, channel, postType, asset,
						number(rule.minDurationSeconds().getAsDouble()), number(duration)));
			}
			if (rule.maxDurationSeconds().isPresent() && duration > rule.maxDurationSeconds().getAsDouble()) {
				problems.add(asset(MediaProblem.Kind.DURATION, index, Messages.tooLong, channel, postType, asset,
						number(rule.maxDurationSeconds().getAsDouble()), number(duration)));
			}
		}
		if (rule.altTextRequired() && !asset.hasAltText()) {
			problems.add(asset(MediaProblem.Kind.ALT_TEXT_REQUIRED, index, Messages.altTextRequired, channel, postType,
					asset));
		}
	}

	private static void checkAspect(String channel, String postType, int index, MediaAsset asset, MediaTypeRule rule,
			List<MediaProblem> problems) {
		if (rule.minAspectRatio().isEmpty() && rule.maxAspectRatio().isEmpty()) {
			return;
		}
		double actual = (double) asset.width().getAsInt() / asset.height().getAsInt();
		boolean tooNarrow = rule.minAspectRatio().isPresent()
				&& actual < rule.minAspectRatio().get().value() * (1 - RATIO_TOLERANCE);
		boolean tooWide = rule.maxAspectRatio().isPresent()
				&& actual > rule.maxAspectRatio().get().value() * (1 + RATIO_TOLERANCE);
		if (!tooNarrow && !tooWide) {
			return;
		}
		String ratio = ratio(asset.width().getAsInt(), asset.height().getAsInt());
		AspectRatio min = rule.minAspectRatio().orElse(null);
		AspectRatio max = rule.maxAspectRatio().orElse(null);
		if (min != null && max != null && Math.abs(min.value() - max.value()) < 1e-9) {
			problems.add(asset(MediaProblem.Kind.ASPECT_RATIO, index, Messages.aspectRatioExactly, channel, postType,
					asset, min, null, ratio));
		} else {
			problems.add(asset(MediaProblem.Kind.ASPECT_RATIO, index, Messages.aspectRatioBetween, channel, postType,
					asset, min == null ? "0:1" : min.toString(), max == null ? "\u221E" : max.toString(), ratio)); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	private static MediaProblem post(MediaProblem.Kind kind, String message, String channel, String postType) {
		return new MediaProblem(kind, -1, NLS.bind(message, channel, postType));
	}

	private static MediaProblem asset(MediaProblem.Kind kind, int index, String message, String channel,
			String postType, MediaAsset asset, Object... values) {
		Object[] arguments = new Object[4 + values.length];
		arguments[0] = channel;
		arguments[1] = postType;
		arguments[2] = asset.isImage() ? Messages.image : asset.isVideo() ? Messages.video : Messages.file;
		arguments[3] = asset.name();
		System.arraycopy(values, 0, arguments, 4, values.length);
		if (kind == MediaProblem.Kind.TYPE_NOT_ACCEPTED) {
			arguments[4] = asset.mimeType();
		}
		return new MediaProblem(kind, index, NLS.bind(message, arguments));
	}

	/**
	 * @param width  a width in pixels
	 * @param height a height in pixels
	 * @return the ratio as a marketer writes it: reduced to small whole numbers when it is one
	 *         ({@code 1:3}, {@code 16:9}), else as a decimal to one ({@code 1.92:1})
	 */
	static String ratio(int width, int height) {
		int divisor = gcd(width, height);
		int w = width / divisor;
		int h = height / divisor;
		if (w <= 32 && h <= 32) {
			return w + ":" + h; //$NON-NLS-1$
		}
		double value = (double) width / height;
		return value >= 1 ? number(round(value)) + ":1" : "1:" + number(round(1 / value)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static double round(double value) {
		return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
	}

	private static int gcd(int a, int b) {
		return b == 0 ? a : gcd(b, a % b);
	}

	private static String number(double value) {
		return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}

	/**
	 * Formats a size the way the network most likely states it: in binary megabytes or kilobytes
	 * when it is a whole number of them (8388608 is "8 MB"), in decimal ones otherwise (2000000 is
	 * "2 MB").
	 */
	private static String bytes(long bytes) {
		if (bytes >= 1_000_000) {
			return number(round(bytes % 1_048_576 == 0 ? bytes / 1_048_576.0 : bytes / 1_000_000.0)) + " MB"; //$NON-NLS-1$
		}
		if (bytes >= 1_000) {
			return number(round(bytes % 1024 == 0 ? bytes / 1024.0 : bytes / 1000.0)) + " KB"; //$NON-NLS-1$
		}
		return bytes + " bytes"; //$NON-NLS-1$
	}
}
