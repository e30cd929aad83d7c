package io.github.chorus.channels;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The media rules of one post type of a channel (a feed post, a story, a reel…), as declared by a
 * {@code <media>} element.
 *
 * @param postType      the post type these rules apply to, for example {@code post} or {@code story}
 * @param maxItems      the most media items one post may carry; zero when the post type takes none
 * @param mixingAllowed whether images and videos may be mixed in one post
 * @param requires      whether the post needs text, media or both
 * @param types         the accepted media types with their limits; a type not covered is refused
 * @since 0.1
 */
public record MediaRules(String postType, int maxItems, boolean mixingAllowed, TextMediaRequirement requires,
		List<MediaTypeRule> types) {

	/** The post type a channel's plain feed post has when its contribution names none. */
	public static final String DEFAULT_POST_TYPE = "post"; //$NON-NLS-1$

	/**
	 * Copies {@code types} into an unmodifiable list.
	 *
	 * @throws IllegalArgumentException when {@code maxItems} is negative
	 */
	public MediaRules {
		Objects.requireNonNull(postType, "postType"); //$NON-NLS-1$
		Objects.requireNonNull(requires, "requires"); //$NON-NLS-1$
		types = List.copyOf(types);
		if (maxItems < 0) {
			throw new IllegalArgumentException("maxItems must not be negative: " + maxItems); //$NON-NLS-1$
		}
	}

	/**
	 * @param mimeType a concrete MIME type such as {@code video/mp4}
	 * @return the first declared rule that covers it, or empty when the post type refuses it
	 */
	public Optional<MediaTypeRule> ruleFor(String mimeType) {
		return types.stream().filter(rule -> rule.matches(mimeType)).findFirst();
	}
}
