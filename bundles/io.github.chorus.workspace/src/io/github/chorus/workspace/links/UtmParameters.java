// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.workspace.links;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The five UTM parameters to put on a link, already resolved (no placeholders). A blank or
 * {@code null} value means "leave this parameter as the link has it".
 *
 * @param source   utm_source, for example {@code mastodon}
 * @param medium   utm_medium, for example {@code social}
 * @param campaign utm_campaign
 * @param term     utm_term
 * @param content  utm_content
 * @since 0.1
 */
public record UtmParameters(String source, String medium, String campaign, String term, String content) {

    /** The query keys, in the order they are appended. */
    public static final String SOURCE = "utm_source", MEDIUM = "utm_medium", CAMPAIGN = "utm_campaign", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            TERM = "utm_term", CONTENT = "utm_content"; //$NON-NLS-1$ //$NON-NLS-2$

    /** @return the parameters that have a value, by query key, in the standard order */
    public Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        put(values, SOURCE, source);
        put(values, MEDIUM, medium);
        put(values, CAMPAIGN, campaign);
        put(values, TERM, term);
        put(values, CONTENT, content);
        return values;
    }

    private static void put(Map<String, String> values, String key, String value) {
        if (value != null && !value.isBlank()) {
            values.put(key, value.strip());
        }
    }
}
