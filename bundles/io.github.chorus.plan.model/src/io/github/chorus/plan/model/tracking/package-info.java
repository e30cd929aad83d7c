// SPDX-License-Identifier: EPL-2.0
/**
 * Following every change of the model objects in a resource with one listener on the resource,
 * instead of an adapter on each object.
 *
 * @since 1.0
 */
package io.github.chorus.plan.model.tracking;
