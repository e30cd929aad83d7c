// SPDX-License-Identifier: EPL-2.0
/**
 * Chorus workspaces: a folder with one resource per model area (plan, content, community,
 * analytics), loaded into one resource set with cross-resource references, saved
 * atomically as a whole, and validated.
 *
 * @since 1.0
 */
package io.github.chorus.workspace;
