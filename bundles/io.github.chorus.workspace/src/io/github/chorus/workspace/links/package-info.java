// SPDX-License-Identifier: EPL-2.0
/**
 * Links in post texts: finding them, and adding UTM parameters to them from a workspace's
 * {@link io.github.chorus.content.model.UtmPreset presets}, without breaking what is already
 * there (query strings, fragments, international domain names) and leaving malformed links
 * untouched.
 *
 * @since 0.1
 */
package io.github.chorus.workspace.links;
