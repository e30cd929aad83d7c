package io.github.chorus.channels;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything a channel type declares it can take: text rules, media rules per post type and
 * feature flags. The declared baseline comes from the extension; a connector may refine it for an
 * account (see {@link IChannelConnector#refine(ChannelCapabilities, ChannelAccount)}).
 *
 * @param text     the text rules
 * @param media    the media rules, one per post type, in declaration order
 * @param features the supported features
 * @since 0.1
 */
public record ChannelCapabilities(TextRules text, List<MediaRules> media, Set<ChannelFeature> features) {

	/**
	 * Copies the collections into unmodifiable ones.
	 *
	 * @throws NullPointerException when an argument is {@code null}
	 */
	public ChannelCapabilities {
		Objects.requireNonNull(text, "text"); //$NON-NLS-1$
		media = List.copyOf(media);
		features = Set.copyOf(features);
	}

	/**
	 * @param postType a post type such as {@code post} or {@code story}
	 * @return the media rules declared for it
	 */
	public Optional<MediaRules> mediaRules(String postType) {
		return media.stream().filter(rules -> rules.postType().equals(postType)).findFirst();
	}

	/**
	 * @param feature a feature
	 * @return whether the channel declares it
	 */
	public boolean supports(ChannelFeature feature) {
		return features.contains(feature);
	}

	/**
	 * @param newText other text rules, for example with an account's own length limit
	 * @return a copy with these text rules
	 */
	public ChannelCapabilities withText(TextRules newText) {
		return new ChannelCapabilities(newText, media, features);
	}
}
