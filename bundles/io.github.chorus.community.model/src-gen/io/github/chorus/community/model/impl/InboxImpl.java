/**
 * SPDX-License-Identifier: EPL-2.0
 * Copyright (c) 2026 the Chorus authors
 */
package io.github.chorus.community.model.impl;

import io.github.chorus.community.model.CommunityPackage;
import io.github.chorus.community.model.Contact;
import io.github.chorus.community.model.Inbox;
import io.github.chorus.community.model.Lead;
import io.github.chorus.community.model.MessageThread;
import io.github.chorus.community.model.ReplyTemplate;
import io.github.chorus.community.model.ResponseTarget;

import io.github.chorus.plan.model.impl.NamedImpl;

import java.util.Collection;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Inbox</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.github.chorus.community.model.impl.InboxImpl#getContacts <em>Contacts</em>}</li>
 *   <li>{@link io.github.chorus.community.model.impl.InboxImpl#getThreads <em>Threads</em>}</li>
 *   <li>{@link io.github.chorus.community.model.impl.InboxImpl#getTemplates <em>Templates</em>}</li>
 *   <li>{@link io.github.chorus.community.model.impl.InboxImpl#getResponseTargets <em>Response Targets</em>}</li>
 *   <li>{@link io.github.chorus.community.model.impl.InboxImpl#getLeads <em>Leads</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InboxImpl extends NamedImpl implements Inbox
{
	/**
	 * The cached value of the '{@link #getContacts() <em>Contacts</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContacts()
	 * @generated
	 * @ordered
	 */
	protected EList<Contact> contacts;

	/**
	 * The cached value of the '{@link #getThreads() <em>Threads</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThreads()
	 * @generated
	 * @ordered
	 */
	protected EList<MessageThread> threads;

	/**
	 * The cached value of the '{@link #getTemplates() <em>Templates</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTemplates()
	 * @generated
	 * @ordered
	 */
	protected EList<ReplyTemplate> templates;

	/**
	 * The cached value of the '{@link #getResponseTargets() <em>Response Targets</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResponseTargets()
	 * @generated
	 * @ordered
	 */
	protected EList<ResponseTarget> responseTargets;

	/**
	 * The cached value of the '{@link #getLeads() <em>Leads</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLeads()
	 * @generated
	 * @ordered
	 */
	protected EList<Lead> leads;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InboxImpl()
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
		return CommunityPackage.Literals.INBOX;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Contact> getContacts()
	{
		if (contacts == null)
		{
			contacts = new EObjectContainmentEList<Contact>(Contact.class, this, CommunityPackage.INBOX__CONTACTS);
		}
		return contacts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MessageThread> getThreads()
	{
		if (threads == null)
		{
			threads = new EObjectContainmentEList<MessageThread>(MessageThread.class, this, CommunityPackage.INBOX__THREADS);
		}
		return threads;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ReplyTemplate> getTemplates()
	{
		if (templates == null)
		{
			templates = new EObjectContainmentEList<ReplyTemplate>(ReplyTemplate.class, this, CommunityPackage.INBOX__TEMPLATES);
		}
		return templates;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ResponseTarget> getResponseTargets()
	{
		if (responseTargets == null)
		{
			responseTargets = new EObjectContainmentEList<ResponseTarget>(ResponseTarget.class, this, CommunityPackage.INBOX__RESPONSE_TARGETS);
		}
		return responseTargets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Lead> getLeads()
	{
		if (leads == null)
		{
			leads = new EObjectContainmentEList<Lead>(Lead.class, this, CommunityPackage.INBOX__LEADS);
		}
		return leads;
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
			case CommunityPackage.INBOX__CONTACTS:
				return ((InternalEList<?>)getContacts()).basicRemove(otherEnd, msgs);
			case CommunityPackage.INBOX__THREADS:
				return ((InternalEList<?>)getThreads()).basicRemove(otherEnd, msgs);
			case CommunityPackage.INBOX__TEMPLATES:
				return ((InternalEList<?>)getTemplates()).basicRemove(otherEnd, msgs);
			case CommunityPackage.INBOX__RESPONSE_TARGETS:
				return ((InternalEList<?>)getResponseTargets()).basicRemove(otherEnd, msgs);
			case CommunityPackage.INBOX__LEADS:
				return ((InternalEList<?>)getLeads()).basicRemove(otherEnd, msgs);
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
			case CommunityPackage.INBOX__CONTACTS:
				return getContacts();
			case CommunityPackage.INBOX__THREADS:
				return getThreads();
			case CommunityPackage.INBOX__TEMPLATES:
				return getTemplates();
			case CommunityPackage.INBOX__RESPONSE_TARGETS:
				return getResponseTargets();
			case CommunityPackage.INBOX__LEADS:
				return getLeads();
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
			case CommunityPackage.INBOX__CONTACTS:
				getContacts().clear();
				getContacts().addAll((Collection<? extends Contact>)newValue);
				return;
			case CommunityPackage.INBOX__THREADS:
				getThreads().clear();
				getThreads().addAll((Collection<? extends MessageThread>)newValue);
				return;
			case CommunityPackage.INBOX__TEMPLATES:
				getTemplates().clear();
				getTemplates().addAll((Collection<? extends ReplyTemplate>)newValue);
				return;
			case CommunityPackage.INBOX__RESPONSE_TARGETS:
				getResponseTargets().clear();
				getResponseTargets().addAll((Collection<? extends ResponseTarget>)newValue);
				return;
			case CommunityPackage.INBOX__LEADS:
				getLeads().clear();
				getLeads().addAll((Collection<? extends Lead>)newValue);
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
			case CommunityPackage.INBOX__CONTACTS:
				getContacts().clear();
				return;
			case CommunityPackage.INBOX__THREADS:
				getThreads().clear();
				return;
			case CommunityPackage.INBOX__TEMPLATES:
				getTemplates().clear();
				return;
			case CommunityPackage.INBOX__RESPONSE_TARGETS:
				getResponseTargets().clear();
				return;
			case CommunityPackage.INBOX__LEADS:
				getLeads().clear();
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
			case CommunityPackage.INBOX__CONTACTS:
				return contacts != null && !contacts.isEmpty();
			case CommunityPackage.INBOX__THREADS:
				return threads != null && !threads.isEmpty();
			case CommunityPackage.INBOX__TEMPLATES:
				return templates != null && !templates.isEmpty();
			case CommunityPackage.INBOX__RESPONSE_TARGETS:
				return responseTargets != null && !responseTargets.isEmpty();
			case CommunityPackage.INBOX__LEADS:
				return leads != null && !leads.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //InboxImpl
