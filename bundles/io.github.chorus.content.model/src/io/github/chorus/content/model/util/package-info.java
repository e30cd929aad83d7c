// SPDX-License-Identifier: EPL-2.0
/**
 * Generated utilities of the content model: switch, adapter factory, resource factory and validator.
 *
 * @since 1.0
 */
package io.github.chorus.content.model.util;
