// SPDX-License-Identifier: EPL-2.0
/**
 * The plan model: interfaces of the generated model classes, their factory and package.
 * Create objects through the factory; implementation classes are internal.
 *
 * @since 1.0
 */
package io.github.chorus.plan.model;
