// SPDX-License-Identifier: EPL-2.0
/**
 * The community model: interfaces of the generated model classes, their factory and package.
 * Create objects through the factory; implementation classes are internal.
 *
 * @since 1.0
 */
package io.github.chorus.community.model;
