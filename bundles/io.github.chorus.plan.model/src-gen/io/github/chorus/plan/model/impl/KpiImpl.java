/**
 * SPDX-License-Identifier: EPL-2.0
 * Copyright (c) 2026 the Chorus authors
 */
package io.github.chorus.plan.model.impl;

import io.github.chorus.plan.model.ChannelPresence;
import io.github.chorus.plan.model.Kpi;
import io.github.chorus.plan.model.KpiDefinition;
import io.github.chorus.plan.model.PlanPackage;
import io.github.chorus.plan.model.Target;

import java.lang.reflect.InvocationTargetException;

import java.util.Collection;
import java.util.Map;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Kpi</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.github.chorus.plan.model.impl.KpiImpl#getDefinition <em>Definition</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.impl.KpiImpl#getChannel <em>Channel</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.impl.KpiImpl#getBaseline <em>Baseline</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.impl.KpiImpl#getTargets <em>Targets</em>}</li>
 * </ul>
 *
 * @generated
 */
public class KpiImpl extends IdentifiedImpl implements Kpi
{
	/**
	 * The cached value of the '{@link #getDefinition() <em>Definition</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefinition()
	 * @generated
	 * @ordered
	 */
	protected KpiDefinition definition;

	/**
	 * The cached value of the '{@link #getChannel() <em>Channel</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannel()
	 * @generated
	 * @ordered
	 */
	protected ChannelPresence channel;

	/**
	 * The default value of the '{@link #getBaseline() <em>Baseline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseline()
	 * @generated
	 * @ordered
	 */
	protected static final double BASELINE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getBaseline() <em>Baseline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseline()
	 * @generated
	 * @ordered
	 */
	protected double baseline = BASELINE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTargets() <em>Targets</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargets()
	 * @generated
	 * @ordered
	 */
	protected EList<Target> targets;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected KpiImpl()
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
		return PlanPackage.Literals.KPI;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public KpiDefinition getDefinition()
	{
		if (definition != null && definition.eIsProxy())
		{
			InternalEObject oldDefinition = (InternalEObject)definition;
			definition = (KpiDefinition)eResolveProxy(oldDefinition);
			if (definition != oldDefinition)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PlanPackage.KPI__DEFINITION, oldDefinition, definition));
			}
		}
		return definition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public KpiDefinition basicGetDefinition()
	{
		return definition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDefinition(KpiDefinition newDefinition)
	{
		KpiDefinition oldDefinition = definition;
		definition = newDefinition;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.KPI__DEFINITION, oldDefinition, definition));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ChannelPresence getChannel()
	{
		if (channel != null && channel.eIsProxy())
		{
			InternalEObject oldChannel = (InternalEObject)channel;
			channel = (ChannelPresence)eResolveProxy(oldChannel);
			if (channel != oldChannel)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PlanPackage.KPI__CHANNEL, oldChannel, channel));
			}
		}
		return channel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ChannelPresence basicGetChannel()
	{
		return channel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChannel(ChannelPresence newChannel)
	{
		ChannelPresence oldChannel = channel;
		channel = newChannel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.KPI__CHANNEL, oldChannel, channel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getBaseline()
	{
		return baseline;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBaseline(double newBaseline)
	{
		double oldBaseline = baseline;
		baseline = newBaseline;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.KPI__BASELINE, oldBaseline, baseline));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Target> getTargets()
	{
		if (targets == null)
		{
			targets = new EObjectContainmentEList<Target>(Target.class, this, PlanPackage.KPI__TARGETS);
		}
		return targets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean hasTarget(final DiagnosticChain diagnostics, final Map<Object, Object> context)
	{
		return io.github.chorus.plan.model.internal.validation.PlanConstraints.hasTarget(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs)
	{
		switch (featureID)
		{
			case PlanPackage.KPI__TARGETS:
				return ((InternalEList<?>)getTargets()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
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
			case PlanPackage.KPI__DEFINITION:
				if (resolve) return getDefinition();
				return basicGetDefinition();
			case PlanPackage.KPI__CHANNEL:
				if (resolve) return getChannel();
				return basicGetChannel();
			case PlanPackage.KPI__BASELINE:
				return getBaseline();
			case PlanPackage.KPI__TARGETS:
				return getTargets();
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
			case PlanPackage.KPI__DEFINITION:
				setDefinition((KpiDefinition)newValue);
				return;
			case PlanPackage.KPI__CHANNEL:
				setChannel((ChannelPresence)newValue);
				return;
			case PlanPackage.KPI__BASELINE:
				setBaseline((Double)newValue);
				return;
			case PlanPackage.KPI__TARGETS:
				getTargets().clear();
				getTargets().addAll((Collection<? extends Target>)newValue);
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
			case PlanPackage.KPI__DEFINITION:
				setDefinition((KpiDefinition)null);
				return;
			case PlanPackage.KPI__CHANNEL:
				setChannel((ChannelPresence)null);
				return;
			case PlanPackage.KPI__BASELINE:
				setBaseline(BASELINE_EDEFAULT);
				return;
			case PlanPackage.KPI__TARGETS:
				getTargets().clear();
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
			case PlanPackage.KPI__DEFINITION:
				return definition != null;
			case PlanPackage.KPI__CHANNEL:
				return channel != null;
			case PlanPackage.KPI__BASELINE:
				return baseline != BASELINE_EDEFAULT;
			case PlanPackage.KPI__TARGETS:
				return targets != null && !targets.isEmpty();
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
			case PlanPackage.KPI___HAS_TARGET__DIAGNOSTICCHAIN_MAP:
				return hasTarget((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
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
		result.append(" (baseline: "); //$NON-NLS-1$
		result.append(baseline);
		result.append(')');
		return result.toString();
	}

} //KpiImpl
