// SPDX-License-Identifier: EPL-2.0
/**
 * The workbench side of channel plug-ins: {@link io.github.chorus.channels.ui.AccountPage}, the
 * wizard page a channel plug-in's {@code .ui} bundle contributes through the extension point
 * {@code io.github.chorus.channels.ui.accountPages}, so that users can connect accounts of its
 * network from the Accounts view.
 *
 * @since 0.1
 */
package io.github.chorus.channels.ui;
