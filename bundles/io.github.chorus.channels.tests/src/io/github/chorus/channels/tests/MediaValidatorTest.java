package io.github.chorus.channels.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.github.chorus.channels.AspectRatio;
import io.github.chorus.channels.ChannelCapabilities;
import io.github.chorus.channels.CountingMethod;
import io.github.chorus.channels.MediaRules;
import io.github.chorus.channels.MediaTypeRule;
import io.github.chorus.channels.TextMediaRequirement;
import io.github.chorus.channels.TextRules;
import io.github.chorus.channels.media.MediaAsset;
import io.github.chorus.channels.media.MediaProblem;
import io.github.chorus.channels.media.MediaValidator;

/** Media rules with messages a marketer understands. */
class MediaValidatorTest {

	private static MediaTypeRule image(String type, long maxBytes, String minRatio, String maxRatio) {
		return new MediaTypeRule(type, OptionalInt.empty(), OptionalLong.of(maxBytes), OptionalInt.of(320),
				OptionalInt.of(1440), OptionalInt.empty(), OptionalInt.empty(), OptionalLong.empty(),
				Optional.of(AspectRatio.parse(minRatio)), Optional.of(AspectRatio.parse(maxRatio)),
				OptionalDouble.empty(), OptionalDouble.empty(), false);
	}

	private static MediaTypeRule video(String type, int maxItems, double minSeconds, double maxSeconds,
			boolean altText) {
		return new MediaTypeRule(type, OptionalInt.of(maxItems), OptionalLong.empty(), OptionalInt.empty(),
				OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(), OptionalLong.empty(), Optional.empty(),
				Optional.empty(), OptionalDouble.of(minSeconds), OptionalDouble.of(maxSeconds), altText);
	}

	/** Instagram's feed post and carousel as its contribution declares them. */
	private static final ChannelCapabilities INSTAGRAM = new ChannelCapabilities(
			TextRules.of(2200, CountingMethod.UTF16),
			List.of(new MediaRules("post", 1, false, TextMediaRequirement.MEDIA, //$NON-NLS-1$
					List.of(image("image/jpeg", 8388608, "4:5", "1.91:1"))), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					new MediaRules("carousel", 10, false, TextMediaRequirement.MEDIA, //$NON-NLS-1$
							List.of(image("image/*", 8388608, "4:5", "1.91:1"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
									video("video/mp4", 1, 3, 900, true)))), //$NON-NLS-1$
			Set.of());

	private final MediaValidator validator = new MediaValidator();

	@Test
	void aspectRatioMessageAMarketerUnderstands() {
		List<MediaProblem> problems = validator.check("Instagram", INSTAGRAM, "post", true, //$NON-NLS-1$ //$NON-NLS-2$
				List.of(MediaAsset.image("tall.jpg", "image/jpeg", 300_000, 400, 1200, false))); //$NON-NLS-1$ //$NON-NLS-2$
		assertThat(problems).extracting(MediaProblem::message).containsExactly(
				"Instagram needs an aspect ratio between 4:5 and 1.91:1; this image (tall.jpg) is 1:3."); //$NON-NLS-1$
		assertThat(problems.get(0).kind()).isEqualTo(MediaProblem.Kind.ASPECT_RATIO);
		assertThat(problems.get(0).asset()).isZero();
	}

	@Test
	void aFittingImagePasses() {
		assertThat(validator.check("Instagram", INSTAGRAM, "post", false, //$NON-NLS-1$ //$NON-NLS-2$
				List.of(MediaAsset.image("square.jpg", "image/jpeg", 1_000_000, 1080, 1080, false)))).isEmpty(); //$NON-NLS-1$ //$NON-NLS-2$
		assertThat(validator.check("Instagram", INSTAGRAM, "post", false, //$NON-NLS-1$ //$NON-NLS-2$
				List.of(MediaAsset.image("portrait.jpg", "image/jpeg", 1_000_000, 1080, 1350, false)))) //$NON-NLS-1$ //$NON-NLS-2$
				.as("exactly 4:5").isEmpty(); //$NON-NLS-1$
	}

	@Test
	void sizeTypeCountAndRequirement() {
		List<MediaProblem> problems = validator.check("Instagram", INSTAGRAM, "post", true, //$NON-NLS-1$ //$NON-NLS-2$
				List.of(MediaAsset.image("big.jpg", "image/jpeg", 10_000_000, 200, 200, false), //$NON-NLS-1$ //$NON-NLS-2$
						MediaAsset.image("icon.png", "image/png", 1_000, 200, 200, false))); //$NON-NLS-1$ //$NON-NLS-2$
		assertThat(problems).extracting(MediaProblem::message).containsExactly(
				"Instagram takes at most 1 media items in a post; this one has 2.", //$NON-NLS-1$
				"Instagram accepts files up to 8 MB; this image (big.jpg) is 10 MB.", //$NON-NLS-1$
				"Instagram needs media at least 320 pixels wide; this image (big.jpg) is 200 pixels wide.", //$NON-NLS-1$
				"Instagram does not accept image/png in a post (icon.png)."); //$NON-NLS-1$
		assertThat(validator.check("Instagram", INSTAGRAM, "post", true, List.of())).extracting(MediaProblem::kind) //$NON-NLS-1$ //$NON-NLS-2$
				.containsExactly(MediaProblem.Kind.MEDIA_REQUIRED);
	}

	@Test
	void mixingDurationAltTextAndPerTypeLimits() {
		List<MediaAsset> assets = List.of(MediaAsset.image("a.jpg", "image/jpeg", 1000, 1080, 1080, false), //$NON-NLS-1$ //$NON-NLS-2$
				MediaAsset.video("clip.mp4", "video/mp4", 5_000_000, 1080, 1080, 1.5, false), //$NON-NLS-1$ //$NON-NLS-2$
				MediaAsset.video("long.mp4", "video/mp4", 5_000_000, 1080, 1080, 1000, true)); //$NON-NLS-1$ //$NON-NLS-2$
		assertThat(validator.check("Instagram", INSTAGRAM, "carousel", false, assets)).extracting(MediaProblem::kind) //$NON-NLS-1$ //$NON-NLS-2$
				.containsExactly(MediaProblem.Kind.MIXING_NOT_ALLOWED, MediaProblem.Kind.TOO_MANY_ITEMS,
						MediaProblem.Kind.DURATION, MediaProblem.Kind.ALT_TEXT_REQUIRED, MediaProblem.Kind.DURATION);
		assertThat(validator.check("Instagram", INSTAGRAM, "story", false, assets)).extracting(MediaProblem::kind) //$NON-NLS-1$ //$NON-NLS-2$
				.containsExactly(MediaProblem.Kind.UNKNOWN_POST_TYPE);
	}
}
