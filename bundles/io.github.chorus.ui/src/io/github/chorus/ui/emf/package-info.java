// SPDX-License-Identifier: EPL-2.0
/**
 * Thin JFace adapters over EMF.Edit item providers (the role of {@code org.eclipse.emf.edit.ui},
 * which is not on Maven Central): tree content, labels and property sheet sources.
 *
 * @since 0.1
 */
package io.github.chorus.ui.emf;
