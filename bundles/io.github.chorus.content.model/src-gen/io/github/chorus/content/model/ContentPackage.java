/**
 * SPDX-License-Identifier: EPL-2.0
 * Copyright (c) 2026 the Chorus authors
 */
package io.github.chorus.content.model;

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
 * Content: items written once and adapted per channel (variants with text, media, UTM-tagged links, first comment, thread parts), assets, and the calendar of publications with approvals and publish attempts.
 * <!-- end-model-doc -->
 * @see io.github.chorus.content.model.ContentFactory
 * @model kind="package"
 * @generated
 */
public interface ContentPackage extends EPackage
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
	String eNS_URI = "https://chorus.github.io/model/content/1.0"; //$NON-NLS-1$

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "content"; //$NON-NLS-1$

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ContentPackage eINSTANCE = io.github.chorus.content.model.impl.ContentPackageImpl.init();

	/**
	 * The meta object id for the '{@link io.github.chorus.content.model.impl.ContentLibraryImpl <em>Library</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.github.chorus.content.model.impl.ContentLibraryImpl
	 * @see io.github.chorus.content.model.impl.ContentPackageImpl#getContentLibrary()
	 * @generated
	 */
	int CONTENT_LIBRARY = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTENT_LIBRARY__ID = PlanPackage.NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTENT_LIBRARY__NAME = PlanPackage.NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTENT_LIBRARY__DESCRIPTION = PlanPackage.NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Pillars</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTENT_LIBRARY__PILLARS = PlanPackage.NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTENT_LIBRARY__ITEMS = PlanPackage.NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Assets</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTENT_LIBRARY__ASSETS = PlanPackage.NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Utm Presets</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTENT_LIBRARY__UTM_PRESETS = PlanPackage.NAMED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Library</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTENT_LIBRARY_FEATURE_COUNT = PlanPackage.NAMED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Library</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTENT_LIBRARY_OPERATION_COUNT = PlanPackage.NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.github.chorus.content.model.impl.PillarImpl <em>Pillar</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.github.chorus.content.model.impl.PillarImpl
	 * @see io.github.chorus.content.model.impl.ContentPackageImpl#getPillar()
	 * @generated
	 */
	int PILLAR = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PILLAR__ID = PlanPackage.NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PILLAR__NAME = PlanPackage.NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PILLAR__DESCRIPTION = PlanPackage.NAMED__DESCRIPTION;

	/**
	 * The number of structural features of the '<em>Pillar</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PILLAR_FEATURE_COUNT = PlanPackage.NAMED_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Pillar</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PILLAR_OPERATION_COUNT = PlanPackage.NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.github.chorus.content.model.impl.ContentItemImpl <em>Item</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.github.chorus.content.model.impl.ContentItemImpl
	 * @see io.github.chorus.content.model.impl.ContentPackageImpl#getContentItem()
	 * @generated
	 */
	int CONTENT_ITEM = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTENT_ITEM__ID = PlanPackage.NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTENT_ITEM__NAME = PlanPackage.NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTENT_ITEM__DESCRIPTION = PlanPackage.NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Idea</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTENT_ITEM__IDEA = PlanPackage.NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTENT_ITEM__TYPE = PlanPackage.NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Pillar</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTENT_ITEM__PILLAR = PlanPackage.NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Goals</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTENT_ITEM__GOALS = PlanPackage.NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Personas</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTENT_ITEM__PERSONAS = PlanPackage.NAMED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Campaign</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTENT_ITEM__CAMPAIGN = PlanPackage.NAMED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTENT_ITEM__TAGS = PlanPackage.NAMED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTENT_ITEM__OWNER = PlanPackage.NAMED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTENT_ITEM__CREATED_AT = PlanPackage.NAMED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Variants</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTENT_ITEM__VARIANTS = PlanPackage.NAMED_FEATURE_COUNT + 9;

	/**
	 * The number of structural features of the '<em>Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTENT_ITEM_FEATURE_COUNT = PlanPackage.NAMED_FEATURE_COUNT + 10;

	/**
	 * The operation id for the '<em>Serves AGoal</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTENT_ITEM___SERVES_AGOAL__DIAGNOSTICCHAIN_MAP = PlanPackage.NAMED_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTENT_ITEM_OPERATION_COUNT = PlanPackage.NAMED_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link io.github.chorus.content.model.impl.VariantImpl <em>Variant</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.github.chorus.content.model.impl.VariantImpl
	 * @see io.github.chorus.content.model.impl.ContentPackageImpl#getVariant()
	 * @generated
	 */
	int VARIANT = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIANT__ID = PlanPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Channel</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIANT__CHANNEL = PlanPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIANT__TEXT = PlanPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Media</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIANT__MEDIA = PlanPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Links</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIANT__LINKS = PlanPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>First Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIANT__FIRST_COMMENT = PlanPackage.IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Thread Parts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIANT__THREAD_PARTS = PlanPackage.IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Revision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIANT__REVISION = PlanPackage.IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Publications</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIANT__PUBLICATIONS = PlanPackage.IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Variant</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIANT_FEATURE_COUNT = PlanPackage.IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The operation id for the '<em>Has Text Or Media</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIANT___HAS_TEXT_OR_MEDIA__DIAGNOSTICCHAIN_MAP = PlanPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The operation id for the '<em>Satisfies Channel Rules</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIANT___SATISFIES_CHANNEL_RULES__DIAGNOSTICCHAIN_MAP = PlanPackage.IDENTIFIED_OPERATION_COUNT + 1;

	/**
	 * The number of operations of the '<em>Variant</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VARIANT_OPERATION_COUNT = PlanPackage.IDENTIFIED_OPERATION_COUNT + 2;

	/**
	 * The meta object id for the '{@link io.github.chorus.content.model.impl.ThreadPartImpl <em>Thread Part</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.github.chorus.content.model.impl.ThreadPartImpl
	 * @see io.github.chorus.content.model.impl.ContentPackageImpl#getThreadPart()
	 * @generated
	 */
	int THREAD_PART = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THREAD_PART__ID = PlanPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THREAD_PART__TEXT = PlanPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Media</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THREAD_PART__MEDIA = PlanPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Thread Part</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THREAD_PART_FEATURE_COUNT = PlanPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Thread Part</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THREAD_PART_OPERATION_COUNT = PlanPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.github.chorus.content.model.impl.TrackedLinkImpl <em>Tracked Link</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.github.chorus.content.model.impl.TrackedLinkImpl
	 * @see io.github.chorus.content.model.impl.ContentPackageImpl#getTrackedLink()
	 * @generated
	 */
	int TRACKED_LINK = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACKED_LINK__ID = PlanPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACKED_LINK__URL = PlanPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Utm Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACKED_LINK__UTM_SOURCE = PlanPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Utm Medium</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACKED_LINK__UTM_MEDIUM = PlanPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Utm Campaign</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACKED_LINK__UTM_CAMPAIGN = PlanPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Utm Term</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACKED_LINK__UTM_TERM = PlanPackage.IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Utm Content</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACKED_LINK__UTM_CONTENT = PlanPackage.IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Short Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACKED_LINK__SHORT_URL = PlanPackage.IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Tracked Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACKED_LINK_FEATURE_COUNT = PlanPackage.IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The operation id for the '<em>Has Valid Url</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACKED_LINK___HAS_VALID_URL__DIAGNOSTICCHAIN_MAP = PlanPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Tracked Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACKED_LINK_OPERATION_COUNT = PlanPackage.IDENTIFIED_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link io.github.chorus.content.model.impl.UtmPresetImpl <em>Utm Preset</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.github.chorus.content.model.impl.UtmPresetImpl
	 * @see io.github.chorus.content.model.impl.ContentPackageImpl#getUtmPreset()
	 * @generated
	 */
	int UTM_PRESET = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UTM_PRESET__ID = PlanPackage.NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UTM_PRESET__NAME = PlanPackage.NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UTM_PRESET__DESCRIPTION = PlanPackage.NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Utm Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UTM_PRESET__UTM_SOURCE = PlanPackage.NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Utm Medium</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UTM_PRESET__UTM_MEDIUM = PlanPackage.NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Utm Campaign</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UTM_PRESET__UTM_CAMPAIGN = PlanPackage.NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Utm Term</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UTM_PRESET__UTM_TERM = PlanPackage.NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Utm Content</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UTM_PRESET__UTM_CONTENT = PlanPackage.NAMED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Utm Preset</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UTM_PRESET_FEATURE_COUNT = PlanPackage.NAMED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Utm Preset</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UTM_PRESET_OPERATION_COUNT = PlanPackage.NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.github.chorus.content.model.impl.AssetImpl <em>Asset</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.github.chorus.content.model.impl.AssetImpl
	 * @see io.github.chorus.content.model.impl.ContentPackageImpl#getAsset()
	 * @generated
	 */
	int ASSET = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET__ID = PlanPackage.NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET__NAME = PlanPackage.NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET__DESCRIPTION = PlanPackage.NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Uri</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET__URI = PlanPackage.NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Mime Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET__MIME_TYPE = PlanPackage.NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Size Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET__SIZE_BYTES = PlanPackage.NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET__WIDTH = PlanPackage.NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET__HEIGHT = PlanPackage.NAMED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Duration Millis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET__DURATION_MILLIS = PlanPackage.NAMED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Alt Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET__ALT_TEXT = PlanPackage.NAMED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET__SHA256 = PlanPackage.NAMED_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Asset</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET_FEATURE_COUNT = PlanPackage.NAMED_FEATURE_COUNT + 8;

	/**
	 * The operation id for the '<em>Has Mime Type And Alt Text</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET___HAS_MIME_TYPE_AND_ALT_TEXT__DIAGNOSTICCHAIN_MAP = PlanPackage.NAMED_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Asset</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSET_OPERATION_COUNT = PlanPackage.NAMED_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link io.github.chorus.content.model.impl.ScheduledPublicationImpl <em>Scheduled Publication</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.github.chorus.content.model.impl.ScheduledPublicationImpl
	 * @see io.github.chorus.content.model.impl.ContentPackageImpl#getScheduledPublication()
	 * @generated
	 */
	int SCHEDULED_PUBLICATION = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULED_PUBLICATION__ID = PlanPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Scheduled At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULED_PUBLICATION__SCHEDULED_AT = PlanPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Time Zone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULED_PUBLICATION__TIME_ZONE = PlanPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULED_PUBLICATION__STATE = PlanPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Approvals</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULED_PUBLICATION__APPROVALS = PlanPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Attempts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULED_PUBLICATION__ATTEMPTS = PlanPackage.IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Remote Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULED_PUBLICATION__REMOTE_ID = PlanPackage.IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Remote Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULED_PUBLICATION__REMOTE_URL = PlanPackage.IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Published At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULED_PUBLICATION__PUBLISHED_AT = PlanPackage.IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Scheduled Publication</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULED_PUBLICATION_FEATURE_COUNT = PlanPackage.IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The operation id for the '<em>Has Time Zone</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULED_PUBLICATION___HAS_TIME_ZONE__DIAGNOSTICCHAIN_MAP = PlanPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The operation id for the '<em>Has Schedule When Scheduled</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULED_PUBLICATION___HAS_SCHEDULE_WHEN_SCHEDULED__DIAGNOSTICCHAIN_MAP = PlanPackage.IDENTIFIED_OPERATION_COUNT + 1;

	/**
	 * The operation id for the '<em>Is Approved When Scheduled</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULED_PUBLICATION___IS_APPROVED_WHEN_SCHEDULED__DIAGNOSTICCHAIN_MAP = PlanPackage.IDENTIFIED_OPERATION_COUNT + 2;

	/**
	 * The number of operations of the '<em>Scheduled Publication</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULED_PUBLICATION_OPERATION_COUNT = PlanPackage.IDENTIFIED_OPERATION_COUNT + 3;

	/**
	 * The meta object id for the '{@link io.github.chorus.content.model.impl.ApprovalImpl <em>Approval</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.github.chorus.content.model.impl.ApprovalImpl
	 * @see io.github.chorus.content.model.impl.ContentPackageImpl#getApproval()
	 * @generated
	 */
	int APPROVAL = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPROVAL__ID = PlanPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Approver</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPROVAL__APPROVER = PlanPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Decided At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPROVAL__DECIDED_AT = PlanPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Decision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPROVAL__DECISION = PlanPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Variant Revision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPROVAL__VARIANT_REVISION = PlanPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPROVAL__COMMENT = PlanPackage.IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Approval</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPROVAL_FEATURE_COUNT = PlanPackage.IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Approval</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPROVAL_OPERATION_COUNT = PlanPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.github.chorus.content.model.impl.PublishAttemptImpl <em>Publish Attempt</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.github.chorus.content.model.impl.PublishAttemptImpl
	 * @see io.github.chorus.content.model.impl.ContentPackageImpl#getPublishAttempt()
	 * @generated
	 */
	int PUBLISH_ATTEMPT = 10;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PUBLISH_ATTEMPT__ID = PlanPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Started At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PUBLISH_ATTEMPT__STARTED_AT = PlanPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Outcome</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PUBLISH_ATTEMPT__OUTCOME = PlanPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Remote Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PUBLISH_ATTEMPT__REMOTE_ID = PlanPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Remote Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PUBLISH_ATTEMPT__REMOTE_URL = PlanPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PUBLISH_ATTEMPT__MESSAGE = PlanPackage.IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Publish Attempt</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PUBLISH_ATTEMPT_FEATURE_COUNT = PlanPackage.IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Publish Attempt</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PUBLISH_ATTEMPT_OPERATION_COUNT = PlanPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.github.chorus.content.model.ContentType <em>Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.github.chorus.content.model.ContentType
	 * @see io.github.chorus.content.model.impl.ContentPackageImpl#getContentType()
	 * @generated
	 */
	int CONTENT_TYPE = 11;

	/**
	 * The meta object id for the '{@link io.github.chorus.content.model.PublicationState <em>Publication State</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.github.chorus.content.model.PublicationState
	 * @see io.github.chorus.content.model.impl.ContentPackageImpl#getPublicationState()
	 * @generated
	 */
	int PUBLICATION_STATE = 12;

	/**
	 * The meta object id for the '{@link io.github.chorus.content.model.ApprovalDecision <em>Approval Decision</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.github.chorus.content.model.ApprovalDecision
	 * @see io.github.chorus.content.model.impl.ContentPackageImpl#getApprovalDecision()
	 * @generated
	 */
	int APPROVAL_DECISION = 13;

	/**
	 * The meta object id for the '{@link io.github.chorus.content.model.AttemptOutcome <em>Attempt Outcome</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.github.chorus.content.model.AttemptOutcome
	 * @see io.github.chorus.content.model.impl.ContentPackageImpl#getAttemptOutcome()
	 * @generated
	 */
	int ATTEMPT_OUTCOME = 14;


	/**
	 * Returns the meta object for class '{@link io.github.chorus.content.model.ContentLibrary <em>Library</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Library</em>'.
	 * @see io.github.chorus.content.model.ContentLibrary
	 * @generated
	 */
	EClass getContentLibrary();

	/**
	 * Returns the meta object for the containment reference list '{@link io.github.chorus.content.model.ContentLibrary#getPillars <em>Pillars</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Pillars</em>'.
	 * @see io.github.chorus.content.model.ContentLibrary#getPillars()
	 * @see #getContentLibrary()
	 * @generated
	 */
	EReference getContentLibrary_Pillars();

	/**
	 * Returns the meta object for the containment reference list '{@link io.github.chorus.content.model.ContentLibrary#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see io.github.chorus.content.model.ContentLibrary#getItems()
	 * @see #getContentLibrary()
	 * @generated
	 */
	EReference getContentLibrary_Items();

	/**
	 * Returns the meta object for the containment reference list '{@link io.github.chorus.content.model.ContentLibrary#getAssets <em>Assets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Assets</em>'.
	 * @see io.github.chorus.content.model.ContentLibrary#getAssets()
	 * @see #getContentLibrary()
	 * @generated
	 */
	EReference getContentLibrary_Assets();

	/**
	 * Returns the meta object for the containment reference list '{@link io.github.chorus.content.model.ContentLibrary#getUtmPresets <em>Utm Presets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Utm Presets</em>'.
	 * @see io.github.chorus.content.model.ContentLibrary#getUtmPresets()
	 * @see #getContentLibrary()
	 * @generated
	 */
	EReference getContentLibrary_UtmPresets();

	/**
	 * Returns the meta object for class '{@link io.github.chorus.content.model.Pillar <em>Pillar</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Pillar</em>'.
	 * @see io.github.chorus.content.model.Pillar
	 * @generated
	 */
	EClass getPillar();

	/**
	 * Returns the meta object for class '{@link io.github.chorus.content.model.ContentItem <em>Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Item</em>'.
	 * @see io.github.chorus.content.model.ContentItem
	 * @generated
	 */
	EClass getContentItem();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.content.model.ContentItem#getIdea <em>Idea</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Idea</em>'.
	 * @see io.github.chorus.content.model.ContentItem#getIdea()
	 * @see #getContentItem()
	 * @generated
	 */
	EAttribute getContentItem_Idea();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.content.model.ContentItem#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see io.github.chorus.content.model.ContentItem#getType()
	 * @see #getContentItem()
	 * @generated
	 */
	EAttribute getContentItem_Type();

	/**
	 * Returns the meta object for the reference '{@link io.github.chorus.content.model.ContentItem#getPillar <em>Pillar</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Pillar</em>'.
	 * @see io.github.chorus.content.model.ContentItem#getPillar()
	 * @see #getContentItem()
	 * @generated
	 */
	EReference getContentItem_Pillar();

	/**
	 * Returns the meta object for the reference list '{@link io.github.chorus.content.model.ContentItem#getGoals <em>Goals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Goals</em>'.
	 * @see io.github.chorus.content.model.ContentItem#getGoals()
	 * @see #getContentItem()
	 * @generated
	 */
	EReference getContentItem_Goals();

	/**
	 * Returns the meta object for the reference list '{@link io.github.chorus.content.model.ContentItem#getPersonas <em>Personas</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Personas</em>'.
	 * @see io.github.chorus.content.model.ContentItem#getPersonas()
	 * @see #getContentItem()
	 * @generated
	 */
	EReference getContentItem_Personas();

	/**
	 * Returns the meta object for the reference '{@link io.github.chorus.content.model.ContentItem#getCampaign <em>Campaign</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Campaign</em>'.
	 * @see io.github.chorus.content.model.ContentItem#getCampaign()
	 * @see #getContentItem()
	 * @generated
	 */
	EReference getContentItem_Campaign();

	/**
	 * Returns the meta object for the reference list '{@link io.github.chorus.content.model.ContentItem#getTags <em>Tags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Tags</em>'.
	 * @see io.github.chorus.content.model.ContentItem#getTags()
	 * @see #getContentItem()
	 * @generated
	 */
	EReference getContentItem_Tags();

	/**
	 * Returns the meta object for the reference '{@link io.github.chorus.content.model.ContentItem#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Owner</em>'.
	 * @see io.github.chorus.content.model.ContentItem#getOwner()
	 * @see #getContentItem()
	 * @generated
	 */
	EReference getContentItem_Owner();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.content.model.ContentItem#getCreatedAt <em>Created At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created At</em>'.
	 * @see io.github.chorus.content.model.ContentItem#getCreatedAt()
	 * @see #getContentItem()
	 * @generated
	 */
	EAttribute getContentItem_CreatedAt();

	/**
	 * Returns the meta object for the containment reference list '{@link io.github.chorus.content.model.ContentItem#getVariants <em>Variants</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Variants</em>'.
	 * @see io.github.chorus.content.model.ContentItem#getVariants()
	 * @see #getContentItem()
	 * @generated
	 */
	EReference getContentItem_Variants();

	/**
	 * Returns the meta object for the '{@link io.github.chorus.content.model.ContentItem#servesAGoal(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Serves AGoal</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Serves AGoal</em>' operation.
	 * @see io.github.chorus.content.model.ContentItem#servesAGoal(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getContentItem__ServesAGoal__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link io.github.chorus.content.model.Variant <em>Variant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Variant</em>'.
	 * @see io.github.chorus.content.model.Variant
	 * @generated
	 */
	EClass getVariant();

	/**
	 * Returns the meta object for the reference '{@link io.github.chorus.content.model.Variant#getChannel <em>Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Channel</em>'.
	 * @see io.github.chorus.content.model.Variant#getChannel()
	 * @see #getVariant()
	 * @generated
	 */
	EReference getVariant_Channel();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.content.model.Variant#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see io.github.chorus.content.model.Variant#getText()
	 * @see #getVariant()
	 * @generated
	 */
	EAttribute getVariant_Text();

	/**
	 * Returns the meta object for the reference list '{@link io.github.chorus.content.model.Variant#getMedia <em>Media</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Media</em>'.
	 * @see io.github.chorus.content.model.Variant#getMedia()
	 * @see #getVariant()
	 * @generated
	 */
	EReference getVariant_Media();

	/**
	 * Returns the meta object for the containment reference list '{@link io.github.chorus.content.model.Variant#getLinks <em>Links</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Links</em>'.
	 * @see io.github.chorus.content.model.Variant#getLinks()
	 * @see #getVariant()
	 * @generated
	 */
	EReference getVariant_Links();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.content.model.Variant#getFirstComment <em>First Comment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>First Comment</em>'.
	 * @see io.github.chorus.content.model.Variant#getFirstComment()
	 * @see #getVariant()
	 * @generated
	 */
	EAttribute getVariant_FirstComment();

	/**
	 * Returns the meta object for the containment reference list '{@link io.github.chorus.content.model.Variant#getThreadParts <em>Thread Parts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Thread Parts</em>'.
	 * @see io.github.chorus.content.model.Variant#getThreadParts()
	 * @see #getVariant()
	 * @generated
	 */
	EReference getVariant_ThreadParts();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.content.model.Variant#getRevision <em>Revision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Revision</em>'.
	 * @see io.github.chorus.content.model.Variant#getRevision()
	 * @see #getVariant()
	 * @generated
	 */
	EAttribute getVariant_Revision();

	/**
	 * Returns the meta object for the containment reference list '{@link io.github.chorus.content.model.Variant#getPublications <em>Publications</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Publications</em>'.
	 * @see io.github.chorus.content.model.Variant#getPublications()
	 * @see #getVariant()
	 * @generated
	 */
	EReference getVariant_Publications();

	/**
	 * Returns the meta object for the '{@link io.github.chorus.content.model.Variant#hasTextOrMedia(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Has Text Or Media</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Has Text Or Media</em>' operation.
	 * @see io.github.chorus.content.model.Variant#hasTextOrMedia(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getVariant__HasTextOrMedia__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link io.github.chorus.content.model.Variant#satisfiesChannelRules(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Satisfies Channel Rules</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Satisfies Channel Rules</em>' operation.
	 * @see io.github.chorus.content.model.Variant#satisfiesChannelRules(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getVariant__SatisfiesChannelRules__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link io.github.chorus.content.model.ThreadPart <em>Thread Part</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Thread Part</em>'.
	 * @see io.github.chorus.content.model.ThreadPart
	 * @generated
	 */
	EClass getThreadPart();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.content.model.ThreadPart#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see io.github.chorus.content.model.ThreadPart#getText()
	 * @see #getThreadPart()
	 * @generated
	 */
	EAttribute getThreadPart_Text();

	/**
	 * Returns the meta object for the reference list '{@link io.github.chorus.content.model.ThreadPart#getMedia <em>Media</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Media</em>'.
	 * @see io.github.chorus.content.model.ThreadPart#getMedia()
	 * @see #getThreadPart()
	 * @generated
	 */
	EReference getThreadPart_Media();

	/**
	 * Returns the meta object for class '{@link io.github.chorus.content.model.TrackedLink <em>Tracked Link</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Tracked Link</em>'.
	 * @see io.github.chorus.content.model.TrackedLink
	 * @generated
	 */
	EClass getTrackedLink();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.content.model.TrackedLink#getUrl <em>Url</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Url</em>'.
	 * @see io.github.chorus.content.model.TrackedLink#getUrl()
	 * @see #getTrackedLink()
	 * @generated
	 */
	EAttribute getTrackedLink_Url();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.content.model.TrackedLink#getUtmSource <em>Utm Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Utm Source</em>'.
	 * @see io.github.chorus.content.model.TrackedLink#getUtmSource()
	 * @see #getTrackedLink()
	 * @generated
	 */
	EAttribute getTrackedLink_UtmSource();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.content.model.TrackedLink#getUtmMedium <em>Utm Medium</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Utm Medium</em>'.
	 * @see io.github.chorus.content.model.TrackedLink#getUtmMedium()
	 * @see #getTrackedLink()
	 * @generated
	 */
	EAttribute getTrackedLink_UtmMedium();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.content.model.TrackedLink#getUtmCampaign <em>Utm Campaign</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Utm Campaign</em>'.
	 * @see io.github.chorus.content.model.TrackedLink#getUtmCampaign()
	 * @see #getTrackedLink()
	 * @generated
	 */
	EAttribute getTrackedLink_UtmCampaign();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.content.model.TrackedLink#getUtmTerm <em>Utm Term</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Utm Term</em>'.
	 * @see io.github.chorus.content.model.TrackedLink#getUtmTerm()
	 * @see #getTrackedLink()
	 * @generated
	 */
	EAttribute getTrackedLink_UtmTerm();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.content.model.TrackedLink#getUtmContent <em>Utm Content</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Utm Content</em>'.
	 * @see io.github.chorus.content.model.TrackedLink#getUtmContent()
	 * @see #getTrackedLink()
	 * @generated
	 */
	EAttribute getTrackedLink_UtmContent();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.content.model.TrackedLink#getShortUrl <em>Short Url</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Short Url</em>'.
	 * @see io.github.chorus.content.model.TrackedLink#getShortUrl()
	 * @see #getTrackedLink()
	 * @generated
	 */
	EAttribute getTrackedLink_ShortUrl();

	/**
	 * Returns the meta object for the '{@link io.github.chorus.content.model.TrackedLink#hasValidUrl(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Has Valid Url</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Has Valid Url</em>' operation.
	 * @see io.github.chorus.content.model.TrackedLink#hasValidUrl(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getTrackedLink__HasValidUrl__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link io.github.chorus.content.model.UtmPreset <em>Utm Preset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Utm Preset</em>'.
	 * @see io.github.chorus.content.model.UtmPreset
	 * @generated
	 */
	EClass getUtmPreset();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.content.model.UtmPreset#getUtmSource <em>Utm Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Utm Source</em>'.
	 * @see io.github.chorus.content.model.UtmPreset#getUtmSource()
	 * @see #getUtmPreset()
	 * @generated
	 */
	EAttribute getUtmPreset_UtmSource();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.content.model.UtmPreset#getUtmMedium <em>Utm Medium</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Utm Medium</em>'.
	 * @see io.github.chorus.content.model.UtmPreset#getUtmMedium()
	 * @see #getUtmPreset()
	 * @generated
	 */
	EAttribute getUtmPreset_UtmMedium();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.content.model.UtmPreset#getUtmCampaign <em>Utm Campaign</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Utm Campaign</em>'.
	 * @see io.github.chorus.content.model.UtmPreset#getUtmCampaign()
	 * @see #getUtmPreset()
	 * @generated
	 */
	EAttribute getUtmPreset_UtmCampaign();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.content.model.UtmPreset#getUtmTerm <em>Utm Term</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Utm Term</em>'.
	 * @see io.github.chorus.content.model.UtmPreset#getUtmTerm()
	 * @see #getUtmPreset()
	 * @generated
	 */
	EAttribute getUtmPreset_UtmTerm();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.content.model.UtmPreset#getUtmContent <em>Utm Content</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Utm Content</em>'.
	 * @see io.github.chorus.content.model.UtmPreset#getUtmContent()
	 * @see #getUtmPreset()
	 * @generated
	 */
	EAttribute getUtmPreset_UtmContent();

	/**
	 * Returns the meta object for class '{@link io.github.chorus.content.model.Asset <em>Asset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Asset</em>'.
	 * @see io.github.chorus.content.model.Asset
	 * @generated
	 */
	EClass getAsset();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.content.model.Asset#getUri <em>Uri</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Uri</em>'.
	 * @see io.github.chorus.content.model.Asset#getUri()
	 * @see #getAsset()
	 * @generated
	 */
	EAttribute getAsset_Uri();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.content.model.Asset#getMimeType <em>Mime Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mime Type</em>'.
	 * @see io.github.chorus.content.model.Asset#getMimeType()
	 * @see #getAsset()
	 * @generated
	 */
	EAttribute getAsset_MimeType();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.content.model.Asset#getSizeBytes <em>Size Bytes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Size Bytes</em>'.
	 * @see io.github.chorus.content.model.Asset#getSizeBytes()
	 * @see #getAsset()
	 * @generated
	 */
	EAttribute getAsset_SizeBytes();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.content.model.Asset#getWidth <em>Width</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Width</em>'.
	 * @see io.github.chorus.content.model.Asset#getWidth()
	 * @see #getAsset()
	 * @generated
	 */
	EAttribute getAsset_Width();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.content.model.Asset#getHeight <em>Height</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Height</em>'.
	 * @see io.github.chorus.content.model.Asset#getHeight()
	 * @see #getAsset()
	 * @generated
	 */
	EAttribute getAsset_Height();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.content.model.Asset#getDurationMillis <em>Duration Millis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Duration Millis</em>'.
	 * @see io.github.chorus.content.model.Asset#getDurationMillis()
	 * @see #getAsset()
	 * @generated
	 */
	EAttribute getAsset_DurationMillis();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.content.model.Asset#getAltText <em>Alt Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Alt Text</em>'.
	 * @see io.github.chorus.content.model.Asset#getAltText()
	 * @see #getAsset()
	 * @generated
	 */
	EAttribute getAsset_AltText();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.content.model.Asset#getSha256 <em>Sha256</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sha256</em>'.
	 * @see io.github.chorus.content.model.Asset#getSha256()
	 * @see #getAsset()
	 * @generated
	 */
	EAttribute getAsset_Sha256();

	/**
	 * Returns the meta object for the '{@link io.github.chorus.content.model.Asset#hasMimeTypeAndAltText(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Has Mime Type And Alt Text</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Has Mime Type And Alt Text</em>' operation.
	 * @see io.github.chorus.content.model.Asset#hasMimeTypeAndAltText(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getAsset__HasMimeTypeAndAltText__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link io.github.chorus.content.model.ScheduledPublication <em>Scheduled Publication</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Scheduled Publication</em>'.
	 * @see io.github.chorus.content.model.ScheduledPublication
	 * @generated
	 */
	EClass getScheduledPublication();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.content.model.ScheduledPublication#getScheduledAt <em>Scheduled At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scheduled At</em>'.
	 * @see io.github.chorus.content.model.ScheduledPublication#getScheduledAt()
	 * @see #getScheduledPublication()
	 * @generated
	 */
	EAttribute getScheduledPublication_ScheduledAt();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.content.model.ScheduledPublication#getTimeZone <em>Time Zone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time Zone</em>'.
	 * @see io.github.chorus.content.model.ScheduledPublication#getTimeZone()
	 * @see #getScheduledPublication()
	 * @generated
	 */
	EAttribute getScheduledPublication_TimeZone();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.content.model.ScheduledPublication#getState <em>State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State</em>'.
	 * @see io.github.chorus.content.model.ScheduledPublication#getState()
	 * @see #getScheduledPublication()
	 * @generated
	 */
	EAttribute getScheduledPublication_State();

	/**
	 * Returns the meta object for the containment reference list '{@link io.github.chorus.content.model.ScheduledPublication#getApprovals <em>Approvals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Approvals</em>'.
	 * @see io.github.chorus.content.model.ScheduledPublication#getApprovals()
	 * @see #getScheduledPublication()
	 * @generated
	 */
	EReference getScheduledPublication_Approvals();

	/**
	 * Returns the meta object for the containment reference list '{@link io.github.chorus.content.model.ScheduledPublication#getAttempts <em>Attempts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Attempts</em>'.
	 * @see io.github.chorus.content.model.ScheduledPublication#getAttempts()
	 * @see #getScheduledPublication()
	 * @generated
	 */
	EReference getScheduledPublication_Attempts();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.content.model.ScheduledPublication#getRemoteId <em>Remote Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Remote Id</em>'.
	 * @see io.github.chorus.content.model.ScheduledPublication#getRemoteId()
	 * @see #getScheduledPublication()
	 * @generated
	 */
	EAttribute getScheduledPublication_RemoteId();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.content.model.ScheduledPublication#getRemoteUrl <em>Remote Url</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Remote Url</em>'.
	 * @see io.github.chorus.content.model.ScheduledPublication#getRemoteUrl()
	 * @see #getScheduledPublication()
	 * @generated
	 */
	EAttribute getScheduledPublication_RemoteUrl();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.content.model.ScheduledPublication#getPublishedAt <em>Published At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Published At</em>'.
	 * @see io.github.chorus.content.model.ScheduledPublication#getPublishedAt()
	 * @see #getScheduledPublication()
	 * @generated
	 */
	EAttribute getScheduledPublication_PublishedAt();

	/**
	 * Returns the meta object for the '{@link io.github.chorus.content.model.ScheduledPublication#hasTimeZone(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Has Time Zone</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Has Time Zone</em>' operation.
	 * @see io.github.chorus.content.model.ScheduledPublication#hasTimeZone(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getScheduledPublication__HasTimeZone__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link io.github.chorus.content.model.ScheduledPublication#hasScheduleWhenScheduled(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Has Schedule When Scheduled</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Has Schedule When Scheduled</em>' operation.
	 * @see io.github.chorus.content.model.ScheduledPublication#hasScheduleWhenScheduled(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getScheduledPublication__HasScheduleWhenScheduled__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link io.github.chorus.content.model.ScheduledPublication#isApprovedWhenScheduled(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Is Approved When Scheduled</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Is Approved When Scheduled</em>' operation.
	 * @see io.github.chorus.content.model.ScheduledPublication#isApprovedWhenScheduled(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getScheduledPublication__IsApprovedWhenScheduled__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link io.github.chorus.content.model.Approval <em>Approval</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Approval</em>'.
	 * @see io.github.chorus.content.model.Approval
	 * @generated
	 */
	EClass getApproval();

	/**
	 * Returns the meta object for the reference '{@link io.github.chorus.content.model.Approval#getApprover <em>Approver</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Approver</em>'.
	 * @see io.github.chorus.content.model.Approval#getApprover()
	 * @see #getApproval()
	 * @generated
	 */
	EReference getApproval_Approver();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.content.model.Approval#getDecidedAt <em>Decided At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Decided At</em>'.
	 * @see io.github.chorus.content.model.Approval#getDecidedAt()
	 * @see #getApproval()
	 * @generated
	 */
	EAttribute getApproval_DecidedAt();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.content.model.Approval#getDecision <em>Decision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Decision</em>'.
	 * @see io.github.chorus.content.model.Approval#getDecision()
	 * @see #getApproval()
	 * @generated
	 */
	EAttribute getApproval_Decision();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.content.model.Approval#getVariantRevision <em>Variant Revision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Variant Revision</em>'.
	 * @see io.github.chorus.content.model.Approval#getVariantRevision()
	 * @see #getApproval()
	 * @generated
	 */
	EAttribute getApproval_VariantRevision();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.content.model.Approval#getComment <em>Comment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Comment</em>'.
	 * @see io.github.chorus.content.model.Approval#getComment()
	 * @see #getApproval()
	 * @generated
	 */
	EAttribute getApproval_Comment();

	/**
	 * Returns the meta object for class '{@link io.github.chorus.content.model.PublishAttempt <em>Publish Attempt</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Publish Attempt</em>'.
	 * @see io.github.chorus.content.model.PublishAttempt
	 * @generated
	 */
	EClass getPublishAttempt();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.content.model.PublishAttempt#getStartedAt <em>Started At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Started At</em>'.
	 * @see io.github.chorus.content.model.PublishAttempt#getStartedAt()
	 * @see #getPublishAttempt()
	 * @generated
	 */
	EAttribute getPublishAttempt_StartedAt();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.content.model.PublishAttempt#getOutcome <em>Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Outcome</em>'.
	 * @see io.github.chorus.content.model.PublishAttempt#getOutcome()
	 * @see #getPublishAttempt()
	 * @generated
	 */
	EAttribute getPublishAttempt_Outcome();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.content.model.PublishAttempt#getRemoteId <em>Remote Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Remote Id</em>'.
	 * @see io.github.chorus.content.model.PublishAttempt#getRemoteId()
	 * @see #getPublishAttempt()
	 * @generated
	 */
	EAttribute getPublishAttempt_RemoteId();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.content.model.PublishAttempt#getRemoteUrl <em>Remote Url</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Remote Url</em>'.
	 * @see io.github.chorus.content.model.PublishAttempt#getRemoteUrl()
	 * @see #getPublishAttempt()
	 * @generated
	 */
	EAttribute getPublishAttempt_RemoteUrl();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.content.model.PublishAttempt#getMessage <em>Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message</em>'.
	 * @see io.github.chorus.content.model.PublishAttempt#getMessage()
	 * @see #getPublishAttempt()
	 * @generated
	 */
	EAttribute getPublishAttempt_Message();

	/**
	 * Returns the meta object for enum '{@link io.github.chorus.content.model.ContentType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Type</em>'.
	 * @see io.github.chorus.content.model.ContentType
	 * @generated
	 */
	EEnum getContentType();

	/**
	 * Returns the meta object for enum '{@link io.github.chorus.content.model.PublicationState <em>Publication State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Publication State</em>'.
	 * @see io.github.chorus.content.model.PublicationState
	 * @generated
	 */
	EEnum getPublicationState();

	/**
	 * Returns the meta object for enum '{@link io.github.chorus.content.model.ApprovalDecision <em>Approval Decision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Approval Decision</em>'.
	 * @see io.github.chorus.content.model.ApprovalDecision
	 * @generated
	 */
	EEnum getApprovalDecision();

	/**
	 * Returns the meta object for enum '{@link io.github.chorus.content.model.AttemptOutcome <em>Attempt Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Attempt Outcome</em>'.
	 * @see io.github.chorus.content.model.AttemptOutcome
	 * @generated
	 */
	EEnum getAttemptOutcome();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	ContentFactory getContentFactory();

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
		 * The meta object literal for the '{@link io.github.chorus.content.model.impl.ContentLibraryImpl <em>Library</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.github.chorus.content.model.impl.ContentLibraryImpl
		 * @see io.github.chorus.content.model.impl.ContentPackageImpl#getContentLibrary()
		 * @generated
		 */
		EClass CONTENT_LIBRARY = eINSTANCE.getContentLibrary();

		/**
		 * The meta object literal for the '<em><b>Pillars</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTENT_LIBRARY__PILLARS = eINSTANCE.getContentLibrary_Pillars();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTENT_LIBRARY__ITEMS = eINSTANCE.getContentLibrary_Items();

		/**
		 * The meta object literal for the '<em><b>Assets</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTENT_LIBRARY__ASSETS = eINSTANCE.getContentLibrary_Assets();

		/**
		 * The meta object literal for the '<em><b>Utm Presets</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTENT_LIBRARY__UTM_PRESETS = eINSTANCE.getContentLibrary_UtmPresets();

		/**
		 * The meta object literal for the '{@link io.github.chorus.content.model.impl.PillarImpl <em>Pillar</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.github.chorus.content.model.impl.PillarImpl
		 * @see io.github.chorus.content.model.impl.ContentPackageImpl#getPillar()
		 * @generated
		 */
		EClass PILLAR = eINSTANCE.getPillar();

		/**
		 * The meta object literal for the '{@link io.github.chorus.content.model.impl.ContentItemImpl <em>Item</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.github.chorus.content.model.impl.ContentItemImpl
		 * @see io.github.chorus.content.model.impl.ContentPackageImpl#getContentItem()
		 * @generated
		 */
		EClass CONTENT_ITEM = eINSTANCE.getContentItem();

		/**
		 * The meta object literal for the '<em><b>Idea</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTENT_ITEM__IDEA = eINSTANCE.getContentItem_Idea();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTENT_ITEM__TYPE = eINSTANCE.getContentItem_Type();

		/**
		 * The meta object literal for the '<em><b>Pillar</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTENT_ITEM__PILLAR = eINSTANCE.getContentItem_Pillar();

		/**
		 * The meta object literal for the '<em><b>Goals</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTENT_ITEM__GOALS = eINSTANCE.getContentItem_Goals();

		/**
		 * The meta object literal for the '<em><b>Personas</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTENT_ITEM__PERSONAS = eINSTANCE.getContentItem_Personas();

		/**
		 * The meta object literal for the '<em><b>Campaign</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTENT_ITEM__CAMPAIGN = eINSTANCE.getContentItem_Campaign();

		/**
		 * The meta object literal for the '<em><b>Tags</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTENT_ITEM__TAGS = eINSTANCE.getContentItem_Tags();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTENT_ITEM__OWNER = eINSTANCE.getContentItem_Owner();

		/**
		 * The meta object literal for the '<em><b>Created At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTENT_ITEM__CREATED_AT = eINSTANCE.getContentItem_CreatedAt();

		/**
		 * The meta object literal for the '<em><b>Variants</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTENT_ITEM__VARIANTS = eINSTANCE.getContentItem_Variants();

		/**
		 * The meta object literal for the '<em><b>Serves AGoal</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CONTENT_ITEM___SERVES_AGOAL__DIAGNOSTICCHAIN_MAP = eINSTANCE.getContentItem__ServesAGoal__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link io.github.chorus.content.model.impl.VariantImpl <em>Variant</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.github.chorus.content.model.impl.VariantImpl
		 * @see io.github.chorus.content.model.impl.ContentPackageImpl#getVariant()
		 * @generated
		 */
		EClass VARIANT = eINSTANCE.getVariant();

		/**
		 * The meta object literal for the '<em><b>Channel</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VARIANT__CHANNEL = eINSTANCE.getVariant_Channel();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VARIANT__TEXT = eINSTANCE.getVariant_Text();

		/**
		 * The meta object literal for the '<em><b>Media</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VARIANT__MEDIA = eINSTANCE.getVariant_Media();

		/**
		 * The meta object literal for the '<em><b>Links</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VARIANT__LINKS = eINSTANCE.getVariant_Links();

		/**
		 * The meta object literal for the '<em><b>First Comment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VARIANT__FIRST_COMMENT = eINSTANCE.getVariant_FirstComment();

		/**
		 * The meta object literal for the '<em><b>Thread Parts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VARIANT__THREAD_PARTS = eINSTANCE.getVariant_ThreadParts();

		/**
		 * The meta object literal for the '<em><b>Revision</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VARIANT__REVISION = eINSTANCE.getVariant_Revision();

		/**
		 * The meta object literal for the '<em><b>Publications</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VARIANT__PUBLICATIONS = eINSTANCE.getVariant_Publications();

		/**
		 * The meta object literal for the '<em><b>Has Text Or Media</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation VARIANT___HAS_TEXT_OR_MEDIA__DIAGNOSTICCHAIN_MAP = eINSTANCE.getVariant__HasTextOrMedia__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>Satisfies Channel Rules</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation VARIANT___SATISFIES_CHANNEL_RULES__DIAGNOSTICCHAIN_MAP = eINSTANCE.getVariant__SatisfiesChannelRules__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link io.github.chorus.content.model.impl.ThreadPartImpl <em>Thread Part</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.github.chorus.content.model.impl.ThreadPartImpl
		 * @see io.github.chorus.content.model.impl.ContentPackageImpl#getThreadPart()
		 * @generated
		 */
		EClass THREAD_PART = eINSTANCE.getThreadPart();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute THREAD_PART__TEXT = eINSTANCE.getThreadPart_Text();

		/**
		 * The meta object literal for the '<em><b>Media</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference THREAD_PART__MEDIA = eINSTANCE.getThreadPart_Media();

		/**
		 * The meta object literal for the '{@link io.github.chorus.content.model.impl.TrackedLinkImpl <em>Tracked Link</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.github.chorus.content.model.impl.TrackedLinkImpl
		 * @see io.github.chorus.content.model.impl.ContentPackageImpl#getTrackedLink()
		 * @generated
		 */
		EClass TRACKED_LINK = eINSTANCE.getTrackedLink();

		/**
		 * The meta object literal for the '<em><b>Url</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRACKED_LINK__URL = eINSTANCE.getTrackedLink_Url();

		/**
		 * The meta object literal for the '<em><b>Utm Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRACKED_LINK__UTM_SOURCE = eINSTANCE.getTrackedLink_UtmSource();

		/**
		 * The meta object literal for the '<em><b>Utm Medium</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRACKED_LINK__UTM_MEDIUM = eINSTANCE.getTrackedLink_UtmMedium();

		/**
		 * The meta object literal for the '<em><b>Utm Campaign</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRACKED_LINK__UTM_CAMPAIGN = eINSTANCE.getTrackedLink_UtmCampaign();

		/**
		 * The meta object literal for the '<em><b>Utm Term</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRACKED_LINK__UTM_TERM = eINSTANCE.getTrackedLink_UtmTerm();

		/**
		 * The meta object literal for the '<em><b>Utm Content</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRACKED_LINK__UTM_CONTENT = eINSTANCE.getTrackedLink_UtmContent();

		/**
		 * The meta object literal for the '<em><b>Short Url</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRACKED_LINK__SHORT_URL = eINSTANCE.getTrackedLink_ShortUrl();

		/**
		 * The meta object literal for the '<em><b>Has Valid Url</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation TRACKED_LINK___HAS_VALID_URL__DIAGNOSTICCHAIN_MAP = eINSTANCE.getTrackedLink__HasValidUrl__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link io.github.chorus.content.model.impl.UtmPresetImpl <em>Utm Preset</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.github.chorus.content.model.impl.UtmPresetImpl
		 * @see io.github.chorus.content.model.impl.ContentPackageImpl#getUtmPreset()
		 * @generated
		 */
		EClass UTM_PRESET = eINSTANCE.getUtmPreset();

		/**
		 * The meta object literal for the '<em><b>Utm Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UTM_PRESET__UTM_SOURCE = eINSTANCE.getUtmPreset_UtmSource();

		/**
		 * The meta object literal for the '<em><b>Utm Medium</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UTM_PRESET__UTM_MEDIUM = eINSTANCE.getUtmPreset_UtmMedium();

		/**
		 * The meta object literal for the '<em><b>Utm Campaign</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UTM_PRESET__UTM_CAMPAIGN = eINSTANCE.getUtmPreset_UtmCampaign();

		/**
		 * The meta object literal for the '<em><b>Utm Term</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UTM_PRESET__UTM_TERM = eINSTANCE.getUtmPreset_UtmTerm();

		/**
		 * The meta object literal for the '<em><b>Utm Content</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UTM_PRESET__UTM_CONTENT = eINSTANCE.getUtmPreset_UtmContent();

		/**
		 * The meta object literal for the '{@link io.github.chorus.content.model.impl.AssetImpl <em>Asset</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.github.chorus.content.model.impl.AssetImpl
		 * @see io.github.chorus.content.model.impl.ContentPackageImpl#getAsset()
		 * @generated
		 */
		EClass ASSET = eINSTANCE.getAsset();

		/**
		 * The meta object literal for the '<em><b>Uri</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSET__URI = eINSTANCE.getAsset_Uri();

		/**
		 * The meta object literal for the '<em><b>Mime Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSET__MIME_TYPE = eINSTANCE.getAsset_MimeType();

		/**
		 * The meta object literal for the '<em><b>Size Bytes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSET__SIZE_BYTES = eINSTANCE.getAsset_SizeBytes();

		/**
		 * The meta object literal for the '<em><b>Width</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSET__WIDTH = eINSTANCE.getAsset_Width();

		/**
		 * The meta object literal for the '<em><b>Height</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSET__HEIGHT = eINSTANCE.getAsset_Height();

		/**
		 * The meta object literal for the '<em><b>Duration Millis</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSET__DURATION_MILLIS = eINSTANCE.getAsset_DurationMillis();

		/**
		 * The meta object literal for the '<em><b>Alt Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSET__ALT_TEXT = eINSTANCE.getAsset_AltText();

		/**
		 * The meta object literal for the '<em><b>Sha256</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSET__SHA256 = eINSTANCE.getAsset_Sha256();

		/**
		 * The meta object literal for the '<em><b>Has Mime Type And Alt Text</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation ASSET___HAS_MIME_TYPE_AND_ALT_TEXT__DIAGNOSTICCHAIN_MAP = eINSTANCE.getAsset__HasMimeTypeAndAltText__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link io.github.chorus.content.model.impl.ScheduledPublicationImpl <em>Scheduled Publication</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.github.chorus.content.model.impl.ScheduledPublicationImpl
		 * @see io.github.chorus.content.model.impl.ContentPackageImpl#getScheduledPublication()
		 * @generated
		 */
		EClass SCHEDULED_PUBLICATION = eINSTANCE.getScheduledPublication();

		/**
		 * The meta object literal for the '<em><b>Scheduled At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEDULED_PUBLICATION__SCHEDULED_AT = eINSTANCE.getScheduledPublication_ScheduledAt();

		/**
		 * The meta object literal for the '<em><b>Time Zone</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEDULED_PUBLICATION__TIME_ZONE = eINSTANCE.getScheduledPublication_TimeZone();

		/**
		 * The meta object literal for the '<em><b>State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEDULED_PUBLICATION__STATE = eINSTANCE.getScheduledPublication_State();

		/**
		 * The meta object literal for the '<em><b>Approvals</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCHEDULED_PUBLICATION__APPROVALS = eINSTANCE.getScheduledPublication_Approvals();

		/**
		 * The meta object literal for the '<em><b>Attempts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCHEDULED_PUBLICATION__ATTEMPTS = eINSTANCE.getScheduledPublication_Attempts();

		/**
		 * The meta object literal for the '<em><b>Remote Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEDULED_PUBLICATION__REMOTE_ID = eINSTANCE.getScheduledPublication_RemoteId();

		/**
		 * The meta object literal for the '<em><b>Remote Url</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEDULED_PUBLICATION__REMOTE_URL = eINSTANCE.getScheduledPublication_RemoteUrl();

		/**
		 * The meta object literal for the '<em><b>Published At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEDULED_PUBLICATION__PUBLISHED_AT = eINSTANCE.getScheduledPublication_PublishedAt();

		/**
		 * The meta object literal for the '<em><b>Has Time Zone</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation SCHEDULED_PUBLICATION___HAS_TIME_ZONE__DIAGNOSTICCHAIN_MAP = eINSTANCE.getScheduledPublication__HasTimeZone__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>Has Schedule When Scheduled</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation SCHEDULED_PUBLICATION___HAS_SCHEDULE_WHEN_SCHEDULED__DIAGNOSTICCHAIN_MAP = eINSTANCE.getScheduledPublication__HasScheduleWhenScheduled__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>Is Approved When Scheduled</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation SCHEDULED_PUBLICATION___IS_APPROVED_WHEN_SCHEDULED__DIAGNOSTICCHAIN_MAP = eINSTANCE.getScheduledPublication__IsApprovedWhenScheduled__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link io.github.chorus.content.model.impl.ApprovalImpl <em>Approval</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.github.chorus.content.model.impl.ApprovalImpl
		 * @see io.github.chorus.content.model.impl.ContentPackageImpl#getApproval()
		 * @generated
		 */
		EClass APPROVAL = eINSTANCE.getApproval();

		/**
		 * The meta object literal for the '<em><b>Approver</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference APPROVAL__APPROVER = eINSTANCE.getApproval_Approver();

		/**
		 * The meta object literal for the '<em><b>Decided At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPROVAL__DECIDED_AT = eINSTANCE.getApproval_DecidedAt();

		/**
		 * The meta object literal for the '<em><b>Decision</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPROVAL__DECISION = eINSTANCE.getApproval_Decision();

		/**
		 * The meta object literal for the '<em><b>Variant Revision</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPROVAL__VARIANT_REVISION = eINSTANCE.getApproval_VariantRevision();

		/**
		 * The meta object literal for the '<em><b>Comment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPROVAL__COMMENT = eINSTANCE.getApproval_Comment();

		/**
		 * The meta object literal for the '{@link io.github.chorus.content.model.impl.PublishAttemptImpl <em>Publish Attempt</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.github.chorus.content.model.impl.PublishAttemptImpl
		 * @see io.github.chorus.content.model.impl.ContentPackageImpl#getPublishAttempt()
		 * @generated
		 */
		EClass PUBLISH_ATTEMPT = eINSTANCE.getPublishAttempt();

		/**
		 * The meta object literal for the '<em><b>Started At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PUBLISH_ATTEMPT__STARTED_AT = eINSTANCE.getPublishAttempt_StartedAt();

		/**
		 * The meta object literal for the '<em><b>Outcome</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PUBLISH_ATTEMPT__OUTCOME = eINSTANCE.getPublishAttempt_Outcome();

		/**
		 * The meta object literal for the '<em><b>Remote Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PUBLISH_ATTEMPT__REMOTE_ID = eINSTANCE.getPublishAttempt_RemoteId();

		/**
		 * The meta object literal for the '<em><b>Remote Url</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PUBLISH_ATTEMPT__REMOTE_URL = eINSTANCE.getPublishAttempt_RemoteUrl();

		/**
		 * The meta object literal for the '<em><b>Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PUBLISH_ATTEMPT__MESSAGE = eINSTANCE.getPublishAttempt_Message();

		/**
		 * The meta object literal for the '{@link io.github.chorus.content.model.ContentType <em>Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.github.chorus.content.model.ContentType
		 * @see io.github.chorus.content.model.impl.ContentPackageImpl#getContentType()
		 * @generated
		 */
		EEnum CONTENT_TYPE = eINSTANCE.getContentType();

		/**
		 * The meta object literal for the '{@link io.github.chorus.content.model.PublicationState <em>Publication State</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.github.chorus.content.model.PublicationState
		 * @see io.github.chorus.content.model.impl.ContentPackageImpl#getPublicationState()
		 * @generated
		 */
		EEnum PUBLICATION_STATE = eINSTANCE.getPublicationState();

		/**
		 * The meta object literal for the '{@link io.github.chorus.content.model.ApprovalDecision <em>Approval Decision</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.github.chorus.content.model.ApprovalDecision
		 * @see io.github.chorus.content.model.impl.ContentPackageImpl#getApprovalDecision()
		 * @generated
		 */
		EEnum APPROVAL_DECISION = eINSTANCE.getApprovalDecision();

		/**
		 * The meta object literal for the '{@link io.github.chorus.content.model.AttemptOutcome <em>Attempt Outcome</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.github.chorus.content.model.AttemptOutcome
		 * @see io.github.chorus.content.model.impl.ContentPackageImpl#getAttemptOutcome()
		 * @generated
		 */
		EEnum ATTEMPT_OUTCOME = eINSTANCE.getAttemptOutcome();

	}

} //ContentPackage
