// SPDX-License-Identifier: EPL-2.0
/**
 * KPI formulas: the small arithmetic language of {@code KpiDefinition.formula}, parsed and
 * evaluated by the workbench (never by channel plugins).
 *
 * @since 1.0
 */
package io.github.chorus.plan.model.formula;
