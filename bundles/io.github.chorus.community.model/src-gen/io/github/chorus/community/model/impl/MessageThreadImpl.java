/**
 * SPDX-License-Identifier: EPL-2.0
 * Copyright (c) 2026 the Chorus authors
 */
package io.github.chorus.community.model.impl;

import io.github.chorus.community.model.CommunityPackage;
import io.github.chorus.community.model.Message;
import io.github.chorus.community.model.MessageThread;
import io.github.chorus.community.model.ThreadKind;
import io.github.chorus.community.model.ThreadStatus;

import io.github.chorus.content.model.ScheduledPublication;

import io.github.chorus.plan.model.ChannelPresence;
import io.github.chorus.plan.model.Member;
import io.github.chorus.plan.model.Tag;

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
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Message Thread</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.github.chorus.community.model.impl.MessageThreadImpl#getChannel <em>Channel</em>}</li>
 *   <li>{@link io.github.chorus.community.model.impl.MessageThreadImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link io.github.chorus.community.model.impl.MessageThreadImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link io.github.chorus.community.model.impl.MessageThreadImpl#getSubject <em>Subject</em>}</li>
 *   <li>{@link io.github.chorus.community.model.impl.MessageThreadImpl#getRemoteId <em>Remote Id</em>}</li>
 *   <li>{@link io.github.chorus.community.model.impl.MessageThreadImpl#getOpenedAt <em>Opened At</em>}</li>
 *   <li>{@link io.github.chorus.community.model.impl.MessageThreadImpl#getAssignee <em>Assignee</em>}</li>
 *   <li>{@link io.github.chorus.community.model.impl.MessageThreadImpl#getTags <em>Tags</em>}</li>
 *   <li>{@link io.github.chorus.community.model.impl.MessageThreadImpl#getPublication <em>Publication</em>}</li>
 *   <li>{@link io.github.chorus.community.model.impl.MessageThreadImpl#getMessages <em>Messages</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MessageThreadImpl extends IdentifiedImpl implements MessageThread
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
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final ThreadKind KIND_EDEFAULT = ThreadKind.COMMENTS;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected ThreadKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final ThreadStatus STATUS_EDEFAULT = ThreadStatus.NEW;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected ThreadStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSubject() <em>Subject</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubject()
	 * @generated
	 * @ordered
	 */
	protected static final String SUBJECT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSubject() <em>Subject</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubject()
	 * @generated
	 * @ordered
	 */
	protected String subject = SUBJECT_EDEFAULT;

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
	 * The default value of the '{@link #getOpenedAt() <em>Opened At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOpenedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant OPENED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOpenedAt() <em>Opened At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOpenedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant openedAt = OPENED_AT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAssignee() <em>Assignee</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssignee()
	 * @generated
	 * @ordered
	 */
	protected Member assignee;

	/**
	 * The cached value of the '{@link #getTags() <em>Tags</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTags()
	 * @generated
	 * @ordered
	 */
	protected EList<Tag> tags;

	/**
	 * The cached value of the '{@link #getPublication() <em>Publication</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublication()
	 * @generated
	 * @ordered
	 */
	protected ScheduledPublication publication;

	/**
	 * The cached value of the '{@link #getMessages() <em>Messages</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessages()
	 * @generated
	 * @ordered
	 */
	protected EList<Message> messages;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MessageThreadImpl()
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
		return CommunityPackage.Literals.MESSAGE_THREAD;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CommunityPackage.MESSAGE_THREAD__CHANNEL, oldChannel, channel));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CommunityPackage.MESSAGE_THREAD__CHANNEL, oldChannel, channel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ThreadKind getKind()
	{
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(ThreadKind newKind)
	{
		ThreadKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommunityPackage.MESSAGE_THREAD__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ThreadStatus getStatus()
	{
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(ThreadStatus newStatus)
	{
		ThreadStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommunityPackage.MESSAGE_THREAD__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSubject()
	{
		return subject;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubject(String newSubject)
	{
		String oldSubject = subject;
		subject = newSubject;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommunityPackage.MESSAGE_THREAD__SUBJECT, oldSubject, subject));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CommunityPackage.MESSAGE_THREAD__REMOTE_ID, oldRemoteId, remoteId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getOpenedAt()
	{
		return openedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOpenedAt(Instant newOpenedAt)
	{
		Instant oldOpenedAt = openedAt;
		openedAt = newOpenedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommunityPackage.MESSAGE_THREAD__OPENED_AT, oldOpenedAt, openedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Member getAssignee()
	{
		if (assignee != null && assignee.eIsProxy())
		{
			InternalEObject oldAssignee = (InternalEObject)assignee;
			assignee = (Member)eResolveProxy(oldAssignee);
			if (assignee != oldAssignee)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CommunityPackage.MESSAGE_THREAD__ASSIGNEE, oldAssignee, assignee));
			}
		}
		return assignee;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Member basicGetAssignee()
	{
		return assignee;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAssignee(Member newAssignee)
	{
		Member oldAssignee = assignee;
		assignee = newAssignee;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommunityPackage.MESSAGE_THREAD__ASSIGNEE, oldAssignee, assignee));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Tag> getTags()
	{
		if (tags == null)
		{
			tags = new EObjectResolvingEList<Tag>(Tag.class, this, CommunityPackage.MESSAGE_THREAD__TAGS);
		}
		return tags;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScheduledPublication getPublication()
	{
		if (publication != null && publication.eIsProxy())
		{
			InternalEObject oldPublication = (InternalEObject)publication;
			publication = (ScheduledPublication)eResolveProxy(oldPublication);
			if (publication != oldPublication)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CommunityPackage.MESSAGE_THREAD__PUBLICATION, oldPublication, publication));
			}
		}
		return publication;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ScheduledPublication basicGetPublication()
	{
		return publication;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPublication(ScheduledPublication newPublication)
	{
		ScheduledPublication oldPublication = publication;
		publication = newPublication;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommunityPackage.MESSAGE_THREAD__PUBLICATION, oldPublication, publication));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Message> getMessages()
	{
		if (messages == null)
		{
			messages = new EObjectContainmentEList<Message>(Message.class, this, CommunityPackage.MESSAGE_THREAD__MESSAGES);
		}
		return messages;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean hasAssigneeWhenAssigned(final DiagnosticChain diagnostics, final Map<Object, Object> context)
	{
		return io.github.chorus.community.model.internal.validation.CommunityConstraints.hasAssigneeWhenAssigned(this, diagnostics, context);
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
			case CommunityPackage.MESSAGE_THREAD__MESSAGES:
				return ((InternalEList<?>)getMessages()).basicRemove(otherEnd, msgs);
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
			case CommunityPackage.MESSAGE_THREAD__CHANNEL:
				if (resolve) return getChannel();
				return basicGetChannel();
			case CommunityPackage.MESSAGE_THREAD__KIND:
				return getKind();
			case CommunityPackage.MESSAGE_THREAD__STATUS:
				return getStatus();
			case CommunityPackage.MESSAGE_THREAD__SUBJECT:
				return getSubject();
			case CommunityPackage.MESSAGE_THREAD__REMOTE_ID:
				return getRemoteId();
			case CommunityPackage.MESSAGE_THREAD__OPENED_AT:
				return getOpenedAt();
			case CommunityPackage.MESSAGE_THREAD__ASSIGNEE:
				if (resolve) return getAssignee();
				return basicGetAssignee();
			case CommunityPackage.MESSAGE_THREAD__TAGS:
				return getTags();
			case CommunityPackage.MESSAGE_THREAD__PUBLICATION:
				if (resolve) return getPublication();
				return basicGetPublication();
			case CommunityPackage.MESSAGE_THREAD__MESSAGES:
				return getMessages();
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
			case CommunityPackage.MESSAGE_THREAD__CHANNEL:
				setChannel((ChannelPresence)newValue);
				return;
			case CommunityPackage.MESSAGE_THREAD__KIND:
				setKind((ThreadKind)newValue);
				return;
			case CommunityPackage.MESSAGE_THREAD__STATUS:
				setStatus((ThreadStatus)newValue);
				return;
			case CommunityPackage.MESSAGE_THREAD__SUBJECT:
				setSubject((String)newValue);
				return;
			case CommunityPackage.MESSAGE_THREAD__REMOTE_ID:
				setRemoteId((String)newValue);
				return;
			case CommunityPackage.MESSAGE_THREAD__OPENED_AT:
				setOpenedAt((Instant)newValue);
				return;
			case CommunityPackage.MESSAGE_THREAD__ASSIGNEE:
				setAssignee((Member)newValue);
				return;
			case CommunityPackage.MESSAGE_THREAD__TAGS:
				getTags().clear();
				getTags().addAll((Collection<? extends Tag>)newValue);
				return;
			case CommunityPackage.MESSAGE_THREAD__PUBLICATION:
				setPublication((ScheduledPublication)newValue);
				return;
			case CommunityPackage.MESSAGE_THREAD__MESSAGES:
				getMessages().clear();
				getMessages().addAll((Collection<? extends Message>)newValue);
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
			case CommunityPackage.MESSAGE_THREAD__CHANNEL:
				setChannel((ChannelPresence)null);
				return;
			case CommunityPackage.MESSAGE_THREAD__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case CommunityPackage.MESSAGE_THREAD__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case CommunityPackage.MESSAGE_THREAD__SUBJECT:
				setSubject(SUBJECT_EDEFAULT);
				return;
			case CommunityPackage.MESSAGE_THREAD__REMOTE_ID:
				setRemoteId(REMOTE_ID_EDEFAULT);
				return;
			case CommunityPackage.MESSAGE_THREAD__OPENED_AT:
				setOpenedAt(OPENED_AT_EDEFAULT);
				return;
			case CommunityPackage.MESSAGE_THREAD__ASSIGNEE:
				setAssignee((Member)null);
				return;
			case CommunityPackage.MESSAGE_THREAD__TAGS:
				getTags().clear();
				return;
			case CommunityPackage.MESSAGE_THREAD__PUBLICATION:
				setPublication((ScheduledPublication)null);
				return;
			case CommunityPackage.MESSAGE_THREAD__MESSAGES:
				getMessages().clear();
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
			case CommunityPackage.MESSAGE_THREAD__CHANNEL:
				return channel != null;
			case CommunityPackage.MESSAGE_THREAD__KIND:
				return kind != KIND_EDEFAULT;
			case CommunityPackage.MESSAGE_THREAD__STATUS:
				return status != STATUS_EDEFAULT;
			case CommunityPackage.MESSAGE_THREAD__SUBJECT:
				return SUBJECT_EDEFAULT == null ? subject != null : !SUBJECT_EDEFAULT.equals(subject);
			case CommunityPackage.MESSAGE_THREAD__REMOTE_ID:
				return REMOTE_ID_EDEFAULT == null ? remoteId != null : !REMOTE_ID_EDEFAULT.equals(remoteId);
			case CommunityPackage.MESSAGE_THREAD__OPENED_AT:
				return OPENED_AT_EDEFAULT == null ? openedAt != null : !OPENED_AT_EDEFAULT.equals(openedAt);
			case CommunityPackage.MESSAGE_THREAD__ASSIGNEE:
				return assignee != null;
			case CommunityPackage.MESSAGE_THREAD__TAGS:
				return tags != null && !tags.isEmpty();
			case CommunityPackage.MESSAGE_THREAD__PUBLICATION:
				return publication != null;
			case CommunityPackage.MESSAGE_THREAD__MESSAGES:
				return messages != null && !messages.isEmpty();
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
			case CommunityPackage.MESSAGE_THREAD___HAS_ASSIGNEE_WHEN_ASSIGNED__DIAGNOSTICCHAIN_MAP:
				return hasAssigneeWhenAssigned((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
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
		result.append(" (kind: "); //$NON-NLS-1$
		result.append(kind);
		result.append(", status: "); //$NON-NLS-1$
		result.append(status);
		result.append(", subject: "); //$NON-NLS-1$
		result.append(subject);
		result.append(", remoteId: "); //$NON-NLS-1$
		result.append(remoteId);
		result.append(", openedAt: "); //$NON-NLS-1$
		result.append(openedAt);
		result.append(')');
		return result.toString();
	}

} //MessageThreadImpl
