// SPDX-License-Identifier: EPL-2.0
/**
 * The analytics model: metric series with their compact observations, and where they came from.
 *
 * @since 1.0
 */
package io.github.chorus.analytics.model;
