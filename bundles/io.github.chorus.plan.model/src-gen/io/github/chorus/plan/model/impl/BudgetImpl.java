/**
 * SPDX-License-Identifier: EPL-2.0
 * Copyright (c) 2026 the Chorus authors
 */
package io.github.chorus.plan.model.impl;

import io.github.chorus.plan.model.Budget;
import io.github.chorus.plan.model.BudgetCategory;
import io.github.chorus.plan.model.PlanPackage;

import java.lang.reflect.InvocationTargetException;

import java.math.BigDecimal;

import java.time.LocalDate;

import java.util.Map;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Budget</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.github.chorus.plan.model.impl.BudgetImpl#getCategory <em>Category</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.impl.BudgetImpl#getAmount <em>Amount</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.impl.BudgetImpl#getPeriodStart <em>Period Start</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.impl.BudgetImpl#getPeriodEnd <em>Period End</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BudgetImpl extends NamedImpl implements Budget
{
	/**
	 * The default value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected static final BudgetCategory CATEGORY_EDEFAULT = BudgetCategory.MEDIA;

	/**
	 * The cached value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected BudgetCategory category = CATEGORY_EDEFAULT;

	/**
	 * The default value of the '{@link #getAmount() <em>Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAmount()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal AMOUNT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAmount() <em>Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAmount()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal amount = AMOUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getPeriodStart() <em>Period Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriodStart()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate PERIOD_START_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPeriodStart() <em>Period Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriodStart()
	 * @generated
	 * @ordered
	 */
	protected LocalDate periodStart = PERIOD_START_EDEFAULT;

	/**
	 * The default value of the '{@link #getPeriodEnd() <em>Period End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriodEnd()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate PERIOD_END_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPeriodEnd() <em>Period End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriodEnd()
	 * @generated
	 * @ordered
	 */
	protected LocalDate periodEnd = PERIOD_END_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BudgetImpl()
	{
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass()
	{
		return PlanPackage.Literals.BUDGET;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BudgetCategory getCategory()
	{
		return category;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCategory(BudgetCategory newCategory)
	{
		BudgetCategory oldCategory = category;
		category = newCategory == null ? CATEGORY_EDEFAULT : newCategory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.BUDGET__CATEGORY, oldCategory, category));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getAmount()
	{
		return amount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAmount(BigDecimal newAmount)
	{
		BigDecimal oldAmount = amount;
		amount = newAmount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.BUDGET__AMOUNT, oldAmount, amount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getPeriodStart()
	{
		return periodStart;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPeriodStart(LocalDate newPeriodStart)
	{
		LocalDate oldPeriodStart = periodStart;
		periodStart = newPeriodStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.BUDGET__PERIOD_START, oldPeriodStart, periodStart));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getPeriodEnd()
	{
		return periodEnd;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPeriodEnd(LocalDate newPeriodEnd)
	{
		LocalDate oldPeriodEnd = periodEnd;
		periodEnd = newPeriodEnd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.BUDGET__PERIOD_END, oldPeriodEnd, periodEnd));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean hasValidAmountAndPeriod(final DiagnosticChain diagnostics, final Map<Object, Object> context)
	{
		return io.github.chorus.plan.model.internal.validation.PlanConstraints.hasValidAmountAndPeriod(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType)
	{
		switch (featureID)
		{
			case PlanPackage.BUDGET__CATEGORY:
				return getCategory();
			case PlanPackage.BUDGET__AMOUNT:
				return getAmount();
			case PlanPackage.BUDGET__PERIOD_START:
				return getPeriodStart();
			case PlanPackage.BUDGET__PERIOD_END:
				return getPeriodEnd();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue)
	{
		switch (featureID)
		{
			case PlanPackage.BUDGET__CATEGORY:
				setCategory((BudgetCategory)newValue);
				return;
			case PlanPackage.BUDGET__AMOUNT:
				setAmount((BigDecimal)newValue);
				return;
			case PlanPackage.BUDGET__PERIOD_START:
				setPeriodStart((LocalDate)newValue);
				return;
			case PlanPackage.BUDGET__PERIOD_END:
				setPeriodEnd((LocalDate)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID)
	{
		switch (featureID)
		{
			case PlanPackage.BUDGET__CATEGORY:
				setCategory(CATEGORY_EDEFAULT);
				return;
			case PlanPackage.BUDGET__AMOUNT:
				setAmount(AMOUNT_EDEFAULT);
				return;
			case PlanPackage.BUDGET__PERIOD_START:
				setPeriodStart(PERIOD_START_EDEFAULT);
				return;
			case PlanPackage.BUDGET__PERIOD_END:
				setPeriodEnd(PERIOD_END_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID)
	{
		switch (featureID)
		{
			case PlanPackage.BUDGET__CATEGORY:
				return category != CATEGORY_EDEFAULT;
			case PlanPackage.BUDGET__AMOUNT:
				return AMOUNT_EDEFAULT == null ? amount != null : !AMOUNT_EDEFAULT.equals(amount);
			case PlanPackage.BUDGET__PERIOD_START:
				return PERIOD_START_EDEFAULT == null ? periodStart != null : !PERIOD_START_EDEFAULT.equals(periodStart);
			case PlanPackage.BUDGET__PERIOD_END:
				return PERIOD_END_EDEFAULT == null ? periodEnd != null : !PERIOD_END_EDEFAULT.equals(periodEnd);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	@SuppressWarnings("unchecked")
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException
	{
		switch (operationID)
		{
			case PlanPackage.BUDGET___HAS_VALID_AMOUNT_AND_PERIOD__DIAGNOSTICCHAIN_MAP:
				return hasValidAmountAndPeriod((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
		}
		return super.eInvoke(operationID, arguments);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString()
	{
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (category: "); //$NON-NLS-1$
		result.append(category);
		result.append(", amount: "); //$NON-NLS-1$
		result.append(amount);
		result.append(", periodStart: "); //$NON-NLS-1$
		result.append(periodStart);
		result.append(", periodEnd: "); //$NON-NLS-1$
		result.append(periodEnd);
		result.append(')');
		return result.toString();
	}

} //BudgetImpl
