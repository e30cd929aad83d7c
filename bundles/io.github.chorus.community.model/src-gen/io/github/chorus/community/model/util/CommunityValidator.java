/**
 * SPDX-License-Identifier: EPL-2.0
 * Copyright (c) 2026 the Chorus authors
 */
package io.github.chorus.community.model.util;

import io.github.chorus.community.model.*;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.EObjectValidator;

/**
 * <!-- begin-user-doc -->
 * The <b>Validator</b> for the model.
 * <!-- end-user-doc -->
 * @see io.github.chorus.community.model.CommunityPackage
 * @generated
 */
public class CommunityValidator extends EObjectValidator
{
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final CommunityValidator INSTANCE = new CommunityValidator();

	/**
	 * A constant for the {@link org.eclipse.emf.common.util.Diagnostic#getSource() source} of diagnostic {@link org.eclipse.emf.common.util.Diagnostic#getCode() codes} from this package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.common.util.Diagnostic#getSource()
	 * @see org.eclipse.emf.common.util.Diagnostic#getCode()
	 * @generated
	 */
	public static final String DIAGNOSTIC_SOURCE = "io.github.chorus.community.model"; //$NON-NLS-1$

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Has Assignee When Assigned' of 'Message Thread'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int MESSAGE_THREAD__HAS_ASSIGNEE_WHEN_ASSIGNED = 1;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Has Valid Sentiment And Author' of 'Message'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int MESSAGE__HAS_VALID_SENTIMENT_AND_AUTHOR = 2;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Has Sales Owner When Handed Off' of 'Lead'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int LEAD__HAS_SALES_OWNER_WHEN_HANDED_OFF = 3;

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final int GENERATED_DIAGNOSTIC_CODE_COUNT = 3;

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants in a derived class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final int DIAGNOSTIC_CODE_COUNT = GENERATED_DIAGNOSTIC_CODE_COUNT;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CommunityValidator()
	{
		super();
	}

	/**
	 * Returns the package of this validator switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EPackage getEPackage()
	{
	  return CommunityPackage.eINSTANCE;
	}

	/**
	 * Calls <code>validateXXX</code> for the corresponding classifier of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean validate(int classifierID, Object value, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		switch (classifierID)
		{
			case CommunityPackage.INBOX:
				return validateInbox((Inbox)value, diagnostics, context);
			case CommunityPackage.CONTACT:
				return validateContact((Contact)value, diagnostics, context);
			case CommunityPackage.MESSAGE_THREAD:
				return validateMessageThread((MessageThread)value, diagnostics, context);
			case CommunityPackage.MESSAGE:
				return validateMessage((Message)value, diagnostics, context);
			case CommunityPackage.REPLY_TEMPLATE:
				return validateReplyTemplate((ReplyTemplate)value, diagnostics, context);
			case CommunityPackage.RESPONSE_TARGET:
				return validateResponseTarget((ResponseTarget)value, diagnostics, context);
			case CommunityPackage.LEAD:
				return validateLead((Lead)value, diagnostics, context);
			case CommunityPackage.THREAD_KIND:
				return validateThreadKind((ThreadKind)value, diagnostics, context);
			case CommunityPackage.THREAD_STATUS:
				return validateThreadStatus((ThreadStatus)value, diagnostics, context);
			case CommunityPackage.MESSAGE_DIRECTION:
				return validateMessageDirection((MessageDirection)value, diagnostics, context);
			case CommunityPackage.LEAD_QUALIFICATION:
				return validateLeadQualification((LeadQualification)value, diagnostics, context);
			case CommunityPackage.HANDOFF_STATE:
				return validateHandoffState((HandoffState)value, diagnostics, context);
			default:
				return true;
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInbox(Inbox inbox, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return validate_EveryDefaultConstraint(inbox, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateContact(Contact contact, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return validate_EveryDefaultConstraint(contact, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMessageThread(MessageThread messageThread, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		if (!validate_NoCircularContainment(messageThread, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(messageThread, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(messageThread, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(messageThread, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(messageThread, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(messageThread, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(messageThread, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(messageThread, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(messageThread, diagnostics, context);
		if (result || diagnostics != null) result &= validateMessageThread_hasAssigneeWhenAssigned(messageThread, diagnostics, context);
		return result;
	}

	/**
	 * Validates the hasAssigneeWhenAssigned constraint of '<em>Message Thread</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMessageThread_hasAssigneeWhenAssigned(MessageThread messageThread, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return messageThread.hasAssigneeWhenAssigned(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMessage(Message message, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		if (!validate_NoCircularContainment(message, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(message, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(message, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(message, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(message, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(message, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(message, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(message, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(message, diagnostics, context);
		if (result || diagnostics != null) result &= validateMessage_hasValidSentimentAndAuthor(message, diagnostics, context);
		return result;
	}

	/**
	 * Validates the hasValidSentimentAndAuthor constraint of '<em>Message</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMessage_hasValidSentimentAndAuthor(Message message, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return message.hasValidSentimentAndAuthor(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateReplyTemplate(ReplyTemplate replyTemplate, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return validate_EveryDefaultConstraint(replyTemplate, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateResponseTarget(ResponseTarget responseTarget, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return validate_EveryDefaultConstraint(responseTarget, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLead(Lead lead, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		if (!validate_NoCircularContainment(lead, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(lead, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(lead, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(lead, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(lead, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(lead, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(lead, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(lead, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(lead, diagnostics, context);
		if (result || diagnostics != null) result &= validateLead_hasSalesOwnerWhenHandedOff(lead, diagnostics, context);
		return result;
	}

	/**
	 * Validates the hasSalesOwnerWhenHandedOff constraint of '<em>Lead</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLead_hasSalesOwnerWhenHandedOff(Lead lead, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return lead.hasSalesOwnerWhenHandedOff(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateThreadKind(ThreadKind threadKind, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateThreadStatus(ThreadStatus threadStatus, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMessageDirection(MessageDirection messageDirection, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLeadQualification(LeadQualification leadQualification, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateHandoffState(HandoffState handoffState, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return true;
	}

	/**
	 * Returns the resource locator that will be used to fetch messages for this validator's diagnostics.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator()
	{
		// TODO
		// Specialize this to return a resource locator for messages specific to this validator.
		// Ensure that you remove @generated or mark it @generated NOT
		return super.getResourceLocator();
	}

} //CommunityValidator
