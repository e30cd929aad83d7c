// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.plan.ui.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import io.github.chorus.plan.model.Budget;
import io.github.chorus.plan.model.BudgetCategory;
import io.github.chorus.plan.model.PlanPackage.Literals;

/** The budget lines in the plan's currency, what campaigns drew from each and spent, and the totals. */
final class BudgetPage extends PlanPage {

	static final String ID = "budget"; //$NON-NLS-1$

	private ElementTable lines;
	private Label budgeted;
	private Label allocated;
	private Label spent;
	private Label remaining;
	private Label categories;

	BudgetPage(PlanEditor editor) {
		super(editor, ID, "Budget", "Budget and spend"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	protected void createContent(Composite body, PlanForms forms) {
		lines = table(body, "Budget lines", //$NON-NLS-1$
				"Amounts in the plan's currency. Campaigns draw on a line (their budget source) and record spend.", //$NON-NLS-1$
				List.of(ElementTable.Column.of("Line", 220, Literals.NAMED__NAME), //$NON-NLS-1$
						ElementTable.Column.of("Category", 150, Literals.BUDGET__CATEGORY), //$NON-NLS-1$
						ElementTable.Column.of("Amount", 110, Literals.BUDGET__AMOUNT), //$NON-NLS-1$
						ElementTable.Column.of("From", 100, Literals.BUDGET__PERIOD_START), //$NON-NLS-1$
						ElementTable.Column.of("To", 100, Literals.BUDGET__PERIOD_END), //$NON-NLS-1$
						ElementTable.Column.computed("Given to campaigns", 140, //$NON-NLS-1$
								line -> money(BudgetTotals.allocated(plan(), (Budget) line))),
						ElementTable.Column.computed("Spent", 120, //$NON-NLS-1$
								line -> money(BudgetTotals.spent(plan(), (Budget) line))),
						ElementTable.Column.computed("Left", 120, line -> money(left((Budget) line))))); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, true).applyTo(lines.section());
		lines.setInput(plan(), Literals.PLAN__BUDGETS);

		Composite totals = forms.section(body, "Totals", "Everything the plan budgets, gives out and spends."); //$NON-NLS-1$ //$NON-NLS-2$
		budgeted = total(forms, totals, "Budgeted"); //$NON-NLS-1$
		allocated = total(forms, totals, "Given to campaigns"); //$NON-NLS-1$
		spent = total(forms, totals, "Spent"); //$NON-NLS-1$
		remaining = total(forms, totals, "Left to spend"); //$NON-NLS-1$
		categories = total(forms, totals, "By category"); //$NON-NLS-1$
	}

	private static Label total(PlanForms forms, Composite parent, String label) {
		forms.toolkit().createLabel(parent, label);
		Label value = forms.toolkit().createLabel(parent, "", SWT.WRAP); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).indent(8, 0).applyTo(value);
		return value;
	}

	@Override
	protected void refresh() {
		if (budgeted == null || budgeted.isDisposed()) {
			return;
		}
		BigDecimal total = BudgetTotals.budgeted(plan());
		BigDecimal out = BudgetTotals.spent(plan(), null);
		budgeted.setText(money(total));
		allocated.setText(money(BudgetTotals.allocated(plan(), null)));
		spent.setText(money(out));
		remaining.setText(money(total.subtract(out)));
		Map<BudgetCategory, BigDecimal> byCategory = BudgetTotals.byCategory(plan());
		categories.setText(byCategory.entrySet().stream()
				.map(entry -> Values.text(planEditor().session().adapterFactory(), entry.getKey()) + ": " //$NON-NLS-1$
						+ money(entry.getValue()))
				.collect(Collectors.joining("    "))); //$NON-NLS-1$
		budgeted.getParent().layout(true);
	}

	private BigDecimal left(Budget line) {
		return (line.getAmount() == null ? BigDecimal.ZERO : line.getAmount()).subtract(BudgetTotals.spent(plan(), line));
	}

	private String money(BigDecimal amount) {
		return BudgetTotals.format(amount, plan().getCurrency());
	}

	/** @return the totals shown, for tests: budgeted, given, spent, left */
	List<String> totals() {
		return List.of(budgeted.getText(), allocated.getText(), spent.getText(), remaining.getText());
	}

	ElementTable linesTable() {
		return lines;
	}
}
