/**
 * SPDX-License-Identifier: EPL-2.0
 * Copyright (c) 2026 the Chorus authors
 */
package io.github.chorus.community.model;

import io.github.chorus.plan.model.Campaign;
import io.github.chorus.plan.model.Identified;
import io.github.chorus.plan.model.Member;

import java.math.BigDecimal;

import java.time.Instant;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Lead</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A contact handed to sales.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.github.chorus.community.model.Lead#getContact <em>Contact</em>}</li>
 *   <li>{@link io.github.chorus.community.model.Lead#getSourceThread <em>Source Thread</em>}</li>
 *   <li>{@link io.github.chorus.community.model.Lead#getCampaign <em>Campaign</em>}</li>
 *   <li>{@link io.github.chorus.community.model.Lead#getQualification <em>Qualification</em>}</li>
 *   <li>{@link io.github.chorus.community.model.Lead#getHandoff <em>Handoff</em>}</li>
 *   <li>{@link io.github.chorus.community.model.Lead#getSalesOwner <em>Sales Owner</em>}</li>
 *   <li>{@link io.github.chorus.community.model.Lead#getOwner <em>Owner</em>}</li>
 *   <li>{@link io.github.chorus.community.model.Lead#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link io.github.chorus.community.model.Lead#getEstimatedValue <em>Estimated Value</em>}</li>
 *   <li>{@link io.github.chorus.community.model.Lead#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @see io.github.chorus.community.model.CommunityPackage#getLead()
 * @model
 * @generated
 */
public interface Lead extends Identified
{
	/**
	 * Returns the value of the '<em><b>Contact</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Contact</em>' reference.
	 * @see #setContact(Contact)
	 * @see io.github.chorus.community.model.CommunityPackage#getLead_Contact()
	 * @model required="true"
	 * @generated
	 */
	Contact getContact();

	/**
	 * Sets the value of the '{@link io.github.chorus.community.model.Lead#getContact <em>Contact</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Contact</em>' reference.
	 * @see #getContact()
	 * @generated
	 */
	void setContact(Contact value);

	/**
	 * Returns the value of the '<em><b>Source Thread</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source Thread</em>' reference.
	 * @see #setSourceThread(MessageThread)
	 * @see io.github.chorus.community.model.CommunityPackage#getLead_SourceThread()
	 * @model
	 * @generated
	 */
	MessageThread getSourceThread();

	/**
	 * Sets the value of the '{@link io.github.chorus.community.model.Lead#getSourceThread <em>Source Thread</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Thread</em>' reference.
	 * @see #getSourceThread()
	 * @generated
	 */
	void setSourceThread(MessageThread value);

	/**
	 * Returns the value of the '<em><b>Campaign</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Campaign</em>' reference.
	 * @see #setCampaign(Campaign)
	 * @see io.github.chorus.community.model.CommunityPackage#getLead_Campaign()
	 * @model
	 * @generated
	 */
	Campaign getCampaign();

	/**
	 * Sets the value of the '{@link io.github.chorus.community.model.Lead#getCampaign <em>Campaign</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Campaign</em>' reference.
	 * @see #getCampaign()
	 * @generated
	 */
	void setCampaign(Campaign value);

	/**
	 * Returns the value of the '<em><b>Qualification</b></em>' attribute.
	 * The literals are from the enumeration {@link io.github.chorus.community.model.LeadQualification}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Qualification</em>' attribute.
	 * @see io.github.chorus.community.model.LeadQualification
	 * @see #setQualification(LeadQualification)
	 * @see io.github.chorus.community.model.CommunityPackage#getLead_Qualification()
	 * @model
	 * @generated
	 */
	LeadQualification getQualification();

	/**
	 * Sets the value of the '{@link io.github.chorus.community.model.Lead#getQualification <em>Qualification</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Qualification</em>' attribute.
	 * @see io.github.chorus.community.model.LeadQualification
	 * @see #getQualification()
	 * @generated
	 */
	void setQualification(LeadQualification value);

	/**
	 * Returns the value of the '<em><b>Handoff</b></em>' attribute.
	 * The literals are from the enumeration {@link io.github.chorus.community.model.HandoffState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Handoff</em>' attribute.
	 * @see io.github.chorus.community.model.HandoffState
	 * @see #setHandoff(HandoffState)
	 * @see io.github.chorus.community.model.CommunityPackage#getLead_Handoff()
	 * @model
	 * @generated
	 */
	HandoffState getHandoff();

	/**
	 * Sets the value of the '{@link io.github.chorus.community.model.Lead#getHandoff <em>Handoff</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Handoff</em>' attribute.
	 * @see io.github.chorus.community.model.HandoffState
	 * @see #getHandoff()
	 * @generated
	 */
	void setHandoff(HandoffState value);

	/**
	 * Returns the value of the '<em><b>Sales Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The salesperson who owns the lead after hand-off.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sales Owner</em>' attribute.
	 * @see #setSalesOwner(String)
	 * @see io.github.chorus.community.model.CommunityPackage#getLead_SalesOwner()
	 * @model
	 * @generated
	 */
	String getSalesOwner();

	/**
	 * Sets the value of the '{@link io.github.chorus.community.model.Lead#getSalesOwner <em>Sales Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sales Owner</em>' attribute.
	 * @see #getSalesOwner()
	 * @generated
	 */
	void setSalesOwner(String value);

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Owner</em>' reference.
	 * @see #setOwner(Member)
	 * @see io.github.chorus.community.model.CommunityPackage#getLead_Owner()
	 * @model
	 * @generated
	 */
	Member getOwner();

	/**
	 * Sets the value of the '{@link io.github.chorus.community.model.Lead#getOwner <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' reference.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(Member value);

	/**
	 * Returns the value of the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Created At</em>' attribute.
	 * @see #setCreatedAt(Instant)
	 * @see io.github.chorus.community.model.CommunityPackage#getLead_CreatedAt()
	 * @model dataType="io.github.chorus.plan.model.Instant"
	 * @generated
	 */
	Instant getCreatedAt();

	/**
	 * Sets the value of the '{@link io.github.chorus.community.model.Lead#getCreatedAt <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created At</em>' attribute.
	 * @see #getCreatedAt()
	 * @generated
	 */
	void setCreatedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Estimated Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Estimated Value</em>' attribute.
	 * @see #setEstimatedValue(BigDecimal)
	 * @see io.github.chorus.community.model.CommunityPackage#getLead_EstimatedValue()
	 * @model
	 * @generated
	 */
	BigDecimal getEstimatedValue();

	/**
	 * Sets the value of the '{@link io.github.chorus.community.model.Lead#getEstimatedValue <em>Estimated Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Estimated Value</em>' attribute.
	 * @see #getEstimatedValue()
	 * @generated
	 */
	void setEstimatedValue(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Notes</em>' attribute.
	 * @see #setNotes(String)
	 * @see io.github.chorus.community.model.CommunityPackage#getLead_Notes()
	 * @model
	 * @generated
	 */
	String getNotes();

	/**
	 * Sets the value of the '{@link io.github.chorus.community.model.Lead#getNotes <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notes</em>' attribute.
	 * @see #getNotes()
	 * @generated
	 */
	void setNotes(String value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A lead handed to sales names its sales owner.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean hasSalesOwnerWhenHandedOff(DiagnosticChain diagnostics, Map<Object, Object> context);

} // Lead
