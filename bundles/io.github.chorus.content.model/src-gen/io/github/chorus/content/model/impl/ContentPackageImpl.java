/**
 * SPDX-License-Identifier: EPL-2.0
 * Copyright (c) 2026 the Chorus authors
 */
package io.github.chorus.content.model.impl;

import io.github.chorus.content.model.Approval;
import io.github.chorus.content.model.ApprovalDecision;
import io.github.chorus.content.model.Asset;
import io.github.chorus.content.model.AttemptOutcome;
import io.github.chorus.content.model.ContentFactory;
import io.github.chorus.content.model.ContentItem;
import io.github.chorus.content.model.ContentLibrary;
import io.github.chorus.content.model.ContentPackage;
import io.github.chorus.content.model.ContentType;
import io.github.chorus.content.model.Pillar;
import io.github.chorus.content.model.PublicationState;
import io.github.chorus.content.model.PublishAttempt;
import io.github.chorus.content.model.ScheduledPublication;
import io.github.chorus.content.model.ThreadPart;
import io.github.chorus.content.model.TrackedLink;
import io.github.chorus.content.model.UtmPreset;
import io.github.chorus.content.model.Variant;

import io.github.chorus.content.model.util.ContentValidator;

import io.github.chorus.plan.model.PlanPackage;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EGenericType;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EValidator;

import org.eclipse.emf.ecore.impl.EPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class ContentPackageImpl extends EPackageImpl implements ContentPackage
{
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass contentLibraryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass pillarEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass contentItemEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass variantEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass threadPartEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass trackedLinkEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass utmPresetEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass assetEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass scheduledPublicationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass approvalEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass publishAttemptEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum contentTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum publicationStateEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum approvalDecisionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum attemptOutcomeEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see io.github.chorus.content.model.ContentPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private ContentPackageImpl()
	{
		super(eNS_URI, ContentFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link ContentPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static ContentPackage init()
	{
		if (isInited) return (ContentPackage)EPackage.Registry.INSTANCE.getEPackage(ContentPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredContentPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		ContentPackageImpl theContentPackage = registeredContentPackage instanceof ContentPackageImpl ? (ContentPackageImpl)registeredContentPackage : new ContentPackageImpl();

		isInited = true;

		// Initialize simple dependencies
		PlanPackage.eINSTANCE.eClass();

		// Create package meta-data objects
		theContentPackage.createPackageContents();

		// Initialize created meta-data
		theContentPackage.initializePackageContents();

		// Register package validator
		EValidator.Registry.INSTANCE.put
			(theContentPackage,
			 new EValidator.Descriptor()
			 {
				 @Override
				 public EValidator getEValidator()
				 {
					 return ContentValidator.INSTANCE;
				 }
			 });

		// Mark meta-data to indicate it can't be changed
		theContentPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(ContentPackage.eNS_URI, theContentPackage);
		return theContentPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getContentLibrary()
	{
		return contentLibraryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getContentLibrary_Pillars()
	{
		return (EReference)contentLibraryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getContentLibrary_Items()
	{
		return (EReference)contentLibraryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getContentLibrary_Assets()
	{
		return (EReference)contentLibraryEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getContentLibrary_UtmPresets()
	{
		return (EReference)contentLibraryEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPillar()
	{
		return pillarEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getContentItem()
	{
		return contentItemEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContentItem_Idea()
	{
		return (EAttribute)contentItemEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContentItem_Type()
	{
		return (EAttribute)contentItemEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getContentItem_Pillar()
	{
		return (EReference)contentItemEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getContentItem_Goals()
	{
		return (EReference)contentItemEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getContentItem_Personas()
	{
		return (EReference)contentItemEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getContentItem_Campaign()
	{
		return (EReference)contentItemEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getContentItem_Tags()
	{
		return (EReference)contentItemEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getContentItem_Owner()
	{
		return (EReference)contentItemEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContentItem_CreatedAt()
	{
		return (EAttribute)contentItemEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getContentItem_Variants()
	{
		return (EReference)contentItemEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getContentItem__ServesAGoal__DiagnosticChain_Map()
	{
		return contentItemEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getVariant()
	{
		return variantEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVariant_Channel()
	{
		return (EReference)variantEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVariant_Text()
	{
		return (EAttribute)variantEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVariant_Media()
	{
		return (EReference)variantEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVariant_Links()
	{
		return (EReference)variantEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVariant_FirstComment()
	{
		return (EAttribute)variantEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVariant_ThreadParts()
	{
		return (EReference)variantEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVariant_Revision()
	{
		return (EAttribute)variantEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVariant_Publications()
	{
		return (EReference)variantEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getVariant__HasTextOrMedia__DiagnosticChain_Map()
	{
		return variantEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getVariant__SatisfiesChannelRules__DiagnosticChain_Map()
	{
		return variantEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getThreadPart()
	{
		return threadPartEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getThreadPart_Text()
	{
		return (EAttribute)threadPartEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getThreadPart_Media()
	{
		return (EReference)threadPartEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTrackedLink()
	{
		return trackedLinkEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrackedLink_Url()
	{
		return (EAttribute)trackedLinkEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrackedLink_UtmSource()
	{
		return (EAttribute)trackedLinkEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrackedLink_UtmMedium()
	{
		return (EAttribute)trackedLinkEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrackedLink_UtmCampaign()
	{
		return (EAttribute)trackedLinkEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrackedLink_UtmTerm()
	{
		return (EAttribute)trackedLinkEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrackedLink_UtmContent()
	{
		return (EAttribute)trackedLinkEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrackedLink_ShortUrl()
	{
		return (EAttribute)trackedLinkEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getTrackedLink__HasValidUrl__DiagnosticChain_Map()
	{
		return trackedLinkEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getUtmPreset()
	{
		return utmPresetEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUtmPreset_UtmSource()
	{
		return (EAttribute)utmPresetEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUtmPreset_UtmMedium()
	{
		return (EAttribute)utmPresetEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUtmPreset_UtmCampaign()
	{
		return (EAttribute)utmPresetEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUtmPreset_UtmTerm()
	{
		return (EAttribute)utmPresetEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUtmPreset_UtmContent()
	{
		return (EAttribute)utmPresetEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAsset()
	{
		return assetEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAsset_Uri()
	{
		return (EAttribute)assetEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAsset_MimeType()
	{
		return (EAttribute)assetEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAsset_SizeBytes()
	{
		return (EAttribute)assetEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAsset_Width()
	{
		return (EAttribute)assetEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAsset_Height()
	{
		return (EAttribute)assetEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAsset_DurationMillis()
	{
		return (EAttribute)assetEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAsset_AltText()
	{
		return (EAttribute)assetEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAsset_Sha256()
	{
		return (EAttribute)assetEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getAsset__HasMimeTypeAndAltText__DiagnosticChain_Map()
	{
		return assetEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getScheduledPublication()
	{
		return scheduledPublicationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScheduledPublication_ScheduledAt()
	{
		return (EAttribute)scheduledPublicationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScheduledPublication_TimeZone()
	{
		return (EAttribute)scheduledPublicationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScheduledPublication_State()
	{
		return (EAttribute)scheduledPublicationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScheduledPublication_Approvals()
	{
		return (EReference)scheduledPublicationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScheduledPublication_Attempts()
	{
		return (EReference)scheduledPublicationEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScheduledPublication_RemoteId()
	{
		return (EAttribute)scheduledPublicationEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScheduledPublication_RemoteUrl()
	{
		return (EAttribute)scheduledPublicationEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScheduledPublication_PublishedAt()
	{
		return (EAttribute)scheduledPublicationEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getScheduledPublication__HasTimeZone__DiagnosticChain_Map()
	{
		return scheduledPublicationEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getScheduledPublication__HasScheduleWhenScheduled__DiagnosticChain_Map()
	{
		return scheduledPublicationEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getScheduledPublication__IsApprovedWhenScheduled__DiagnosticChain_Map()
	{
		return scheduledPublicationEClass.getEOperations().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getApproval()
	{
		return approvalEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getApproval_Approver()
	{
		return (EReference)approvalEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getApproval_DecidedAt()
	{
		return (EAttribute)approvalEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getApproval_Decision()
	{
		return (EAttribute)approvalEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getApproval_VariantRevision()
	{
		return (EAttribute)approvalEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getApproval_Comment()
	{
		return (EAttribute)approvalEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPublishAttempt()
	{
		return publishAttemptEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPublishAttempt_StartedAt()
	{
		return (EAttribute)publishAttemptEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPublishAttempt_Outcome()
	{
		return (EAttribute)publishAttemptEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPublishAttempt_RemoteId()
	{
		return (EAttribute)publishAttemptEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPublishAttempt_RemoteUrl()
	{
		return (EAttribute)publishAttemptEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPublishAttempt_Message()
	{
		return (EAttribute)publishAttemptEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getContentType()
	{
		return contentTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPublicationState()
	{
		return publicationStateEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getApprovalDecision()
	{
		return approvalDecisionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAttemptOutcome()
	{
		return attemptOutcomeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ContentFactory getContentFactory()
	{
		return (ContentFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents()
	{
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		contentLibraryEClass = createEClass(CONTENT_LIBRARY);
		createEReference(contentLibraryEClass, CONTENT_LIBRARY__PILLARS);
		createEReference(contentLibraryEClass, CONTENT_LIBRARY__ITEMS);
		createEReference(contentLibraryEClass, CONTENT_LIBRARY__ASSETS);
		createEReference(contentLibraryEClass, CONTENT_LIBRARY__UTM_PRESETS);

		pillarEClass = createEClass(PILLAR);

		contentItemEClass = createEClass(CONTENT_ITEM);
		createEAttribute(contentItemEClass, CONTENT_ITEM__IDEA);
		createEAttribute(contentItemEClass, CONTENT_ITEM__TYPE);
		createEReference(contentItemEClass, CONTENT_ITEM__PILLAR);
		createEReference(contentItemEClass, CONTENT_ITEM__GOALS);
		createEReference(contentItemEClass, CONTENT_ITEM__PERSONAS);
		createEReference(contentItemEClass, CONTENT_ITEM__CAMPAIGN);
		createEReference(contentItemEClass, CONTENT_ITEM__TAGS);
		createEReference(contentItemEClass, CONTENT_ITEM__OWNER);
		createEAttribute(contentItemEClass, CONTENT_ITEM__CREATED_AT);
		createEReference(contentItemEClass, CONTENT_ITEM__VARIANTS);
		createEOperation(contentItemEClass, CONTENT_ITEM___SERVES_AGOAL__DIAGNOSTICCHAIN_MAP);

		variantEClass = createEClass(VARIANT);
		createEReference(variantEClass, VARIANT__CHANNEL);
		createEAttribute(variantEClass, VARIANT__TEXT);
		createEReference(variantEClass, VARIANT__MEDIA);
		createEReference(variantEClass, VARIANT__LINKS);
		createEAttribute(variantEClass, VARIANT__FIRST_COMMENT);
		createEReference(variantEClass, VARIANT__THREAD_PARTS);
		createEAttribute(variantEClass, VARIANT__REVISION);
		createEReference(variantEClass, VARIANT__PUBLICATIONS);
		createEOperation(variantEClass, VARIANT___HAS_TEXT_OR_MEDIA__DIAGNOSTICCHAIN_MAP);
		createEOperation(variantEClass, VARIANT___SATISFIES_CHANNEL_RULES__DIAGNOSTICCHAIN_MAP);

		threadPartEClass = createEClass(THREAD_PART);
		createEAttribute(threadPartEClass, THREAD_PART__TEXT);
		createEReference(threadPartEClass, THREAD_PART__MEDIA);

		trackedLinkEClass = createEClass(TRACKED_LINK);
		createEAttribute(trackedLinkEClass, TRACKED_LINK__URL);
		createEAttribute(trackedLinkEClass, TRACKED_LINK__UTM_SOURCE);
		createEAttribute(trackedLinkEClass, TRACKED_LINK__UTM_MEDIUM);
		createEAttribute(trackedLinkEClass, TRACKED_LINK__UTM_CAMPAIGN);
		createEAttribute(trackedLinkEClass, TRACKED_LINK__UTM_TERM);
		createEAttribute(trackedLinkEClass, TRACKED_LINK__UTM_CONTENT);
		createEAttribute(trackedLinkEClass, TRACKED_LINK__SHORT_URL);
		createEOperation(trackedLinkEClass, TRACKED_LINK___HAS_VALID_URL__DIAGNOSTICCHAIN_MAP);

		utmPresetEClass = createEClass(UTM_PRESET);
		createEAttribute(utmPresetEClass, UTM_PRESET__UTM_SOURCE);
		createEAttribute(utmPresetEClass, UTM_PRESET__UTM_MEDIUM);
		createEAttribute(utmPresetEClass, UTM_PRESET__UTM_CAMPAIGN);
		createEAttribute(utmPresetEClass, UTM_PRESET__UTM_TERM);
		createEAttribute(utmPresetEClass, UTM_PRESET__UTM_CONTENT);

		assetEClass = createEClass(ASSET);
		createEAttribute(assetEClass, ASSET__URI);
		createEAttribute(assetEClass, ASSET__MIME_TYPE);
		createEAttribute(assetEClass, ASSET__SIZE_BYTES);
		createEAttribute(assetEClass, ASSET__WIDTH);
		createEAttribute(assetEClass, ASSET__HEIGHT);
		createEAttribute(assetEClass, ASSET__DURATION_MILLIS);
		createEAttribute(assetEClass, ASSET__ALT_TEXT);
		createEAttribute(assetEClass, ASSET__SHA256);
		createEOperation(assetEClass, ASSET___HAS_MIME_TYPE_AND_ALT_TEXT__DIAGNOSTICCHAIN_MAP);

		scheduledPublicationEClass = createEClass(SCHEDULED_PUBLICATION);
		createEAttribute(scheduledPublicationEClass, SCHEDULED_PUBLICATION__SCHEDULED_AT);
		createEAttribute(scheduledPublicationEClass, SCHEDULED_PUBLICATION__TIME_ZONE);
		createEAttribute(scheduledPublicationEClass, SCHEDULED_PUBLICATION__STATE);
		createEReference(scheduledPublicationEClass, SCHEDULED_PUBLICATION__APPROVALS);
		createEReference(scheduledPublicationEClass, SCHEDULED_PUBLICATION__ATTEMPTS);
		createEAttribute(scheduledPublicationEClass, SCHEDULED_PUBLICATION__REMOTE_ID);
		createEAttribute(scheduledPublicationEClass, SCHEDULED_PUBLICATION__REMOTE_URL);
		createEAttribute(scheduledPublicationEClass, SCHEDULED_PUBLICATION__PUBLISHED_AT);
		createEOperation(scheduledPublicationEClass, SCHEDULED_PUBLICATION___HAS_TIME_ZONE__DIAGNOSTICCHAIN_MAP);
		createEOperation(scheduledPublicationEClass, SCHEDULED_PUBLICATION___HAS_SCHEDULE_WHEN_SCHEDULED__DIAGNOSTICCHAIN_MAP);
		createEOperation(scheduledPublicationEClass, SCHEDULED_PUBLICATION___IS_APPROVED_WHEN_SCHEDULED__DIAGNOSTICCHAIN_MAP);

		approvalEClass = createEClass(APPROVAL);
		createEReference(approvalEClass, APPROVAL__APPROVER);
		createEAttribute(approvalEClass, APPROVAL__DECIDED_AT);
		createEAttribute(approvalEClass, APPROVAL__DECISION);
		createEAttribute(approvalEClass, APPROVAL__VARIANT_REVISION);
		createEAttribute(approvalEClass, APPROVAL__COMMENT);

		publishAttemptEClass = createEClass(PUBLISH_ATTEMPT);
		createEAttribute(publishAttemptEClass, PUBLISH_ATTEMPT__STARTED_AT);
		createEAttribute(publishAttemptEClass, PUBLISH_ATTEMPT__OUTCOME);
		createEAttribute(publishAttemptEClass, PUBLISH_ATTEMPT__REMOTE_ID);
		createEAttribute(publishAttemptEClass, PUBLISH_ATTEMPT__REMOTE_URL);
		createEAttribute(publishAttemptEClass, PUBLISH_ATTEMPT__MESSAGE);

		// Create enums
		contentTypeEEnum = createEEnum(CONTENT_TYPE);
		publicationStateEEnum = createEEnum(PUBLICATION_STATE);
		approvalDecisionEEnum = createEEnum(APPROVAL_DECISION);
		attemptOutcomeEEnum = createEEnum(ATTEMPT_OUTCOME);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents()
	{
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Obtain other dependent packages
		PlanPackage thePlanPackage = (PlanPackage)EPackage.Registry.INSTANCE.getEPackage(PlanPackage.eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		contentLibraryEClass.getESuperTypes().add(thePlanPackage.getNamed());
		pillarEClass.getESuperTypes().add(thePlanPackage.getNamed());
		contentItemEClass.getESuperTypes().add(thePlanPackage.getNamed());
		variantEClass.getESuperTypes().add(thePlanPackage.getIdentified());
		threadPartEClass.getESuperTypes().add(thePlanPackage.getIdentified());
		trackedLinkEClass.getESuperTypes().add(thePlanPackage.getIdentified());
		utmPresetEClass.getESuperTypes().add(thePlanPackage.getNamed());
		assetEClass.getESuperTypes().add(thePlanPackage.getNamed());
		scheduledPublicationEClass.getESuperTypes().add(thePlanPackage.getIdentified());
		approvalEClass.getESuperTypes().add(thePlanPackage.getIdentified());
		publishAttemptEClass.getESuperTypes().add(thePlanPackage.getIdentified());

		// Initialize classes, features, and operations; add parameters
		initEClass(contentLibraryEClass, ContentLibrary.class, "ContentLibrary", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getContentLibrary_Pillars(), this.getPillar(), null, "pillars", null, 0, -1, ContentLibrary.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getContentLibrary_Items(), this.getContentItem(), null, "items", null, 0, -1, ContentLibrary.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getContentLibrary_Assets(), this.getAsset(), null, "assets", null, 0, -1, ContentLibrary.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getContentLibrary_UtmPresets(), this.getUtmPreset(), null, "utmPresets", null, 0, -1, ContentLibrary.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(pillarEClass, Pillar.class, "Pillar", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$

		initEClass(contentItemEClass, ContentItem.class, "ContentItem", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getContentItem_Idea(), ecorePackage.getEString(), "idea", null, 0, 1, ContentItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getContentItem_Type(), this.getContentType(), "type", null, 0, 1, ContentItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getContentItem_Pillar(), this.getPillar(), null, "pillar", null, 0, 1, ContentItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getContentItem_Goals(), thePlanPackage.getGoal(), null, "goals", null, 0, -1, ContentItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getContentItem_Personas(), thePlanPackage.getPersona(), null, "personas", null, 0, -1, ContentItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getContentItem_Campaign(), thePlanPackage.getCampaign(), null, "campaign", null, 0, 1, ContentItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getContentItem_Tags(), thePlanPackage.getTag(), null, "tags", null, 0, -1, ContentItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getContentItem_Owner(), thePlanPackage.getMember(), null, "owner", null, 0, 1, ContentItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getContentItem_CreatedAt(), thePlanPackage.getInstant(), "createdAt", null, 0, 1, ContentItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getContentItem_Variants(), this.getVariant(), null, "variants", null, 0, -1, ContentItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		EOperation op = initEOperation(getContentItem__ServesAGoal__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "servesAGoal", 0, 1, IS_UNIQUE, IS_ORDERED); //$NON-NLS-1$
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED); //$NON-NLS-1$
		EGenericType g1 = createEGenericType(ecorePackage.getEMap());
		EGenericType g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED); //$NON-NLS-1$

		initEClass(variantEClass, Variant.class, "Variant", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getVariant_Channel(), thePlanPackage.getChannelPresence(), null, "channel", null, 1, 1, Variant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getVariant_Text(), ecorePackage.getEString(), "text", null, 0, 1, Variant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getVariant_Media(), this.getAsset(), null, "media", null, 0, -1, Variant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getVariant_Links(), this.getTrackedLink(), null, "links", null, 0, -1, Variant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getVariant_FirstComment(), ecorePackage.getEString(), "firstComment", null, 0, 1, Variant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getVariant_ThreadParts(), this.getThreadPart(), null, "threadParts", null, 0, -1, Variant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getVariant_Revision(), ecorePackage.getEInt(), "revision", "1", 0, 1, Variant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEReference(getVariant_Publications(), this.getScheduledPublication(), null, "publications", null, 0, -1, Variant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		op = initEOperation(getVariant__HasTextOrMedia__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "hasTextOrMedia", 0, 1, IS_UNIQUE, IS_ORDERED); //$NON-NLS-1$
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED); //$NON-NLS-1$
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED); //$NON-NLS-1$

		op = initEOperation(getVariant__SatisfiesChannelRules__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "satisfiesChannelRules", 0, 1, IS_UNIQUE, IS_ORDERED); //$NON-NLS-1$
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED); //$NON-NLS-1$
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED); //$NON-NLS-1$

		initEClass(threadPartEClass, ThreadPart.class, "ThreadPart", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getThreadPart_Text(), ecorePackage.getEString(), "text", null, 0, 1, ThreadPart.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getThreadPart_Media(), this.getAsset(), null, "media", null, 0, -1, ThreadPart.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(trackedLinkEClass, TrackedLink.class, "TrackedLink", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getTrackedLink_Url(), ecorePackage.getEString(), "url", null, 0, 1, TrackedLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getTrackedLink_UtmSource(), ecorePackage.getEString(), "utmSource", null, 0, 1, TrackedLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getTrackedLink_UtmMedium(), ecorePackage.getEString(), "utmMedium", null, 0, 1, TrackedLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getTrackedLink_UtmCampaign(), ecorePackage.getEString(), "utmCampaign", null, 0, 1, TrackedLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getTrackedLink_UtmTerm(), ecorePackage.getEString(), "utmTerm", null, 0, 1, TrackedLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getTrackedLink_UtmContent(), ecorePackage.getEString(), "utmContent", null, 0, 1, TrackedLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getTrackedLink_ShortUrl(), ecorePackage.getEString(), "shortUrl", null, 0, 1, TrackedLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		op = initEOperation(getTrackedLink__HasValidUrl__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "hasValidUrl", 0, 1, IS_UNIQUE, IS_ORDERED); //$NON-NLS-1$
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED); //$NON-NLS-1$
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED); //$NON-NLS-1$

		initEClass(utmPresetEClass, UtmPreset.class, "UtmPreset", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getUtmPreset_UtmSource(), ecorePackage.getEString(), "utmSource", null, 0, 1, UtmPreset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getUtmPreset_UtmMedium(), ecorePackage.getEString(), "utmMedium", null, 0, 1, UtmPreset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getUtmPreset_UtmCampaign(), ecorePackage.getEString(), "utmCampaign", null, 0, 1, UtmPreset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getUtmPreset_UtmTerm(), ecorePackage.getEString(), "utmTerm", null, 0, 1, UtmPreset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getUtmPreset_UtmContent(), ecorePackage.getEString(), "utmContent", null, 0, 1, UtmPreset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(assetEClass, Asset.class, "Asset", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getAsset_Uri(), ecorePackage.getEString(), "uri", null, 0, 1, Asset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getAsset_MimeType(), ecorePackage.getEString(), "mimeType", null, 0, 1, Asset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getAsset_SizeBytes(), ecorePackage.getELong(), "sizeBytes", null, 0, 1, Asset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getAsset_Width(), ecorePackage.getEInt(), "width", null, 0, 1, Asset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getAsset_Height(), ecorePackage.getEInt(), "height", null, 0, 1, Asset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getAsset_DurationMillis(), ecorePackage.getELong(), "durationMillis", null, 0, 1, Asset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getAsset_AltText(), ecorePackage.getEString(), "altText", null, 0, 1, Asset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getAsset_Sha256(), ecorePackage.getEString(), "sha256", null, 0, 1, Asset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		op = initEOperation(getAsset__HasMimeTypeAndAltText__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "hasMimeTypeAndAltText", 0, 1, IS_UNIQUE, IS_ORDERED); //$NON-NLS-1$
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED); //$NON-NLS-1$
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED); //$NON-NLS-1$

		initEClass(scheduledPublicationEClass, ScheduledPublication.class, "ScheduledPublication", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getScheduledPublication_ScheduledAt(), thePlanPackage.getInstant(), "scheduledAt", null, 0, 1, ScheduledPublication.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getScheduledPublication_TimeZone(), ecorePackage.getEString(), "timeZone", null, 0, 1, ScheduledPublication.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getScheduledPublication_State(), this.getPublicationState(), "state", null, 0, 1, ScheduledPublication.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getScheduledPublication_Approvals(), this.getApproval(), null, "approvals", null, 0, -1, ScheduledPublication.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getScheduledPublication_Attempts(), this.getPublishAttempt(), null, "attempts", null, 0, -1, ScheduledPublication.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getScheduledPublication_RemoteId(), ecorePackage.getEString(), "remoteId", null, 0, 1, ScheduledPublication.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getScheduledPublication_RemoteUrl(), ecorePackage.getEString(), "remoteUrl", null, 0, 1, ScheduledPublication.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getScheduledPublication_PublishedAt(), thePlanPackage.getInstant(), "publishedAt", null, 0, 1, ScheduledPublication.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		op = initEOperation(getScheduledPublication__HasTimeZone__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "hasTimeZone", 0, 1, IS_UNIQUE, IS_ORDERED); //$NON-NLS-1$
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED); //$NON-NLS-1$
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED); //$NON-NLS-1$

		op = initEOperation(getScheduledPublication__HasScheduleWhenScheduled__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "hasScheduleWhenScheduled", 0, 1, IS_UNIQUE, IS_ORDERED); //$NON-NLS-1$
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED); //$NON-NLS-1$
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED); //$NON-NLS-1$

		op = initEOperation(getScheduledPublication__IsApprovedWhenScheduled__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "isApprovedWhenScheduled", 0, 1, IS_UNIQUE, IS_ORDERED); //$NON-NLS-1$
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED); //$NON-NLS-1$
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED); //$NON-NLS-1$

		initEClass(approvalEClass, Approval.class, "Approval", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getApproval_Approver(), thePlanPackage.getMember(), null, "approver", null, 0, 1, Approval.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getApproval_DecidedAt(), thePlanPackage.getInstant(), "decidedAt", null, 0, 1, Approval.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getApproval_Decision(), this.getApprovalDecision(), "decision", null, 0, 1, Approval.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getApproval_VariantRevision(), ecorePackage.getEInt(), "variantRevision", null, 0, 1, Approval.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getApproval_Comment(), ecorePackage.getEString(), "comment", null, 0, 1, Approval.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(publishAttemptEClass, PublishAttempt.class, "PublishAttempt", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getPublishAttempt_StartedAt(), thePlanPackage.getInstant(), "startedAt", null, 0, 1, PublishAttempt.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPublishAttempt_Outcome(), this.getAttemptOutcome(), "outcome", null, 0, 1, PublishAttempt.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPublishAttempt_RemoteId(), ecorePackage.getEString(), "remoteId", null, 0, 1, PublishAttempt.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPublishAttempt_RemoteUrl(), ecorePackage.getEString(), "remoteUrl", null, 0, 1, PublishAttempt.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPublishAttempt_Message(), ecorePackage.getEString(), "message", null, 0, 1, PublishAttempt.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		// Initialize enums and add enum literals
		initEEnum(contentTypeEEnum, ContentType.class, "ContentType"); //$NON-NLS-1$
		addEEnumLiteral(contentTypeEEnum, ContentType.TEXT);
		addEEnumLiteral(contentTypeEEnum, ContentType.IMAGE);
		addEEnumLiteral(contentTypeEEnum, ContentType.VIDEO);
		addEEnumLiteral(contentTypeEEnum, ContentType.LINK);
		addEEnumLiteral(contentTypeEEnum, ContentType.CAROUSEL);
		addEEnumLiteral(contentTypeEEnum, ContentType.STORY);
		addEEnumLiteral(contentTypeEEnum, ContentType.REEL);
		addEEnumLiteral(contentTypeEEnum, ContentType.POLL);
		addEEnumLiteral(contentTypeEEnum, ContentType.ARTICLE);
		addEEnumLiteral(contentTypeEEnum, ContentType.LIVE);

		initEEnum(publicationStateEEnum, PublicationState.class, "PublicationState"); //$NON-NLS-1$
		addEEnumLiteral(publicationStateEEnum, PublicationState.DRAFT);
		addEEnumLiteral(publicationStateEEnum, PublicationState.IN_REVIEW);
		addEEnumLiteral(publicationStateEEnum, PublicationState.APPROVED);
		addEEnumLiteral(publicationStateEEnum, PublicationState.SCHEDULED);
		addEEnumLiteral(publicationStateEEnum, PublicationState.PUBLISHING);
		addEEnumLiteral(publicationStateEEnum, PublicationState.PUBLISHED);
		addEEnumLiteral(publicationStateEEnum, PublicationState.FAILED);
		addEEnumLiteral(publicationStateEEnum, PublicationState.CANCELLED);

		initEEnum(approvalDecisionEEnum, ApprovalDecision.class, "ApprovalDecision"); //$NON-NLS-1$
		addEEnumLiteral(approvalDecisionEEnum, ApprovalDecision.APPROVED);
		addEEnumLiteral(approvalDecisionEEnum, ApprovalDecision.CHANGES_REQUESTED);
		addEEnumLiteral(approvalDecisionEEnum, ApprovalDecision.REJECTED);

		initEEnum(attemptOutcomeEEnum, AttemptOutcome.class, "AttemptOutcome"); //$NON-NLS-1$
		addEEnumLiteral(attemptOutcomeEEnum, AttemptOutcome.SUCCESS);
		addEEnumLiteral(attemptOutcomeEEnum, AttemptOutcome.TRANSIENT_ERROR);
		addEEnumLiteral(attemptOutcomeEEnum, AttemptOutcome.RATE_LIMITED);
		addEEnumLiteral(attemptOutcomeEEnum, AttemptOutcome.AUTH_ERROR);
		addEEnumLiteral(attemptOutcomeEEnum, AttemptOutcome.REJECTED);
		addEEnumLiteral(attemptOutcomeEEnum, AttemptOutcome.UNKNOWN);

		// Create resource
		createResource(eNS_URI);
	}

} //ContentPackageImpl
