// SPDX-License-Identifier: EPL-2.0
/**
 * The personal preferences of a Chorus user that several bundles read: the time zone of new
 * workspaces and views, and the channels new content starts with. They are Eclipse
 * preferences (instance scope), so File &gt; Export/Import carries them.
 *
 * @since 0.1
 */
package io.github.chorus.core.preferences;
