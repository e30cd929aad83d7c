/**
 * Run-time services of the Chorus installation that bundles start on demand, so that they cost
 * nothing at start-up.
 *
 * @since 0.1
 */
package io.github.chorus.core.runtime;
