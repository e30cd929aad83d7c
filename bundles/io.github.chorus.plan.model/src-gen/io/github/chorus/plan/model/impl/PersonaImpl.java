/**
 * SPDX-License-Identifier: EPL-2.0
 * Copyright (c) 2026 the Chorus authors
 */
package io.github.chorus.plan.model.impl;

import io.github.chorus.plan.model.Persona;
import io.github.chorus.plan.model.PlanPackage;

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
 * An implementation of the model object '<em><b>Persona</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.github.chorus.plan.model.impl.PersonaImpl#getDemographics <em>Demographics</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.impl.PersonaImpl#getNeeds <em>Needs</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.impl.PersonaImpl#getPainPoints <em>Pain Points</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.impl.PersonaImpl#getSubTargets <em>Sub Targets</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PersonaImpl extends NamedImpl implements Persona
{
	/**
	 * The default value of the '{@link #getDemographics() <em>Demographics</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDemographics()
	 * @generated
	 * @ordered
	 */
	protected static final String DEMOGRAPHICS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDemographics() <em>Demographics</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDemographics()
	 * @generated
	 * @ordered
	 */
	protected String demographics = DEMOGRAPHICS_EDEFAULT;

	/**
	 * The default value of the '{@link #getNeeds() <em>Needs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNeeds()
	 * @generated
	 * @ordered
	 */
	protected static final String NEEDS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNeeds() <em>Needs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNeeds()
	 * @generated
	 * @ordered
	 */
	protected String needs = NEEDS_EDEFAULT;

	/**
	 * The default value of the '{@link #getPainPoints() <em>Pain Points</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPainPoints()
	 * @generated
	 * @ordered
	 */
	protected static final String PAIN_POINTS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPainPoints() <em>Pain Points</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPainPoints()
	 * @generated
	 * @ordered
	 */
	protected String painPoints = PAIN_POINTS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSubTargets() <em>Sub Targets</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubTargets()
	 * @generated
	 * @ordered
	 */
	protected EList<Persona> subTargets;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PersonaImpl()
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
		return PlanPackage.Literals.PERSONA;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDemographics()
	{
		return demographics;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDemographics(String newDemographics)
	{
		String oldDemographics = demographics;
		demographics = newDemographics;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.PERSONA__DEMOGRAPHICS, oldDemographics, demographics));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNeeds()
	{
		return needs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNeeds(String newNeeds)
	{
		String oldNeeds = needs;
		needs = newNeeds;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.PERSONA__NEEDS, oldNeeds, needs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPainPoints()
	{
		return painPoints;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPainPoints(String newPainPoints)
	{
		String oldPainPoints = painPoints;
		painPoints = newPainPoints;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.PERSONA__PAIN_POINTS, oldPainPoints, painPoints));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Persona> getSubTargets()
	{
		if (subTargets == null)
		{
			subTargets = new EObjectContainmentEList<Persona>(Persona.class, this, PlanPackage.PERSONA__SUB_TARGETS);
		}
		return subTargets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isTargeted(final DiagnosticChain diagnostics, final Map<Object, Object> context)
	{
		return io.github.chorus.plan.model.internal.validation.PlanConstraints.isTargeted(this, diagnostics, context);
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
			case PlanPackage.PERSONA__SUB_TARGETS:
				return ((InternalEList<?>)getSubTargets()).basicRemove(otherEnd, msgs);
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
			case PlanPackage.PERSONA__DEMOGRAPHICS:
				return getDemographics();
			case PlanPackage.PERSONA__NEEDS:
				return getNeeds();
			case PlanPackage.PERSONA__PAIN_POINTS:
				return getPainPoints();
			case PlanPackage.PERSONA__SUB_TARGETS:
				return getSubTargets();
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
			case PlanPackage.PERSONA__DEMOGRAPHICS:
				setDemographics((String)newValue);
				return;
			case PlanPackage.PERSONA__NEEDS:
				setNeeds((String)newValue);
				return;
			case PlanPackage.PERSONA__PAIN_POINTS:
				setPainPoints((String)newValue);
				return;
			case PlanPackage.PERSONA__SUB_TARGETS:
				getSubTargets().clear();
				getSubTargets().addAll((Collection<? extends Persona>)newValue);
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
			case PlanPackage.PERSONA__DEMOGRAPHICS:
				setDemographics(DEMOGRAPHICS_EDEFAULT);
				return;
			case PlanPackage.PERSONA__NEEDS:
				setNeeds(NEEDS_EDEFAULT);
				return;
			case PlanPackage.PERSONA__PAIN_POINTS:
				setPainPoints(PAIN_POINTS_EDEFAULT);
				return;
			case PlanPackage.PERSONA__SUB_TARGETS:
				getSubTargets().clear();
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
			case PlanPackage.PERSONA__DEMOGRAPHICS:
				return DEMOGRAPHICS_EDEFAULT == null ? demographics != null : !DEMOGRAPHICS_EDEFAULT.equals(demographics);
			case PlanPackage.PERSONA__NEEDS:
				return NEEDS_EDEFAULT == null ? needs != null : !NEEDS_EDEFAULT.equals(needs);
			case PlanPackage.PERSONA__PAIN_POINTS:
				return PAIN_POINTS_EDEFAULT == null ? painPoints != null : !PAIN_POINTS_EDEFAULT.equals(painPoints);
			case PlanPackage.PERSONA__SUB_TARGETS:
				return subTargets != null && !subTargets.isEmpty();
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
			case PlanPackage.PERSONA___IS_TARGETED__DIAGNOSTICCHAIN_MAP:
				return isTargeted((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
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
		result.append(" (demographics: "); //$NON-NLS-1$
		result.append(demographics);
		result.append(", needs: "); //$NON-NLS-1$
		result.append(needs);
		result.append(", painPoints: "); //$NON-NLS-1$
		result.append(painPoints);
		result.append(')');
		return result.toString();
	}

} //PersonaImpl
