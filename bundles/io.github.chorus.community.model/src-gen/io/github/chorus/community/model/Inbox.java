/**
 * SPDX-License-Identifier: EPL-2.0
 * Copyright (c) 2026 the Chorus authors
 */
package io.github.chorus.community.model;

import io.github.chorus.plan.model.Named;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Inbox</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root of the community resource.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.github.chorus.community.model.Inbox#getContacts <em>Contacts</em>}</li>
 *   <li>{@link io.github.chorus.community.model.Inbox#getThreads <em>Threads</em>}</li>
 *   <li>{@link io.github.chorus.community.model.Inbox#getTemplates <em>Templates</em>}</li>
 *   <li>{@link io.github.chorus.community.model.Inbox#getResponseTargets <em>Response Targets</em>}</li>
 *   <li>{@link io.github.chorus.community.model.Inbox#getLeads <em>Leads</em>}</li>
 * </ul>
 *
 * @see io.github.chorus.community.model.CommunityPackage#getInbox()
 * @model
 * @generated
 */
public interface Inbox extends Named
{
	/**
	 * Returns the value of the '<em><b>Contacts</b></em>' containment reference list.
	 * The list contents are of type {@link io.github.chorus.community.model.Contact}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Contacts</em>' containment reference list.
	 * @see io.github.chorus.community.model.CommunityPackage#getInbox_Contacts()
	 * @model containment="true"
	 * @generated
	 */
	EList<Contact> getContacts();

	/**
	 * Returns the value of the '<em><b>Threads</b></em>' containment reference list.
	 * The list contents are of type {@link io.github.chorus.community.model.MessageThread}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Threads</em>' containment reference list.
	 * @see io.github.chorus.community.model.CommunityPackage#getInbox_Threads()
	 * @model containment="true"
	 * @generated
	 */
	EList<MessageThread> getThreads();

	/**
	 * Returns the value of the '<em><b>Templates</b></em>' containment reference list.
	 * The list contents are of type {@link io.github.chorus.community.model.ReplyTemplate}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Templates</em>' containment reference list.
	 * @see io.github.chorus.community.model.CommunityPackage#getInbox_Templates()
	 * @model containment="true"
	 * @generated
	 */
	EList<ReplyTemplate> getTemplates();

	/**
	 * Returns the value of the '<em><b>Response Targets</b></em>' containment reference list.
	 * The list contents are of type {@link io.github.chorus.community.model.ResponseTarget}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Response Targets</em>' containment reference list.
	 * @see io.github.chorus.community.model.CommunityPackage#getInbox_ResponseTargets()
	 * @model containment="true"
	 * @generated
	 */
	EList<ResponseTarget> getResponseTargets();

	/**
	 * Returns the value of the '<em><b>Leads</b></em>' containment reference list.
	 * The list contents are of type {@link io.github.chorus.community.model.Lead}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Leads</em>' containment reference list.
	 * @see io.github.chorus.community.model.CommunityPackage#getInbox_Leads()
	 * @model containment="true"
	 * @generated
	 */
	EList<Lead> getLeads();

} // Inbox
