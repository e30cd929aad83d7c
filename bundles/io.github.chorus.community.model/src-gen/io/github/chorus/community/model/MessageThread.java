/**
 * SPDX-License-Identifier: EPL-2.0
 * Copyright (c) 2026 the Chorus authors
 */
package io.github.chorus.community.model;

import io.github.chorus.content.model.ScheduledPublication;

import io.github.chorus.plan.model.ChannelPresence;
import io.github.chorus.plan.model.Identified;
import io.github.chorus.plan.model.Member;
import io.github.chorus.plan.model.Tag;

import java.time.Instant;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Message Thread</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A conversation in the inbox.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.github.chorus.community.model.MessageThread#getChannel <em>Channel</em>}</li>
 *   <li>{@link io.github.chorus.community.model.MessageThread#getKind <em>Kind</em>}</li>
 *   <li>{@link io.github.chorus.community.model.MessageThread#getStatus <em>Status</em>}</li>
 *   <li>{@link io.github.chorus.community.model.MessageThread#getSubject <em>Subject</em>}</li>
 *   <li>{@link io.github.chorus.community.model.MessageThread#getRemoteId <em>Remote Id</em>}</li>
 *   <li>{@link io.github.chorus.community.model.MessageThread#getOpenedAt <em>Opened At</em>}</li>
 *   <li>{@link io.github.chorus.community.model.MessageThread#getAssignee <em>Assignee</em>}</li>
 *   <li>{@link io.github.chorus.community.model.MessageThread#getTags <em>Tags</em>}</li>
 *   <li>{@link io.github.chorus.community.model.MessageThread#getPublication <em>Publication</em>}</li>
 *   <li>{@link io.github.chorus.community.model.MessageThread#getMessages <em>Messages</em>}</li>
 * </ul>
 *
 * @see io.github.chorus.community.model.CommunityPackage#getMessageThread()
 * @model
 * @generated
 */
public interface MessageThread extends Identified
{
	/**
	 * Returns the value of the '<em><b>Channel</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Channel</em>' reference.
	 * @see #setChannel(ChannelPresence)
	 * @see io.github.chorus.community.model.CommunityPackage#getMessageThread_Channel()
	 * @model required="true"
	 * @generated
	 */
	ChannelPresence getChannel();

	/**
	 * Sets the value of the '{@link io.github.chorus.community.model.MessageThread#getChannel <em>Channel</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Channel</em>' reference.
	 * @see #getChannel()
	 * @generated
	 */
	void setChannel(ChannelPresence value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link io.github.chorus.community.model.ThreadKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see io.github.chorus.community.model.ThreadKind
	 * @see #setKind(ThreadKind)
	 * @see io.github.chorus.community.model.CommunityPackage#getMessageThread_Kind()
	 * @model
	 * @generated
	 */
	ThreadKind getKind();

	/**
	 * Sets the value of the '{@link io.github.chorus.community.model.MessageThread#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see io.github.chorus.community.model.ThreadKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ThreadKind value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link io.github.chorus.community.model.ThreadStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see io.github.chorus.community.model.ThreadStatus
	 * @see #setStatus(ThreadStatus)
	 * @see io.github.chorus.community.model.CommunityPackage#getMessageThread_Status()
	 * @model
	 * @generated
	 */
	ThreadStatus getStatus();

	/**
	 * Sets the value of the '{@link io.github.chorus.community.model.MessageThread#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see io.github.chorus.community.model.ThreadStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(ThreadStatus value);

	/**
	 * Returns the value of the '<em><b>Subject</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Subject</em>' attribute.
	 * @see #setSubject(String)
	 * @see io.github.chorus.community.model.CommunityPackage#getMessageThread_Subject()
	 * @model
	 * @generated
	 */
	String getSubject();

	/**
	 * Sets the value of the '{@link io.github.chorus.community.model.MessageThread#getSubject <em>Subject</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subject</em>' attribute.
	 * @see #getSubject()
	 * @generated
	 */
	void setSubject(String value);

	/**
	 * Returns the value of the '<em><b>Remote Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Remote Id</em>' attribute.
	 * @see #setRemoteId(String)
	 * @see io.github.chorus.community.model.CommunityPackage#getMessageThread_RemoteId()
	 * @model
	 * @generated
	 */
	String getRemoteId();

	/**
	 * Sets the value of the '{@link io.github.chorus.community.model.MessageThread#getRemoteId <em>Remote Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Remote Id</em>' attribute.
	 * @see #getRemoteId()
	 * @generated
	 */
	void setRemoteId(String value);

	/**
	 * Returns the value of the '<em><b>Opened At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Opened At</em>' attribute.
	 * @see #setOpenedAt(Instant)
	 * @see io.github.chorus.community.model.CommunityPackage#getMessageThread_OpenedAt()
	 * @model dataType="io.github.chorus.plan.model.Instant"
	 * @generated
	 */
	Instant getOpenedAt();

	/**
	 * Sets the value of the '{@link io.github.chorus.community.model.MessageThread#getOpenedAt <em>Opened At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Opened At</em>' attribute.
	 * @see #getOpenedAt()
	 * @generated
	 */
	void setOpenedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Assignee</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Assignee</em>' reference.
	 * @see #setAssignee(Member)
	 * @see io.github.chorus.community.model.CommunityPackage#getMessageThread_Assignee()
	 * @model
	 * @generated
	 */
	Member getAssignee();

	/**
	 * Sets the value of the '{@link io.github.chorus.community.model.MessageThread#getAssignee <em>Assignee</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Assignee</em>' reference.
	 * @see #getAssignee()
	 * @generated
	 */
	void setAssignee(Member value);

	/**
	 * Returns the value of the '<em><b>Tags</b></em>' reference list.
	 * The list contents are of type {@link io.github.chorus.plan.model.Tag}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tags</em>' reference list.
	 * @see io.github.chorus.community.model.CommunityPackage#getMessageThread_Tags()
	 * @model
	 * @generated
	 */
	EList<Tag> getTags();

	/**
	 * Returns the value of the '<em><b>Publication</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The post the thread comments on.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Publication</em>' reference.
	 * @see #setPublication(ScheduledPublication)
	 * @see io.github.chorus.community.model.CommunityPackage#getMessageThread_Publication()
	 * @model
	 * @generated
	 */
	ScheduledPublication getPublication();

	/**
	 * Sets the value of the '{@link io.github.chorus.community.model.MessageThread#getPublication <em>Publication</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Publication</em>' reference.
	 * @see #getPublication()
	 * @generated
	 */
	void setPublication(ScheduledPublication value);

	/**
	 * Returns the value of the '<em><b>Messages</b></em>' containment reference list.
	 * The list contents are of type {@link io.github.chorus.community.model.Message}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Messages</em>' containment reference list.
	 * @see io.github.chorus.community.model.CommunityPackage#getMessageThread_Messages()
	 * @model containment="true"
	 * @generated
	 */
	EList<Message> getMessages();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An assigned or escalated thread has an assignee.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean hasAssigneeWhenAssigned(DiagnosticChain diagnostics, Map<Object, Object> context);

} // MessageThread
