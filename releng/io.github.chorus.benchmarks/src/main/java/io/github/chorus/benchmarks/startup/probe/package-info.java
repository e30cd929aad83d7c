// SPDX-License-Identifier: EPL-2.0
/**
 * The probe bundle of the start-up benchmark's reference sides
 * ({@code io.github.chorus.benchmarks.startup.probe}, built by the bench pom as the jar with
 * classifier {@code probe}): a bare-shell Equinox application and the parts of a minimal pure
 * e4 application, each reporting its first paint like the product's start-up probe. The bare
 * SWT shell baseline reports through {@link io.github.chorus.benchmarks.startup.probe.FirstPaintFile} too.
 */
package io.github.chorus.benchmarks.startup.probe;
