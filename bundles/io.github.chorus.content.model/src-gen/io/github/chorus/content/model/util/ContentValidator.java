/**
 * SPDX-License-Identifier: EPL-2.0
 * Copyright (c) 2026 the Chorus authors
 */
package io.github.chorus.content.model.util;

import io.github.chorus.content.model.*;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.EObjectValidator;

/**
 * <!-- begin-user-doc -->
 * The <b>Validator</b> for the model.
 * <!-- end-user-doc -->
 * @see io.github.chorus.content.model.ContentPackage
 * @generated
 */
public class ContentValidator extends EObjectValidator
{
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final ContentValidator INSTANCE = new ContentValidator();

	/**
	 * A constant for the {@link org.eclipse.emf.common.util.Diagnostic#getSource() source} of diagnostic {@link org.eclipse.emf.common.util.Diagnostic#getCode() codes} from this package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.common.util.Diagnostic#getSource()
	 * @see org.eclipse.emf.common.util.Diagnostic#getCode()
	 * @generated
	 */
	public static final String DIAGNOSTIC_SOURCE = "io.github.chorus.content.model"; //$NON-NLS-1$

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Serves AGoal' of 'Item'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int CONTENT_ITEM__SERVES_AGOAL = 1;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Has Text Or Media' of 'Variant'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int VARIANT__HAS_TEXT_OR_MEDIA = 2;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Satisfies Channel Rules' of 'Variant'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int VARIANT__SATISFIES_CHANNEL_RULES = 3;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Has Valid Url' of 'Tracked Link'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int TRACKED_LINK__HAS_VALID_URL = 4;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Has Mime Type And Alt Text' of 'Asset'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int ASSET__HAS_MIME_TYPE_AND_ALT_TEXT = 5;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Has Time Zone' of 'Scheduled Publication'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int SCHEDULED_PUBLICATION__HAS_TIME_ZONE = 6;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Has Schedule When Scheduled' of 'Scheduled Publication'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int SCHEDULED_PUBLICATION__HAS_SCHEDULE_WHEN_SCHEDULED = 7;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Is Approved When Scheduled' of 'Scheduled Publication'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int SCHEDULED_PUBLICATION__IS_APPROVED_WHEN_SCHEDULED = 8;

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final int GENERATED_DIAGNOSTIC_CODE_COUNT = 8;

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
	public ContentValidator()
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
	  return ContentPackage.eINSTANCE;
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
			case ContentPackage.CONTENT_LIBRARY:
				return validateContentLibrary((ContentLibrary)value, diagnostics, context);
			case ContentPackage.PILLAR:
				return validatePillar((Pillar)value, diagnostics, context);
			case ContentPackage.CONTENT_ITEM:
				return validateContentItem((ContentItem)value, diagnostics, context);
			case ContentPackage.VARIANT:
				return validateVariant((Variant)value, diagnostics, context);
			case ContentPackage.THREAD_PART:
				return validateThreadPart((ThreadPart)value, diagnostics, context);
			case ContentPackage.TRACKED_LINK:
				return validateTrackedLink((TrackedLink)value, diagnostics, context);
			case ContentPackage.UTM_PRESET:
				return validateUtmPreset((UtmPreset)value, diagnostics, context);
			case ContentPackage.ASSET:
				return validateAsset((Asset)value, diagnostics, context);
			case ContentPackage.SCHEDULED_PUBLICATION:
				return validateScheduledPublication((ScheduledPublication)value, diagnostics, context);
			case ContentPackage.APPROVAL:
				return validateApproval((Approval)value, diagnostics, context);
			case ContentPackage.PUBLISH_ATTEMPT:
				return validatePublishAttempt((PublishAttempt)value, diagnostics, context);
			case ContentPackage.CONTENT_TYPE:
				return validateContentType((ContentType)value, diagnostics, context);
			case ContentPackage.PUBLICATION_STATE:
				return validatePublicationState((PublicationState)value, diagnostics, context);
			case ContentPackage.APPROVAL_DECISION:
				return validateApprovalDecision((ApprovalDecision)value, diagnostics, context);
			case ContentPackage.ATTEMPT_OUTCOME:
				return validateAttemptOutcome((AttemptOutcome)value, diagnostics, context);
			default:
				return true;
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateContentLibrary(ContentLibrary contentLibrary, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return validate_EveryDefaultConstraint(contentLibrary, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePillar(Pillar pillar, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return validate_EveryDefaultConstraint(pillar, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateContentItem(ContentItem contentItem, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		if (!validate_NoCircularContainment(contentItem, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(contentItem, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(contentItem, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(contentItem, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(contentItem, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(contentItem, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(contentItem, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(contentItem, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(contentItem, diagnostics, context);
		if (result || diagnostics != null) result &= validateContentItem_servesAGoal(contentItem, diagnostics, context);
		return result;
	}

	/**
	 * Validates the servesAGoal constraint of '<em>Item</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateContentItem_servesAGoal(ContentItem contentItem, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return contentItem.servesAGoal(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateVariant(Variant variant, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		if (!validate_NoCircularContainment(variant, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(variant, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(variant, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(variant, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(variant, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(variant, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(variant, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(variant, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(variant, diagnostics, context);
		if (result || diagnostics != null) result &= validateVariant_hasTextOrMedia(variant, diagnostics, context);
		if (result || diagnostics != null) result &= validateVariant_satisfiesChannelRules(variant, diagnostics, context);
		return result;
	}

	/**
	 * Validates the hasTextOrMedia constraint of '<em>Variant</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateVariant_hasTextOrMedia(Variant variant, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return variant.hasTextOrMedia(diagnostics, context);
	}

	/**
	 * Validates the satisfiesChannelRules constraint of '<em>Variant</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateVariant_satisfiesChannelRules(Variant variant, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return variant.satisfiesChannelRules(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateThreadPart(ThreadPart threadPart, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return validate_EveryDefaultConstraint(threadPart, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTrackedLink(TrackedLink trackedLink, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		if (!validate_NoCircularContainment(trackedLink, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(trackedLink, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(trackedLink, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(trackedLink, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(trackedLink, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(trackedLink, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(trackedLink, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(trackedLink, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(trackedLink, diagnostics, context);
		if (result || diagnostics != null) result &= validateTrackedLink_hasValidUrl(trackedLink, diagnostics, context);
		return result;
	}

	/**
	 * Validates the hasValidUrl constraint of '<em>Tracked Link</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTrackedLink_hasValidUrl(TrackedLink trackedLink, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return trackedLink.hasValidUrl(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateUtmPreset(UtmPreset utmPreset, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return validate_EveryDefaultConstraint(utmPreset, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAsset(Asset asset, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		if (!validate_NoCircularContainment(asset, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(asset, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(asset, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(asset, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(asset, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(asset, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(asset, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(asset, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(asset, diagnostics, context);
		if (result || diagnostics != null) result &= validateAsset_hasMimeTypeAndAltText(asset, diagnostics, context);
		return result;
	}

	/**
	 * Validates the hasMimeTypeAndAltText constraint of '<em>Asset</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAsset_hasMimeTypeAndAltText(Asset asset, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return asset.hasMimeTypeAndAltText(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateScheduledPublication(ScheduledPublication scheduledPublication, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		if (!validate_NoCircularContainment(scheduledPublication, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(scheduledPublication, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(scheduledPublication, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(scheduledPublication, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(scheduledPublication, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(scheduledPublication, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(scheduledPublication, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(scheduledPublication, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(scheduledPublication, diagnostics, context);
		if (result || diagnostics != null) result &= validateScheduledPublication_hasTimeZone(scheduledPublication, diagnostics, context);
		if (result || diagnostics != null) result &= validateScheduledPublication_hasScheduleWhenScheduled(scheduledPublication, diagnostics, context);
		if (result || diagnostics != null) result &= validateScheduledPublication_isApprovedWhenScheduled(scheduledPublication, diagnostics, context);
		return result;
	}

	/**
	 * Validates the hasTimeZone constraint of '<em>Scheduled Publication</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateScheduledPublication_hasTimeZone(ScheduledPublication scheduledPublication, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return scheduledPublication.hasTimeZone(diagnostics, context);
	}

	/**
	 * Validates the hasScheduleWhenScheduled constraint of '<em>Scheduled Publication</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateScheduledPublication_hasScheduleWhenScheduled(ScheduledPublication scheduledPublication, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return scheduledPublication.hasScheduleWhenScheduled(diagnostics, context);
	}

	/**
	 * Validates the isApprovedWhenScheduled constraint of '<em>Scheduled Publication</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateScheduledPublication_isApprovedWhenScheduled(ScheduledPublication scheduledPublication, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return scheduledPublication.isApprovedWhenScheduled(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateApproval(Approval approval, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return validate_EveryDefaultConstraint(approval, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePublishAttempt(PublishAttempt publishAttempt, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return validate_EveryDefaultConstraint(publishAttempt, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateContentType(ContentType contentType, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePublicationState(PublicationState publicationState, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateApprovalDecision(ApprovalDecision approvalDecision, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAttemptOutcome(AttemptOutcome attemptOutcome, DiagnosticChain diagnostics, Map<Object, Object> context)
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

} //ContentValidator
