package io.github.chorus.channels.validation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.github.chorus.channels.ChannelTypeDescriptor;
import io.github.chorus.channels.IChannelTypeRegistry;
import io.github.chorus.channels.MediaRules;
import io.github.chorus.channels.media.MediaAsset;
import io.github.chorus.channels.media.MediaProblem;
import io.github.chorus.channels.media.MediaValidator;
import io.github.chorus.channels.text.TextCheck;
import io.github.chorus.channels.text.TextValidator;
import io.github.chorus.channels.text.TextViolation;
import io.github.chorus.content.model.Asset;
import io.github.chorus.content.model.ContentItem;
import io.github.chorus.content.model.ThreadPart;
import io.github.chorus.content.model.Variant;
import io.github.chorus.plan.model.ChannelPresence;
import io.github.chorus.plan.model.validation.ChorusDiagnostics;
import io.github.chorus.plan.model.validation.IConstraintContributor;

/**
 * Checks every variant against the text and media rules its channel type declares, counted
 * exactly as that network counts them: the text of the variant and of each thread part, and
 * the attached media. A variant whose channel type is not installed gets a warning, since its
 * rules cannot be checked.
 */
@Component(service = IConstraintContributor.class)
public final class ChannelRulesContributor implements IConstraintContributor {

	/** Rule name of a text over its channel's limits. */
	public static final String RULE_TEXT = "variant.channelText"; //$NON-NLS-1$
	/** Rule name of media that break their channel's rules. */
	public static final String RULE_MEDIA = "variant.channelMedia"; //$NON-NLS-1$
	/** Rule name of a variant whose channel type is not installed. */
	public static final String RULE_UNKNOWN_CHANNEL = "variant.channelType"; //$NON-NLS-1$

	private final TextValidator textValidator = new TextValidator();
	private final MediaValidator mediaValidator = new MediaValidator();
	private IChannelTypeRegistry registry;

	/** Used by DS. */
	public ChannelRulesContributor() {
	}

	/**
	 * @param registry the channel types to check against
	 */
	public ChannelRulesContributor(IChannelTypeRegistry registry) {
		this.registry = registry;
	}

	@Reference
	void setRegistry(IChannelTypeRegistry registry) {
		this.registry = registry;
	}

	@Override
	public boolean validate(EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!(object instanceof Variant variant) || variant.getChannel() == null) {
			return true;
		}
		ChannelPresence presence = variant.getChannel();
		String typeId = presence.getChannelTypeId();
		Optional<ChannelTypeDescriptor> type = typeId == null ? Optional.empty() : registry.channelType(typeId);
		if (type.isEmpty()) {
			return ChorusDiagnostics.report(diagnostics, Diagnostic.WARNING, RULE_UNKNOWN_CHANNEL, variant,
					NLS.bind(Messages.unknownChannelType, typeId, presence.getName()));
		}
		ChannelTypeDescriptor channel = type.get();
		boolean valid = checkText(channel, variant, variant.getText(), Messages.partMain, diagnostics);
		int part = 1;
		for (ThreadPart threadPart : variant.getThreadParts()) {
			part++;
			valid &= checkText(channel, variant, threadPart.getText(), NLS.bind(Messages.partThread, part),
					diagnostics);
		}
		valid &= checkMedia(channel, variant, diagnostics);
		return valid;
	}

	private boolean checkText(ChannelTypeDescriptor channel, Variant variant, String text, String where,
			DiagnosticChain diagnostics) {
		if (text == null || text.isEmpty()) {
			return true; // whether text is required is a media rule of the channel
		}
		TextCheck check = textValidator.check(channel.capabilities().text(), text);
		boolean valid = true;
		for (TextViolation violation : check.violations()) {
			String message = switch (violation) {
			case TOO_LONG -> NLS.bind(Messages.tooLong,
					new Object[] { where, channel.name(), check.length(), check.maxLength() });
			case TOO_MANY_BYTES -> NLS.bind(Messages.tooManyBytes, new Object[] { where, channel.name(),
					check.utf8Bytes(), channel.capabilities().text().maxUtf8Bytes().orElse(0) });
			case TOO_MANY_HASHTAGS -> NLS.bind(Messages.tooManyHashtags, where, channel.name());
			case EMPTY -> NLS.bind(Messages.empty, where, channel.name());
			case INVALID_CHARACTERS -> NLS.bind(Messages.invalidCharacters, where, channel.name());
			};
			valid &= ChorusDiagnostics.report(diagnostics, Diagnostic.ERROR, RULE_TEXT, variant, message);
		}
		return valid;
	}

	private boolean checkMedia(ChannelTypeDescriptor channel, Variant variant, DiagnosticChain diagnostics) {
		List<MediaAsset> assets = new ArrayList<>();
		for (Asset asset : variant.getMedia()) {
			assets.add(toMediaAsset(asset));
		}
		boolean hasText = variant.getText() != null && !variant.getText().isBlank();
		List<MediaProblem> problems = mediaValidator.check(channel.name(), channel.capabilities(),
				postType(channel, variant), hasText, assets);
		boolean valid = true;
		for (MediaProblem problem : problems) {
			valid &= ChorusDiagnostics.report(diagnostics, Diagnostic.ERROR, RULE_MEDIA, variant, problem.message());
		}
		return valid;
	}

	/**
	 * @return the channel's post type named like the item's content type (story, reel,
	 *         carousel…) when the channel declares one, else its default post type
	 */
	private static String postType(ChannelTypeDescriptor channel, Variant variant) {
		if (variant.eContainer() instanceof ContentItem item && item.getType() != null) {
			String named = item.getType().getName().toLowerCase(Locale.ROOT);
			if (channel.capabilities().mediaRules(named).isPresent()) {
				return named;
			}
		}
		return MediaRules.DEFAULT_POST_TYPE;
	}

	private static MediaAsset toMediaAsset(Asset asset) {
		String name = asset.getName() != null ? asset.getName() : String.valueOf(asset.getUri());
		String mimeType = asset.getMimeType() != null ? asset.getMimeType() : "application/octet-stream"; //$NON-NLS-1$
		OptionalInt width = asset.getWidth() > 0 ? OptionalInt.of(asset.getWidth()) : OptionalInt.empty();
		OptionalInt height = asset.getHeight() > 0 ? OptionalInt.of(asset.getHeight()) : OptionalInt.empty();
		OptionalDouble duration = asset.getDurationMillis() > 0 ? OptionalDouble.of(asset.getDurationMillis() / 1000.0)
				: OptionalDouble.empty();
		boolean hasAltText = asset.getAltText() != null && !asset.getAltText().isBlank();
		return new MediaAsset(name, mimeType, Math.max(0, asset.getSizeBytes()), width, height, duration, hasAltText);
	}
}
