/**
 * SPDX-License-Identifier: EPL-2.0
 * Copyright (c) 2026 the Chorus authors
 */
package io.github.chorus.community.model;

import io.github.chorus.plan.model.PlanPackage;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Community: the unified inbox (threads, messages, contacts, reply templates, response targets) and leads handed to sales.
 * <!-- end-model-doc -->
 * @see io.github.chorus.community.model.CommunityFactory
 * @model kind="package"
 * @generated
 */
public interface CommunityPackage extends EPackage
{
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model"; //$NON-NLS-1$

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "https://chorus.github.io/model/community/1.0"; //$NON-NLS-1$

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "community"; //$NON-NLS-1$

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	CommunityPackage eINSTANCE = io.github.chorus.community.model.impl.CommunityPackageImpl.init();

	/**
	 * The meta object id for the '{@link io.github.chorus.community.model.impl.InboxImpl <em>Inbox</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.github.chorus.community.model.impl.InboxImpl
	 * @see io.github.chorus.community.model.impl.CommunityPackageImpl#getInbox()
	 * @generated
	 */
	int INBOX = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INBOX__ID = PlanPackage.NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INBOX__NAME = PlanPackage.NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INBOX__DESCRIPTION = PlanPackage.NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Contacts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INBOX__CONTACTS = PlanPackage.NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Threads</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INBOX__THREADS = PlanPackage.NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Templates</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INBOX__TEMPLATES = PlanPackage.NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Response Targets</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INBOX__RESPONSE_TARGETS = PlanPackage.NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Leads</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INBOX__LEADS = PlanPackage.NAMED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Inbox</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INBOX_FEATURE_COUNT = PlanPackage.NAMED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Inbox</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INBOX_OPERATION_COUNT = PlanPackage.NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.github.chorus.community.model.impl.ContactImpl <em>Contact</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.github.chorus.community.model.impl.ContactImpl
	 * @see io.github.chorus.community.model.impl.CommunityPackageImpl#getContact()
	 * @generated
	 */
	int CONTACT = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__ID = PlanPackage.NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__NAME = PlanPackage.NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__DESCRIPTION = PlanPackage.NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Handle</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__HANDLE = PlanPackage.NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Channel</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__CHANNEL = PlanPackage.NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Remote Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__REMOTE_ID = PlanPackage.NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Email</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__EMAIL = PlanPackage.NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Persona</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__PERSONA = PlanPackage.NAMED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__NOTES = PlanPackage.NAMED_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Contact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_FEATURE_COUNT = PlanPackage.NAMED_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Contact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_OPERATION_COUNT = PlanPackage.NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.github.chorus.community.model.impl.MessageThreadImpl <em>Message Thread</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.github.chorus.community.model.impl.MessageThreadImpl
	 * @see io.github.chorus.community.model.impl.CommunityPackageImpl#getMessageThread()
	 * @generated
	 */
	int MESSAGE_THREAD = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MESSAGE_THREAD__ID = PlanPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Channel</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MESSAGE_THREAD__CHANNEL = PlanPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MESSAGE_THREAD__KIND = PlanPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MESSAGE_THREAD__STATUS = PlanPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Subject</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MESSAGE_THREAD__SUBJECT = PlanPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Remote Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MESSAGE_THREAD__REMOTE_ID = PlanPackage.IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Opened At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MESSAGE_THREAD__OPENED_AT = PlanPackage.IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Assignee</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MESSAGE_THREAD__ASSIGNEE = PlanPackage.IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MESSAGE_THREAD__TAGS = PlanPackage.IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Publication</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MESSAGE_THREAD__PUBLICATION = PlanPackage.IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Messages</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MESSAGE_THREAD__MESSAGES = PlanPackage.IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The number of structural features of the '<em>Message Thread</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MESSAGE_THREAD_FEATURE_COUNT = PlanPackage.IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The operation id for the '<em>Has Assignee When Assigned</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MESSAGE_THREAD___HAS_ASSIGNEE_WHEN_ASSIGNED__DIAGNOSTICCHAIN_MAP = PlanPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Message Thread</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MESSAGE_THREAD_OPERATION_COUNT = PlanPackage.IDENTIFIED_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link io.github.chorus.community.model.impl.MessageImpl <em>Message</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.github.chorus.community.model.impl.MessageImpl
	 * @see io.github.chorus.community.model.impl.CommunityPackageImpl#getMessage()
	 * @generated
	 */
	int MESSAGE = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MESSAGE__ID = PlanPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Direction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MESSAGE__DIRECTION = PlanPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Author</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MESSAGE__AUTHOR = PlanPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Sender</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MESSAGE__SENDER = PlanPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Remote Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MESSAGE__REMOTE_ID = PlanPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MESSAGE__TEXT = PlanPackage.IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Sent At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MESSAGE__SENT_AT = PlanPackage.IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Sentiment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MESSAGE__SENTIMENT = PlanPackage.IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Hidden</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MESSAGE__HIDDEN = PlanPackage.IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Message</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MESSAGE_FEATURE_COUNT = PlanPackage.IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The operation id for the '<em>Has Valid Sentiment And Author</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MESSAGE___HAS_VALID_SENTIMENT_AND_AUTHOR__DIAGNOSTICCHAIN_MAP = PlanPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Message</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MESSAGE_OPERATION_COUNT = PlanPackage.IDENTIFIED_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link io.github.chorus.community.model.impl.ReplyTemplateImpl <em>Reply Template</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.github.chorus.community.model.impl.ReplyTemplateImpl
	 * @see io.github.chorus.community.model.impl.CommunityPackageImpl#getReplyTemplate()
	 * @generated
	 */
	int REPLY_TEMPLATE = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPLY_TEMPLATE__ID = PlanPackage.NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPLY_TEMPLATE__NAME = PlanPackage.NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPLY_TEMPLATE__DESCRIPTION = PlanPackage.NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPLY_TEMPLATE__TEXT = PlanPackage.NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Locale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPLY_TEMPLATE__LOCALE = PlanPackage.NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPLY_TEMPLATE__TAGS = PlanPackage.NAMED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Reply Template</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPLY_TEMPLATE_FEATURE_COUNT = PlanPackage.NAMED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Reply Template</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPLY_TEMPLATE_OPERATION_COUNT = PlanPackage.NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.github.chorus.community.model.impl.ResponseTargetImpl <em>Response Target</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.github.chorus.community.model.impl.ResponseTargetImpl
	 * @see io.github.chorus.community.model.impl.CommunityPackageImpl#getResponseTarget()
	 * @generated
	 */
	int RESPONSE_TARGET = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSE_TARGET__ID = PlanPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Channel</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSE_TARGET__CHANNEL = PlanPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>First Response Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSE_TARGET__FIRST_RESPONSE_MINUTES = PlanPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Business Hours Only</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSE_TARGET__BUSINESS_HOURS_ONLY = PlanPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Response Target</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSE_TARGET_FEATURE_COUNT = PlanPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Response Target</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSE_TARGET_OPERATION_COUNT = PlanPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.github.chorus.community.model.impl.LeadImpl <em>Lead</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.github.chorus.community.model.impl.LeadImpl
	 * @see io.github.chorus.community.model.impl.CommunityPackageImpl#getLead()
	 * @generated
	 */
	int LEAD = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEAD__ID = PlanPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Contact</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEAD__CONTACT = PlanPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Source Thread</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEAD__SOURCE_THREAD = PlanPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Campaign</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEAD__CAMPAIGN = PlanPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Qualification</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEAD__QUALIFICATION = PlanPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Handoff</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEAD__HANDOFF = PlanPackage.IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Sales Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEAD__SALES_OWNER = PlanPackage.IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEAD__OWNER = PlanPackage.IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEAD__CREATED_AT = PlanPackage.IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Estimated Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEAD__ESTIMATED_VALUE = PlanPackage.IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEAD__NOTES = PlanPackage.IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The number of structural features of the '<em>Lead</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEAD_FEATURE_COUNT = PlanPackage.IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The operation id for the '<em>Has Sales Owner When Handed Off</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEAD___HAS_SALES_OWNER_WHEN_HANDED_OFF__DIAGNOSTICCHAIN_MAP = PlanPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Lead</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEAD_OPERATION_COUNT = PlanPackage.IDENTIFIED_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link io.github.chorus.community.model.ThreadKind <em>Thread Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.github.chorus.community.model.ThreadKind
	 * @see io.github.chorus.community.model.impl.CommunityPackageImpl#getThreadKind()
	 * @generated
	 */
	int THREAD_KIND = 7;

	/**
	 * The meta object id for the '{@link io.github.chorus.community.model.ThreadStatus <em>Thread Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.github.chorus.community.model.ThreadStatus
	 * @see io.github.chorus.community.model.impl.CommunityPackageImpl#getThreadStatus()
	 * @generated
	 */
	int THREAD_STATUS = 8;

	/**
	 * The meta object id for the '{@link io.github.chorus.community.model.MessageDirection <em>Message Direction</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.github.chorus.community.model.MessageDirection
	 * @see io.github.chorus.community.model.impl.CommunityPackageImpl#getMessageDirection()
	 * @generated
	 */
	int MESSAGE_DIRECTION = 9;

	/**
	 * The meta object id for the '{@link io.github.chorus.community.model.LeadQualification <em>Lead Qualification</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.github.chorus.community.model.LeadQualification
	 * @see io.github.chorus.community.model.impl.CommunityPackageImpl#getLeadQualification()
	 * @generated
	 */
	int LEAD_QUALIFICATION = 10;

	/**
	 * The meta object id for the '{@link io.github.chorus.community.model.HandoffState <em>Handoff State</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.github.chorus.community.model.HandoffState
	 * @see io.github.chorus.community.model.impl.CommunityPackageImpl#getHandoffState()
	 * @generated
	 */
	int HANDOFF_STATE = 11;


	/**
	 * Returns the meta object for class '{@link io.github.chorus.community.model.Inbox <em>Inbox</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Inbox</em>'.
	 * @see io.github.chorus.community.model.Inbox
	 * @generated
	 */
	EClass getInbox();

	/**
	 * Returns the meta object for the containment reference list '{@link io.github.chorus.community.model.Inbox#getContacts <em>Contacts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Contacts</em>'.
	 * @see io.github.chorus.community.model.Inbox#getContacts()
	 * @see #getInbox()
	 * @generated
	 */
	EReference getInbox_Contacts();

	/**
	 * Returns the meta object for the containment reference list '{@link io.github.chorus.community.model.Inbox#getThreads <em>Threads</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Threads</em>'.
	 * @see io.github.chorus.community.model.Inbox#getThreads()
	 * @see #getInbox()
	 * @generated
	 */
	EReference getInbox_Threads();

	/**
	 * Returns the meta object for the containment reference list '{@link io.github.chorus.community.model.Inbox#getTemplates <em>Templates</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Templates</em>'.
	 * @see io.github.chorus.community.model.Inbox#getTemplates()
	 * @see #getInbox()
	 * @generated
	 */
	EReference getInbox_Templates();

	/**
	 * Returns the meta object for the containment reference list '{@link io.github.chorus.community.model.Inbox#getResponseTargets <em>Response Targets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Response Targets</em>'.
	 * @see io.github.chorus.community.model.Inbox#getResponseTargets()
	 * @see #getInbox()
	 * @generated
	 */
	EReference getInbox_ResponseTargets();

	/**
	 * Returns the meta object for the containment reference list '{@link io.github.chorus.community.model.Inbox#getLeads <em>Leads</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Leads</em>'.
	 * @see io.github.chorus.community.model.Inbox#getLeads()
	 * @see #getInbox()
	 * @generated
	 */
	EReference getInbox_Leads();

	/**
	 * Returns the meta object for class '{@link io.github.chorus.community.model.Contact <em>Contact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Contact</em>'.
	 * @see io.github.chorus.community.model.Contact
	 * @generated
	 */
	EClass getContact();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.community.model.Contact#getHandle <em>Handle</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Handle</em>'.
	 * @see io.github.chorus.community.model.Contact#getHandle()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_Handle();

	/**
	 * Returns the meta object for the reference '{@link io.github.chorus.community.model.Contact#getChannel <em>Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Channel</em>'.
	 * @see io.github.chorus.community.model.Contact#getChannel()
	 * @see #getContact()
	 * @generated
	 */
	EReference getContact_Channel();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.community.model.Contact#getRemoteId <em>Remote Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Remote Id</em>'.
	 * @see io.github.chorus.community.model.Contact#getRemoteId()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_RemoteId();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.community.model.Contact#getEmail <em>Email</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Email</em>'.
	 * @see io.github.chorus.community.model.Contact#getEmail()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_Email();

	/**
	 * Returns the meta object for the reference '{@link io.github.chorus.community.model.Contact#getPersona <em>Persona</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Persona</em>'.
	 * @see io.github.chorus.community.model.Contact#getPersona()
	 * @see #getContact()
	 * @generated
	 */
	EReference getContact_Persona();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.community.model.Contact#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notes</em>'.
	 * @see io.github.chorus.community.model.Contact#getNotes()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_Notes();

	/**
	 * Returns the meta object for class '{@link io.github.chorus.community.model.MessageThread <em>Message Thread</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Message Thread</em>'.
	 * @see io.github.chorus.community.model.MessageThread
	 * @generated
	 */
	EClass getMessageThread();

	/**
	 * Returns the meta object for the reference '{@link io.github.chorus.community.model.MessageThread#getChannel <em>Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Channel</em>'.
	 * @see io.github.chorus.community.model.MessageThread#getChannel()
	 * @see #getMessageThread()
	 * @generated
	 */
	EReference getMessageThread_Channel();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.community.model.MessageThread#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.github.chorus.community.model.MessageThread#getKind()
	 * @see #getMessageThread()
	 * @generated
	 */
	EAttribute getMessageThread_Kind();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.community.model.MessageThread#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see io.github.chorus.community.model.MessageThread#getStatus()
	 * @see #getMessageThread()
	 * @generated
	 */
	EAttribute getMessageThread_Status();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.community.model.MessageThread#getSubject <em>Subject</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Subject</em>'.
	 * @see io.github.chorus.community.model.MessageThread#getSubject()
	 * @see #getMessageThread()
	 * @generated
	 */
	EAttribute getMessageThread_Subject();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.community.model.MessageThread#getRemoteId <em>Remote Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Remote Id</em>'.
	 * @see io.github.chorus.community.model.MessageThread#getRemoteId()
	 * @see #getMessageThread()
	 * @generated
	 */
	EAttribute getMessageThread_RemoteId();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.community.model.MessageThread#getOpenedAt <em>Opened At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Opened At</em>'.
	 * @see io.github.chorus.community.model.MessageThread#getOpenedAt()
	 * @see #getMessageThread()
	 * @generated
	 */
	EAttribute getMessageThread_OpenedAt();

	/**
	 * Returns the meta object for the reference '{@link io.github.chorus.community.model.MessageThread#getAssignee <em>Assignee</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Assignee</em>'.
	 * @see io.github.chorus.community.model.MessageThread#getAssignee()
	 * @see #getMessageThread()
	 * @generated
	 */
	EReference getMessageThread_Assignee();

	/**
	 * Returns the meta object for the reference list '{@link io.github.chorus.community.model.MessageThread#getTags <em>Tags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Tags</em>'.
	 * @see io.github.chorus.community.model.MessageThread#getTags()
	 * @see #getMessageThread()
	 * @generated
	 */
	EReference getMessageThread_Tags();

	/**
	 * Returns the meta object for the reference '{@link io.github.chorus.community.model.MessageThread#getPublication <em>Publication</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Publication</em>'.
	 * @see io.github.chorus.community.model.MessageThread#getPublication()
	 * @see #getMessageThread()
	 * @generated
	 */
	EReference getMessageThread_Publication();

	/**
	 * Returns the meta object for the containment reference list '{@link io.github.chorus.community.model.MessageThread#getMessages <em>Messages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Messages</em>'.
	 * @see io.github.chorus.community.model.MessageThread#getMessages()
	 * @see #getMessageThread()
	 * @generated
	 */
	EReference getMessageThread_Messages();

	/**
	 * Returns the meta object for the '{@link io.github.chorus.community.model.MessageThread#hasAssigneeWhenAssigned(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Has Assignee When Assigned</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Has Assignee When Assigned</em>' operation.
	 * @see io.github.chorus.community.model.MessageThread#hasAssigneeWhenAssigned(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getMessageThread__HasAssigneeWhenAssigned__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link io.github.chorus.community.model.Message <em>Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Message</em>'.
	 * @see io.github.chorus.community.model.Message
	 * @generated
	 */
	EClass getMessage();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.community.model.Message#getDirection <em>Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Direction</em>'.
	 * @see io.github.chorus.community.model.Message#getDirection()
	 * @see #getMessage()
	 * @generated
	 */
	EAttribute getMessage_Direction();

	/**
	 * Returns the meta object for the reference '{@link io.github.chorus.community.model.Message#getAuthor <em>Author</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Author</em>'.
	 * @see io.github.chorus.community.model.Message#getAuthor()
	 * @see #getMessage()
	 * @generated
	 */
	EReference getMessage_Author();

	/**
	 * Returns the meta object for the reference '{@link io.github.chorus.community.model.Message#getSender <em>Sender</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Sender</em>'.
	 * @see io.github.chorus.community.model.Message#getSender()
	 * @see #getMessage()
	 * @generated
	 */
	EReference getMessage_Sender();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.community.model.Message#getRemoteId <em>Remote Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Remote Id</em>'.
	 * @see io.github.chorus.community.model.Message#getRemoteId()
	 * @see #getMessage()
	 * @generated
	 */
	EAttribute getMessage_RemoteId();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.community.model.Message#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see io.github.chorus.community.model.Message#getText()
	 * @see #getMessage()
	 * @generated
	 */
	EAttribute getMessage_Text();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.community.model.Message#getSentAt <em>Sent At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sent At</em>'.
	 * @see io.github.chorus.community.model.Message#getSentAt()
	 * @see #getMessage()
	 * @generated
	 */
	EAttribute getMessage_SentAt();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.community.model.Message#getSentiment <em>Sentiment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sentiment</em>'.
	 * @see io.github.chorus.community.model.Message#getSentiment()
	 * @see #getMessage()
	 * @generated
	 */
	EAttribute getMessage_Sentiment();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.community.model.Message#isHidden <em>Hidden</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hidden</em>'.
	 * @see io.github.chorus.community.model.Message#isHidden()
	 * @see #getMessage()
	 * @generated
	 */
	EAttribute getMessage_Hidden();

	/**
	 * Returns the meta object for the '{@link io.github.chorus.community.model.Message#hasValidSentimentAndAuthor(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Has Valid Sentiment And Author</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Has Valid Sentiment And Author</em>' operation.
	 * @see io.github.chorus.community.model.Message#hasValidSentimentAndAuthor(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getMessage__HasValidSentimentAndAuthor__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link io.github.chorus.community.model.ReplyTemplate <em>Reply Template</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Reply Template</em>'.
	 * @see io.github.chorus.community.model.ReplyTemplate
	 * @generated
	 */
	EClass getReplyTemplate();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.community.model.ReplyTemplate#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see io.github.chorus.community.model.ReplyTemplate#getText()
	 * @see #getReplyTemplate()
	 * @generated
	 */
	EAttribute getReplyTemplate_Text();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.community.model.ReplyTemplate#getLocale <em>Locale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Locale</em>'.
	 * @see io.github.chorus.community.model.ReplyTemplate#getLocale()
	 * @see #getReplyTemplate()
	 * @generated
	 */
	EAttribute getReplyTemplate_Locale();

	/**
	 * Returns the meta object for the reference list '{@link io.github.chorus.community.model.ReplyTemplate#getTags <em>Tags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Tags</em>'.
	 * @see io.github.chorus.community.model.ReplyTemplate#getTags()
	 * @see #getReplyTemplate()
	 * @generated
	 */
	EReference getReplyTemplate_Tags();

	/**
	 * Returns the meta object for class '{@link io.github.chorus.community.model.ResponseTarget <em>Response Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Response Target</em>'.
	 * @see io.github.chorus.community.model.ResponseTarget
	 * @generated
	 */
	EClass getResponseTarget();

	/**
	 * Returns the meta object for the reference '{@link io.github.chorus.community.model.ResponseTarget#getChannel <em>Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Channel</em>'.
	 * @see io.github.chorus.community.model.ResponseTarget#getChannel()
	 * @see #getResponseTarget()
	 * @generated
	 */
	EReference getResponseTarget_Channel();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.community.model.ResponseTarget#getFirstResponseMinutes <em>First Response Minutes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>First Response Minutes</em>'.
	 * @see io.github.chorus.community.model.ResponseTarget#getFirstResponseMinutes()
	 * @see #getResponseTarget()
	 * @generated
	 */
	EAttribute getResponseTarget_FirstResponseMinutes();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.community.model.ResponseTarget#isBusinessHoursOnly <em>Business Hours Only</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Business Hours Only</em>'.
	 * @see io.github.chorus.community.model.ResponseTarget#isBusinessHoursOnly()
	 * @see #getResponseTarget()
	 * @generated
	 */
	EAttribute getResponseTarget_BusinessHoursOnly();

	/**
	 * Returns the meta object for class '{@link io.github.chorus.community.model.Lead <em>Lead</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Lead</em>'.
	 * @see io.github.chorus.community.model.Lead
	 * @generated
	 */
	EClass getLead();

	/**
	 * Returns the meta object for the reference '{@link io.github.chorus.community.model.Lead#getContact <em>Contact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Contact</em>'.
	 * @see io.github.chorus.community.model.Lead#getContact()
	 * @see #getLead()
	 * @generated
	 */
	EReference getLead_Contact();

	/**
	 * Returns the meta object for the reference '{@link io.github.chorus.community.model.Lead#getSourceThread <em>Source Thread</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source Thread</em>'.
	 * @see io.github.chorus.community.model.Lead#getSourceThread()
	 * @see #getLead()
	 * @generated
	 */
	EReference getLead_SourceThread();

	/**
	 * Returns the meta object for the reference '{@link io.github.chorus.community.model.Lead#getCampaign <em>Campaign</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Campaign</em>'.
	 * @see io.github.chorus.community.model.Lead#getCampaign()
	 * @see #getLead()
	 * @generated
	 */
	EReference getLead_Campaign();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.community.model.Lead#getQualification <em>Qualification</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Qualification</em>'.
	 * @see io.github.chorus.community.model.Lead#getQualification()
	 * @see #getLead()
	 * @generated
	 */
	EAttribute getLead_Qualification();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.community.model.Lead#getHandoff <em>Handoff</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Handoff</em>'.
	 * @see io.github.chorus.community.model.Lead#getHandoff()
	 * @see #getLead()
	 * @generated
	 */
	EAttribute getLead_Handoff();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.community.model.Lead#getSalesOwner <em>Sales Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sales Owner</em>'.
	 * @see io.github.chorus.community.model.Lead#getSalesOwner()
	 * @see #getLead()
	 * @generated
	 */
	EAttribute getLead_SalesOwner();

	/**
	 * Returns the meta object for the reference '{@link io.github.chorus.community.model.Lead#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Owner</em>'.
	 * @see io.github.chorus.community.model.Lead#getOwner()
	 * @see #getLead()
	 * @generated
	 */
	EReference getLead_Owner();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.community.model.Lead#getCreatedAt <em>Created At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created At</em>'.
	 * @see io.github.chorus.community.model.Lead#getCreatedAt()
	 * @see #getLead()
	 * @generated
	 */
	EAttribute getLead_CreatedAt();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.community.model.Lead#getEstimatedValue <em>Estimated Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Estimated Value</em>'.
	 * @see io.github.chorus.community.model.Lead#getEstimatedValue()
	 * @see #getLead()
	 * @generated
	 */
	EAttribute getLead_EstimatedValue();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.community.model.Lead#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notes</em>'.
	 * @see io.github.chorus.community.model.Lead#getNotes()
	 * @see #getLead()
	 * @generated
	 */
	EAttribute getLead_Notes();

	/**
	 * Returns the meta object for the '{@link io.github.chorus.community.model.Lead#hasSalesOwnerWhenHandedOff(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Has Sales Owner When Handed Off</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Has Sales Owner When Handed Off</em>' operation.
	 * @see io.github.chorus.community.model.Lead#hasSalesOwnerWhenHandedOff(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getLead__HasSalesOwnerWhenHandedOff__DiagnosticChain_Map();

	/**
	 * Returns the meta object for enum '{@link io.github.chorus.community.model.ThreadKind <em>Thread Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Thread Kind</em>'.
	 * @see io.github.chorus.community.model.ThreadKind
	 * @generated
	 */
	EEnum getThreadKind();

	/**
	 * Returns the meta object for enum '{@link io.github.chorus.community.model.ThreadStatus <em>Thread Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Thread Status</em>'.
	 * @see io.github.chorus.community.model.ThreadStatus
	 * @generated
	 */
	EEnum getThreadStatus();

	/**
	 * Returns the meta object for enum '{@link io.github.chorus.community.model.MessageDirection <em>Message Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Message Direction</em>'.
	 * @see io.github.chorus.community.model.MessageDirection
	 * @generated
	 */
	EEnum getMessageDirection();

	/**
	 * Returns the meta object for enum '{@link io.github.chorus.community.model.LeadQualification <em>Lead Qualification</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Lead Qualification</em>'.
	 * @see io.github.chorus.community.model.LeadQualification
	 * @generated
	 */
	EEnum getLeadQualification();

	/**
	 * Returns the meta object for enum '{@link io.github.chorus.community.model.HandoffState <em>Handoff State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Handoff State</em>'.
	 * @see io.github.chorus.community.model.HandoffState
	 * @generated
	 */
	EEnum getHandoffState();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	CommunityFactory getCommunityFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals
	{
		/**
		 * The meta object literal for the '{@link io.github.chorus.community.model.impl.InboxImpl <em>Inbox</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.github.chorus.community.model.impl.InboxImpl
		 * @see io.github.chorus.community.model.impl.CommunityPackageImpl#getInbox()
		 * @generated
		 */
		EClass INBOX = eINSTANCE.getInbox();

		/**
		 * The meta object literal for the '<em><b>Contacts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INBOX__CONTACTS = eINSTANCE.getInbox_Contacts();

		/**
		 * The meta object literal for the '<em><b>Threads</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INBOX__THREADS = eINSTANCE.getInbox_Threads();

		/**
		 * The meta object literal for the '<em><b>Templates</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INBOX__TEMPLATES = eINSTANCE.getInbox_Templates();

		/**
		 * The meta object literal for the '<em><b>Response Targets</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INBOX__RESPONSE_TARGETS = eINSTANCE.getInbox_ResponseTargets();

		/**
		 * The meta object literal for the '<em><b>Leads</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INBOX__LEADS = eINSTANCE.getInbox_Leads();

		/**
		 * The meta object literal for the '{@link io.github.chorus.community.model.impl.ContactImpl <em>Contact</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.github.chorus.community.model.impl.ContactImpl
		 * @see io.github.chorus.community.model.impl.CommunityPackageImpl#getContact()
		 * @generated
		 */
		EClass CONTACT = eINSTANCE.getContact();

		/**
		 * The meta object literal for the '<em><b>Handle</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__HANDLE = eINSTANCE.getContact_Handle();

		/**
		 * The meta object literal for the '<em><b>Channel</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTACT__CHANNEL = eINSTANCE.getContact_Channel();

		/**
		 * The meta object literal for the '<em><b>Remote Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__REMOTE_ID = eINSTANCE.getContact_RemoteId();

		/**
		 * The meta object literal for the '<em><b>Email</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__EMAIL = eINSTANCE.getContact_Email();

		/**
		 * The meta object literal for the '<em><b>Persona</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTACT__PERSONA = eINSTANCE.getContact_Persona();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__NOTES = eINSTANCE.getContact_Notes();

		/**
		 * The meta object literal for the '{@link io.github.chorus.community.model.impl.MessageThreadImpl <em>Message Thread</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.github.chorus.community.model.impl.MessageThreadImpl
		 * @see io.github.chorus.community.model.impl.CommunityPackageImpl#getMessageThread()
		 * @generated
		 */
		EClass MESSAGE_THREAD = eINSTANCE.getMessageThread();

		/**
		 * The meta object literal for the '<em><b>Channel</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MESSAGE_THREAD__CHANNEL = eINSTANCE.getMessageThread_Channel();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MESSAGE_THREAD__KIND = eINSTANCE.getMessageThread_Kind();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MESSAGE_THREAD__STATUS = eINSTANCE.getMessageThread_Status();

		/**
		 * The meta object literal for the '<em><b>Subject</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MESSAGE_THREAD__SUBJECT = eINSTANCE.getMessageThread_Subject();

		/**
		 * The meta object literal for the '<em><b>Remote Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MESSAGE_THREAD__REMOTE_ID = eINSTANCE.getMessageThread_RemoteId();

		/**
		 * The meta object literal for the '<em><b>Opened At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MESSAGE_THREAD__OPENED_AT = eINSTANCE.getMessageThread_OpenedAt();

		/**
		 * The meta object literal for the '<em><b>Assignee</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MESSAGE_THREAD__ASSIGNEE = eINSTANCE.getMessageThread_Assignee();

		/**
		 * The meta object literal for the '<em><b>Tags</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MESSAGE_THREAD__TAGS = eINSTANCE.getMessageThread_Tags();

		/**
		 * The meta object literal for the '<em><b>Publication</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MESSAGE_THREAD__PUBLICATION = eINSTANCE.getMessageThread_Publication();

		/**
		 * The meta object literal for the '<em><b>Messages</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MESSAGE_THREAD__MESSAGES = eINSTANCE.getMessageThread_Messages();

		/**
		 * The meta object literal for the '<em><b>Has Assignee When Assigned</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation MESSAGE_THREAD___HAS_ASSIGNEE_WHEN_ASSIGNED__DIAGNOSTICCHAIN_MAP = eINSTANCE.getMessageThread__HasAssigneeWhenAssigned__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link io.github.chorus.community.model.impl.MessageImpl <em>Message</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.github.chorus.community.model.impl.MessageImpl
		 * @see io.github.chorus.community.model.impl.CommunityPackageImpl#getMessage()
		 * @generated
		 */
		EClass MESSAGE = eINSTANCE.getMessage();

		/**
		 * The meta object literal for the '<em><b>Direction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MESSAGE__DIRECTION = eINSTANCE.getMessage_Direction();

		/**
		 * The meta object literal for the '<em><b>Author</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MESSAGE__AUTHOR = eINSTANCE.getMessage_Author();

		/**
		 * The meta object literal for the '<em><b>Sender</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MESSAGE__SENDER = eINSTANCE.getMessage_Sender();

		/**
		 * The meta object literal for the '<em><b>Remote Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MESSAGE__REMOTE_ID = eINSTANCE.getMessage_RemoteId();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MESSAGE__TEXT = eINSTANCE.getMessage_Text();

		/**
		 * The meta object literal for the '<em><b>Sent At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MESSAGE__SENT_AT = eINSTANCE.getMessage_SentAt();

		/**
		 * The meta object literal for the '<em><b>Sentiment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MESSAGE__SENTIMENT = eINSTANCE.getMessage_Sentiment();

		/**
		 * The meta object literal for the '<em><b>Hidden</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MESSAGE__HIDDEN = eINSTANCE.getMessage_Hidden();

		/**
		 * The meta object literal for the '<em><b>Has Valid Sentiment And Author</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation MESSAGE___HAS_VALID_SENTIMENT_AND_AUTHOR__DIAGNOSTICCHAIN_MAP = eINSTANCE.getMessage__HasValidSentimentAndAuthor__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link io.github.chorus.community.model.impl.ReplyTemplateImpl <em>Reply Template</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.github.chorus.community.model.impl.ReplyTemplateImpl
		 * @see io.github.chorus.community.model.impl.CommunityPackageImpl#getReplyTemplate()
		 * @generated
		 */
		EClass REPLY_TEMPLATE = eINSTANCE.getReplyTemplate();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPLY_TEMPLATE__TEXT = eINSTANCE.getReplyTemplate_Text();

		/**
		 * The meta object literal for the '<em><b>Locale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPLY_TEMPLATE__LOCALE = eINSTANCE.getReplyTemplate_Locale();

		/**
		 * The meta object literal for the '<em><b>Tags</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REPLY_TEMPLATE__TAGS = eINSTANCE.getReplyTemplate_Tags();

		/**
		 * The meta object literal for the '{@link io.github.chorus.community.model.impl.ResponseTargetImpl <em>Response Target</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.github.chorus.community.model.impl.ResponseTargetImpl
		 * @see io.github.chorus.community.model.impl.CommunityPackageImpl#getResponseTarget()
		 * @generated
		 */
		EClass RESPONSE_TARGET = eINSTANCE.getResponseTarget();

		/**
		 * The meta object literal for the '<em><b>Channel</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RESPONSE_TARGET__CHANNEL = eINSTANCE.getResponseTarget_Channel();

		/**
		 * The meta object literal for the '<em><b>First Response Minutes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESPONSE_TARGET__FIRST_RESPONSE_MINUTES = eINSTANCE.getResponseTarget_FirstResponseMinutes();

		/**
		 * The meta object literal for the '<em><b>Business Hours Only</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESPONSE_TARGET__BUSINESS_HOURS_ONLY = eINSTANCE.getResponseTarget_BusinessHoursOnly();

		/**
		 * The meta object literal for the '{@link io.github.chorus.community.model.impl.LeadImpl <em>Lead</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.github.chorus.community.model.impl.LeadImpl
		 * @see io.github.chorus.community.model.impl.CommunityPackageImpl#getLead()
		 * @generated
		 */
		EClass LEAD = eINSTANCE.getLead();

		/**
		 * The meta object literal for the '<em><b>Contact</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LEAD__CONTACT = eINSTANCE.getLead_Contact();

		/**
		 * The meta object literal for the '<em><b>Source Thread</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LEAD__SOURCE_THREAD = eINSTANCE.getLead_SourceThread();

		/**
		 * The meta object literal for the '<em><b>Campaign</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LEAD__CAMPAIGN = eINSTANCE.getLead_Campaign();

		/**
		 * The meta object literal for the '<em><b>Qualification</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEAD__QUALIFICATION = eINSTANCE.getLead_Qualification();

		/**
		 * The meta object literal for the '<em><b>Handoff</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEAD__HANDOFF = eINSTANCE.getLead_Handoff();

		/**
		 * The meta object literal for the '<em><b>Sales Owner</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEAD__SALES_OWNER = eINSTANCE.getLead_SalesOwner();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LEAD__OWNER = eINSTANCE.getLead_Owner();

		/**
		 * The meta object literal for the '<em><b>Created At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEAD__CREATED_AT = eINSTANCE.getLead_CreatedAt();

		/**
		 * The meta object literal for the '<em><b>Estimated Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEAD__ESTIMATED_VALUE = eINSTANCE.getLead_EstimatedValue();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEAD__NOTES = eINSTANCE.getLead_Notes();

		/**
		 * The meta object literal for the '<em><b>Has Sales Owner When Handed Off</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation LEAD___HAS_SALES_OWNER_WHEN_HANDED_OFF__DIAGNOSTICCHAIN_MAP = eINSTANCE.getLead__HasSalesOwnerWhenHandedOff__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link io.github.chorus.community.model.ThreadKind <em>Thread Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.github.chorus.community.model.ThreadKind
		 * @see io.github.chorus.community.model.impl.CommunityPackageImpl#getThreadKind()
		 * @generated
		 */
		EEnum THREAD_KIND = eINSTANCE.getThreadKind();

		/**
		 * The meta object literal for the '{@link io.github.chorus.community.model.ThreadStatus <em>Thread Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.github.chorus.community.model.ThreadStatus
		 * @see io.github.chorus.community.model.impl.CommunityPackageImpl#getThreadStatus()
		 * @generated
		 */
		EEnum THREAD_STATUS = eINSTANCE.getThreadStatus();

		/**
		 * The meta object literal for the '{@link io.github.chorus.community.model.MessageDirection <em>Message Direction</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.github.chorus.community.model.MessageDirection
		 * @see io.github.chorus.community.model.impl.CommunityPackageImpl#getMessageDirection()
		 * @generated
		 */
		EEnum MESSAGE_DIRECTION = eINSTANCE.getMessageDirection();

		/**
		 * The meta object literal for the '{@link io.github.chorus.community.model.LeadQualification <em>Lead Qualification</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.github.chorus.community.model.LeadQualification
		 * @see io.github.chorus.community.model.impl.CommunityPackageImpl#getLeadQualification()
		 * @generated
		 */
		EEnum LEAD_QUALIFICATION = eINSTANCE.getLeadQualification();

		/**
		 * The meta object literal for the '{@link io.github.chorus.community.model.HandoffState <em>Handoff State</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.github.chorus.community.model.HandoffState
		 * @see io.github.chorus.community.model.impl.CommunityPackageImpl#getHandoffState()
		 * @generated
		 */
		EEnum HANDOFF_STATE = eINSTANCE.getHandoffState();

	}

} //CommunityPackage
