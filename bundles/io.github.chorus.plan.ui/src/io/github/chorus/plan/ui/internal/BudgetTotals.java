// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.plan.ui.internal;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

import io.github.chorus.plan.model.Budget;
import io.github.chorus.plan.model.BudgetCategory;
import io.github.chorus.plan.model.Campaign;
import io.github.chorus.plan.model.Plan;
import io.github.chorus.plan.model.SpendEntry;

/**
 * The plan's budget in numbers: each line's amount, what campaigns drawing on it were given and
 * have spent (their spend entries), and the totals, by category too.
 */
final class BudgetTotals {

	private BudgetTotals() {
	}

	/** @return the sum of the budget lines' amounts */
	static BigDecimal budgeted(Plan plan) {
		return plan.getBudgets().stream().map(Budget::getAmount).map(BudgetTotals::orZero).reduce(BigDecimal.ZERO,
				BigDecimal::add);
	}

	/** @return the amounts of the budget lines by category (lines without one count as OTHER) */
	static Map<BudgetCategory, BigDecimal> byCategory(Plan plan) {
		Map<BudgetCategory, BigDecimal> totals = new EnumMap<>(BudgetCategory.class);
		for (Budget budget : plan.getBudgets()) {
			BudgetCategory category = budget.getCategory() == null ? BudgetCategory.OTHER : budget.getCategory();
			totals.merge(category, orZero(budget.getAmount()), BigDecimal::add);
		}
		return totals;
	}

	/** @return what the campaigns drawing on a line (or on any line when null) were given */
	static BigDecimal allocated(Plan plan, Budget line) {
		return plan.getCampaigns().stream().filter(campaign -> drawsOn(campaign, line)).map(Campaign::getBudget)
				.map(BudgetTotals::orZero).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/** @return what the campaigns drawing on a line (or on any line when null) have spent */
	static BigDecimal spent(Plan plan, Budget line) {
		return plan.getCampaigns().stream().filter(campaign -> drawsOn(campaign, line))
				.flatMap(campaign -> campaign.getSpend().stream()).map(SpendEntry::getAmount)
				.map(BudgetTotals::orZero).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	private static boolean drawsOn(Campaign campaign, Budget line) {
		return line == null ? campaign.getBudgetSource() != null : campaign.getBudgetSource() == line;
	}

	private static BigDecimal orZero(BigDecimal amount) {
		return amount == null ? BigDecimal.ZERO : amount;
	}

	/** @return an amount as a marketer reads it, for example {@code 12,500.00 EUR} */
	static String format(BigDecimal amount, String currency) {
		return String.format(java.util.Locale.ROOT, "%,.2f %s", amount, currency == null ? "" : currency).strip(); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
