// SPDX-License-Identifier: EPL-2.0
/**
 * The workspace of the running workbench: one editing domain and command stack shared by every
 * editor and view, atomic saves, and the base class of model editors.
 *
 * @since 0.1
 */
package io.github.chorus.workspace.ui;
