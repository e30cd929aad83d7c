/**
 * SPDX-License-Identifier: EPL-2.0
 * Copyright (c) 2026 the Chorus authors
 */
package io.github.chorus.plan.model.impl;

import io.github.chorus.plan.model.CampaignResult;
import io.github.chorus.plan.model.MetricDefinition;
import io.github.chorus.plan.model.PlanPackage;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Campaign Result</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.github.chorus.plan.model.impl.CampaignResultImpl#getMetric <em>Metric</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.impl.CampaignResultImpl#getValue <em>Value</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.impl.CampaignResultImpl#getAsOf <em>As Of</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CampaignResultImpl extends IdentifiedImpl implements CampaignResult
{
	/**
	 * The cached value of the '{@link #getMetric() <em>Metric</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMetric()
	 * @generated
	 * @ordered
	 */
	protected MetricDefinition metric;

	/**
	 * The default value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected static final double VALUE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected double value = VALUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAsOf() <em>As Of</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAsOf()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate AS_OF_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAsOf() <em>As Of</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAsOf()
	 * @generated
	 * @ordered
	 */
	protected LocalDate asOf = AS_OF_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CampaignResultImpl()
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
		return PlanPackage.Literals.CAMPAIGN_RESULT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MetricDefinition getMetric()
	{
		if (metric != null && metric.eIsProxy())
		{
			InternalEObject oldMetric = (InternalEObject)metric;
			metric = (MetricDefinition)eResolveProxy(oldMetric);
			if (metric != oldMetric)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PlanPackage.CAMPAIGN_RESULT__METRIC, oldMetric, metric));
			}
		}
		return metric;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MetricDefinition basicGetMetric()
	{
		return metric;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMetric(MetricDefinition newMetric)
	{
		MetricDefinition oldMetric = metric;
		metric = newMetric;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.CAMPAIGN_RESULT__METRIC, oldMetric, metric));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getValue()
	{
		return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValue(double newValue)
	{
		double oldValue = value;
		value = newValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.CAMPAIGN_RESULT__VALUE, oldValue, value));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getAsOf()
	{
		return asOf;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAsOf(LocalDate newAsOf)
	{
		LocalDate oldAsOf = asOf;
		asOf = newAsOf;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.CAMPAIGN_RESULT__AS_OF, oldAsOf, asOf));
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
			case PlanPackage.CAMPAIGN_RESULT__METRIC:
				if (resolve) return getMetric();
				return basicGetMetric();
			case PlanPackage.CAMPAIGN_RESULT__VALUE:
				return getValue();
			case PlanPackage.CAMPAIGN_RESULT__AS_OF:
				return getAsOf();
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
			case PlanPackage.CAMPAIGN_RESULT__METRIC:
				setMetric((MetricDefinition)newValue);
				return;
			case PlanPackage.CAMPAIGN_RESULT__VALUE:
				setValue((Double)newValue);
				return;
			case PlanPackage.CAMPAIGN_RESULT__AS_OF:
				setAsOf((LocalDate)newValue);
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
			case PlanPackage.CAMPAIGN_RESULT__METRIC:
				setMetric((MetricDefinition)null);
				return;
			case PlanPackage.CAMPAIGN_RESULT__VALUE:
				setValue(VALUE_EDEFAULT);
				return;
			case PlanPackage.CAMPAIGN_RESULT__AS_OF:
				setAsOf(AS_OF_EDEFAULT);
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
			case PlanPackage.CAMPAIGN_RESULT__METRIC:
				return metric != null;
			case PlanPackage.CAMPAIGN_RESULT__VALUE:
				return value != VALUE_EDEFAULT;
			case PlanPackage.CAMPAIGN_RESULT__AS_OF:
				return AS_OF_EDEFAULT == null ? asOf != null : !AS_OF_EDEFAULT.equals(asOf);
		}
		return super.eIsSet(featureID);
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
		result.append(" (value: "); //$NON-NLS-1$
		result.append(value);
		result.append(", asOf: "); //$NON-NLS-1$
		result.append(asOf);
		result.append(')');
		return result.toString();
	}

} //CampaignResultImpl
