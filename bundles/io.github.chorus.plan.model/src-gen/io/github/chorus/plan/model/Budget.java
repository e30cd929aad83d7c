/**
 * SPDX-License-Identifier: EPL-2.0
 * Copyright (c) 2026 the Chorus authors
 */
package io.github.chorus.plan.model;

import java.math.BigDecimal;

import java.time.LocalDate;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Budget</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An amount of money for a period.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.github.chorus.plan.model.Budget#getCategory <em>Category</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.Budget#getAmount <em>Amount</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.Budget#getPeriodStart <em>Period Start</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.Budget#getPeriodEnd <em>Period End</em>}</li>
 * </ul>
 *
 * @see io.github.chorus.plan.model.PlanPackage#getBudget()
 * @model
 * @generated
 */
public interface Budget extends Named
{
	/**
	 * Returns the value of the '<em><b>Category</b></em>' attribute.
	 * The literals are from the enumeration {@link io.github.chorus.plan.model.BudgetCategory}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Category</em>' attribute.
	 * @see io.github.chorus.plan.model.BudgetCategory
	 * @see #setCategory(BudgetCategory)
	 * @see io.github.chorus.plan.model.PlanPackage#getBudget_Category()
	 * @model
	 * @generated
	 */
	BudgetCategory getCategory();

	/**
	 * Sets the value of the '{@link io.github.chorus.plan.model.Budget#getCategory <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category</em>' attribute.
	 * @see io.github.chorus.plan.model.BudgetCategory
	 * @see #getCategory()
	 * @generated
	 */
	void setCategory(BudgetCategory value);

	/**
	 * Returns the value of the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Amount</em>' attribute.
	 * @see #setAmount(BigDecimal)
	 * @see io.github.chorus.plan.model.PlanPackage#getBudget_Amount()
	 * @model
	 * @generated
	 */
	BigDecimal getAmount();

	/**
	 * Sets the value of the '{@link io.github.chorus.plan.model.Budget#getAmount <em>Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Amount</em>' attribute.
	 * @see #getAmount()
	 * @generated
	 */
	void setAmount(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Period Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Period Start</em>' attribute.
	 * @see #setPeriodStart(LocalDate)
	 * @see io.github.chorus.plan.model.PlanPackage#getBudget_PeriodStart()
	 * @model dataType="io.github.chorus.plan.model.LocalDate"
	 * @generated
	 */
	LocalDate getPeriodStart();

	/**
	 * Sets the value of the '{@link io.github.chorus.plan.model.Budget#getPeriodStart <em>Period Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Period Start</em>' attribute.
	 * @see #getPeriodStart()
	 * @generated
	 */
	void setPeriodStart(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Period End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Period End</em>' attribute.
	 * @see #setPeriodEnd(LocalDate)
	 * @see io.github.chorus.plan.model.PlanPackage#getBudget_PeriodEnd()
	 * @model dataType="io.github.chorus.plan.model.LocalDate"
	 * @generated
	 */
	LocalDate getPeriodEnd();

	/**
	 * Sets the value of the '{@link io.github.chorus.plan.model.Budget#getPeriodEnd <em>Period End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Period End</em>' attribute.
	 * @see #getPeriodEnd()
	 * @generated
	 */
	void setPeriodEnd(LocalDate value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A budget amount is not negative and its period is ordered.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean hasValidAmountAndPeriod(DiagnosticChain diagnostics, Map<Object, Object> context);

} // Budget
