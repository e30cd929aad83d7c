/**
 * SPDX-License-Identifier: EPL-2.0
 * Copyright (c) 2026 the Chorus authors
 */
package io.github.chorus.plan.model.impl;

import io.github.chorus.plan.model.ChannelPresence;
import io.github.chorus.plan.model.Persona;
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
 * An implementation of the model object '<em><b>Channel Presence</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.github.chorus.plan.model.impl.ChannelPresenceImpl#getChannelTypeId <em>Channel Type Id</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.impl.ChannelPresenceImpl#getAccountHandle <em>Account Handle</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.impl.ChannelPresenceImpl#getAccountKey <em>Account Key</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.impl.ChannelPresenceImpl#getRationale <em>Rationale</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.impl.ChannelPresenceImpl#isActive <em>Active</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.impl.ChannelPresenceImpl#getPersonas <em>Personas</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ChannelPresenceImpl extends NamedImpl implements ChannelPresence
{
	/**
	 * The default value of the '{@link #getChannelTypeId() <em>Channel Type Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannelTypeId()
	 * @generated
	 * @ordered
	 */
	protected static final String CHANNEL_TYPE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getChannelTypeId() <em>Channel Type Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannelTypeId()
	 * @generated
	 * @ordered
	 */
	protected String channelTypeId = CHANNEL_TYPE_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getAccountHandle() <em>Account Handle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccountHandle()
	 * @generated
	 * @ordered
	 */
	protected static final String ACCOUNT_HANDLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAccountHandle() <em>Account Handle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccountHandle()
	 * @generated
	 * @ordered
	 */
	protected String accountHandle = ACCOUNT_HANDLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAccountKey() <em>Account Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccountKey()
	 * @generated
	 * @ordered
	 */
	protected static final String ACCOUNT_KEY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAccountKey() <em>Account Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccountKey()
	 * @generated
	 * @ordered
	 */
	protected String accountKey = ACCOUNT_KEY_EDEFAULT;

	/**
	 * The default value of the '{@link #getRationale() <em>Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRationale()
	 * @generated
	 * @ordered
	 */
	protected static final String RATIONALE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRationale() <em>Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRationale()
	 * @generated
	 * @ordered
	 */
	protected String rationale = RATIONALE_EDEFAULT;

	/**
	 * The default value of the '{@link #isActive() <em>Active</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isActive()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ACTIVE_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isActive() <em>Active</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isActive()
	 * @generated
	 * @ordered
	 */
	protected boolean active = ACTIVE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPersonas() <em>Personas</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPersonas()
	 * @generated
	 * @ordered
	 */
	protected EList<Persona> personas;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ChannelPresenceImpl()
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
		return PlanPackage.Literals.CHANNEL_PRESENCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getChannelTypeId()
	{
		return channelTypeId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChannelTypeId(String newChannelTypeId)
	{
		String oldChannelTypeId = channelTypeId;
		channelTypeId = newChannelTypeId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.CHANNEL_PRESENCE__CHANNEL_TYPE_ID, oldChannelTypeId, channelTypeId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAccountHandle()
	{
		return accountHandle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAccountHandle(String newAccountHandle)
	{
		String oldAccountHandle = accountHandle;
		accountHandle = newAccountHandle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.CHANNEL_PRESENCE__ACCOUNT_HANDLE, oldAccountHandle, accountHandle));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAccountKey()
	{
		return accountKey;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAccountKey(String newAccountKey)
	{
		String oldAccountKey = accountKey;
		accountKey = newAccountKey;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.CHANNEL_PRESENCE__ACCOUNT_KEY, oldAccountKey, accountKey));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRationale()
	{
		return rationale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRationale(String newRationale)
	{
		String oldRationale = rationale;
		rationale = newRationale;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.CHANNEL_PRESENCE__RATIONALE, oldRationale, rationale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isActive()
	{
		return active;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActive(boolean newActive)
	{
		boolean oldActive = active;
		active = newActive;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.CHANNEL_PRESENCE__ACTIVE, oldActive, active));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Persona> getPersonas()
	{
		if (personas == null)
		{
			personas = new EObjectResolvingEList<Persona>(Persona.class, this, PlanPackage.CHANNEL_PRESENCE__PERSONAS);
		}
		return personas;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean hasChannelType(final DiagnosticChain diagnostics, final Map<Object, Object> context)
	{
		return io.github.chorus.plan.model.internal.validation.PlanConstraints.hasChannelType(this, diagnostics, context);
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
			case PlanPackage.CHANNEL_PRESENCE__CHANNEL_TYPE_ID:
				return getChannelTypeId();
			case PlanPackage.CHANNEL_PRESENCE__ACCOUNT_HANDLE:
				return getAccountHandle();
			case PlanPackage.CHANNEL_PRESENCE__ACCOUNT_KEY:
				return getAccountKey();
			case PlanPackage.CHANNEL_PRESENCE__RATIONALE:
				return getRationale();
			case PlanPackage.CHANNEL_PRESENCE__ACTIVE:
				return isActive();
			case PlanPackage.CHANNEL_PRESENCE__PERSONAS:
				return getPersonas();
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
			case PlanPackage.CHANNEL_PRESENCE__CHANNEL_TYPE_ID:
				setChannelTypeId((String)newValue);
				return;
			case PlanPackage.CHANNEL_PRESENCE__ACCOUNT_HANDLE:
				setAccountHandle((String)newValue);
				return;
			case PlanPackage.CHANNEL_PRESENCE__ACCOUNT_KEY:
				setAccountKey((String)newValue);
				return;
			case PlanPackage.CHANNEL_PRESENCE__RATIONALE:
				setRationale((String)newValue);
				return;
			case PlanPackage.CHANNEL_PRESENCE__ACTIVE:
				setActive((Boolean)newValue);
				return;
			case PlanPackage.CHANNEL_PRESENCE__PERSONAS:
				getPersonas().clear();
				getPersonas().addAll((Collection<? extends Persona>)newValue);
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
			case PlanPackage.CHANNEL_PRESENCE__CHANNEL_TYPE_ID:
				setChannelTypeId(CHANNEL_TYPE_ID_EDEFAULT);
				return;
			case PlanPackage.CHANNEL_PRESENCE__ACCOUNT_HANDLE:
				setAccountHandle(ACCOUNT_HANDLE_EDEFAULT);
				return;
			case PlanPackage.CHANNEL_PRESENCE__ACCOUNT_KEY:
				setAccountKey(ACCOUNT_KEY_EDEFAULT);
				return;
			case PlanPackage.CHANNEL_PRESENCE__RATIONALE:
				setRationale(RATIONALE_EDEFAULT);
				return;
			case PlanPackage.CHANNEL_PRESENCE__ACTIVE:
				setActive(ACTIVE_EDEFAULT);
				return;
			case PlanPackage.CHANNEL_PRESENCE__PERSONAS:
				getPersonas().clear();
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
			case PlanPackage.CHANNEL_PRESENCE__CHANNEL_TYPE_ID:
				return CHANNEL_TYPE_ID_EDEFAULT == null ? channelTypeId != null : !CHANNEL_TYPE_ID_EDEFAULT.equals(channelTypeId);
			case PlanPackage.CHANNEL_PRESENCE__ACCOUNT_HANDLE:
				return ACCOUNT_HANDLE_EDEFAULT == null ? accountHandle != null : !ACCOUNT_HANDLE_EDEFAULT.equals(accountHandle);
			case PlanPackage.CHANNEL_PRESENCE__ACCOUNT_KEY:
				return ACCOUNT_KEY_EDEFAULT == null ? accountKey != null : !ACCOUNT_KEY_EDEFAULT.equals(accountKey);
			case PlanPackage.CHANNEL_PRESENCE__RATIONALE:
				return RATIONALE_EDEFAULT == null ? rationale != null : !RATIONALE_EDEFAULT.equals(rationale);
			case PlanPackage.CHANNEL_PRESENCE__ACTIVE:
				return active != ACTIVE_EDEFAULT;
			case PlanPackage.CHANNEL_PRESENCE__PERSONAS:
				return personas != null && !personas.isEmpty();
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
			case PlanPackage.CHANNEL_PRESENCE___HAS_CHANNEL_TYPE__DIAGNOSTICCHAIN_MAP:
				return hasChannelType((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
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
		result.append(" (channelTypeId: "); //$NON-NLS-1$
		result.append(channelTypeId);
		result.append(", accountHandle: "); //$NON-NLS-1$
		result.append(accountHandle);
		result.append(", accountKey: "); //$NON-NLS-1$
		result.append(accountKey);
		result.append(", rationale: "); //$NON-NLS-1$
		result.append(rationale);
		result.append(", active: "); //$NON-NLS-1$
		result.append(active);
		result.append(')');
		return result.toString();
	}

} //ChannelPresenceImpl
