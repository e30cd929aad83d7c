/**
 * SPDX-License-Identifier: EPL-2.0
 * Copyright (c) 2026 the Chorus authors
 */
package io.github.chorus.content.model.impl;

import io.github.chorus.content.model.*;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class ContentFactoryImpl extends EFactoryImpl implements ContentFactory
{
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static ContentFactory init()
	{
		try
		{
			ContentFactory theContentFactory = (ContentFactory)EPackage.Registry.INSTANCE.getEFactory(ContentPackage.eNS_URI);
			if (theContentFactory != null)
			{
				return theContentFactory;
			}
		}
		catch (Exception exception)
		{
			EcorePlugin.INSTANCE.log(exception);
		}
		return new ContentFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ContentFactoryImpl()
	{
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass)
	{
		switch (eClass.getClassifierID())
		{
			case ContentPackage.CONTENT_LIBRARY: return createContentLibrary();
			case ContentPackage.PILLAR: return createPillar();
			case ContentPackage.CONTENT_ITEM: return createContentItem();
			case ContentPackage.VARIANT: return createVariant();
			case ContentPackage.THREAD_PART: return createThreadPart();
			case ContentPackage.TRACKED_LINK: return createTrackedLink();
			case ContentPackage.UTM_PRESET: return createUtmPreset();
			case ContentPackage.ASSET: return createAsset();
			case ContentPackage.SCHEDULED_PUBLICATION: return createScheduledPublication();
			case ContentPackage.APPROVAL: return createApproval();
			case ContentPackage.PUBLISH_ATTEMPT: return createPublishAttempt();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue)
	{
		switch (eDataType.getClassifierID())
		{
			case ContentPackage.CONTENT_TYPE:
				return createContentTypeFromString(eDataType, initialValue);
			case ContentPackage.PUBLICATION_STATE:
				return createPublicationStateFromString(eDataType, initialValue);
			case ContentPackage.APPROVAL_DECISION:
				return createApprovalDecisionFromString(eDataType, initialValue);
			case ContentPackage.ATTEMPT_OUTCOME:
				return createAttemptOutcomeFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue)
	{
		switch (eDataType.getClassifierID())
		{
			case ContentPackage.CONTENT_TYPE:
				return convertContentTypeToString(eDataType, instanceValue);
			case ContentPackage.PUBLICATION_STATE:
				return convertPublicationStateToString(eDataType, instanceValue);
			case ContentPackage.APPROVAL_DECISION:
				return convertApprovalDecisionToString(eDataType, instanceValue);
			case ContentPackage.ATTEMPT_OUTCOME:
				return convertAttemptOutcomeToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ContentLibrary createContentLibrary()
	{
		ContentLibraryImpl contentLibrary = new ContentLibraryImpl();
		return contentLibrary;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Pillar createPillar()
	{
		PillarImpl pillar = new PillarImpl();
		return pillar;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ContentItem createContentItem()
	{
		ContentItemImpl contentItem = new ContentItemImpl();
		return contentItem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Variant createVariant()
	{
		VariantImpl variant = new VariantImpl();
		return variant;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ThreadPart createThreadPart()
	{
		ThreadPartImpl threadPart = new ThreadPartImpl();
		return threadPart;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TrackedLink createTrackedLink()
	{
		TrackedLinkImpl trackedLink = new TrackedLinkImpl();
		return trackedLink;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public UtmPreset createUtmPreset()
	{
		UtmPresetImpl utmPreset = new UtmPresetImpl();
		return utmPreset;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Asset createAsset()
	{
		AssetImpl asset = new AssetImpl();
		return asset;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScheduledPublication createScheduledPublication()
	{
		ScheduledPublicationImpl scheduledPublication = new ScheduledPublicationImpl();
		return scheduledPublication;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Approval createApproval()
	{
		ApprovalImpl approval = new ApprovalImpl();
		return approval;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PublishAttempt createPublishAttempt()
	{
		PublishAttemptImpl publishAttempt = new PublishAttemptImpl();
		return publishAttempt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ContentType createContentTypeFromString(EDataType eDataType, String initialValue)
	{
		ContentType result = ContentType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertContentTypeToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PublicationState createPublicationStateFromString(EDataType eDataType, String initialValue)
	{
		PublicationState result = PublicationState.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPublicationStateToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ApprovalDecision createApprovalDecisionFromString(EDataType eDataType, String initialValue)
	{
		ApprovalDecision result = ApprovalDecision.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertApprovalDecisionToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AttemptOutcome createAttemptOutcomeFromString(EDataType eDataType, String initialValue)
	{
		AttemptOutcome result = AttemptOutcome.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAttemptOutcomeToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ContentPackage getContentPackage()
	{
		return (ContentPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static ContentPackage getPackage()
	{
		return ContentPackage.eINSTANCE;
	}

} //ContentFactoryImpl
