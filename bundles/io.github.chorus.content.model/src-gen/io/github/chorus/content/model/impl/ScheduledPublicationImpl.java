/**
 * SPDX-License-Identifier: EPL-2.0
 * Copyright (c) 2026 the Chorus authors
 */
package io.github.chorus.content.model.impl;

import io.github.chorus.content.model.Approval;
import io.github.chorus.content.model.ContentPackage;
import io.github.chorus.content.model.PublicationState;
import io.github.chorus.content.model.PublishAttempt;
import io.github.chorus.content.model.ScheduledPublication;

import io.github.chorus.plan.model.impl.IdentifiedImpl;

import java.lang.reflect.InvocationTargetException;

import java.time.Instant;

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
 * An implementation of the model object '<em><b>Scheduled Publication</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.github.chorus.content.model.impl.ScheduledPublicationImpl#getScheduledAt <em>Scheduled At</em>}</li>
 *   <li>{@link io.github.chorus.content.model.impl.ScheduledPublicationImpl#getTimeZone <em>Time Zone</em>}</li>
 *   <li>{@link io.github.chorus.content.model.impl.ScheduledPublicationImpl#getState <em>State</em>}</li>
 *   <li>{@link io.github.chorus.content.model.impl.ScheduledPublicationImpl#getApprovals <em>Approvals</em>}</li>
 *   <li>{@link io.github.chorus.content.model.impl.ScheduledPublicationImpl#getAttempts <em>Attempts</em>}</li>
 *   <li>{@link io.github.chorus.content.model.impl.ScheduledPublicationImpl#getRemoteId <em>Remote Id</em>}</li>
 *   <li>{@link io.github.chorus.content.model.impl.ScheduledPublicationImpl#getRemoteUrl <em>Remote Url</em>}</li>
 *   <li>{@link io.github.chorus.content.model.impl.ScheduledPublicationImpl#getPublishedAt <em>Published At</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ScheduledPublicationImpl extends IdentifiedImpl implements ScheduledPublication
{
	/**
	 * The default value of the '{@link #getScheduledAt() <em>Scheduled At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScheduledAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant SCHEDULED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getScheduledAt() <em>Scheduled At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScheduledAt()
	 * @generated
	 * @ordered
	 */
	protected Instant scheduledAt = SCHEDULED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getTimeZone() <em>Time Zone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeZone()
	 * @generated
	 * @ordered
	 */
	protected static final String TIME_ZONE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTimeZone() <em>Time Zone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeZone()
	 * @generated
	 * @ordered
	 */
	protected String timeZone = TIME_ZONE_EDEFAULT;

	/**
	 * The default value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected static final PublicationState STATE_EDEFAULT = PublicationState.DRAFT;

	/**
	 * The cached value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected PublicationState state = STATE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getApprovals() <em>Approvals</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApprovals()
	 * @generated
	 * @ordered
	 */
	protected EList<Approval> approvals;

	/**
	 * The cached value of the '{@link #getAttempts() <em>Attempts</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttempts()
	 * @generated
	 * @ordered
	 */
	protected EList<PublishAttempt> attempts;

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
	 * The default value of the '{@link #getPublishedAt() <em>Published At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublishedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant PUBLISHED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPublishedAt() <em>Published At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublishedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant publishedAt = PUBLISHED_AT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ScheduledPublicationImpl()
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
		return ContentPackage.Literals.SCHEDULED_PUBLICATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getScheduledAt()
	{
		return scheduledAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScheduledAt(Instant newScheduledAt)
	{
		Instant oldScheduledAt = scheduledAt;
		scheduledAt = newScheduledAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ContentPackage.SCHEDULED_PUBLICATION__SCHEDULED_AT, oldScheduledAt, scheduledAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTimeZone()
	{
		return timeZone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTimeZone(String newTimeZone)
	{
		String oldTimeZone = timeZone;
		timeZone = newTimeZone;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ContentPackage.SCHEDULED_PUBLICATION__TIME_ZONE, oldTimeZone, timeZone));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PublicationState getState()
	{
		return state;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setState(PublicationState newState)
	{
		PublicationState oldState = state;
		state = newState == null ? STATE_EDEFAULT : newState;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ContentPackage.SCHEDULED_PUBLICATION__STATE, oldState, state));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Approval> getApprovals()
	{
		if (approvals == null)
		{
			approvals = new EObjectContainmentEList<Approval>(Approval.class, this, ContentPackage.SCHEDULED_PUBLICATION__APPROVALS);
		}
		return approvals;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PublishAttempt> getAttempts()
	{
		if (attempts == null)
		{
			attempts = new EObjectContainmentEList<PublishAttempt>(PublishAttempt.class, this, ContentPackage.SCHEDULED_PUBLICATION__ATTEMPTS);
		}
		return attempts;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ContentPackage.SCHEDULED_PUBLICATION__REMOTE_ID, oldRemoteId, remoteId));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ContentPackage.SCHEDULED_PUBLICATION__REMOTE_URL, oldRemoteUrl, remoteUrl));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getPublishedAt()
	{
		return publishedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPublishedAt(Instant newPublishedAt)
	{
		Instant oldPublishedAt = publishedAt;
		publishedAt = newPublishedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ContentPackage.SCHEDULED_PUBLICATION__PUBLISHED_AT, oldPublishedAt, publishedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean hasTimeZone(final DiagnosticChain diagnostics, final Map<Object, Object> context)
	{
		return io.github.chorus.content.model.internal.validation.ContentConstraints.hasTimeZone(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean hasScheduleWhenScheduled(final DiagnosticChain diagnostics, final Map<Object, Object> context)
	{
		return io.github.chorus.content.model.internal.validation.ContentConstraints.hasScheduleWhenScheduled(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isApprovedWhenScheduled(final DiagnosticChain diagnostics, final Map<Object, Object> context)
	{
		return io.github.chorus.content.model.internal.validation.ContentConstraints.isApprovedWhenScheduled(this, diagnostics, context);
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
			case ContentPackage.SCHEDULED_PUBLICATION__APPROVALS:
				return ((InternalEList<?>)getApprovals()).basicRemove(otherEnd, msgs);
			case ContentPackage.SCHEDULED_PUBLICATION__ATTEMPTS:
				return ((InternalEList<?>)getAttempts()).basicRemove(otherEnd, msgs);
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
			case ContentPackage.SCHEDULED_PUBLICATION__SCHEDULED_AT:
				return getScheduledAt();
			case ContentPackage.SCHEDULED_PUBLICATION__TIME_ZONE:
				return getTimeZone();
			case ContentPackage.SCHEDULED_PUBLICATION__STATE:
				return getState();
			case ContentPackage.SCHEDULED_PUBLICATION__APPROVALS:
				return getApprovals();
			case ContentPackage.SCHEDULED_PUBLICATION__ATTEMPTS:
				return getAttempts();
			case ContentPackage.SCHEDULED_PUBLICATION__REMOTE_ID:
				return getRemoteId();
			case ContentPackage.SCHEDULED_PUBLICATION__REMOTE_URL:
				return getRemoteUrl();
			case ContentPackage.SCHEDULED_PUBLICATION__PUBLISHED_AT:
				return getPublishedAt();
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
			case ContentPackage.SCHEDULED_PUBLICATION__SCHEDULED_AT:
				setScheduledAt((Instant)newValue);
				return;
			case ContentPackage.SCHEDULED_PUBLICATION__TIME_ZONE:
				setTimeZone((String)newValue);
				return;
			case ContentPackage.SCHEDULED_PUBLICATION__STATE:
				setState((PublicationState)newValue);
				return;
			case ContentPackage.SCHEDULED_PUBLICATION__APPROVALS:
				getApprovals().clear();
				getApprovals().addAll((Collection<? extends Approval>)newValue);
				return;
			case ContentPackage.SCHEDULED_PUBLICATION__ATTEMPTS:
				getAttempts().clear();
				getAttempts().addAll((Collection<? extends PublishAttempt>)newValue);
				return;
			case ContentPackage.SCHEDULED_PUBLICATION__REMOTE_ID:
				setRemoteId((String)newValue);
				return;
			case ContentPackage.SCHEDULED_PUBLICATION__REMOTE_URL:
				setRemoteUrl((String)newValue);
				return;
			case ContentPackage.SCHEDULED_PUBLICATION__PUBLISHED_AT:
				setPublishedAt((Instant)newValue);
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
			case ContentPackage.SCHEDULED_PUBLICATION__SCHEDULED_AT:
				setScheduledAt(SCHEDULED_AT_EDEFAULT);
				return;
			case ContentPackage.SCHEDULED_PUBLICATION__TIME_ZONE:
				setTimeZone(TIME_ZONE_EDEFAULT);
				return;
			case ContentPackage.SCHEDULED_PUBLICATION__STATE:
				setState(STATE_EDEFAULT);
				return;
			case ContentPackage.SCHEDULED_PUBLICATION__APPROVALS:
				getApprovals().clear();
				return;
			case ContentPackage.SCHEDULED_PUBLICATION__ATTEMPTS:
				getAttempts().clear();
				return;
			case ContentPackage.SCHEDULED_PUBLICATION__REMOTE_ID:
				setRemoteId(REMOTE_ID_EDEFAULT);
				return;
			case ContentPackage.SCHEDULED_PUBLICATION__REMOTE_URL:
				setRemoteUrl(REMOTE_URL_EDEFAULT);
				return;
			case ContentPackage.SCHEDULED_PUBLICATION__PUBLISHED_AT:
				setPublishedAt(PUBLISHED_AT_EDEFAULT);
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
			case ContentPackage.SCHEDULED_PUBLICATION__SCHEDULED_AT:
				return SCHEDULED_AT_EDEFAULT == null ? scheduledAt != null : !SCHEDULED_AT_EDEFAULT.equals(scheduledAt);
			case ContentPackage.SCHEDULED_PUBLICATION__TIME_ZONE:
				return TIME_ZONE_EDEFAULT == null ? timeZone != null : !TIME_ZONE_EDEFAULT.equals(timeZone);
			case ContentPackage.SCHEDULED_PUBLICATION__STATE:
				return state != STATE_EDEFAULT;
			case ContentPackage.SCHEDULED_PUBLICATION__APPROVALS:
				return approvals != null && !approvals.isEmpty();
			case ContentPackage.SCHEDULED_PUBLICATION__ATTEMPTS:
				return attempts != null && !attempts.isEmpty();
			case ContentPackage.SCHEDULED_PUBLICATION__REMOTE_ID:
				return REMOTE_ID_EDEFAULT == null ? remoteId != null : !REMOTE_ID_EDEFAULT.equals(remoteId);
			case ContentPackage.SCHEDULED_PUBLICATION__REMOTE_URL:
				return REMOTE_URL_EDEFAULT == null ? remoteUrl != null : !REMOTE_URL_EDEFAULT.equals(remoteUrl);
			case ContentPackage.SCHEDULED_PUBLICATION__PUBLISHED_AT:
				return PUBLISHED_AT_EDEFAULT == null ? publishedAt != null : !PUBLISHED_AT_EDEFAULT.equals(publishedAt);
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
			case ContentPackage.SCHEDULED_PUBLICATION___HAS_TIME_ZONE__DIAGNOSTICCHAIN_MAP:
				return hasTimeZone((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case ContentPackage.SCHEDULED_PUBLICATION___HAS_SCHEDULE_WHEN_SCHEDULED__DIAGNOSTICCHAIN_MAP:
				return hasScheduleWhenScheduled((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case ContentPackage.SCHEDULED_PUBLICATION___IS_APPROVED_WHEN_SCHEDULED__DIAGNOSTICCHAIN_MAP:
				return isApprovedWhenScheduled((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
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
		result.append(" (scheduledAt: "); //$NON-NLS-1$
		result.append(scheduledAt);
		result.append(", timeZone: "); //$NON-NLS-1$
		result.append(timeZone);
		result.append(", state: "); //$NON-NLS-1$
		result.append(state);
		result.append(", remoteId: "); //$NON-NLS-1$
		result.append(remoteId);
		result.append(", remoteUrl: "); //$NON-NLS-1$
		result.append(remoteUrl);
		result.append(", publishedAt: "); //$NON-NLS-1$
		result.append(publishedAt);
		result.append(')');
		return result.toString();
	}

} //ScheduledPublicationImpl
