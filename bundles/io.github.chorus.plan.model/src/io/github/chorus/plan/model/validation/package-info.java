// SPDX-License-Identifier: EPL-2.0
/**
 * Validation support shared by all Chorus models: how diagnostics are built (every
 * diagnostic names its rule and the object), what a validation run can be given through
 * its context map (a clock, contributed rules), and the hook through which other bundles,
 * such as channel plugins, add their own rules.
 *
 * @since 1.0
 */
package io.github.chorus.plan.model.validation;
