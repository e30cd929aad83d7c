// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.workspace.links;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.chorus.content.model.ContentItem;
import io.github.chorus.content.model.UtmPreset;
import io.github.chorus.content.model.Variant;
import io.github.chorus.plan.model.ChannelPresence;

/**
 * Fills in the placeholders of a {@link UtmPreset} for one variant. A preset value may mix
 * literal text and these placeholders:
 * <ul>
 * <li>{@value #CHANNEL}: the network, from the channel type ({@code x}, {@code mastodon},
 * {@code linkedin}...);</li>
 * <li>{@value #ACCOUNT}: the account handle, without {@code @};</li>
 * <li>{@value #CAMPAIGN}: the name of the item's campaign;</li>
 * <li>{@value #ITEM}: the name of the content item.</li>
 * </ul>
 * Placeholder values are written the way UTM values usually are: lower case, words joined by
 * {@code -}. A value whose placeholder has nothing to fill it (an item without a campaign, say)
 * is left out, and reported.
 *
 * @since 0.1
 */
public final class UtmPresets {

    /** The network of the variant's channel. */
    public static final String CHANNEL = "{channel}"; //$NON-NLS-1$
    /** The account handle of the variant's channel. */
    public static final String ACCOUNT = "{account}"; //$NON-NLS-1$
    /** The name of the item's campaign. */
    public static final String CAMPAIGN = "{campaign}"; //$NON-NLS-1$
    /** The name of the content item. */
    public static final String ITEM = "{item}"; //$NON-NLS-1$

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[A-Za-z]+\\}"); //$NON-NLS-1$

    /**
     * The parameters of a preset for one variant.
     *
     * @param parameters the resolved parameters
     * @param problems   what could not be filled in, for people (empty when all went well)
     */
    public record Resolved(UtmParameters parameters, List<String> problems) {
    }

    private UtmPresets() {
    }

    /**
     * Fills in a preset's placeholders for a variant.
     *
     * @param preset  the preset
     * @param variant the variant whose links get the parameters
     * @return the parameters, and the problems
     */
    public static Resolved resolve(UtmPreset preset, Variant variant) {
        List<String> problems = new ArrayList<>();
        Function<String, String> values = placeholder -> valueOf(placeholder, variant);
        UtmParameters parameters = new UtmParameters(fill(UtmParameters.SOURCE, preset.getUtmSource(), values, problems),
                fill(UtmParameters.MEDIUM, preset.getUtmMedium(), values, problems),
                fill(UtmParameters.CAMPAIGN, preset.getUtmCampaign(), values, problems),
                fill(UtmParameters.TERM, preset.getUtmTerm(), values, problems),
                fill(UtmParameters.CONTENT, preset.getUtmContent(), values, problems));
        return new Resolved(parameters, List.copyOf(problems));
    }

    private static String fill(String key, String template, Function<String, String> values, List<String> problems) {
        if (template == null || template.isBlank()) {
            return null;
        }
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            String placeholder = matcher.group();
            String value = values.apply(placeholder.toLowerCase(Locale.ROOT));
            if (value == null || value.isEmpty()) {
                problems.add(key + " left out: nothing to fill in " + placeholder //$NON-NLS-1$
                        + switch (placeholder.toLowerCase(Locale.ROOT)) {
                        case CAMPAIGN -> " (the item has no campaign)"; //$NON-NLS-1$
                        case CHANNEL, ACCOUNT -> " (the variant has no channel account)"; //$NON-NLS-1$
                        case ITEM -> " (the item has no name)"; //$NON-NLS-1$
                        default -> " (unknown placeholder; use {channel}, {account}, {campaign} or {item})"; //$NON-NLS-1$
                        });
                return null;
            }
            matcher.appendReplacement(result, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(result);
        return result.toString().strip();
    }

    private static String valueOf(String placeholder, Variant variant) {
        ChannelPresence channel = variant.getChannel();
        ContentItem item = variant.eContainer() instanceof ContentItem container ? container : null;
        return switch (placeholder) {
        case CHANNEL -> channel == null || channel.getChannelTypeId() == null ? null
                : slug(channel.getChannelTypeId().substring(channel.getChannelTypeId().lastIndexOf('.') + 1));
        case ACCOUNT -> channel == null || channel.getAccountHandle() == null ? null
                : slug(channel.getAccountHandle().replace("@", " ")); //$NON-NLS-1$ //$NON-NLS-2$
        case CAMPAIGN -> item == null || item.getCampaign() == null ? null : slug(item.getCampaign().getName());
        case ITEM -> item == null ? null : slug(item.getName());
        default -> null;
        };
    }

    /**
     * Writes a name the way UTM values usually are: lower case, letters and digits, words
     * joined by {@code -}.
     *
     * @param name a name
     * @return the slug, or {@code null} when nothing is left
     */
    public static String slug(String name) {
        if (name == null) {
            return null;
        }
        String plain = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", ""); //$NON-NLS-1$ //$NON-NLS-2$
        String slug = plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}_]+", "-").replaceAll("^-+|-+$", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        return slug.isEmpty() ? null : slug;
    }
}
