/**
 * SPDX-License-Identifier: EPL-2.0
 * Copyright (c) 2026 the Chorus authors
 */
package io.github.chorus.plan.model.impl;

import io.github.chorus.plan.model.Brand;
import io.github.chorus.plan.model.PlanPackage;

import java.lang.reflect.InvocationTargetException;

import java.util.Collection;
import java.util.Map;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Brand</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.github.chorus.plan.model.impl.BrandImpl#getIdentity <em>Identity</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.impl.BrandImpl#getValueProposition <em>Value Proposition</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.impl.BrandImpl#getVoice <em>Voice</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.impl.BrandImpl#getToneGuidelines <em>Tone Guidelines</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.impl.BrandImpl#getHashtags <em>Hashtags</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BrandImpl extends NamedImpl implements Brand
{
	/**
	 * The default value of the '{@link #getIdentity() <em>Identity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIdentity()
	 * @generated
	 * @ordered
	 */
	protected static final String IDENTITY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIdentity() <em>Identity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIdentity()
	 * @generated
	 * @ordered
	 */
	protected String identity = IDENTITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getValueProposition() <em>Value Proposition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValueProposition()
	 * @generated
	 * @ordered
	 */
	protected static final String VALUE_PROPOSITION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getValueProposition() <em>Value Proposition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValueProposition()
	 * @generated
	 * @ordered
	 */
	protected String valueProposition = VALUE_PROPOSITION_EDEFAULT;

	/**
	 * The default value of the '{@link #getVoice() <em>Voice</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVoice()
	 * @generated
	 * @ordered
	 */
	protected static final String VOICE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVoice() <em>Voice</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVoice()
	 * @generated
	 * @ordered
	 */
	protected String voice = VOICE_EDEFAULT;

	/**
	 * The default value of the '{@link #getToneGuidelines() <em>Tone Guidelines</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getToneGuidelines()
	 * @generated
	 * @ordered
	 */
	protected static final String TONE_GUIDELINES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getToneGuidelines() <em>Tone Guidelines</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getToneGuidelines()
	 * @generated
	 * @ordered
	 */
	protected String toneGuidelines = TONE_GUIDELINES_EDEFAULT;

	/**
	 * The cached value of the '{@link #getHashtags() <em>Hashtags</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHashtags()
	 * @generated
	 * @ordered
	 */
	protected EList<String> hashtags;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BrandImpl()
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
		return PlanPackage.Literals.BRAND;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getIdentity()
	{
		return identity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIdentity(String newIdentity)
	{
		String oldIdentity = identity;
		identity = newIdentity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.BRAND__IDENTITY, oldIdentity, identity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getValueProposition()
	{
		return valueProposition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValueProposition(String newValueProposition)
	{
		String oldValueProposition = valueProposition;
		valueProposition = newValueProposition;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.BRAND__VALUE_PROPOSITION, oldValueProposition, valueProposition));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVoice()
	{
		return voice;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVoice(String newVoice)
	{
		String oldVoice = voice;
		voice = newVoice;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.BRAND__VOICE, oldVoice, voice));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getToneGuidelines()
	{
		return toneGuidelines;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setToneGuidelines(String newToneGuidelines)
	{
		String oldToneGuidelines = toneGuidelines;
		toneGuidelines = newToneGuidelines;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.BRAND__TONE_GUIDELINES, oldToneGuidelines, toneGuidelines));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getHashtags()
	{
		if (hashtags == null)
		{
			hashtags = new EDataTypeUniqueEList<String>(String.class, this, PlanPackage.BRAND__HASHTAGS);
		}
		return hashtags;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean hasValueProposition(final DiagnosticChain diagnostics, final Map<Object, Object> context)
	{
		return io.github.chorus.plan.model.internal.validation.PlanConstraints.hasValueProposition(this, diagnostics, context);
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
			case PlanPackage.BRAND__IDENTITY:
				return getIdentity();
			case PlanPackage.BRAND__VALUE_PROPOSITION:
				return getValueProposition();
			case PlanPackage.BRAND__VOICE:
				return getVoice();
			case PlanPackage.BRAND__TONE_GUIDELINES:
				return getToneGuidelines();
			case PlanPackage.BRAND__HASHTAGS:
				return getHashtags();
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
			case PlanPackage.BRAND__IDENTITY:
				setIdentity((String)newValue);
				return;
			case PlanPackage.BRAND__VALUE_PROPOSITION:
				setValueProposition((String)newValue);
				return;
			case PlanPackage.BRAND__VOICE:
				setVoice((String)newValue);
				return;
			case PlanPackage.BRAND__TONE_GUIDELINES:
				setToneGuidelines((String)newValue);
				return;
			case PlanPackage.BRAND__HASHTAGS:
				getHashtags().clear();
				getHashtags().addAll((Collection<? extends String>)newValue);
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
			case PlanPackage.BRAND__IDENTITY:
				setIdentity(IDENTITY_EDEFAULT);
				return;
			case PlanPackage.BRAND__VALUE_PROPOSITION:
				setValueProposition(VALUE_PROPOSITION_EDEFAULT);
				return;
			case PlanPackage.BRAND__VOICE:
				setVoice(VOICE_EDEFAULT);
				return;
			case PlanPackage.BRAND__TONE_GUIDELINES:
				setToneGuidelines(TONE_GUIDELINES_EDEFAULT);
				return;
			case PlanPackage.BRAND__HASHTAGS:
				getHashtags().clear();
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
			case PlanPackage.BRAND__IDENTITY:
				return IDENTITY_EDEFAULT == null ? identity != null : !IDENTITY_EDEFAULT.equals(identity);
			case PlanPackage.BRAND__VALUE_PROPOSITION:
				return VALUE_PROPOSITION_EDEFAULT == null ? valueProposition != null : !VALUE_PROPOSITION_EDEFAULT.equals(valueProposition);
			case PlanPackage.BRAND__VOICE:
				return VOICE_EDEFAULT == null ? voice != null : !VOICE_EDEFAULT.equals(voice);
			case PlanPackage.BRAND__TONE_GUIDELINES:
				return TONE_GUIDELINES_EDEFAULT == null ? toneGuidelines != null : !TONE_GUIDELINES_EDEFAULT.equals(toneGuidelines);
			case PlanPackage.BRAND__HASHTAGS:
				return hashtags != null && !hashtags.isEmpty();
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
			case PlanPackage.BRAND___HAS_VALUE_PROPOSITION__DIAGNOSTICCHAIN_MAP:
				return hasValueProposition((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
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
		result.append(" (identity: "); //$NON-NLS-1$
		result.append(identity);
		result.append(", valueProposition: "); //$NON-NLS-1$
		result.append(valueProposition);
		result.append(", voice: "); //$NON-NLS-1$
		result.append(voice);
		result.append(", toneGuidelines: "); //$NON-NLS-1$
		result.append(toneGuidelines);
		result.append(", hashtags: "); //$NON-NLS-1$
		result.append(hashtags);
		result.append(')');
		return result.toString();
	}

} //BrandImpl
