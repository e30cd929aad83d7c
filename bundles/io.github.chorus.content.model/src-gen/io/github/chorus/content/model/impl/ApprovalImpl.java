/**
 * SPDX-License-Identifier: EPL-2.0
 * Copyright (c) 2026 the Chorus authors
 */
package io.github.chorus.content.model.impl;

import io.github.chorus.content.model.Approval;
import io.github.chorus.content.model.ApprovalDecision;
import io.github.chorus.content.model.ContentPackage;

import io.github.chorus.plan.model.Member;

import io.github.chorus.plan.model.impl.IdentifiedImpl;

import java.time.Instant;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Approval</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.github.chorus.content.model.impl.ApprovalImpl#getApprover <em>Approver</em>}</li>
 *   <li>{@link io.github.chorus.content.model.impl.ApprovalImpl#getDecidedAt <em>Decided At</em>}</li>
 *   <li>{@link io.github.chorus.content.model.impl.ApprovalImpl#getDecision <em>Decision</em>}</li>
 *   <li>{@link io.github.chorus.content.model.impl.ApprovalImpl#getVariantRevision <em>Variant Revision</em>}</li>
 *   <li>{@link io.github.chorus.content.model.impl.ApprovalImpl#getComment <em>Comment</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ApprovalImpl extends IdentifiedImpl implements Approval
{
	/**
	 * The cached value of the '{@link #getApprover() <em>Approver</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApprover()
	 * @generated
	 * @ordered
	 */
	protected Member approver;

	/**
	 * The default value of the '{@link #getDecidedAt() <em>Decided At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecidedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant DECIDED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDecidedAt() <em>Decided At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecidedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant decidedAt = DECIDED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getDecision() <em>Decision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecision()
	 * @generated
	 * @ordered
	 */
	protected static final ApprovalDecision DECISION_EDEFAULT = ApprovalDecision.APPROVED;

	/**
	 * The cached value of the '{@link #getDecision() <em>Decision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecision()
	 * @generated
	 * @ordered
	 */
	protected ApprovalDecision decision = DECISION_EDEFAULT;

	/**
	 * The default value of the '{@link #getVariantRevision() <em>Variant Revision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVariantRevision()
	 * @generated
	 * @ordered
	 */
	protected static final int VARIANT_REVISION_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getVariantRevision() <em>Variant Revision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVariantRevision()
	 * @generated
	 * @ordered
	 */
	protected int variantRevision = VARIANT_REVISION_EDEFAULT;

	/**
	 * The default value of the '{@link #getComment() <em>Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComment()
	 * @generated
	 * @ordered
	 */
	protected static final String COMMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getComment() <em>Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComment()
	 * @generated
	 * @ordered
	 */
	protected String comment = COMMENT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ApprovalImpl()
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
		return ContentPackage.Literals.APPROVAL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Member getApprover()
	{
		if (approver != null && approver.eIsProxy())
		{
			InternalEObject oldApprover = (InternalEObject)approver;
			approver = (Member)eResolveProxy(oldApprover);
			if (approver != oldApprover)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ContentPackage.APPROVAL__APPROVER, oldApprover, approver));
			}
		}
		return approver;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Member basicGetApprover()
	{
		return approver;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setApprover(Member newApprover)
	{
		Member oldApprover = approver;
		approver = newApprover;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ContentPackage.APPROVAL__APPROVER, oldApprover, approver));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getDecidedAt()
	{
		return decidedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDecidedAt(Instant newDecidedAt)
	{
		Instant oldDecidedAt = decidedAt;
		decidedAt = newDecidedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ContentPackage.APPROVAL__DECIDED_AT, oldDecidedAt, decidedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ApprovalDecision getDecision()
	{
		return decision;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDecision(ApprovalDecision newDecision)
	{
		ApprovalDecision oldDecision = decision;
		decision = newDecision == null ? DECISION_EDEFAULT : newDecision;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ContentPackage.APPROVAL__DECISION, oldDecision, decision));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getVariantRevision()
	{
		return variantRevision;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVariantRevision(int newVariantRevision)
	{
		int oldVariantRevision = variantRevision;
		variantRevision = newVariantRevision;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ContentPackage.APPROVAL__VARIANT_REVISION, oldVariantRevision, variantRevision));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getComment()
	{
		return comment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setComment(String newComment)
	{
		String oldComment = comment;
		comment = newComment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ContentPackage.APPROVAL__COMMENT, oldComment, comment));
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
			case ContentPackage.APPROVAL__APPROVER:
				if (resolve) return getApprover();
				return basicGetApprover();
			case ContentPackage.APPROVAL__DECIDED_AT:
				return getDecidedAt();
			case ContentPackage.APPROVAL__DECISION:
				return getDecision();
			case ContentPackage.APPROVAL__VARIANT_REVISION:
				return getVariantRevision();
			case ContentPackage.APPROVAL__COMMENT:
				return getComment();
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
			case ContentPackage.APPROVAL__APPROVER:
				setApprover((Member)newValue);
				return;
			case ContentPackage.APPROVAL__DECIDED_AT:
				setDecidedAt((Instant)newValue);
				return;
			case ContentPackage.APPROVAL__DECISION:
				setDecision((ApprovalDecision)newValue);
				return;
			case ContentPackage.APPROVAL__VARIANT_REVISION:
				setVariantRevision((Integer)newValue);
				return;
			case ContentPackage.APPROVAL__COMMENT:
				setComment((String)newValue);
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
			case ContentPackage.APPROVAL__APPROVER:
				setApprover((Member)null);
				return;
			case ContentPackage.APPROVAL__DECIDED_AT:
				setDecidedAt(DECIDED_AT_EDEFAULT);
				return;
			case ContentPackage.APPROVAL__DECISION:
				setDecision(DECISION_EDEFAULT);
				return;
			case ContentPackage.APPROVAL__VARIANT_REVISION:
				setVariantRevision(VARIANT_REVISION_EDEFAULT);
				return;
			case ContentPackage.APPROVAL__COMMENT:
				setComment(COMMENT_EDEFAULT);
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
			case ContentPackage.APPROVAL__APPROVER:
				return approver != null;
			case ContentPackage.APPROVAL__DECIDED_AT:
				return DECIDED_AT_EDEFAULT == null ? decidedAt != null : !DECIDED_AT_EDEFAULT.equals(decidedAt);
			case ContentPackage.APPROVAL__DECISION:
				return decision != DECISION_EDEFAULT;
			case ContentPackage.APPROVAL__VARIANT_REVISION:
				return variantRevision != VARIANT_REVISION_EDEFAULT;
			case ContentPackage.APPROVAL__COMMENT:
				return COMMENT_EDEFAULT == null ? comment != null : !COMMENT_EDEFAULT.equals(comment);
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
		result.append(" (decidedAt: "); //$NON-NLS-1$
		result.append(decidedAt);
		result.append(", decision: "); //$NON-NLS-1$
		result.append(decision);
		result.append(", variantRevision: "); //$NON-NLS-1$
		result.append(variantRevision);
		result.append(", comment: "); //$NON-NLS-1$
		result.append(comment);
		result.append(')');
		return result.toString();
	}

} //ApprovalImpl
