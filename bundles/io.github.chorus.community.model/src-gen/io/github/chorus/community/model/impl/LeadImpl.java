/**
 * SPDX-License-Identifier: EPL-2.0
 * Copyright (c) 2026 the Chorus authors
 */
package io.github.chorus.community.model.impl;

import io.github.chorus.community.model.CommunityPackage;
import io.github.chorus.community.model.Contact;
import io.github.chorus.community.model.HandoffState;
import io.github.chorus.community.model.Lead;
import io.github.chorus.community.model.LeadQualification;
import io.github.chorus.community.model.MessageThread;

import io.github.chorus.plan.model.Campaign;
import io.github.chorus.plan.model.Member;

import io.github.chorus.plan.model.impl.IdentifiedImpl;

import java.lang.reflect.InvocationTargetException;

import java.math.BigDecimal;

import java.time.Instant;

import java.util.Map;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Lead</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.github.chorus.community.model.impl.LeadImpl#getContact <em>Contact</em>}</li>
 *   <li>{@link io.github.chorus.community.model.impl.LeadImpl#getSourceThread <em>Source Thread</em>}</li>
 *   <li>{@link io.github.chorus.community.model.impl.LeadImpl#getCampaign <em>Campaign</em>}</li>
 *   <li>{@link io.github.chorus.community.model.impl.LeadImpl#getQualification <em>Qualification</em>}</li>
 *   <li>{@link io.github.chorus.community.model.impl.LeadImpl#getHandoff <em>Handoff</em>}</li>
 *   <li>{@link io.github.chorus.community.model.impl.LeadImpl#getSalesOwner <em>Sales Owner</em>}</li>
 *   <li>{@link io.github.chorus.community.model.impl.LeadImpl#getOwner <em>Owner</em>}</li>
 *   <li>{@link io.github.chorus.community.model.impl.LeadImpl#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link io.github.chorus.community.model.impl.LeadImpl#getEstimatedValue <em>Estimated Value</em>}</li>
 *   <li>{@link io.github.chorus.community.model.impl.LeadImpl#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LeadImpl extends IdentifiedImpl implements Lead
{
	/**
	 * The cached value of the '{@link #getContact() <em>Contact</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContact()
	 * @generated
	 * @ordered
	 */
	protected Contact contact;

	/**
	 * The cached value of the '{@link #getSourceThread() <em>Source Thread</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceThread()
	 * @generated
	 * @ordered
	 */
	protected MessageThread sourceThread;

	/**
	 * The cached value of the '{@link #getCampaign() <em>Campaign</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCampaign()
	 * @generated
	 * @ordered
	 */
	protected Campaign campaign;

	/**
	 * The default value of the '{@link #getQualification() <em>Qualification</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQualification()
	 * @generated
	 * @ordered
	 */
	protected static final LeadQualification QUALIFICATION_EDEFAULT = LeadQualification.UNQUALIFIED;

	/**
	 * The cached value of the '{@link #getQualification() <em>Qualification</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQualification()
	 * @generated
	 * @ordered
	 */
	protected LeadQualification qualification = QUALIFICATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getHandoff() <em>Handoff</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHandoff()
	 * @generated
	 * @ordered
	 */
	protected static final HandoffState HANDOFF_EDEFAULT = HandoffState.NOT_HANDED_OFF;

	/**
	 * The cached value of the '{@link #getHandoff() <em>Handoff</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHandoff()
	 * @generated
	 * @ordered
	 */
	protected HandoffState handoff = HANDOFF_EDEFAULT;

	/**
	 * The default value of the '{@link #getSalesOwner() <em>Sales Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSalesOwner()
	 * @generated
	 * @ordered
	 */
	protected static final String SALES_OWNER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSalesOwner() <em>Sales Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSalesOwner()
	 * @generated
	 * @ordered
	 */
	protected String salesOwner = SALES_OWNER_EDEFAULT;

	/**
	 * The cached value of the '{@link #getOwner() <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected Member owner;

	/**
	 * The default value of the '{@link #getCreatedAt() <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant CREATED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCreatedAt() <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant createdAt = CREATED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getEstimatedValue() <em>Estimated Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEstimatedValue()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal ESTIMATED_VALUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEstimatedValue() <em>Estimated Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEstimatedValue()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal estimatedValue = ESTIMATED_VALUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected String notes = NOTES_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LeadImpl()
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
		return CommunityPackage.Literals.LEAD;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Contact getContact()
	{
		if (contact != null && contact.eIsProxy())
		{
			InternalEObject oldContact = (InternalEObject)contact;
			contact = (Contact)eResolveProxy(oldContact);
			if (contact != oldContact)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CommunityPackage.LEAD__CONTACT, oldContact, contact));
			}
		}
		return contact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Contact basicGetContact()
	{
		return contact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContact(Contact newContact)
	{
		Contact oldContact = contact;
		contact = newContact;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommunityPackage.LEAD__CONTACT, oldContact, contact));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MessageThread getSourceThread()
	{
		if (sourceThread != null && sourceThread.eIsProxy())
		{
			InternalEObject oldSourceThread = (InternalEObject)sourceThread;
			sourceThread = (MessageThread)eResolveProxy(oldSourceThread);
			if (sourceThread != oldSourceThread)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CommunityPackage.LEAD__SOURCE_THREAD, oldSourceThread, sourceThread));
			}
		}
		return sourceThread;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MessageThread basicGetSourceThread()
	{
		return sourceThread;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSourceThread(MessageThread newSourceThread)
	{
		MessageThread oldSourceThread = sourceThread;
		sourceThread = newSourceThread;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommunityPackage.LEAD__SOURCE_THREAD, oldSourceThread, sourceThread));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Campaign getCampaign()
	{
		if (campaign != null && campaign.eIsProxy())
		{
			InternalEObject oldCampaign = (InternalEObject)campaign;
			campaign = (Campaign)eResolveProxy(oldCampaign);
			if (campaign != oldCampaign)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CommunityPackage.LEAD__CAMPAIGN, oldCampaign, campaign));
			}
		}
		return campaign;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Campaign basicGetCampaign()
	{
		return campaign;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCampaign(Campaign newCampaign)
	{
		Campaign oldCampaign = campaign;
		campaign = newCampaign;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommunityPackage.LEAD__CAMPAIGN, oldCampaign, campaign));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LeadQualification getQualification()
	{
		return qualification;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQualification(LeadQualification newQualification)
	{
		LeadQualification oldQualification = qualification;
		qualification = newQualification == null ? QUALIFICATION_EDEFAULT : newQualification;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommunityPackage.LEAD__QUALIFICATION, oldQualification, qualification));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HandoffState getHandoff()
	{
		return handoff;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHandoff(HandoffState newHandoff)
	{
		HandoffState oldHandoff = handoff;
		handoff = newHandoff == null ? HANDOFF_EDEFAULT : newHandoff;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommunityPackage.LEAD__HANDOFF, oldHandoff, handoff));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSalesOwner()
	{
		return salesOwner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSalesOwner(String newSalesOwner)
	{
		String oldSalesOwner = salesOwner;
		salesOwner = newSalesOwner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommunityPackage.LEAD__SALES_OWNER, oldSalesOwner, salesOwner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Member getOwner()
	{
		if (owner != null && owner.eIsProxy())
		{
			InternalEObject oldOwner = (InternalEObject)owner;
			owner = (Member)eResolveProxy(oldOwner);
			if (owner != oldOwner)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CommunityPackage.LEAD__OWNER, oldOwner, owner));
			}
		}
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Member basicGetOwner()
	{
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwner(Member newOwner)
	{
		Member oldOwner = owner;
		owner = newOwner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommunityPackage.LEAD__OWNER, oldOwner, owner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getCreatedAt()
	{
		return createdAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreatedAt(Instant newCreatedAt)
	{
		Instant oldCreatedAt = createdAt;
		createdAt = newCreatedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommunityPackage.LEAD__CREATED_AT, oldCreatedAt, createdAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getEstimatedValue()
	{
		return estimatedValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEstimatedValue(BigDecimal newEstimatedValue)
	{
		BigDecimal oldEstimatedValue = estimatedValue;
		estimatedValue = newEstimatedValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommunityPackage.LEAD__ESTIMATED_VALUE, oldEstimatedValue, estimatedValue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNotes()
	{
		return notes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNotes(String newNotes)
	{
		String oldNotes = notes;
		notes = newNotes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommunityPackage.LEAD__NOTES, oldNotes, notes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean hasSalesOwnerWhenHandedOff(final DiagnosticChain diagnostics, final Map<Object, Object> context)
	{
		return io.github.chorus.community.model.internal.validation.CommunityConstraints.hasSalesOwnerWhenHandedOff(this, diagnostics, context);
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
			case CommunityPackage.LEAD__CONTACT:
				if (resolve) return getContact();
				return basicGetContact();
			case CommunityPackage.LEAD__SOURCE_THREAD:
				if (resolve) return getSourceThread();
				return basicGetSourceThread();
			case CommunityPackage.LEAD__CAMPAIGN:
				if (resolve) return getCampaign();
				return basicGetCampaign();
			case CommunityPackage.LEAD__QUALIFICATION:
				return getQualification();
			case CommunityPackage.LEAD__HANDOFF:
				return getHandoff();
			case CommunityPackage.LEAD__SALES_OWNER:
				return getSalesOwner();
			case CommunityPackage.LEAD__OWNER:
				if (resolve) return getOwner();
				return basicGetOwner();
			case CommunityPackage.LEAD__CREATED_AT:
				return getCreatedAt();
			case CommunityPackage.LEAD__ESTIMATED_VALUE:
				return getEstimatedValue();
			case CommunityPackage.LEAD__NOTES:
				return getNotes();
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
			case CommunityPackage.LEAD__CONTACT:
				setContact((Contact)newValue);
				return;
			case CommunityPackage.LEAD__SOURCE_THREAD:
				setSourceThread((MessageThread)newValue);
				return;
			case CommunityPackage.LEAD__CAMPAIGN:
				setCampaign((Campaign)newValue);
				return;
			case CommunityPackage.LEAD__QUALIFICATION:
				setQualification((LeadQualification)newValue);
				return;
			case CommunityPackage.LEAD__HANDOFF:
				setHandoff((HandoffState)newValue);
				return;
			case CommunityPackage.LEAD__SALES_OWNER:
				setSalesOwner((String)newValue);
				return;
			case CommunityPackage.LEAD__OWNER:
				setOwner((Member)newValue);
				return;
			case CommunityPackage.LEAD__CREATED_AT:
				setCreatedAt((Instant)newValue);
				return;
			case CommunityPackage.LEAD__ESTIMATED_VALUE:
				setEstimatedValue((BigDecimal)newValue);
				return;
			case CommunityPackage.LEAD__NOTES:
				setNotes((String)newValue);
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
			case CommunityPackage.LEAD__CONTACT:
				setContact((Contact)null);
				return;
			case CommunityPackage.LEAD__SOURCE_THREAD:
				setSourceThread((MessageThread)null);
				return;
			case CommunityPackage.LEAD__CAMPAIGN:
				setCampaign((Campaign)null);
				return;
			case CommunityPackage.LEAD__QUALIFICATION:
				setQualification(QUALIFICATION_EDEFAULT);
				return;
			case CommunityPackage.LEAD__HANDOFF:
				setHandoff(HANDOFF_EDEFAULT);
				return;
			case CommunityPackage.LEAD__SALES_OWNER:
				setSalesOwner(SALES_OWNER_EDEFAULT);
				return;
			case CommunityPackage.LEAD__OWNER:
				setOwner((Member)null);
				return;
			case CommunityPackage.LEAD__CREATED_AT:
				setCreatedAt(CREATED_AT_EDEFAULT);
				return;
			case CommunityPackage.LEAD__ESTIMATED_VALUE:
				setEstimatedValue(ESTIMATED_VALUE_EDEFAULT);
				return;
			case CommunityPackage.LEAD__NOTES:
				setNotes(NOTES_EDEFAULT);
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
			case CommunityPackage.LEAD__CONTACT:
				return contact != null;
			case CommunityPackage.LEAD__SOURCE_THREAD:
				return sourceThread != null;
			case CommunityPackage.LEAD__CAMPAIGN:
				return campaign != null;
			case CommunityPackage.LEAD__QUALIFICATION:
				return qualification != QUALIFICATION_EDEFAULT;
			case CommunityPackage.LEAD__HANDOFF:
				return handoff != HANDOFF_EDEFAULT;
			case CommunityPackage.LEAD__SALES_OWNER:
				return SALES_OWNER_EDEFAULT == null ? salesOwner != null : !SALES_OWNER_EDEFAULT.equals(salesOwner);
			case CommunityPackage.LEAD__OWNER:
				return owner != null;
			case CommunityPackage.LEAD__CREATED_AT:
				return CREATED_AT_EDEFAULT == null ? createdAt != null : !CREATED_AT_EDEFAULT.equals(createdAt);
			case CommunityPackage.LEAD__ESTIMATED_VALUE:
				return ESTIMATED_VALUE_EDEFAULT == null ? estimatedValue != null : !ESTIMATED_VALUE_EDEFAULT.equals(estimatedValue);
			case CommunityPackage.LEAD__NOTES:
				return NOTES_EDEFAULT == null ? notes != null : !NOTES_EDEFAULT.equals(notes);
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
			case CommunityPackage.LEAD___HAS_SALES_OWNER_WHEN_HANDED_OFF__DIAGNOSTICCHAIN_MAP:
				return hasSalesOwnerWhenHandedOff((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
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
		result.append(" (qualification: "); //$NON-NLS-1$
		result.append(qualification);
		result.append(", handoff: "); //$NON-NLS-1$
		result.append(handoff);
		result.append(", salesOwner: "); //$NON-NLS-1$
		result.append(salesOwner);
		result.append(", createdAt: "); //$NON-NLS-1$
		result.append(createdAt);
		result.append(", estimatedValue: "); //$NON-NLS-1$
		result.append(estimatedValue);
		result.append(", notes: "); //$NON-NLS-1$
		result.append(notes);
		result.append(')');
		return result.toString();
	}

} //LeadImpl
