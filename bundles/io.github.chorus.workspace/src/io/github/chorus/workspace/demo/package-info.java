// SPDX-License-Identifier: EPL-2.0
/**
 * The demo workspace: a coffee-roaster chain with a full plan, three months of content,
 * campaigns, an inbox, leads and six months of metrics, generated deterministically from a
 * seed and reusable at any scale for performance tests.
 *
 * @since 1.0
 */
package io.github.chorus.workspace.demo;
