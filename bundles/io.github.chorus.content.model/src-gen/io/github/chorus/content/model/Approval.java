/**
 * SPDX-License-Identifier: EPL-2.0
 * Copyright (c) 2026 the Chorus authors
 */
package io.github.chorus.content.model;

import io.github.chorus.plan.model.Identified;
import io.github.chorus.plan.model.Member;

import java.time.Instant;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Approval</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A decision on a variant revision.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.github.chorus.content.model.Approval#getApprover <em>Approver</em>}</li>
 *   <li>{@link io.github.chorus.content.model.Approval#getDecidedAt <em>Decided At</em>}</li>
 *   <li>{@link io.github.chorus.content.model.Approval#getDecision <em>Decision</em>}</li>
 *   <li>{@link io.github.chorus.content.model.Approval#getVariantRevision <em>Variant Revision</em>}</li>
 *   <li>{@link io.github.chorus.content.model.Approval#getComment <em>Comment</em>}</li>
 * </ul>
 *
 * @see io.github.chorus.content.model.ContentPackage#getApproval()
 * @model
 * @generated
 */
public interface Approval extends Identified
{
	/**
	 * Returns the value of the '<em><b>Approver</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Approver</em>' reference.
	 * @see #setApprover(Member)
	 * @see io.github.chorus.content.model.ContentPackage#getApproval_Approver()
	 * @model
	 * @generated
	 */
	Member getApprover();

	/**
	 * Sets the value of the '{@link io.github.chorus.content.model.Approval#getApprover <em>Approver</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Approver</em>' reference.
	 * @see #getApprover()
	 * @generated
	 */
	void setApprover(Member value);

	/**
	 * Returns the value of the '<em><b>Decided At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Decided At</em>' attribute.
	 * @see #setDecidedAt(Instant)
	 * @see io.github.chorus.content.model.ContentPackage#getApproval_DecidedAt()
	 * @model dataType="io.github.chorus.plan.model.Instant"
	 * @generated
	 */
	Instant getDecidedAt();

	/**
	 * Sets the value of the '{@link io.github.chorus.content.model.Approval#getDecidedAt <em>Decided At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decided At</em>' attribute.
	 * @see #getDecidedAt()
	 * @generated
	 */
	void setDecidedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Decision</b></em>' attribute.
	 * The literals are from the enumeration {@link io.github.chorus.content.model.ApprovalDecision}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Decision</em>' attribute.
	 * @see io.github.chorus.content.model.ApprovalDecision
	 * @see #setDecision(ApprovalDecision)
	 * @see io.github.chorus.content.model.ContentPackage#getApproval_Decision()
	 * @model
	 * @generated
	 */
	ApprovalDecision getDecision();

	/**
	 * Sets the value of the '{@link io.github.chorus.content.model.Approval#getDecision <em>Decision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decision</em>' attribute.
	 * @see io.github.chorus.content.model.ApprovalDecision
	 * @see #getDecision()
	 * @generated
	 */
	void setDecision(ApprovalDecision value);

	/**
	 * Returns the value of the '<em><b>Variant Revision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Variant Revision</em>' attribute.
	 * @see #setVariantRevision(int)
	 * @see io.github.chorus.content.model.ContentPackage#getApproval_VariantRevision()
	 * @model
	 * @generated
	 */
	int getVariantRevision();

	/**
	 * Sets the value of the '{@link io.github.chorus.content.model.Approval#getVariantRevision <em>Variant Revision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Variant Revision</em>' attribute.
	 * @see #getVariantRevision()
	 * @generated
	 */
	void setVariantRevision(int value);

	/**
	 * Returns the value of the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Comment</em>' attribute.
	 * @see #setComment(String)
	 * @see io.github.chorus.content.model.ContentPackage#getApproval_Comment()
	 * @model
	 * @generated
	 */
	String getComment();

	/**
	 * Sets the value of the '{@link io.github.chorus.content.model.Approval#getComment <em>Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Comment</em>' attribute.
	 * @see #getComment()
	 * @generated
	 */
	void setComment(String value);

} // Approval
