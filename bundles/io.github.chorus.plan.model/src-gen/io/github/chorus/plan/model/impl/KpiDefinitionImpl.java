/**
 * SPDX-License-Identifier: EPL-2.0
 * Copyright (c) 2026 the Chorus authors
 */
package io.github.chorus.plan.model.impl;

import io.github.chorus.plan.model.KpiDefinition;
import io.github.chorus.plan.model.KpiDirection;
import io.github.chorus.plan.model.KpiUnit;
import io.github.chorus.plan.model.MetricDefinition;
import io.github.chorus.plan.model.PlanPackage;

import java.lang.reflect.InvocationTargetException;

import java.util.Collection;
import java.util.Map;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Kpi Definition</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.github.chorus.plan.model.impl.KpiDefinitionImpl#getKey <em>Key</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.impl.KpiDefinitionImpl#getFormula <em>Formula</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.impl.KpiDefinitionImpl#getUnit <em>Unit</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.impl.KpiDefinitionImpl#getDirection <em>Direction</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.impl.KpiDefinitionImpl#isBuiltIn <em>Built In</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.impl.KpiDefinitionImpl#getInputs <em>Inputs</em>}</li>
 * </ul>
 *
 * @generated
 */
public class KpiDefinitionImpl extends NamedImpl implements KpiDefinition
{
	/**
	 * The default value of the '{@link #getKey() <em>Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKey()
	 * @generated
	 * @ordered
	 */
	protected static final String KEY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKey() <em>Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKey()
	 * @generated
	 * @ordered
	 */
	protected String key = KEY_EDEFAULT;

	/**
	 * The default value of the '{@link #getFormula() <em>Formula</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormula()
	 * @generated
	 * @ordered
	 */
	protected static final String FORMULA_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFormula() <em>Formula</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormula()
	 * @generated
	 * @ordered
	 */
	protected String formula = FORMULA_EDEFAULT;

	/**
	 * The default value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected static final KpiUnit UNIT_EDEFAULT = KpiUnit.COUNT;

	/**
	 * The cached value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected KpiUnit unit = UNIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getDirection() <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirection()
	 * @generated
	 * @ordered
	 */
	protected static final KpiDirection DIRECTION_EDEFAULT = KpiDirection.HIGHER_IS_BETTER;

	/**
	 * The cached value of the '{@link #getDirection() <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirection()
	 * @generated
	 * @ordered
	 */
	protected KpiDirection direction = DIRECTION_EDEFAULT;

	/**
	 * The default value of the '{@link #isBuiltIn() <em>Built In</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBuiltIn()
	 * @generated
	 * @ordered
	 */
	protected static final boolean BUILT_IN_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isBuiltIn() <em>Built In</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBuiltIn()
	 * @generated
	 * @ordered
	 */
	protected boolean builtIn = BUILT_IN_EDEFAULT;

	/**
	 * The cached value of the '{@link #getInputs() <em>Inputs</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInputs()
	 * @generated
	 * @ordered
	 */
	protected EList<MetricDefinition> inputs;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected KpiDefinitionImpl()
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
		return PlanPackage.Literals.KPI_DEFINITION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKey()
	{
		return key;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKey(String newKey)
	{
		String oldKey = key;
		key = newKey;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.KPI_DEFINITION__KEY, oldKey, key));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFormula()
	{
		return formula;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFormula(String newFormula)
	{
		String oldFormula = formula;
		formula = newFormula;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.KPI_DEFINITION__FORMULA, oldFormula, formula));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public KpiUnit getUnit()
	{
		return unit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnit(KpiUnit newUnit)
	{
		KpiUnit oldUnit = unit;
		unit = newUnit == null ? UNIT_EDEFAULT : newUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.KPI_DEFINITION__UNIT, oldUnit, unit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public KpiDirection getDirection()
	{
		return direction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDirection(KpiDirection newDirection)
	{
		KpiDirection oldDirection = direction;
		direction = newDirection == null ? DIRECTION_EDEFAULT : newDirection;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.KPI_DEFINITION__DIRECTION, oldDirection, direction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isBuiltIn()
	{
		return builtIn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBuiltIn(boolean newBuiltIn)
	{
		boolean oldBuiltIn = builtIn;
		builtIn = newBuiltIn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.KPI_DEFINITION__BUILT_IN, oldBuiltIn, builtIn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MetricDefinition> getInputs()
	{
		if (inputs == null)
		{
			inputs = new EObjectResolvingEList<MetricDefinition>(MetricDefinition.class, this, PlanPackage.KPI_DEFINITION__INPUTS);
		}
		return inputs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean hasValidFormula(final DiagnosticChain diagnostics, final Map<Object, Object> context)
	{
		return io.github.chorus.plan.model.internal.validation.PlanConstraints.hasValidFormula(this, diagnostics, context);
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
			case PlanPackage.KPI_DEFINITION__KEY:
				return getKey();
			case PlanPackage.KPI_DEFINITION__FORMULA:
				return getFormula();
			case PlanPackage.KPI_DEFINITION__UNIT:
				return getUnit();
			case PlanPackage.KPI_DEFINITION__DIRECTION:
				return getDirection();
			case PlanPackage.KPI_DEFINITION__BUILT_IN:
				return isBuiltIn();
			case PlanPackage.KPI_DEFINITION__INPUTS:
				return getInputs();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue)
	{
		switch (featureID)
		{
			case PlanPackage.KPI_DEFINITION__KEY:
				setKey((String)newValue);
				return;
			case PlanPackage.KPI_DEFINITION__FORMULA:
				setFormula((String)newValue);
				return;
			case PlanPackage.KPI_DEFINITION__UNIT:
				setUnit((KpiUnit)newValue);
				return;
			case PlanPackage.KPI_DEFINITION__DIRECTION:
				setDirection((KpiDirection)newValue);
				return;
			case PlanPackage.KPI_DEFINITION__BUILT_IN:
				setBuiltIn((Boolean)newValue);
				return;
			case PlanPackage.KPI_DEFINITION__INPUTS:
				getInputs().clear();
				getInputs().addAll((Collection<? extends MetricDefinition>)newValue);
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
			case PlanPackage.KPI_DEFINITION__KEY:
				setKey(KEY_EDEFAULT);
				return;
			case PlanPackage.KPI_DEFINITION__FORMULA:
				setFormula(FORMULA_EDEFAULT);
				return;
			case PlanPackage.KPI_DEFINITION__UNIT:
				setUnit(UNIT_EDEFAULT);
				return;
			case PlanPackage.KPI_DEFINITION__DIRECTION:
				setDirection(DIRECTION_EDEFAULT);
				return;
			case PlanPackage.KPI_DEFINITION__BUILT_IN:
				setBuiltIn(BUILT_IN_EDEFAULT);
				return;
			case PlanPackage.KPI_DEFINITION__INPUTS:
				getInputs().clear();
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
			case PlanPackage.KPI_DEFINITION__KEY:
				return KEY_EDEFAULT == null ? key != null : !KEY_EDEFAULT.equals(key);
			case PlanPackage.KPI_DEFINITION__FORMULA:
				return FORMULA_EDEFAULT == null ? formula != null : !FORMULA_EDEFAULT.equals(formula);
			case PlanPackage.KPI_DEFINITION__UNIT:
				return unit != UNIT_EDEFAULT;
			case PlanPackage.KPI_DEFINITION__DIRECTION:
				return direction != DIRECTION_EDEFAULT;
			case PlanPackage.KPI_DEFINITION__BUILT_IN:
				return builtIn != BUILT_IN_EDEFAULT;
			case PlanPackage.KPI_DEFINITION__INPUTS:
				return inputs != null && !inputs.isEmpty();
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
			case PlanPackage.KPI_DEFINITION___HAS_VALID_FORMULA__DIAGNOSTICCHAIN_MAP:
				return hasValidFormula((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
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
		result.append(" (key: "); //$NON-NLS-1$
		result.append(key);
		result.append(", formula: "); //$NON-NLS-1$
		result.append(formula);
		result.append(", unit: "); //$NON-NLS-1$
		result.append(unit);
		result.append(", direction: "); //$NON-NLS-1$
		result.append(direction);
		result.append(", builtIn: "); //$NON-NLS-1$
		result.append(builtIn);
		result.append(')');
		return result.toString();
	}

} //KpiDefinitionImpl
