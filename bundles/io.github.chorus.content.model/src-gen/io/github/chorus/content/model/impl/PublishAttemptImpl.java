/**
 * SPDX-License-Identifier: EPL-2.0
 * Copyright (c) 2026 the Chorus authors
 */
package io.github.chorus.content.model.impl;

import io.github.chorus.content.model.AttemptOutcome;
import io.github.chorus.content.model.ContentPackage;
import io.github.chorus.content.model.PublishAttempt;

import io.github.chorus.plan.model.impl.IdentifiedImpl;

import java.time.Instant;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Publish Attempt</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.github.chorus.content.model.impl.PublishAttemptImpl#getStartedAt <em>Started At</em>}</li>
 *   <li>{@link io.github.chorus.content.model.impl.PublishAttemptImpl#getOutcome <em>Outcome</em>}</li>
 *   <li>{@link io.github.chorus.content.model.impl.PublishAttemptImpl#getRemoteId <em>Remote Id</em>}</li>
 *   <li>{@link io.github.chorus.content.model.impl.PublishAttemptImpl#getRemoteUrl <em>Remote Url</em>}</li>
 *   <li>{@link io.github.chorus.content.model.impl.PublishAttemptImpl#getMessage <em>Message</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PublishAttemptImpl extends IdentifiedImpl implements PublishAttempt
{
	/**
	 * The default value of the '{@link #getStartedAt() <em>Started At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant STARTED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStartedAt() <em>Started At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant startedAt = STARTED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getOutcome() <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcome()
	 * @generated
	 * @ordered
	 */
	protected static final AttemptOutcome OUTCOME_EDEFAULT = AttemptOutcome.SUCCESS;

	/**
	 * The cached value of the '{@link #getOutcome() <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcome()
	 * @generated
	 * @ordered
	 */
	protected AttemptOutcome outcome = OUTCOME_EDEFAULT;

	/**
	 * The default value of the '{@link #getRemoteId() <em>Remote Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRemoteId()
	 * @generated
	 * @ordered
	 */
	protected static final String REMOTE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRemoteId() <em>Remote Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRemoteId()
	 * @generated
	 * @ordered
	 */
	protected String remoteId = REMOTE_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getRemoteUrl() <em>Remote Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRemoteUrl()
	 * @generated
	 * @ordered
	 */
	protected static final String REMOTE_URL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRemoteUrl() <em>Remote Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRemoteUrl()
	 * @generated
	 * @ordered
	 */
	protected String remoteUrl = REMOTE_URL_EDEFAULT;

	/**
	 * The default value of the '{@link #getMessage() <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessage()
	 * @generated
	 * @ordered
	 */
	protected static final String MESSAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMessage() <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessage()
	 * @generated
	 * @ordered
	 */
	protected String message = MESSAGE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PublishAttemptImpl()
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
		return ContentPackage.Literals.PUBLISH_ATTEMPT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getStartedAt()
	{
		return startedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartedAt(Instant newStartedAt)
	{
		Instant oldStartedAt = startedAt;
		startedAt = newStartedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ContentPackage.PUBLISH_ATTEMPT__STARTED_AT, oldStartedAt, startedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AttemptOutcome getOutcome()
	{
		return outcome;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOutcome(AttemptOutcome newOutcome)
	{
		AttemptOutcome oldOutcome = outcome;
		outcome = newOutcome == null ? OUTCOME_EDEFAULT : newOutcome;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ContentPackage.PUBLISH_ATTEMPT__OUTCOME, oldOutcome, outcome));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRemoteId()
	{
		return remoteId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRemoteId(String newRemoteId)
	{
		String oldRemoteId = remoteId;
		remoteId = newRemoteId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ContentPackage.PUBLISH_ATTEMPT__REMOTE_ID, oldRemoteId, remoteId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRemoteUrl()
	{
		return remoteUrl;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRemoteUrl(String newRemoteUrl)
	{
		String oldRemoteUrl = remoteUrl;
		remoteUrl = newRemoteUrl;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ContentPackage.PUBLISH_ATTEMPT__REMOTE_URL, oldRemoteUrl, remoteUrl));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMessage()
	{
		return message;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMessage(String newMessage)
	{
		String oldMessage = message;
		message = newMessage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ContentPackage.PUBLISH_ATTEMPT__MESSAGE, oldMessage, message));
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
			case ContentPackage.PUBLISH_ATTEMPT__STARTED_AT:
				return getStartedAt();
			case ContentPackage.PUBLISH_ATTEMPT__OUTCOME:
				return getOutcome();
			case ContentPackage.PUBLISH_ATTEMPT__REMOTE_ID:
				return getRemoteId();
			case ContentPackage.PUBLISH_ATTEMPT__REMOTE_URL:
				return getRemoteUrl();
			case ContentPackage.PUBLISH_ATTEMPT__MESSAGE:
				return getMessage();
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
			case ContentPackage.PUBLISH_ATTEMPT__STARTED_AT:
				setStartedAt((Instant)newValue);
				return;
			case ContentPackage.PUBLISH_ATTEMPT__OUTCOME:
				setOutcome((AttemptOutcome)newValue);
				return;
			case ContentPackage.PUBLISH_ATTEMPT__REMOTE_ID:
				setRemoteId((String)newValue);
				return;
			case ContentPackage.PUBLISH_ATTEMPT__REMOTE_URL:
				setRemoteUrl((String)newValue);
				return;
			case ContentPackage.PUBLISH_ATTEMPT__MESSAGE:
				setMessage((String)newValue);
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
			case ContentPackage.PUBLISH_ATTEMPT__STARTED_AT:
				setStartedAt(STARTED_AT_EDEFAULT);
				return;
			case ContentPackage.PUBLISH_ATTEMPT__OUTCOME:
				setOutcome(OUTCOME_EDEFAULT);
				return;
			case ContentPackage.PUBLISH_ATTEMPT__REMOTE_ID:
				setRemoteId(REMOTE_ID_EDEFAULT);
				return;
			case ContentPackage.PUBLISH_ATTEMPT__REMOTE_URL:
				setRemoteUrl(REMOTE_URL_EDEFAULT);
				return;
			case ContentPackage.PUBLISH_ATTEMPT__MESSAGE:
				setMessage(MESSAGE_EDEFAULT);
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
			case ContentPackage.PUBLISH_ATTEMPT__STARTED_AT:
				return STARTED_AT_EDEFAULT == null ? startedAt != null : !STARTED_AT_EDEFAULT.equals(startedAt);
			case ContentPackage.PUBLISH_ATTEMPT__OUTCOME:
				return outcome != OUTCOME_EDEFAULT;
			case ContentPackage.PUBLISH_ATTEMPT__REMOTE_ID:
				return REMOTE_ID_EDEFAULT == null ? remoteId != null : !REMOTE_ID_EDEFAULT.equals(remoteId);
			case ContentPackage.PUBLISH_ATTEMPT__REMOTE_URL:
				return REMOTE_URL_EDEFAULT == null ? remoteUrl != null : !REMOTE_URL_EDEFAULT.equals(remoteUrl);
			case ContentPackage.PUBLISH_ATTEMPT__MESSAGE:
				return MESSAGE_EDEFAULT == null ? message != null : !MESSAGE_EDEFAULT.equals(message);
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
		result.append(" (startedAt: "); //$NON-NLS-1$
		result.append(startedAt);
		result.append(", outcome: "); //$NON-NLS-1$
		result.append(outcome);
		result.append(", remoteId: "); //$NON-NLS-1$
		result.append(remoteId);
		result.append(", remoteUrl: "); //$NON-NLS-1$
		result.append(remoteUrl);
		result.append(", message: "); //$NON-NLS-1$
		result.append(message);
		result.append(')');
		return result.toString();
	}

} //PublishAttemptImpl
