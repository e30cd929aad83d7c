/**
 * SPDX-License-Identifier: EPL-2.0
 * Copyright (c) 2026 the Chorus authors
 */
package io.github.chorus.community.model.impl;

import io.github.chorus.community.model.CommunityFactory;
import io.github.chorus.community.model.CommunityPackage;
import io.github.chorus.community.model.Contact;
import io.github.chorus.community.model.HandoffState;
import io.github.chorus.community.model.Inbox;
import io.github.chorus.community.model.Lead;
import io.github.chorus.community.model.LeadQualification;
import io.github.chorus.community.model.Message;
import io.github.chorus.community.model.MessageDirection;
import io.github.chorus.community.model.MessageThread;
import io.github.chorus.community.model.ReplyTemplate;
import io.github.chorus.community.model.ResponseTarget;
import io.github.chorus.community.model.ThreadKind;
import io.github.chorus.community.model.ThreadStatus;

import io.github.chorus.community.model.util.CommunityValidator;

import io.github.chorus.content.model.ContentPackage;

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
public class CommunityPackageImpl extends EPackageImpl implements CommunityPackage
{
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass inboxEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass contactEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass messageThreadEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass messageEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass replyTemplateEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass responseTargetEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass leadEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum threadKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum threadStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum messageDirectionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum leadQualificationEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum handoffStateEEnum = null;

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
	 * @see io.github.chorus.community.model.CommunityPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private CommunityPackageImpl()
	{
		super(eNS_URI, CommunityFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link CommunityPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static CommunityPackage init()
	{
		if (isInited) return (CommunityPackage)EPackage.Registry.INSTANCE.getEPackage(CommunityPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredCommunityPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		CommunityPackageImpl theCommunityPackage = registeredCommunityPackage instanceof CommunityPackageImpl ? (CommunityPackageImpl)registeredCommunityPackage : new CommunityPackageImpl();

		isInited = true;

		// Initialize simple dependencies
		PlanPackage.eINSTANCE.eClass();
		ContentPackage.eINSTANCE.eClass();

		// Create package meta-data objects
		theCommunityPackage.createPackageContents();

		// Initialize created meta-data
		theCommunityPackage.initializePackageContents();

		// Register package validator
		EValidator.Registry.INSTANCE.put
			(theCommunityPackage,
			 new EValidator.Descriptor()
			 {
				 @Override
				 public EValidator getEValidator()
				 {
					 return CommunityValidator.INSTANCE;
				 }
			 });

		// Mark meta-data to indicate it can't be changed
		theCommunityPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(CommunityPackage.eNS_URI, theCommunityPackage);
		return theCommunityPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInbox()
	{
		return inboxEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInbox_Contacts()
	{
		return (EReference)inboxEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInbox_Threads()
	{
		return (EReference)inboxEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInbox_Templates()
	{
		return (EReference)inboxEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInbox_ResponseTargets()
	{
		return (EReference)inboxEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInbox_Leads()
	{
		return (EReference)inboxEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getContact()
	{
		return contactEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_Handle()
	{
		return (EAttribute)contactEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getContact_Channel()
	{
		return (EReference)contactEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_RemoteId()
	{
		return (EAttribute)contactEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_Email()
	{
		return (EAttribute)contactEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getContact_Persona()
	{
		return (EReference)contactEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_Notes()
	{
		return (EAttribute)contactEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMessageThread()
	{
		return messageThreadEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMessageThread_Channel()
	{
		return (EReference)messageThreadEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMessageThread_Kind()
	{
		return (EAttribute)messageThreadEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMessageThread_Status()
	{
		return (EAttribute)messageThreadEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMessageThread_Subject()
	{
		return (EAttribute)messageThreadEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMessageThread_RemoteId()
	{
		return (EAttribute)messageThreadEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMessageThread_OpenedAt()
	{
		return (EAttribute)messageThreadEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMessageThread_Assignee()
	{
		return (EReference)messageThreadEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMessageThread_Tags()
	{
		return (EReference)messageThreadEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMessageThread_Publication()
	{
		return (EReference)messageThreadEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMessageThread_Messages()
	{
		return (EReference)messageThreadEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getMessageThread__HasAssigneeWhenAssigned__DiagnosticChain_Map()
	{
		return messageThreadEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMessage()
	{
		return messageEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMessage_Direction()
	{
		return (EAttribute)messageEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMessage_Author()
	{
		return (EReference)messageEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMessage_Sender()
	{
		return (EReference)messageEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMessage_RemoteId()
	{
		return (EAttribute)messageEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMessage_Text()
	{
		return (EAttribute)messageEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMessage_SentAt()
	{
		return (EAttribute)messageEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMessage_Sentiment()
	{
		return (EAttribute)messageEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMessage_Hidden()
	{
		return (EAttribute)messageEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getMessage__HasValidSentimentAndAuthor__DiagnosticChain_Map()
	{
		return messageEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getReplyTemplate()
	{
		return replyTemplateEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReplyTemplate_Text()
	{
		return (EAttribute)replyTemplateEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReplyTemplate_Locale()
	{
		return (EAttribute)replyTemplateEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReplyTemplate_Tags()
	{
		return (EReference)replyTemplateEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getResponseTarget()
	{
		return responseTargetEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getResponseTarget_Channel()
	{
		return (EReference)responseTargetEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResponseTarget_FirstResponseMinutes()
	{
		return (EAttribute)responseTargetEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResponseTarget_BusinessHoursOnly()
	{
		return (EAttribute)responseTargetEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLead()
	{
		return leadEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLead_Contact()
	{
		return (EReference)leadEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLead_SourceThread()
	{
		return (EReference)leadEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLead_Campaign()
	{
		return (EReference)leadEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLead_Qualification()
	{
		return (EAttribute)leadEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLead_Handoff()
	{
		return (EAttribute)leadEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLead_SalesOwner()
	{
		return (EAttribute)leadEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLead_Owner()
	{
		return (EReference)leadEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLead_CreatedAt()
	{
		return (EAttribute)leadEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLead_EstimatedValue()
	{
		return (EAttribute)leadEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLead_Notes()
	{
		return (EAttribute)leadEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getLead__HasSalesOwnerWhenHandedOff__DiagnosticChain_Map()
	{
		return leadEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getThreadKind()
	{
		return threadKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getThreadStatus()
	{
		return threadStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getMessageDirection()
	{
		return messageDirectionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getLeadQualification()
	{
		return leadQualificationEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getHandoffState()
	{
		return handoffStateEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CommunityFactory getCommunityFactory()
	{
		return (CommunityFactory)getEFactoryInstance();
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
		inboxEClass = createEClass(INBOX);
		createEReference(inboxEClass, INBOX__CONTACTS);
		createEReference(inboxEClass, INBOX__THREADS);
		createEReference(inboxEClass, INBOX__TEMPLATES);
		createEReference(inboxEClass, INBOX__RESPONSE_TARGETS);
		createEReference(inboxEClass, INBOX__LEADS);

		contactEClass = createEClass(CONTACT);
		createEAttribute(contactEClass, CONTACT__HANDLE);
		createEReference(contactEClass, CONTACT__CHANNEL);
		createEAttribute(contactEClass, CONTACT__REMOTE_ID);
		createEAttribute(contactEClass, CONTACT__EMAIL);
		createEReference(contactEClass, CONTACT__PERSONA);
		createEAttribute(contactEClass, CONTACT__NOTES);

		messageThreadEClass = createEClass(MESSAGE_THREAD);
		createEReference(messageThreadEClass, MESSAGE_THREAD__CHANNEL);
		createEAttribute(messageThreadEClass, MESSAGE_THREAD__KIND);
		createEAttribute(messageThreadEClass, MESSAGE_THREAD__STATUS);
		createEAttribute(messageThreadEClass, MESSAGE_THREAD__SUBJECT);
		createEAttribute(messageThreadEClass, MESSAGE_THREAD__REMOTE_ID);
		createEAttribute(messageThreadEClass, MESSAGE_THREAD__OPENED_AT);
		createEReference(messageThreadEClass, MESSAGE_THREAD__ASSIGNEE);
		createEReference(messageThreadEClass, MESSAGE_THREAD__TAGS);
		createEReference(messageThreadEClass, MESSAGE_THREAD__PUBLICATION);
		createEReference(messageThreadEClass, MESSAGE_THREAD__MESSAGES);
		createEOperation(messageThreadEClass, MESSAGE_THREAD___HAS_ASSIGNEE_WHEN_ASSIGNED__DIAGNOSTICCHAIN_MAP);

		messageEClass = createEClass(MESSAGE);
		createEAttribute(messageEClass, MESSAGE__DIRECTION);
		createEReference(messageEClass, MESSAGE__AUTHOR);
		createEReference(messageEClass, MESSAGE__SENDER);
		createEAttribute(messageEClass, MESSAGE__REMOTE_ID);
		createEAttribute(messageEClass, MESSAGE__TEXT);
		createEAttribute(messageEClass, MESSAGE__SENT_AT);
		createEAttribute(messageEClass, MESSAGE__SENTIMENT);
		createEAttribute(messageEClass, MESSAGE__HIDDEN);
		createEOperation(messageEClass, MESSAGE___HAS_VALID_SENTIMENT_AND_AUTHOR__DIAGNOSTICCHAIN_MAP);

		replyTemplateEClass = createEClass(REPLY_TEMPLATE);
		createEAttribute(replyTemplateEClass, REPLY_TEMPLATE__TEXT);
		createEAttribute(replyTemplateEClass, REPLY_TEMPLATE__LOCALE);
		createEReference(replyTemplateEClass, REPLY_TEMPLATE__TAGS);

		responseTargetEClass = createEClass(RESPONSE_TARGET);
		createEReference(responseTargetEClass, RESPONSE_TARGET__CHANNEL);
		createEAttribute(responseTargetEClass, RESPONSE_TARGET__FIRST_RESPONSE_MINUTES);
		createEAttribute(responseTargetEClass, RESPONSE_TARGET__BUSINESS_HOURS_ONLY);

		leadEClass = createEClass(LEAD);
		createEReference(leadEClass, LEAD__CONTACT);
		createEReference(leadEClass, LEAD__SOURCE_THREAD);
		createEReference(leadEClass, LEAD__CAMPAIGN);
		createEAttribute(leadEClass, LEAD__QUALIFICATION);
		createEAttribute(leadEClass, LEAD__HANDOFF);
		createEAttribute(leadEClass, LEAD__SALES_OWNER);
		createEReference(leadEClass, LEAD__OWNER);
		createEAttribute(leadEClass, LEAD__CREATED_AT);
		createEAttribute(leadEClass, LEAD__ESTIMATED_VALUE);
		createEAttribute(leadEClass, LEAD__NOTES);
		createEOperation(leadEClass, LEAD___HAS_SALES_OWNER_WHEN_HANDED_OFF__DIAGNOSTICCHAIN_MAP);

		// Create enums
		threadKindEEnum = createEEnum(THREAD_KIND);
		threadStatusEEnum = createEEnum(THREAD_STATUS);
		messageDirectionEEnum = createEEnum(MESSAGE_DIRECTION);
		leadQualificationEEnum = createEEnum(LEAD_QUALIFICATION);
		handoffStateEEnum = createEEnum(HANDOFF_STATE);
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
		ContentPackage theContentPackage = (ContentPackage)EPackage.Registry.INSTANCE.getEPackage(ContentPackage.eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		inboxEClass.getESuperTypes().add(thePlanPackage.getNamed());
		contactEClass.getESuperTypes().add(thePlanPackage.getNamed());
		messageThreadEClass.getESuperTypes().add(thePlanPackage.getIdentified());
		messageEClass.getESuperTypes().add(thePlanPackage.getIdentified());
		replyTemplateEClass.getESuperTypes().add(thePlanPackage.getNamed());
		responseTargetEClass.getESuperTypes().add(thePlanPackage.getIdentified());
		leadEClass.getESuperTypes().add(thePlanPackage.getIdentified());

		// Initialize classes, features, and operations; add parameters
		initEClass(inboxEClass, Inbox.class, "Inbox", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getInbox_Contacts(), this.getContact(), null, "contacts", null, 0, -1, Inbox.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getInbox_Threads(), this.getMessageThread(), null, "threads", null, 0, -1, Inbox.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getInbox_Templates(), this.getReplyTemplate(), null, "templates", null, 0, -1, Inbox.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getInbox_ResponseTargets(), this.getResponseTarget(), null, "responseTargets", null, 0, -1, Inbox.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getInbox_Leads(), this.getLead(), null, "leads", null, 0, -1, Inbox.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(contactEClass, Contact.class, "Contact", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getContact_Handle(), ecorePackage.getEString(), "handle", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getContact_Channel(), thePlanPackage.getChannelPresence(), null, "channel", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getContact_RemoteId(), ecorePackage.getEString(), "remoteId", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getContact_Email(), ecorePackage.getEString(), "email", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getContact_Persona(), thePlanPackage.getPersona(), null, "persona", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getContact_Notes(), ecorePackage.getEString(), "notes", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(messageThreadEClass, MessageThread.class, "MessageThread", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getMessageThread_Channel(), thePlanPackage.getChannelPresence(), null, "channel", null, 1, 1, MessageThread.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMessageThread_Kind(), this.getThreadKind(), "kind", null, 0, 1, MessageThread.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMessageThread_Status(), this.getThreadStatus(), "status", null, 0, 1, MessageThread.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMessageThread_Subject(), ecorePackage.getEString(), "subject", null, 0, 1, MessageThread.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMessageThread_RemoteId(), ecorePackage.getEString(), "remoteId", null, 0, 1, MessageThread.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMessageThread_OpenedAt(), thePlanPackage.getInstant(), "openedAt", null, 0, 1, MessageThread.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getMessageThread_Assignee(), thePlanPackage.getMember(), null, "assignee", null, 0, 1, MessageThread.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getMessageThread_Tags(), thePlanPackage.getTag(), null, "tags", null, 0, -1, MessageThread.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getMessageThread_Publication(), theContentPackage.getScheduledPublication(), null, "publication", null, 0, 1, MessageThread.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getMessageThread_Messages(), this.getMessage(), null, "messages", null, 0, -1, MessageThread.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		EOperation op = initEOperation(getMessageThread__HasAssigneeWhenAssigned__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "hasAssigneeWhenAssigned", 0, 1, IS_UNIQUE, IS_ORDERED); //$NON-NLS-1$
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED); //$NON-NLS-1$
		EGenericType g1 = createEGenericType(ecorePackage.getEMap());
		EGenericType g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED); //$NON-NLS-1$

		initEClass(messageEClass, Message.class, "Message", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getMessage_Direction(), this.getMessageDirection(), "direction", null, 0, 1, Message.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getMessage_Author(), this.getContact(), null, "author", null, 0, 1, Message.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getMessage_Sender(), thePlanPackage.getMember(), null, "sender", null, 0, 1, Message.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMessage_RemoteId(), ecorePackage.getEString(), "remoteId", null, 0, 1, Message.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMessage_Text(), ecorePackage.getEString(), "text", null, 0, 1, Message.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMessage_SentAt(), thePlanPackage.getInstant(), "sentAt", null, 0, 1, Message.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMessage_Sentiment(), ecorePackage.getEFloat(), "sentiment", null, 0, 1, Message.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMessage_Hidden(), ecorePackage.getEBoolean(), "hidden", null, 0, 1, Message.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		op = initEOperation(getMessage__HasValidSentimentAndAuthor__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "hasValidSentimentAndAuthor", 0, 1, IS_UNIQUE, IS_ORDERED); //$NON-NLS-1$
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED); //$NON-NLS-1$
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED); //$NON-NLS-1$

		initEClass(replyTemplateEClass, ReplyTemplate.class, "ReplyTemplate", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getReplyTemplate_Text(), ecorePackage.getEString(), "text", null, 0, 1, ReplyTemplate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getReplyTemplate_Locale(), ecorePackage.getEString(), "locale", null, 0, 1, ReplyTemplate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getReplyTemplate_Tags(), thePlanPackage.getTag(), null, "tags", null, 0, -1, ReplyTemplate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(responseTargetEClass, ResponseTarget.class, "ResponseTarget", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getResponseTarget_Channel(), thePlanPackage.getChannelPresence(), null, "channel", null, 0, 1, ResponseTarget.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getResponseTarget_FirstResponseMinutes(), ecorePackage.getEInt(), "firstResponseMinutes", null, 0, 1, ResponseTarget.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getResponseTarget_BusinessHoursOnly(), ecorePackage.getEBoolean(), "businessHoursOnly", null, 0, 1, ResponseTarget.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(leadEClass, Lead.class, "Lead", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getLead_Contact(), this.getContact(), null, "contact", null, 1, 1, Lead.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getLead_SourceThread(), this.getMessageThread(), null, "sourceThread", null, 0, 1, Lead.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getLead_Campaign(), thePlanPackage.getCampaign(), null, "campaign", null, 0, 1, Lead.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getLead_Qualification(), this.getLeadQualification(), "qualification", null, 0, 1, Lead.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getLead_Handoff(), this.getHandoffState(), "handoff", null, 0, 1, Lead.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getLead_SalesOwner(), ecorePackage.getEString(), "salesOwner", null, 0, 1, Lead.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getLead_Owner(), thePlanPackage.getMember(), null, "owner", null, 0, 1, Lead.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getLead_CreatedAt(), thePlanPackage.getInstant(), "createdAt", null, 0, 1, Lead.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getLead_EstimatedValue(), ecorePackage.getEBigDecimal(), "estimatedValue", null, 0, 1, Lead.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getLead_Notes(), ecorePackage.getEString(), "notes", null, 0, 1, Lead.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		op = initEOperation(getLead__HasSalesOwnerWhenHandedOff__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "hasSalesOwnerWhenHandedOff", 0, 1, IS_UNIQUE, IS_ORDERED); //$NON-NLS-1$
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED); //$NON-NLS-1$
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED); //$NON-NLS-1$

		// Initialize enums and add enum literals
		initEEnum(threadKindEEnum, ThreadKind.class, "ThreadKind"); //$NON-NLS-1$
		addEEnumLiteral(threadKindEEnum, ThreadKind.COMMENTS);
		addEEnumLiteral(threadKindEEnum, ThreadKind.MENTION);
		addEEnumLiteral(threadKindEEnum, ThreadKind.DIRECT_MESSAGE);
		addEEnumLiteral(threadKindEEnum, ThreadKind.REVIEW);

		initEEnum(threadStatusEEnum, ThreadStatus.class, "ThreadStatus"); //$NON-NLS-1$
		addEEnumLiteral(threadStatusEEnum, ThreadStatus.NEW);
		addEEnumLiteral(threadStatusEEnum, ThreadStatus.ASSIGNED);
		addEEnumLiteral(threadStatusEEnum, ThreadStatus.WAITING);
		addEEnumLiteral(threadStatusEEnum, ThreadStatus.ANSWERED);
		addEEnumLiteral(threadStatusEEnum, ThreadStatus.CLOSED);
		addEEnumLiteral(threadStatusEEnum, ThreadStatus.ESCALATED);

		initEEnum(messageDirectionEEnum, MessageDirection.class, "MessageDirection"); //$NON-NLS-1$
		addEEnumLiteral(messageDirectionEEnum, MessageDirection.INBOUND);
		addEEnumLiteral(messageDirectionEEnum, MessageDirection.OUTBOUND);

		initEEnum(leadQualificationEEnum, LeadQualification.class, "LeadQualification"); //$NON-NLS-1$
		addEEnumLiteral(leadQualificationEEnum, LeadQualification.UNQUALIFIED);
		addEEnumLiteral(leadQualificationEEnum, LeadQualification.MARKETING_QUALIFIED);
		addEEnumLiteral(leadQualificationEEnum, LeadQualification.SALES_QUALIFIED);
		addEEnumLiteral(leadQualificationEEnum, LeadQualification.OPPORTUNITY);
		addEEnumLiteral(leadQualificationEEnum, LeadQualification.DISQUALIFIED);

		initEEnum(handoffStateEEnum, HandoffState.class, "HandoffState"); //$NON-NLS-1$
		addEEnumLiteral(handoffStateEEnum, HandoffState.NOT_HANDED_OFF);
		addEEnumLiteral(handoffStateEEnum, HandoffState.HANDED_OFF);
		addEEnumLiteral(handoffStateEEnum, HandoffState.ACCEPTED);
		addEEnumLiteral(handoffStateEEnum, HandoffState.REJECTED);
		addEEnumLiteral(handoffStateEEnum, HandoffState.WON);
		addEEnumLiteral(handoffStateEEnum, HandoffState.LOST);

		// Create resource
		createResource(eNS_URI);
	}

} //CommunityPackageImpl
