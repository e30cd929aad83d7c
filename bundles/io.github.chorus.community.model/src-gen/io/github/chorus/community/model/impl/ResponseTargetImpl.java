/**
 * SPDX-License-Identifier: EPL-2.0
 * Copyright (c) 2026 the Chorus authors
 */
package io.github.chorus.community.model.impl;

import io.github.chorus.community.model.CommunityPackage;
import io.github.chorus.community.model.ResponseTarget;

import io.github.chorus.plan.model.ChannelPresence;

import io.github.chorus.plan.model.impl.IdentifiedImpl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Response Target</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.github.chorus.community.model.impl.ResponseTargetImpl#getChannel <em>Channel</em>}</li>
 *   <li>{@link io.github.chorus.community.model.impl.ResponseTargetImpl#getFirstResponseMinutes <em>First Response Minutes</em>}</li>
 *   <li>{@link io.github.chorus.community.model.impl.ResponseTargetImpl#isBusinessHoursOnly <em>Business Hours Only</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ResponseTargetImpl extends IdentifiedImpl implements ResponseTarget
{
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
	 * The default value of the '{@link #getFirstResponseMinutes() <em>First Response Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirstResponseMinutes()
	 * @generated
	 * @ordered
	 */
	protected static final int FIRST_RESPONSE_MINUTES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getFirstResponseMinutes() <em>First Response Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirstResponseMinutes()
	 * @generated
	 * @ordered
	 */
	protected int firstResponseMinutes = FIRST_RESPONSE_MINUTES_EDEFAULT;

	/**
	 * The default value of the '{@link #isBusinessHoursOnly() <em>Business Hours Only</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBusinessHoursOnly()
	 * @generated
	 * @ordered
	 */
	protected static final boolean BUSINESS_HOURS_ONLY_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isBusinessHoursOnly() <em>Business Hours Only</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBusinessHoursOnly()
	 * @generated
	 * @ordered
	 */
	protected boolean businessHoursOnly = BUSINESS_HOURS_ONLY_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ResponseTargetImpl()
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
		return CommunityPackage.Literals.RESPONSE_TARGET;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CommunityPackage.RESPONSE_TARGET__CHANNEL, oldChannel, channel));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CommunityPackage.RESPONSE_TARGET__CHANNEL, oldChannel, channel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFirstResponseMinutes()
	{
		return firstResponseMinutes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFirstResponseMinutes(int newFirstResponseMinutes)
	{
		int oldFirstResponseMinutes = firstResponseMinutes;
		firstResponseMinutes = newFirstResponseMinutes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommunityPackage.RESPONSE_TARGET__FIRST_RESPONSE_MINUTES, oldFirstResponseMinutes, firstResponseMinutes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isBusinessHoursOnly()
	{
		return businessHoursOnly;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBusinessHoursOnly(boolean newBusinessHoursOnly)
	{
		boolean oldBusinessHoursOnly = businessHoursOnly;
		businessHoursOnly = newBusinessHoursOnly;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommunityPackage.RESPONSE_TARGET__BUSINESS_HOURS_ONLY, oldBusinessHoursOnly, businessHoursOnly));
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
			case CommunityPackage.RESPONSE_TARGET__CHANNEL:
				if (resolve) return getChannel();
				return basicGetChannel();
			case CommunityPackage.RESPONSE_TARGET__FIRST_RESPONSE_MINUTES:
				return getFirstResponseMinutes();
			case CommunityPackage.RESPONSE_TARGET__BUSINESS_HOURS_ONLY:
				return isBusinessHoursOnly();
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
			case CommunityPackage.RESPONSE_TARGET__CHANNEL:
				setChannel((ChannelPresence)newValue);
				return;
			case CommunityPackage.RESPONSE_TARGET__FIRST_RESPONSE_MINUTES:
				setFirstResponseMinutes((Integer)newValue);
				return;
			case CommunityPackage.RESPONSE_TARGET__BUSINESS_HOURS_ONLY:
				setBusinessHoursOnly((Boolean)newValue);
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
			case CommunityPackage.RESPONSE_TARGET__CHANNEL:
				setChannel((ChannelPresence)null);
				return;
			case CommunityPackage.RESPONSE_TARGET__FIRST_RESPONSE_MINUTES:
				setFirstResponseMinutes(FIRST_RESPONSE_MINUTES_EDEFAULT);
				return;
			case CommunityPackage.RESPONSE_TARGET__BUSINESS_HOURS_ONLY:
				setBusinessHoursOnly(BUSINESS_HOURS_ONLY_EDEFAULT);
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
			case CommunityPackage.RESPONSE_TARGET__CHANNEL:
				return channel != null;
			case CommunityPackage.RESPONSE_TARGET__FIRST_RESPONSE_MINUTES:
				return firstResponseMinutes != FIRST_RESPONSE_MINUTES_EDEFAULT;
			case CommunityPackage.RESPONSE_TARGET__BUSINESS_HOURS_ONLY:
				return businessHoursOnly != BUSINESS_HOURS_ONLY_EDEFAULT;
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
		result.append(" (firstResponseMinutes: "); //$NON-NLS-1$
		result.append(firstResponseMinutes);
		result.append(", businessHoursOnly: "); //$NON-NLS-1$
		result.append(businessHoursOnly);
		result.append(')');
		return result.toString();
	}

} //ResponseTargetImpl
