// SPDX-License-Identifier: EPL-2.0
/**
 * Generated utilities of the community model: switch, adapter factory, resource factory and validator.
 *
 * @since 1.0
 */
package io.github.chorus.community.model.util;
