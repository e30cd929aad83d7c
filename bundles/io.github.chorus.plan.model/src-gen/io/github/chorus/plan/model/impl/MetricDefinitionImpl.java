/**
 * SPDX-License-Identifier: EPL-2.0
 * Copyright (c) 2026 the Chorus authors
 */
package io.github.chorus.plan.model.impl;

import io.github.chorus.plan.model.Aggregation;
import io.github.chorus.plan.model.KpiUnit;
import io.github.chorus.plan.model.MetricDefinition;
import io.github.chorus.plan.model.PlanPackage;

import java.lang.reflect.InvocationTargetException;

import java.util.Map;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Metric Definition</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.github.chorus.plan.model.impl.MetricDefinitionImpl#getKey <em>Key</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.impl.MetricDefinitionImpl#getUnit <em>Unit</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.impl.MetricDefinitionImpl#getAggregation <em>Aggregation</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.impl.MetricDefinitionImpl#getDefinitionNote <em>Definition Note</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MetricDefinitionImpl extends NamedImpl implements MetricDefinition
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
	 * The default value of the '{@link #getAggregation() <em>Aggregation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAggregation()
	 * @generated
	 * @ordered
	 */
	protected static final Aggregation AGGREGATION_EDEFAULT = Aggregation.SUM;

	/**
	 * The cached value of the '{@link #getAggregation() <em>Aggregation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAggregation()
	 * @generated
	 * @ordered
	 */
	protected Aggregation aggregation = AGGREGATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getDefinitionNote() <em>Definition Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefinitionNote()
	 * @generated
	 * @ordered
	 */
	protected static final String DEFINITION_NOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDefinitionNote() <em>Definition Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefinitionNote()
	 * @generated
	 * @ordered
	 */
	protected String definitionNote = DEFINITION_NOTE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MetricDefinitionImpl()
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
		return PlanPackage.Literals.METRIC_DEFINITION;
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
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.METRIC_DEFINITION__KEY, oldKey, key));
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
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.METRIC_DEFINITION__UNIT, oldUnit, unit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Aggregation getAggregation()
	{
		return aggregation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAggregation(Aggregation newAggregation)
	{
		Aggregation oldAggregation = aggregation;
		aggregation = newAggregation == null ? AGGREGATION_EDEFAULT : newAggregation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.METRIC_DEFINITION__AGGREGATION, oldAggregation, aggregation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDefinitionNote()
	{
		return definitionNote;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDefinitionNote(String newDefinitionNote)
	{
		String oldDefinitionNote = definitionNote;
		definitionNote = newDefinitionNote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.METRIC_DEFINITION__DEFINITION_NOTE, oldDefinitionNote, definitionNote));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean hasUniqueKey(final DiagnosticChain diagnostics, final Map<Object, Object> context)
	{
		return io.github.chorus.plan.model.internal.validation.PlanConstraints.hasUniqueKey(this, diagnostics, context);
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
			case PlanPackage.METRIC_DEFINITION__KEY:
				return getKey();
			case PlanPackage.METRIC_DEFINITION__UNIT:
				return getUnit();
			case PlanPackage.METRIC_DEFINITION__AGGREGATION:
				return getAggregation();
			case PlanPackage.METRIC_DEFINITION__DEFINITION_NOTE:
				return getDefinitionNote();
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
			case PlanPackage.METRIC_DEFINITION__KEY:
				setKey((String)newValue);
				return;
			case PlanPackage.METRIC_DEFINITION__UNIT:
				setUnit((KpiUnit)newValue);
				return;
			case PlanPackage.METRIC_DEFINITION__AGGREGATION:
				setAggregation((Aggregation)newValue);
				return;
			case PlanPackage.METRIC_DEFINITION__DEFINITION_NOTE:
				setDefinitionNote((String)newValue);
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
			case PlanPackage.METRIC_DEFINITION__KEY:
				setKey(KEY_EDEFAULT);
				return;
			case PlanPackage.METRIC_DEFINITION__UNIT:
				setUnit(UNIT_EDEFAULT);
				return;
			case PlanPackage.METRIC_DEFINITION__AGGREGATION:
				setAggregation(AGGREGATION_EDEFAULT);
				return;
			case PlanPackage.METRIC_DEFINITION__DEFINITION_NOTE:
				setDefinitionNote(DEFINITION_NOTE_EDEFAULT);
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
			case PlanPackage.METRIC_DEFINITION__KEY:
				return KEY_EDEFAULT == null ? key != null : !KEY_EDEFAULT.equals(key);
			case PlanPackage.METRIC_DEFINITION__UNIT:
				return unit != UNIT_EDEFAULT;
			case PlanPackage.METRIC_DEFINITION__AGGREGATION:
				return aggregation != AGGREGATION_EDEFAULT;
			case PlanPackage.METRIC_DEFINITION__DEFINITION_NOTE:
				return DEFINITION_NOTE_EDEFAULT == null ? definitionNote != null : !DEFINITION_NOTE_EDEFAULT.equals(definitionNote);
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
			case PlanPackage.METRIC_DEFINITION___HAS_UNIQUE_KEY__DIAGNOSTICCHAIN_MAP:
				return hasUniqueKey((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
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
		result.append(", unit: "); //$NON-NLS-1$
		result.append(unit);
		result.append(", aggregation: "); //$NON-NLS-1$
		result.append(aggregation);
		result.append(", definitionNote: "); //$NON-NLS-1$
		result.append(definitionNote);
		result.append(')');
		return result.toString();
	}

} //MetricDefinitionImpl
