/**
 * SPDX-License-Identifier: EPL-2.0
 * Copyright (c) 2026 the Chorus authors
 */
package io.github.chorus.plan.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
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
 * Strategy: the social marketing plan (brand, personas, goals, KPIs and targets, challenges, channels, budgets, campaigns, team, tags). Every other Chorus model refers back to it.
 * <!-- end-model-doc -->
 * @see io.github.chorus.plan.model.PlanFactory
 * @model kind="package"
 * @generated
 */
public interface PlanPackage extends EPackage
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
	String eNS_URI = "https://chorus.github.io/model/plan/1.0"; //$NON-NLS-1$

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "plan"; //$NON-NLS-1$

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	PlanPackage eINSTANCE = io.github.chorus.plan.model.impl.PlanPackageImpl.init();

	/**
	 * The meta object id for the '{@link io.github.chorus.plan.model.impl.IdentifiedImpl <em>Identified</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.github.chorus.plan.model.impl.IdentifiedImpl
	 * @see io.github.chorus.plan.model.impl.PlanPackageImpl#getIdentified()
	 * @generated
	 */
	int IDENTIFIED = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED__ID = 0;

	/**
	 * The number of structural features of the '<em>Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.github.chorus.plan.model.impl.NamedImpl <em>Named</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.github.chorus.plan.model.impl.NamedImpl
	 * @see io.github.chorus.plan.model.impl.PlanPackageImpl#getNamed()
	 * @generated
	 */
	int NAMED = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED__DESCRIPTION = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Named</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Named</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.github.chorus.plan.model.impl.PlanImpl <em>Plan</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.github.chorus.plan.model.impl.PlanImpl
	 * @see io.github.chorus.plan.model.impl.PlanPackageImpl#getPlan()
	 * @generated
	 */
	int PLAN = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Time Zone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__TIME_ZONE = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Currency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__CURRENCY = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__START_DATE = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>End Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__END_DATE = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Approval Required</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__APPROVAL_REQUIRED = NAMED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Brand</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__BRAND = NAMED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Personas</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__PERSONAS = NAMED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Goals</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__GOALS = NAMED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Challenges</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__CHALLENGES = NAMED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Channels</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__CHANNELS = NAMED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Metric Definitions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__METRIC_DEFINITIONS = NAMED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Kpi Definitions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__KPI_DEFINITIONS = NAMED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Budgets</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__BUDGETS = NAMED_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Campaigns</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__CAMPAIGNS = NAMED_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Team</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__TEAM = NAMED_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN__TAGS = NAMED_FEATURE_COUNT + 15;

	/**
	 * The number of structural features of the '<em>Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_FEATURE_COUNT = NAMED_FEATURE_COUNT + 16;

	/**
	 * The operation id for the '<em>Has Valid Time Zone</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN___HAS_VALID_TIME_ZONE__DIAGNOSTICCHAIN_MAP = NAMED_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_OPERATION_COUNT = NAMED_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link io.github.chorus.plan.model.impl.BrandImpl <em>Brand</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.github.chorus.plan.model.impl.BrandImpl
	 * @see io.github.chorus.plan.model.impl.PlanPackageImpl#getBrand()
	 * @generated
	 */
	int BRAND = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRAND__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRAND__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRAND__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Identity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRAND__IDENTITY = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Value Proposition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRAND__VALUE_PROPOSITION = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Voice</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRAND__VOICE = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Tone Guidelines</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRAND__TONE_GUIDELINES = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Hashtags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRAND__HASHTAGS = NAMED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Brand</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRAND_FEATURE_COUNT = NAMED_FEATURE_COUNT + 5;

	/**
	 * The operation id for the '<em>Has Value Proposition</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRAND___HAS_VALUE_PROPOSITION__DIAGNOSTICCHAIN_MAP = NAMED_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Brand</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BRAND_OPERATION_COUNT = NAMED_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link io.github.chorus.plan.model.impl.PersonaImpl <em>Persona</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.github.chorus.plan.model.impl.PersonaImpl
	 * @see io.github.chorus.plan.model.impl.PlanPackageImpl#getPersona()
	 * @generated
	 */
	int PERSONA = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Demographics</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__DEMOGRAPHICS = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Needs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__NEEDS = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Pain Points</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__PAIN_POINTS = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Sub Targets</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__SUB_TARGETS = NAMED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Persona</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA_FEATURE_COUNT = NAMED_FEATURE_COUNT + 4;

	/**
	 * The operation id for the '<em>Is Targeted</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA___IS_TARGETED__DIAGNOSTICCHAIN_MAP = NAMED_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Persona</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA_OPERATION_COUNT = NAMED_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link io.github.chorus.plan.model.impl.GoalImpl <em>Goal</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.github.chorus.plan.model.impl.GoalImpl
	 * @see io.github.chorus.plan.model.impl.PlanPackageImpl#getGoal()
	 * @generated
	 */
	int GOAL = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Priority</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL__PRIORITY = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Challenges</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL__CHALLENGES = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Kpis</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL__KPIS = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL__OWNER = NAMED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Goal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL_FEATURE_COUNT = NAMED_FEATURE_COUNT + 4;

	/**
	 * The operation id for the '<em>Has Kpi</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL___HAS_KPI__DIAGNOSTICCHAIN_MAP = NAMED_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Goal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL_OPERATION_COUNT = NAMED_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link io.github.chorus.plan.model.impl.KpiImpl <em>Kpi</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.github.chorus.plan.model.impl.KpiImpl
	 * @see io.github.chorus.plan.model.impl.PlanPackageImpl#getKpi()
	 * @generated
	 */
	int KPI = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Definition</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI__DEFINITION = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Channel</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI__CHANNEL = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Baseline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI__BASELINE = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Targets</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI__TARGETS = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Kpi</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The operation id for the '<em>Has Target</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI___HAS_TARGET__DIAGNOSTICCHAIN_MAP = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Kpi</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link io.github.chorus.plan.model.impl.TargetImpl <em>Target</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.github.chorus.plan.model.impl.TargetImpl
	 * @see io.github.chorus.plan.model.impl.PlanPackageImpl#getTarget()
	 * @generated
	 */
	int TARGET = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET__VALUE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Due Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET__DUE_DATE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET__NOTE = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Target</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The operation id for the '<em>Is Dated In Future</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET___IS_DATED_IN_FUTURE__DIAGNOSTICCHAIN_MAP = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Target</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link io.github.chorus.plan.model.impl.KpiDefinitionImpl <em>Kpi Definition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.github.chorus.plan.model.impl.KpiDefinitionImpl
	 * @see io.github.chorus.plan.model.impl.PlanPackageImpl#getKpiDefinition()
	 * @generated
	 */
	int KPI_DEFINITION = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI_DEFINITION__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI_DEFINITION__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI_DEFINITION__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI_DEFINITION__KEY = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Formula</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI_DEFINITION__FORMULA = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI_DEFINITION__UNIT = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Direction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI_DEFINITION__DIRECTION = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Built In</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI_DEFINITION__BUILT_IN = NAMED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Inputs</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI_DEFINITION__INPUTS = NAMED_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Kpi Definition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI_DEFINITION_FEATURE_COUNT = NAMED_FEATURE_COUNT + 6;

	/**
	 * The operation id for the '<em>Has Valid Formula</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI_DEFINITION___HAS_VALID_FORMULA__DIAGNOSTICCHAIN_MAP = NAMED_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Kpi Definition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI_DEFINITION_OPERATION_COUNT = NAMED_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link io.github.chorus.plan.model.impl.MetricDefinitionImpl <em>Metric Definition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.github.chorus.plan.model.impl.MetricDefinitionImpl
	 * @see io.github.chorus.plan.model.impl.PlanPackageImpl#getMetricDefinition()
	 * @generated
	 */
	int METRIC_DEFINITION = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_DEFINITION__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_DEFINITION__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_DEFINITION__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_DEFINITION__KEY = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_DEFINITION__UNIT = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Aggregation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_DEFINITION__AGGREGATION = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Definition Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_DEFINITION__DEFINITION_NOTE = NAMED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Metric Definition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_DEFINITION_FEATURE_COUNT = NAMED_FEATURE_COUNT + 4;

	/**
	 * The operation id for the '<em>Has Unique Key</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_DEFINITION___HAS_UNIQUE_KEY__DIAGNOSTICCHAIN_MAP = NAMED_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Metric Definition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_DEFINITION_OPERATION_COUNT = NAMED_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link io.github.chorus.plan.model.impl.ChallengeImpl <em>Challenge</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.github.chorus.plan.model.impl.ChallengeImpl
	 * @see io.github.chorus.plan.model.impl.PlanPackageImpl#getChallenge()
	 * @generated
	 */
	int CHALLENGE = 10;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHALLENGE__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHALLENGE__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHALLENGE__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHALLENGE__KIND = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Severity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHALLENGE__SEVERITY = NAMED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Challenge</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHALLENGE_FEATURE_COUNT = NAMED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Challenge</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHALLENGE_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.github.chorus.plan.model.impl.ChannelPresenceImpl <em>Channel Presence</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.github.chorus.plan.model.impl.ChannelPresenceImpl
	 * @see io.github.chorus.plan.model.impl.PlanPackageImpl#getChannelPresence()
	 * @generated
	 */
	int CHANNEL_PRESENCE = 11;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_PRESENCE__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_PRESENCE__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_PRESENCE__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Channel Type Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_PRESENCE__CHANNEL_TYPE_ID = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Account Handle</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_PRESENCE__ACCOUNT_HANDLE = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Account Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_PRESENCE__ACCOUNT_KEY = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_PRESENCE__RATIONALE = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Active</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_PRESENCE__ACTIVE = NAMED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Personas</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_PRESENCE__PERSONAS = NAMED_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Channel Presence</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_PRESENCE_FEATURE_COUNT = NAMED_FEATURE_COUNT + 6;

	/**
	 * The operation id for the '<em>Has Channel Type</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_PRESENCE___HAS_CHANNEL_TYPE__DIAGNOSTICCHAIN_MAP = NAMED_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Channel Presence</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_PRESENCE_OPERATION_COUNT = NAMED_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link io.github.chorus.plan.model.impl.BudgetImpl <em>Budget</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.github.chorus.plan.model.impl.BudgetImpl
	 * @see io.github.chorus.plan.model.impl.PlanPackageImpl#getBudget()
	 * @generated
	 */
	int BUDGET = 12;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET__CATEGORY = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET__AMOUNT = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Period Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET__PERIOD_START = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Period End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET__PERIOD_END = NAMED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Budget</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_FEATURE_COUNT = NAMED_FEATURE_COUNT + 4;

	/**
	 * The operation id for the '<em>Has Valid Amount And Period</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET___HAS_VALID_AMOUNT_AND_PERIOD__DIAGNOSTICCHAIN_MAP = NAMED_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Budget</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_OPERATION_COUNT = NAMED_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link io.github.chorus.plan.model.impl.CampaignImpl <em>Campaign</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.github.chorus.plan.model.impl.CampaignImpl
	 * @see io.github.chorus.plan.model.impl.PlanPackageImpl#getCampaign()
	 * @generated
	 */
	int CAMPAIGN = 13;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__KIND = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Objective</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__OBJECTIVE = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__STATUS = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Flight Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__FLIGHT_START = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Flight End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__FLIGHT_END = NAMED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Budget</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__BUDGET = NAMED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Personas</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__PERSONAS = NAMED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Channels</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__CHANNELS = NAMED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Budget Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__BUDGET_SOURCE = NAMED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Goals</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__GOALS = NAMED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Kpis</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__KPIS = NAMED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Spend</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__SPEND = NAMED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Results</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__RESULTS = NAMED_FEATURE_COUNT + 12;

	/**
	 * The number of structural features of the '<em>Campaign</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN_FEATURE_COUNT = NAMED_FEATURE_COUNT + 13;

	/**
	 * The operation id for the '<em>Is Spend Within Budget</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN___IS_SPEND_WITHIN_BUDGET__DIAGNOSTICCHAIN_MAP = NAMED_OPERATION_COUNT + 0;

	/**
	 * The operation id for the '<em>Has Ordered Flight Dates</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN___HAS_ORDERED_FLIGHT_DATES__DIAGNOSTICCHAIN_MAP = NAMED_OPERATION_COUNT + 1;

	/**
	 * The number of operations of the '<em>Campaign</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN_OPERATION_COUNT = NAMED_OPERATION_COUNT + 2;

	/**
	 * The meta object id for the '{@link io.github.chorus.plan.model.impl.SpendEntryImpl <em>Spend Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.github.chorus.plan.model.impl.SpendEntryImpl
	 * @see io.github.chorus.plan.model.impl.PlanPackageImpl#getSpendEntry()
	 * @generated
	 */
	int SPEND_ENTRY = 14;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPEND_ENTRY__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPEND_ENTRY__DATE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPEND_ENTRY__AMOUNT = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Channel</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPEND_ENTRY__CHANNEL = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPEND_ENTRY__NOTE = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Spend Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPEND_ENTRY_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Spend Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPEND_ENTRY_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.github.chorus.plan.model.impl.CampaignResultImpl <em>Campaign Result</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.github.chorus.plan.model.impl.CampaignResultImpl
	 * @see io.github.chorus.plan.model.impl.PlanPackageImpl#getCampaignResult()
	 * @generated
	 */
	int CAMPAIGN_RESULT = 15;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN_RESULT__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Metric</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN_RESULT__METRIC = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN_RESULT__VALUE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>As Of</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN_RESULT__AS_OF = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Campaign Result</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN_RESULT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Campaign Result</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN_RESULT_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.github.chorus.plan.model.impl.TeamImpl <em>Team</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.github.chorus.plan.model.impl.TeamImpl
	 * @see io.github.chorus.plan.model.impl.PlanPackageImpl#getTeam()
	 * @generated
	 */
	int TEAM = 16;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEAM__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEAM__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEAM__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Members</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEAM__MEMBERS = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Roles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEAM__ROLES = NAMED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Team</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEAM_FEATURE_COUNT = NAMED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Team</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEAM_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.github.chorus.plan.model.impl.MemberImpl <em>Member</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.github.chorus.plan.model.impl.MemberImpl
	 * @see io.github.chorus.plan.model.impl.PlanPackageImpl#getMember()
	 * @generated
	 */
	int MEMBER = 17;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Email</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER__EMAIL = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Time Zone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER__TIME_ZONE = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Roles</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER__ROLES = NAMED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Member</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER_FEATURE_COUNT = NAMED_FEATURE_COUNT + 3;

	/**
	 * The operation id for the '<em>Has Valid Time Zone</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER___HAS_VALID_TIME_ZONE__DIAGNOSTICCHAIN_MAP = NAMED_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Member</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER_OPERATION_COUNT = NAMED_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link io.github.chorus.plan.model.impl.RoleImpl <em>Role</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.github.chorus.plan.model.impl.RoleImpl
	 * @see io.github.chorus.plan.model.impl.PlanPackageImpl#getRole()
	 * @generated
	 */
	int ROLE = 18;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE__KIND = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Permissions</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE__PERMISSIONS = NAMED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Role</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_FEATURE_COUNT = NAMED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Role</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.github.chorus.plan.model.impl.TagImpl <em>Tag</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.github.chorus.plan.model.impl.TagImpl
	 * @see io.github.chorus.plan.model.impl.PlanPackageImpl#getTag()
	 * @generated
	 */
	int TAG = 19;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAG__ID = NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAG__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAG__DESCRIPTION = NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAG__COLOR = NAMED_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Tag</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAG_FEATURE_COUNT = NAMED_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Tag</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAG_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.github.chorus.plan.model.KpiUnit <em>Kpi Unit</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.github.chorus.plan.model.KpiUnit
	 * @see io.github.chorus.plan.model.impl.PlanPackageImpl#getKpiUnit()
	 * @generated
	 */
	int KPI_UNIT = 20;

	/**
	 * The meta object id for the '{@link io.github.chorus.plan.model.KpiDirection <em>Kpi Direction</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.github.chorus.plan.model.KpiDirection
	 * @see io.github.chorus.plan.model.impl.PlanPackageImpl#getKpiDirection()
	 * @generated
	 */
	int KPI_DIRECTION = 21;

	/**
	 * The meta object id for the '{@link io.github.chorus.plan.model.Aggregation <em>Aggregation</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.github.chorus.plan.model.Aggregation
	 * @see io.github.chorus.plan.model.impl.PlanPackageImpl#getAggregation()
	 * @generated
	 */
	int AGGREGATION = 22;

	/**
	 * The meta object id for the '{@link io.github.chorus.plan.model.ChallengeKind <em>Challenge Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.github.chorus.plan.model.ChallengeKind
	 * @see io.github.chorus.plan.model.impl.PlanPackageImpl#getChallengeKind()
	 * @generated
	 */
	int CHALLENGE_KIND = 23;

	/**
	 * The meta object id for the '{@link io.github.chorus.plan.model.BudgetCategory <em>Budget Category</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.github.chorus.plan.model.BudgetCategory
	 * @see io.github.chorus.plan.model.impl.PlanPackageImpl#getBudgetCategory()
	 * @generated
	 */
	int BUDGET_CATEGORY = 24;

	/**
	 * The meta object id for the '{@link io.github.chorus.plan.model.CampaignKind <em>Campaign Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.github.chorus.plan.model.CampaignKind
	 * @see io.github.chorus.plan.model.impl.PlanPackageImpl#getCampaignKind()
	 * @generated
	 */
	int CAMPAIGN_KIND = 25;

	/**
	 * The meta object id for the '{@link io.github.chorus.plan.model.CampaignObjective <em>Campaign Objective</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.github.chorus.plan.model.CampaignObjective
	 * @see io.github.chorus.plan.model.impl.PlanPackageImpl#getCampaignObjective()
	 * @generated
	 */
	int CAMPAIGN_OBJECTIVE = 26;

	/**
	 * The meta object id for the '{@link io.github.chorus.plan.model.CampaignStatus <em>Campaign Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.github.chorus.plan.model.CampaignStatus
	 * @see io.github.chorus.plan.model.impl.PlanPackageImpl#getCampaignStatus()
	 * @generated
	 */
	int CAMPAIGN_STATUS = 27;

	/**
	 * The meta object id for the '{@link io.github.chorus.plan.model.RoleKind <em>Role Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.github.chorus.plan.model.RoleKind
	 * @see io.github.chorus.plan.model.impl.PlanPackageImpl#getRoleKind()
	 * @generated
	 */
	int ROLE_KIND = 28;

	/**
	 * The meta object id for the '{@link io.github.chorus.plan.model.Permission <em>Permission</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.github.chorus.plan.model.Permission
	 * @see io.github.chorus.plan.model.impl.PlanPackageImpl#getPermission()
	 * @generated
	 */
	int PERMISSION = 29;

	/**
	 * The meta object id for the '<em>Instant</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.Instant
	 * @see io.github.chorus.plan.model.impl.PlanPackageImpl#getInstant()
	 * @generated
	 */
	int INSTANT = 30;

	/**
	 * The meta object id for the '<em>Local Date</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.LocalDate
	 * @see io.github.chorus.plan.model.impl.PlanPackageImpl#getLocalDate()
	 * @generated
	 */
	int LOCAL_DATE = 31;


	/**
	 * Returns the meta object for class '{@link io.github.chorus.plan.model.Identified <em>Identified</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Identified</em>'.
	 * @see io.github.chorus.plan.model.Identified
	 * @generated
	 */
	EClass getIdentified();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.plan.model.Identified#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see io.github.chorus.plan.model.Identified#getId()
	 * @see #getIdentified()
	 * @generated
	 */
	EAttribute getIdentified_Id();

	/**
	 * Returns the meta object for class '{@link io.github.chorus.plan.model.Named <em>Named</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Named</em>'.
	 * @see io.github.chorus.plan.model.Named
	 * @generated
	 */
	EClass getNamed();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.plan.model.Named#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.github.chorus.plan.model.Named#getName()
	 * @see #getNamed()
	 * @generated
	 */
	EAttribute getNamed_Name();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.plan.model.Named#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see io.github.chorus.plan.model.Named#getDescription()
	 * @see #getNamed()
	 * @generated
	 */
	EAttribute getNamed_Description();

	/**
	 * Returns the meta object for class '{@link io.github.chorus.plan.model.Plan <em>Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Plan</em>'.
	 * @see io.github.chorus.plan.model.Plan
	 * @generated
	 */
	EClass getPlan();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.plan.model.Plan#getTimeZone <em>Time Zone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time Zone</em>'.
	 * @see io.github.chorus.plan.model.Plan#getTimeZone()
	 * @see #getPlan()
	 * @generated
	 */
	EAttribute getPlan_TimeZone();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.plan.model.Plan#getCurrency <em>Currency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Currency</em>'.
	 * @see io.github.chorus.plan.model.Plan#getCurrency()
	 * @see #getPlan()
	 * @generated
	 */
	EAttribute getPlan_Currency();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.plan.model.Plan#getStartDate <em>Start Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Date</em>'.
	 * @see io.github.chorus.plan.model.Plan#getStartDate()
	 * @see #getPlan()
	 * @generated
	 */
	EAttribute getPlan_StartDate();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.plan.model.Plan#getEndDate <em>End Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End Date</em>'.
	 * @see io.github.chorus.plan.model.Plan#getEndDate()
	 * @see #getPlan()
	 * @generated
	 */
	EAttribute getPlan_EndDate();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.plan.model.Plan#isApprovalRequired <em>Approval Required</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Approval Required</em>'.
	 * @see io.github.chorus.plan.model.Plan#isApprovalRequired()
	 * @see #getPlan()
	 * @generated
	 */
	EAttribute getPlan_ApprovalRequired();

	/**
	 * Returns the meta object for the containment reference '{@link io.github.chorus.plan.model.Plan#getBrand <em>Brand</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Brand</em>'.
	 * @see io.github.chorus.plan.model.Plan#getBrand()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_Brand();

	/**
	 * Returns the meta object for the containment reference list '{@link io.github.chorus.plan.model.Plan#getPersonas <em>Personas</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Personas</em>'.
	 * @see io.github.chorus.plan.model.Plan#getPersonas()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_Personas();

	/**
	 * Returns the meta object for the containment reference list '{@link io.github.chorus.plan.model.Plan#getGoals <em>Goals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Goals</em>'.
	 * @see io.github.chorus.plan.model.Plan#getGoals()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_Goals();

	/**
	 * Returns the meta object for the containment reference list '{@link io.github.chorus.plan.model.Plan#getChallenges <em>Challenges</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Challenges</em>'.
	 * @see io.github.chorus.plan.model.Plan#getChallenges()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_Challenges();

	/**
	 * Returns the meta object for the containment reference list '{@link io.github.chorus.plan.model.Plan#getChannels <em>Channels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Channels</em>'.
	 * @see io.github.chorus.plan.model.Plan#getChannels()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_Channels();

	/**
	 * Returns the meta object for the containment reference list '{@link io.github.chorus.plan.model.Plan#getMetricDefinitions <em>Metric Definitions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Metric Definitions</em>'.
	 * @see io.github.chorus.plan.model.Plan#getMetricDefinitions()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_MetricDefinitions();

	/**
	 * Returns the meta object for the containment reference list '{@link io.github.chorus.plan.model.Plan#getKpiDefinitions <em>Kpi Definitions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Kpi Definitions</em>'.
	 * @see io.github.chorus.plan.model.Plan#getKpiDefinitions()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_KpiDefinitions();

	/**
	 * Returns the meta object for the containment reference list '{@link io.github.chorus.plan.model.Plan#getBudgets <em>Budgets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Budgets</em>'.
	 * @see io.github.chorus.plan.model.Plan#getBudgets()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_Budgets();

	/**
	 * Returns the meta object for the containment reference list '{@link io.github.chorus.plan.model.Plan#getCampaigns <em>Campaigns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Campaigns</em>'.
	 * @see io.github.chorus.plan.model.Plan#getCampaigns()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_Campaigns();

	/**
	 * Returns the meta object for the containment reference '{@link io.github.chorus.plan.model.Plan#getTeam <em>Team</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Team</em>'.
	 * @see io.github.chorus.plan.model.Plan#getTeam()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_Team();

	/**
	 * Returns the meta object for the containment reference list '{@link io.github.chorus.plan.model.Plan#getTags <em>Tags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Tags</em>'.
	 * @see io.github.chorus.plan.model.Plan#getTags()
	 * @see #getPlan()
	 * @generated
	 */
	EReference getPlan_Tags();

	/**
	 * Returns the meta object for the '{@link io.github.chorus.plan.model.Plan#hasValidTimeZone(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Has Valid Time Zone</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Has Valid Time Zone</em>' operation.
	 * @see io.github.chorus.plan.model.Plan#hasValidTimeZone(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getPlan__HasValidTimeZone__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link io.github.chorus.plan.model.Brand <em>Brand</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Brand</em>'.
	 * @see io.github.chorus.plan.model.Brand
	 * @generated
	 */
	EClass getBrand();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.plan.model.Brand#getIdentity <em>Identity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Identity</em>'.
	 * @see io.github.chorus.plan.model.Brand#getIdentity()
	 * @see #getBrand()
	 * @generated
	 */
	EAttribute getBrand_Identity();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.plan.model.Brand#getValueProposition <em>Value Proposition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value Proposition</em>'.
	 * @see io.github.chorus.plan.model.Brand#getValueProposition()
	 * @see #getBrand()
	 * @generated
	 */
	EAttribute getBrand_ValueProposition();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.plan.model.Brand#getVoice <em>Voice</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Voice</em>'.
	 * @see io.github.chorus.plan.model.Brand#getVoice()
	 * @see #getBrand()
	 * @generated
	 */
	EAttribute getBrand_Voice();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.plan.model.Brand#getToneGuidelines <em>Tone Guidelines</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tone Guidelines</em>'.
	 * @see io.github.chorus.plan.model.Brand#getToneGuidelines()
	 * @see #getBrand()
	 * @generated
	 */
	EAttribute getBrand_ToneGuidelines();

	/**
	 * Returns the meta object for the attribute list '{@link io.github.chorus.plan.model.Brand#getHashtags <em>Hashtags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Hashtags</em>'.
	 * @see io.github.chorus.plan.model.Brand#getHashtags()
	 * @see #getBrand()
	 * @generated
	 */
	EAttribute getBrand_Hashtags();

	/**
	 * Returns the meta object for the '{@link io.github.chorus.plan.model.Brand#hasValueProposition(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Has Value Proposition</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Has Value Proposition</em>' operation.
	 * @see io.github.chorus.plan.model.Brand#hasValueProposition(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getBrand__HasValueProposition__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link io.github.chorus.plan.model.Persona <em>Persona</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Persona</em>'.
	 * @see io.github.chorus.plan.model.Persona
	 * @generated
	 */
	EClass getPersona();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.plan.model.Persona#getDemographics <em>Demographics</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Demographics</em>'.
	 * @see io.github.chorus.plan.model.Persona#getDemographics()
	 * @see #getPersona()
	 * @generated
	 */
	EAttribute getPersona_Demographics();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.plan.model.Persona#getNeeds <em>Needs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Needs</em>'.
	 * @see io.github.chorus.plan.model.Persona#getNeeds()
	 * @see #getPersona()
	 * @generated
	 */
	EAttribute getPersona_Needs();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.plan.model.Persona#getPainPoints <em>Pain Points</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pain Points</em>'.
	 * @see io.github.chorus.plan.model.Persona#getPainPoints()
	 * @see #getPersona()
	 * @generated
	 */
	EAttribute getPersona_PainPoints();

	/**
	 * Returns the meta object for the containment reference list '{@link io.github.chorus.plan.model.Persona#getSubTargets <em>Sub Targets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sub Targets</em>'.
	 * @see io.github.chorus.plan.model.Persona#getSubTargets()
	 * @see #getPersona()
	 * @generated
	 */
	EReference getPersona_SubTargets();

	/**
	 * Returns the meta object for the '{@link io.github.chorus.plan.model.Persona#isTargeted(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Is Targeted</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Is Targeted</em>' operation.
	 * @see io.github.chorus.plan.model.Persona#isTargeted(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getPersona__IsTargeted__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link io.github.chorus.plan.model.Goal <em>Goal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Goal</em>'.
	 * @see io.github.chorus.plan.model.Goal
	 * @generated
	 */
	EClass getGoal();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.plan.model.Goal#getPriority <em>Priority</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Priority</em>'.
	 * @see io.github.chorus.plan.model.Goal#getPriority()
	 * @see #getGoal()
	 * @generated
	 */
	EAttribute getGoal_Priority();

	/**
	 * Returns the meta object for the reference list '{@link io.github.chorus.plan.model.Goal#getChallenges <em>Challenges</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Challenges</em>'.
	 * @see io.github.chorus.plan.model.Goal#getChallenges()
	 * @see #getGoal()
	 * @generated
	 */
	EReference getGoal_Challenges();

	/**
	 * Returns the meta object for the containment reference list '{@link io.github.chorus.plan.model.Goal#getKpis <em>Kpis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Kpis</em>'.
	 * @see io.github.chorus.plan.model.Goal#getKpis()
	 * @see #getGoal()
	 * @generated
	 */
	EReference getGoal_Kpis();

	/**
	 * Returns the meta object for the reference '{@link io.github.chorus.plan.model.Goal#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Owner</em>'.
	 * @see io.github.chorus.plan.model.Goal#getOwner()
	 * @see #getGoal()
	 * @generated
	 */
	EReference getGoal_Owner();

	/**
	 * Returns the meta object for the '{@link io.github.chorus.plan.model.Goal#hasKpi(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Has Kpi</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Has Kpi</em>' operation.
	 * @see io.github.chorus.plan.model.Goal#hasKpi(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getGoal__HasKpi__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link io.github.chorus.plan.model.Kpi <em>Kpi</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Kpi</em>'.
	 * @see io.github.chorus.plan.model.Kpi
	 * @generated
	 */
	EClass getKpi();

	/**
	 * Returns the meta object for the reference '{@link io.github.chorus.plan.model.Kpi#getDefinition <em>Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Definition</em>'.
	 * @see io.github.chorus.plan.model.Kpi#getDefinition()
	 * @see #getKpi()
	 * @generated
	 */
	EReference getKpi_Definition();

	/**
	 * Returns the meta object for the reference '{@link io.github.chorus.plan.model.Kpi#getChannel <em>Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Channel</em>'.
	 * @see io.github.chorus.plan.model.Kpi#getChannel()
	 * @see #getKpi()
	 * @generated
	 */
	EReference getKpi_Channel();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.plan.model.Kpi#getBaseline <em>Baseline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Baseline</em>'.
	 * @see io.github.chorus.plan.model.Kpi#getBaseline()
	 * @see #getKpi()
	 * @generated
	 */
	EAttribute getKpi_Baseline();

	/**
	 * Returns the meta object for the containment reference list '{@link io.github.chorus.plan.model.Kpi#getTargets <em>Targets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Targets</em>'.
	 * @see io.github.chorus.plan.model.Kpi#getTargets()
	 * @see #getKpi()
	 * @generated
	 */
	EReference getKpi_Targets();

	/**
	 * Returns the meta object for the '{@link io.github.chorus.plan.model.Kpi#hasTarget(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Has Target</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Has Target</em>' operation.
	 * @see io.github.chorus.plan.model.Kpi#hasTarget(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getKpi__HasTarget__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link io.github.chorus.plan.model.Target <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Target</em>'.
	 * @see io.github.chorus.plan.model.Target
	 * @generated
	 */
	EClass getTarget();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.plan.model.Target#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see io.github.chorus.plan.model.Target#getValue()
	 * @see #getTarget()
	 * @generated
	 */
	EAttribute getTarget_Value();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.plan.model.Target#getDueDate <em>Due Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Due Date</em>'.
	 * @see io.github.chorus.plan.model.Target#getDueDate()
	 * @see #getTarget()
	 * @generated
	 */
	EAttribute getTarget_DueDate();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.plan.model.Target#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see io.github.chorus.plan.model.Target#getNote()
	 * @see #getTarget()
	 * @generated
	 */
	EAttribute getTarget_Note();

	/**
	 * Returns the meta object for the '{@link io.github.chorus.plan.model.Target#isDatedInFuture(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Is Dated In Future</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Is Dated In Future</em>' operation.
	 * @see io.github.chorus.plan.model.Target#isDatedInFuture(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getTarget__IsDatedInFuture__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link io.github.chorus.plan.model.KpiDefinition <em>Kpi Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Kpi Definition</em>'.
	 * @see io.github.chorus.plan.model.KpiDefinition
	 * @generated
	 */
	EClass getKpiDefinition();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.plan.model.KpiDefinition#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see io.github.chorus.plan.model.KpiDefinition#getKey()
	 * @see #getKpiDefinition()
	 * @generated
	 */
	EAttribute getKpiDefinition_Key();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.plan.model.KpiDefinition#getFormula <em>Formula</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Formula</em>'.
	 * @see io.github.chorus.plan.model.KpiDefinition#getFormula()
	 * @see #getKpiDefinition()
	 * @generated
	 */
	EAttribute getKpiDefinition_Formula();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.plan.model.KpiDefinition#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see io.github.chorus.plan.model.KpiDefinition#getUnit()
	 * @see #getKpiDefinition()
	 * @generated
	 */
	EAttribute getKpiDefinition_Unit();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.plan.model.KpiDefinition#getDirection <em>Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Direction</em>'.
	 * @see io.github.chorus.plan.model.KpiDefinition#getDirection()
	 * @see #getKpiDefinition()
	 * @generated
	 */
	EAttribute getKpiDefinition_Direction();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.plan.model.KpiDefinition#isBuiltIn <em>Built In</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Built In</em>'.
	 * @see io.github.chorus.plan.model.KpiDefinition#isBuiltIn()
	 * @see #getKpiDefinition()
	 * @generated
	 */
	EAttribute getKpiDefinition_BuiltIn();

	/**
	 * Returns the meta object for the reference list '{@link io.github.chorus.plan.model.KpiDefinition#getInputs <em>Inputs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Inputs</em>'.
	 * @see io.github.chorus.plan.model.KpiDefinition#getInputs()
	 * @see #getKpiDefinition()
	 * @generated
	 */
	EReference getKpiDefinition_Inputs();

	/**
	 * Returns the meta object for the '{@link io.github.chorus.plan.model.KpiDefinition#hasValidFormula(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Has Valid Formula</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Has Valid Formula</em>' operation.
	 * @see io.github.chorus.plan.model.KpiDefinition#hasValidFormula(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getKpiDefinition__HasValidFormula__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link io.github.chorus.plan.model.MetricDefinition <em>Metric Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Metric Definition</em>'.
	 * @see io.github.chorus.plan.model.MetricDefinition
	 * @generated
	 */
	EClass getMetricDefinition();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.plan.model.MetricDefinition#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see io.github.chorus.plan.model.MetricDefinition#getKey()
	 * @see #getMetricDefinition()
	 * @generated
	 */
	EAttribute getMetricDefinition_Key();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.plan.model.MetricDefinition#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see io.github.chorus.plan.model.MetricDefinition#getUnit()
	 * @see #getMetricDefinition()
	 * @generated
	 */
	EAttribute getMetricDefinition_Unit();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.plan.model.MetricDefinition#getAggregation <em>Aggregation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Aggregation</em>'.
	 * @see io.github.chorus.plan.model.MetricDefinition#getAggregation()
	 * @see #getMetricDefinition()
	 * @generated
	 */
	EAttribute getMetricDefinition_Aggregation();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.plan.model.MetricDefinition#getDefinitionNote <em>Definition Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Definition Note</em>'.
	 * @see io.github.chorus.plan.model.MetricDefinition#getDefinitionNote()
	 * @see #getMetricDefinition()
	 * @generated
	 */
	EAttribute getMetricDefinition_DefinitionNote();

	/**
	 * Returns the meta object for the '{@link io.github.chorus.plan.model.MetricDefinition#hasUniqueKey(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Has Unique Key</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Has Unique Key</em>' operation.
	 * @see io.github.chorus.plan.model.MetricDefinition#hasUniqueKey(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getMetricDefinition__HasUniqueKey__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link io.github.chorus.plan.model.Challenge <em>Challenge</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Challenge</em>'.
	 * @see io.github.chorus.plan.model.Challenge
	 * @generated
	 */
	EClass getChallenge();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.plan.model.Challenge#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.github.chorus.plan.model.Challenge#getKind()
	 * @see #getChallenge()
	 * @generated
	 */
	EAttribute getChallenge_Kind();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.plan.model.Challenge#getSeverity <em>Severity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Severity</em>'.
	 * @see io.github.chorus.plan.model.Challenge#getSeverity()
	 * @see #getChallenge()
	 * @generated
	 */
	EAttribute getChallenge_Severity();

	/**
	 * Returns the meta object for class '{@link io.github.chorus.plan.model.ChannelPresence <em>Channel Presence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Channel Presence</em>'.
	 * @see io.github.chorus.plan.model.ChannelPresence
	 * @generated
	 */
	EClass getChannelPresence();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.plan.model.ChannelPresence#getChannelTypeId <em>Channel Type Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Channel Type Id</em>'.
	 * @see io.github.chorus.plan.model.ChannelPresence#getChannelTypeId()
	 * @see #getChannelPresence()
	 * @generated
	 */
	EAttribute getChannelPresence_ChannelTypeId();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.plan.model.ChannelPresence#getAccountHandle <em>Account Handle</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Account Handle</em>'.
	 * @see io.github.chorus.plan.model.ChannelPresence#getAccountHandle()
	 * @see #getChannelPresence()
	 * @generated
	 */
	EAttribute getChannelPresence_AccountHandle();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.plan.model.ChannelPresence#getAccountKey <em>Account Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Account Key</em>'.
	 * @see io.github.chorus.plan.model.ChannelPresence#getAccountKey()
	 * @see #getChannelPresence()
	 * @generated
	 */
	EAttribute getChannelPresence_AccountKey();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.plan.model.ChannelPresence#getRationale <em>Rationale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rationale</em>'.
	 * @see io.github.chorus.plan.model.ChannelPresence#getRationale()
	 * @see #getChannelPresence()
	 * @generated
	 */
	EAttribute getChannelPresence_Rationale();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.plan.model.ChannelPresence#isActive <em>Active</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Active</em>'.
	 * @see io.github.chorus.plan.model.ChannelPresence#isActive()
	 * @see #getChannelPresence()
	 * @generated
	 */
	EAttribute getChannelPresence_Active();

	/**
	 * Returns the meta object for the reference list '{@link io.github.chorus.plan.model.ChannelPresence#getPersonas <em>Personas</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Personas</em>'.
	 * @see io.github.chorus.plan.model.ChannelPresence#getPersonas()
	 * @see #getChannelPresence()
	 * @generated
	 */
	EReference getChannelPresence_Personas();

	/**
	 * Returns the meta object for the '{@link io.github.chorus.plan.model.ChannelPresence#hasChannelType(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Has Channel Type</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Has Channel Type</em>' operation.
	 * @see io.github.chorus.plan.model.ChannelPresence#hasChannelType(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getChannelPresence__HasChannelType__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link io.github.chorus.plan.model.Budget <em>Budget</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Budget</em>'.
	 * @see io.github.chorus.plan.model.Budget
	 * @generated
	 */
	EClass getBudget();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.plan.model.Budget#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category</em>'.
	 * @see io.github.chorus.plan.model.Budget#getCategory()
	 * @see #getBudget()
	 * @generated
	 */
	EAttribute getBudget_Category();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.plan.model.Budget#getAmount <em>Amount</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Amount</em>'.
	 * @see io.github.chorus.plan.model.Budget#getAmount()
	 * @see #getBudget()
	 * @generated
	 */
	EAttribute getBudget_Amount();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.plan.model.Budget#getPeriodStart <em>Period Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period Start</em>'.
	 * @see io.github.chorus.plan.model.Budget#getPeriodStart()
	 * @see #getBudget()
	 * @generated
	 */
	EAttribute getBudget_PeriodStart();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.plan.model.Budget#getPeriodEnd <em>Period End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period End</em>'.
	 * @see io.github.chorus.plan.model.Budget#getPeriodEnd()
	 * @see #getBudget()
	 * @generated
	 */
	EAttribute getBudget_PeriodEnd();

	/**
	 * Returns the meta object for the '{@link io.github.chorus.plan.model.Budget#hasValidAmountAndPeriod(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Has Valid Amount And Period</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Has Valid Amount And Period</em>' operation.
	 * @see io.github.chorus.plan.model.Budget#hasValidAmountAndPeriod(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getBudget__HasValidAmountAndPeriod__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link io.github.chorus.plan.model.Campaign <em>Campaign</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Campaign</em>'.
	 * @see io.github.chorus.plan.model.Campaign
	 * @generated
	 */
	EClass getCampaign();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.plan.model.Campaign#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.github.chorus.plan.model.Campaign#getKind()
	 * @see #getCampaign()
	 * @generated
	 */
	EAttribute getCampaign_Kind();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.plan.model.Campaign#getObjective <em>Objective</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Objective</em>'.
	 * @see io.github.chorus.plan.model.Campaign#getObjective()
	 * @see #getCampaign()
	 * @generated
	 */
	EAttribute getCampaign_Objective();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.plan.model.Campaign#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see io.github.chorus.plan.model.Campaign#getStatus()
	 * @see #getCampaign()
	 * @generated
	 */
	EAttribute getCampaign_Status();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.plan.model.Campaign#getFlightStart <em>Flight Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Flight Start</em>'.
	 * @see io.github.chorus.plan.model.Campaign#getFlightStart()
	 * @see #getCampaign()
	 * @generated
	 */
	EAttribute getCampaign_FlightStart();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.plan.model.Campaign#getFlightEnd <em>Flight End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Flight End</em>'.
	 * @see io.github.chorus.plan.model.Campaign#getFlightEnd()
	 * @see #getCampaign()
	 * @generated
	 */
	EAttribute getCampaign_FlightEnd();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.plan.model.Campaign#getBudget <em>Budget</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Budget</em>'.
	 * @see io.github.chorus.plan.model.Campaign#getBudget()
	 * @see #getCampaign()
	 * @generated
	 */
	EAttribute getCampaign_Budget();

	/**
	 * Returns the meta object for the reference list '{@link io.github.chorus.plan.model.Campaign#getPersonas <em>Personas</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Personas</em>'.
	 * @see io.github.chorus.plan.model.Campaign#getPersonas()
	 * @see #getCampaign()
	 * @generated
	 */
	EReference getCampaign_Personas();

	/**
	 * Returns the meta object for the reference list '{@link io.github.chorus.plan.model.Campaign#getChannels <em>Channels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Channels</em>'.
	 * @see io.github.chorus.plan.model.Campaign#getChannels()
	 * @see #getCampaign()
	 * @generated
	 */
	EReference getCampaign_Channels();

	/**
	 * Returns the meta object for the reference '{@link io.github.chorus.plan.model.Campaign#getBudgetSource <em>Budget Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Budget Source</em>'.
	 * @see io.github.chorus.plan.model.Campaign#getBudgetSource()
	 * @see #getCampaign()
	 * @generated
	 */
	EReference getCampaign_BudgetSource();

	/**
	 * Returns the meta object for the reference list '{@link io.github.chorus.plan.model.Campaign#getGoals <em>Goals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Goals</em>'.
	 * @see io.github.chorus.plan.model.Campaign#getGoals()
	 * @see #getCampaign()
	 * @generated
	 */
	EReference getCampaign_Goals();

	/**
	 * Returns the meta object for the reference list '{@link io.github.chorus.plan.model.Campaign#getKpis <em>Kpis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Kpis</em>'.
	 * @see io.github.chorus.plan.model.Campaign#getKpis()
	 * @see #getCampaign()
	 * @generated
	 */
	EReference getCampaign_Kpis();

	/**
	 * Returns the meta object for the containment reference list '{@link io.github.chorus.plan.model.Campaign#getSpend <em>Spend</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Spend</em>'.
	 * @see io.github.chorus.plan.model.Campaign#getSpend()
	 * @see #getCampaign()
	 * @generated
	 */
	EReference getCampaign_Spend();

	/**
	 * Returns the meta object for the containment reference list '{@link io.github.chorus.plan.model.Campaign#getResults <em>Results</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Results</em>'.
	 * @see io.github.chorus.plan.model.Campaign#getResults()
	 * @see #getCampaign()
	 * @generated
	 */
	EReference getCampaign_Results();

	/**
	 * Returns the meta object for the '{@link io.github.chorus.plan.model.Campaign#isSpendWithinBudget(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Is Spend Within Budget</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Is Spend Within Budget</em>' operation.
	 * @see io.github.chorus.plan.model.Campaign#isSpendWithinBudget(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getCampaign__IsSpendWithinBudget__DiagnosticChain_Map();

	/**
	 * Returns the meta object for the '{@link io.github.chorus.plan.model.Campaign#hasOrderedFlightDates(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Has Ordered Flight Dates</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Has Ordered Flight Dates</em>' operation.
	 * @see io.github.chorus.plan.model.Campaign#hasOrderedFlightDates(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getCampaign__HasOrderedFlightDates__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link io.github.chorus.plan.model.SpendEntry <em>Spend Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Spend Entry</em>'.
	 * @see io.github.chorus.plan.model.SpendEntry
	 * @generated
	 */
	EClass getSpendEntry();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.plan.model.SpendEntry#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see io.github.chorus.plan.model.SpendEntry#getDate()
	 * @see #getSpendEntry()
	 * @generated
	 */
	EAttribute getSpendEntry_Date();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.plan.model.SpendEntry#getAmount <em>Amount</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Amount</em>'.
	 * @see io.github.chorus.plan.model.SpendEntry#getAmount()
	 * @see #getSpendEntry()
	 * @generated
	 */
	EAttribute getSpendEntry_Amount();

	/**
	 * Returns the meta object for the reference '{@link io.github.chorus.plan.model.SpendEntry#getChannel <em>Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Channel</em>'.
	 * @see io.github.chorus.plan.model.SpendEntry#getChannel()
	 * @see #getSpendEntry()
	 * @generated
	 */
	EReference getSpendEntry_Channel();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.plan.model.SpendEntry#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see io.github.chorus.plan.model.SpendEntry#getNote()
	 * @see #getSpendEntry()
	 * @generated
	 */
	EAttribute getSpendEntry_Note();

	/**
	 * Returns the meta object for class '{@link io.github.chorus.plan.model.CampaignResult <em>Campaign Result</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Campaign Result</em>'.
	 * @see io.github.chorus.plan.model.CampaignResult
	 * @generated
	 */
	EClass getCampaignResult();

	/**
	 * Returns the meta object for the reference '{@link io.github.chorus.plan.model.CampaignResult#getMetric <em>Metric</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Metric</em>'.
	 * @see io.github.chorus.plan.model.CampaignResult#getMetric()
	 * @see #getCampaignResult()
	 * @generated
	 */
	EReference getCampaignResult_Metric();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.plan.model.CampaignResult#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see io.github.chorus.plan.model.CampaignResult#getValue()
	 * @see #getCampaignResult()
	 * @generated
	 */
	EAttribute getCampaignResult_Value();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.plan.model.CampaignResult#getAsOf <em>As Of</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>As Of</em>'.
	 * @see io.github.chorus.plan.model.CampaignResult#getAsOf()
	 * @see #getCampaignResult()
	 * @generated
	 */
	EAttribute getCampaignResult_AsOf();

	/**
	 * Returns the meta object for class '{@link io.github.chorus.plan.model.Team <em>Team</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Team</em>'.
	 * @see io.github.chorus.plan.model.Team
	 * @generated
	 */
	EClass getTeam();

	/**
	 * Returns the meta object for the containment reference list '{@link io.github.chorus.plan.model.Team#getMembers <em>Members</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Members</em>'.
	 * @see io.github.chorus.plan.model.Team#getMembers()
	 * @see #getTeam()
	 * @generated
	 */
	EReference getTeam_Members();

	/**
	 * Returns the meta object for the containment reference list '{@link io.github.chorus.plan.model.Team#getRoles <em>Roles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Roles</em>'.
	 * @see io.github.chorus.plan.model.Team#getRoles()
	 * @see #getTeam()
	 * @generated
	 */
	EReference getTeam_Roles();

	/**
	 * Returns the meta object for class '{@link io.github.chorus.plan.model.Member <em>Member</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Member</em>'.
	 * @see io.github.chorus.plan.model.Member
	 * @generated
	 */
	EClass getMember();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.plan.model.Member#getEmail <em>Email</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Email</em>'.
	 * @see io.github.chorus.plan.model.Member#getEmail()
	 * @see #getMember()
	 * @generated
	 */
	EAttribute getMember_Email();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.plan.model.Member#getTimeZone <em>Time Zone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time Zone</em>'.
	 * @see io.github.chorus.plan.model.Member#getTimeZone()
	 * @see #getMember()
	 * @generated
	 */
	EAttribute getMember_TimeZone();

	/**
	 * Returns the meta object for the reference list '{@link io.github.chorus.plan.model.Member#getRoles <em>Roles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Roles</em>'.
	 * @see io.github.chorus.plan.model.Member#getRoles()
	 * @see #getMember()
	 * @generated
	 */
	EReference getMember_Roles();

	/**
	 * Returns the meta object for the '{@link io.github.chorus.plan.model.Member#hasValidTimeZone(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Has Valid Time Zone</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Has Valid Time Zone</em>' operation.
	 * @see io.github.chorus.plan.model.Member#hasValidTimeZone(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getMember__HasValidTimeZone__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link io.github.chorus.plan.model.Role <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Role</em>'.
	 * @see io.github.chorus.plan.model.Role
	 * @generated
	 */
	EClass getRole();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.plan.model.Role#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.github.chorus.plan.model.Role#getKind()
	 * @see #getRole()
	 * @generated
	 */
	EAttribute getRole_Kind();

	/**
	 * Returns the meta object for the attribute list '{@link io.github.chorus.plan.model.Role#getPermissions <em>Permissions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Permissions</em>'.
	 * @see io.github.chorus.plan.model.Role#getPermissions()
	 * @see #getRole()
	 * @generated
	 */
	EAttribute getRole_Permissions();

	/**
	 * Returns the meta object for class '{@link io.github.chorus.plan.model.Tag <em>Tag</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Tag</em>'.
	 * @see io.github.chorus.plan.model.Tag
	 * @generated
	 */
	EClass getTag();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.plan.model.Tag#getColor <em>Color</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Color</em>'.
	 * @see io.github.chorus.plan.model.Tag#getColor()
	 * @see #getTag()
	 * @generated
	 */
	EAttribute getTag_Color();

	/**
	 * Returns the meta object for enum '{@link io.github.chorus.plan.model.KpiUnit <em>Kpi Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Kpi Unit</em>'.
	 * @see io.github.chorus.plan.model.KpiUnit
	 * @generated
	 */
	EEnum getKpiUnit();

	/**
	 * Returns the meta object for enum '{@link io.github.chorus.plan.model.KpiDirection <em>Kpi Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Kpi Direction</em>'.
	 * @see io.github.chorus.plan.model.KpiDirection
	 * @generated
	 */
	EEnum getKpiDirection();

	/**
	 * Returns the meta object for enum '{@link io.github.chorus.plan.model.Aggregation <em>Aggregation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Aggregation</em>'.
	 * @see io.github.chorus.plan.model.Aggregation
	 * @generated
	 */
	EEnum getAggregation();

	/**
	 * Returns the meta object for enum '{@link io.github.chorus.plan.model.ChallengeKind <em>Challenge Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Challenge Kind</em>'.
	 * @see io.github.chorus.plan.model.ChallengeKind
	 * @generated
	 */
	EEnum getChallengeKind();

	/**
	 * Returns the meta object for enum '{@link io.github.chorus.plan.model.BudgetCategory <em>Budget Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Budget Category</em>'.
	 * @see io.github.chorus.plan.model.BudgetCategory
	 * @generated
	 */
	EEnum getBudgetCategory();

	/**
	 * Returns the meta object for enum '{@link io.github.chorus.plan.model.CampaignKind <em>Campaign Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Campaign Kind</em>'.
	 * @see io.github.chorus.plan.model.CampaignKind
	 * @generated
	 */
	EEnum getCampaignKind();

	/**
	 * Returns the meta object for enum '{@link io.github.chorus.plan.model.CampaignObjective <em>Campaign Objective</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Campaign Objective</em>'.
	 * @see io.github.chorus.plan.model.CampaignObjective
	 * @generated
	 */
	EEnum getCampaignObjective();

	/**
	 * Returns the meta object for enum '{@link io.github.chorus.plan.model.CampaignStatus <em>Campaign Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Campaign Status</em>'.
	 * @see io.github.chorus.plan.model.CampaignStatus
	 * @generated
	 */
	EEnum getCampaignStatus();

	/**
	 * Returns the meta object for enum '{@link io.github.chorus.plan.model.RoleKind <em>Role Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Role Kind</em>'.
	 * @see io.github.chorus.plan.model.RoleKind
	 * @generated
	 */
	EEnum getRoleKind();

	/**
	 * Returns the meta object for enum '{@link io.github.chorus.plan.model.Permission <em>Permission</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Permission</em>'.
	 * @see io.github.chorus.plan.model.Permission
	 * @generated
	 */
	EEnum getPermission();

	/**
	 * Returns the meta object for data type '{@link java.time.Instant <em>Instant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A point on the UTC time line, stored as ISO-8601 (for example 2026-03-01T09:30:00Z).
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Instant</em>'.
	 * @see java.time.Instant
	 * @model instanceClass="java.time.Instant"
	 * @generated
	 */
	EDataType getInstant();

	/**
	 * Returns the meta object for data type '{@link java.time.LocalDate <em>Local Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A calendar date without time zone, stored as ISO-8601 (2026-03-31).
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Local Date</em>'.
	 * @see java.time.LocalDate
	 * @model instanceClass="java.time.LocalDate"
	 * @generated
	 */
	EDataType getLocalDate();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	PlanFactory getPlanFactory();

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
		 * The meta object literal for the '{@link io.github.chorus.plan.model.impl.IdentifiedImpl <em>Identified</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.github.chorus.plan.model.impl.IdentifiedImpl
		 * @see io.github.chorus.plan.model.impl.PlanPackageImpl#getIdentified()
		 * @generated
		 */
		EClass IDENTIFIED = eINSTANCE.getIdentified();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTIFIED__ID = eINSTANCE.getIdentified_Id();

		/**
		 * The meta object literal for the '{@link io.github.chorus.plan.model.impl.NamedImpl <em>Named</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.github.chorus.plan.model.impl.NamedImpl
		 * @see io.github.chorus.plan.model.impl.PlanPackageImpl#getNamed()
		 * @generated
		 */
		EClass NAMED = eINSTANCE.getNamed();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED__NAME = eINSTANCE.getNamed_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED__DESCRIPTION = eINSTANCE.getNamed_Description();

		/**
		 * The meta object literal for the '{@link io.github.chorus.plan.model.impl.PlanImpl <em>Plan</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.github.chorus.plan.model.impl.PlanImpl
		 * @see io.github.chorus.plan.model.impl.PlanPackageImpl#getPlan()
		 * @generated
		 */
		EClass PLAN = eINSTANCE.getPlan();

		/**
		 * The meta object literal for the '<em><b>Time Zone</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN__TIME_ZONE = eINSTANCE.getPlan_TimeZone();

		/**
		 * The meta object literal for the '<em><b>Currency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN__CURRENCY = eINSTANCE.getPlan_Currency();

		/**
		 * The meta object literal for the '<em><b>Start Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN__START_DATE = eINSTANCE.getPlan_StartDate();

		/**
		 * The meta object literal for the '<em><b>End Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN__END_DATE = eINSTANCE.getPlan_EndDate();

		/**
		 * The meta object literal for the '<em><b>Approval Required</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN__APPROVAL_REQUIRED = eINSTANCE.getPlan_ApprovalRequired();

		/**
		 * The meta object literal for the '<em><b>Brand</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__BRAND = eINSTANCE.getPlan_Brand();

		/**
		 * The meta object literal for the '<em><b>Personas</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__PERSONAS = eINSTANCE.getPlan_Personas();

		/**
		 * The meta object literal for the '<em><b>Goals</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__GOALS = eINSTANCE.getPlan_Goals();

		/**
		 * The meta object literal for the '<em><b>Challenges</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__CHALLENGES = eINSTANCE.getPlan_Challenges();

		/**
		 * The meta object literal for the '<em><b>Channels</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__CHANNELS = eINSTANCE.getPlan_Channels();

		/**
		 * The meta object literal for the '<em><b>Metric Definitions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__METRIC_DEFINITIONS = eINSTANCE.getPlan_MetricDefinitions();

		/**
		 * The meta object literal for the '<em><b>Kpi Definitions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__KPI_DEFINITIONS = eINSTANCE.getPlan_KpiDefinitions();

		/**
		 * The meta object literal for the '<em><b>Budgets</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__BUDGETS = eINSTANCE.getPlan_Budgets();

		/**
		 * The meta object literal for the '<em><b>Campaigns</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__CAMPAIGNS = eINSTANCE.getPlan_Campaigns();

		/**
		 * The meta object literal for the '<em><b>Team</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__TEAM = eINSTANCE.getPlan_Team();

		/**
		 * The meta object literal for the '<em><b>Tags</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PLAN__TAGS = eINSTANCE.getPlan_Tags();

		/**
		 * The meta object literal for the '<em><b>Has Valid Time Zone</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation PLAN___HAS_VALID_TIME_ZONE__DIAGNOSTICCHAIN_MAP = eINSTANCE.getPlan__HasValidTimeZone__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link io.github.chorus.plan.model.impl.BrandImpl <em>Brand</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.github.chorus.plan.model.impl.BrandImpl
		 * @see io.github.chorus.plan.model.impl.PlanPackageImpl#getBrand()
		 * @generated
		 */
		EClass BRAND = eINSTANCE.getBrand();

		/**
		 * The meta object literal for the '<em><b>Identity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BRAND__IDENTITY = eINSTANCE.getBrand_Identity();

		/**
		 * The meta object literal for the '<em><b>Value Proposition</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BRAND__VALUE_PROPOSITION = eINSTANCE.getBrand_ValueProposition();

		/**
		 * The meta object literal for the '<em><b>Voice</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BRAND__VOICE = eINSTANCE.getBrand_Voice();

		/**
		 * The meta object literal for the '<em><b>Tone Guidelines</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BRAND__TONE_GUIDELINES = eINSTANCE.getBrand_ToneGuidelines();

		/**
		 * The meta object literal for the '<em><b>Hashtags</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BRAND__HASHTAGS = eINSTANCE.getBrand_Hashtags();

		/**
		 * The meta object literal for the '<em><b>Has Value Proposition</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation BRAND___HAS_VALUE_PROPOSITION__DIAGNOSTICCHAIN_MAP = eINSTANCE.getBrand__HasValueProposition__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link io.github.chorus.plan.model.impl.PersonaImpl <em>Persona</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.github.chorus.plan.model.impl.PersonaImpl
		 * @see io.github.chorus.plan.model.impl.PlanPackageImpl#getPersona()
		 * @generated
		 */
		EClass PERSONA = eINSTANCE.getPersona();

		/**
		 * The meta object literal for the '<em><b>Demographics</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSONA__DEMOGRAPHICS = eINSTANCE.getPersona_Demographics();

		/**
		 * The meta object literal for the '<em><b>Needs</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSONA__NEEDS = eINSTANCE.getPersona_Needs();

		/**
		 * The meta object literal for the '<em><b>Pain Points</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSONA__PAIN_POINTS = eINSTANCE.getPersona_PainPoints();

		/**
		 * The meta object literal for the '<em><b>Sub Targets</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PERSONA__SUB_TARGETS = eINSTANCE.getPersona_SubTargets();

		/**
		 * The meta object literal for the '<em><b>Is Targeted</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation PERSONA___IS_TARGETED__DIAGNOSTICCHAIN_MAP = eINSTANCE.getPersona__IsTargeted__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link io.github.chorus.plan.model.impl.GoalImpl <em>Goal</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.github.chorus.plan.model.impl.GoalImpl
		 * @see io.github.chorus.plan.model.impl.PlanPackageImpl#getGoal()
		 * @generated
		 */
		EClass GOAL = eINSTANCE.getGoal();

		/**
		 * The meta object literal for the '<em><b>Priority</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOAL__PRIORITY = eINSTANCE.getGoal_Priority();

		/**
		 * The meta object literal for the '<em><b>Challenges</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GOAL__CHALLENGES = eINSTANCE.getGoal_Challenges();

		/**
		 * The meta object literal for the '<em><b>Kpis</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GOAL__KPIS = eINSTANCE.getGoal_Kpis();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GOAL__OWNER = eINSTANCE.getGoal_Owner();

		/**
		 * The meta object literal for the '<em><b>Has Kpi</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation GOAL___HAS_KPI__DIAGNOSTICCHAIN_MAP = eINSTANCE.getGoal__HasKpi__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link io.github.chorus.plan.model.impl.KpiImpl <em>Kpi</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.github.chorus.plan.model.impl.KpiImpl
		 * @see io.github.chorus.plan.model.impl.PlanPackageImpl#getKpi()
		 * @generated
		 */
		EClass KPI = eINSTANCE.getKpi();

		/**
		 * The meta object literal for the '<em><b>Definition</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference KPI__DEFINITION = eINSTANCE.getKpi_Definition();

		/**
		 * The meta object literal for the '<em><b>Channel</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference KPI__CHANNEL = eINSTANCE.getKpi_Channel();

		/**
		 * The meta object literal for the '<em><b>Baseline</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KPI__BASELINE = eINSTANCE.getKpi_Baseline();

		/**
		 * The meta object literal for the '<em><b>Targets</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference KPI__TARGETS = eINSTANCE.getKpi_Targets();

		/**
		 * The meta object literal for the '<em><b>Has Target</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation KPI___HAS_TARGET__DIAGNOSTICCHAIN_MAP = eINSTANCE.getKpi__HasTarget__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link io.github.chorus.plan.model.impl.TargetImpl <em>Target</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.github.chorus.plan.model.impl.TargetImpl
		 * @see io.github.chorus.plan.model.impl.PlanPackageImpl#getTarget()
		 * @generated
		 */
		EClass TARGET = eINSTANCE.getTarget();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TARGET__VALUE = eINSTANCE.getTarget_Value();

		/**
		 * The meta object literal for the '<em><b>Due Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TARGET__DUE_DATE = eINSTANCE.getTarget_DueDate();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TARGET__NOTE = eINSTANCE.getTarget_Note();

		/**
		 * The meta object literal for the '<em><b>Is Dated In Future</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation TARGET___IS_DATED_IN_FUTURE__DIAGNOSTICCHAIN_MAP = eINSTANCE.getTarget__IsDatedInFuture__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link io.github.chorus.plan.model.impl.KpiDefinitionImpl <em>Kpi Definition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.github.chorus.plan.model.impl.KpiDefinitionImpl
		 * @see io.github.chorus.plan.model.impl.PlanPackageImpl#getKpiDefinition()
		 * @generated
		 */
		EClass KPI_DEFINITION = eINSTANCE.getKpiDefinition();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KPI_DEFINITION__KEY = eINSTANCE.getKpiDefinition_Key();

		/**
		 * The meta object literal for the '<em><b>Formula</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KPI_DEFINITION__FORMULA = eINSTANCE.getKpiDefinition_Formula();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KPI_DEFINITION__UNIT = eINSTANCE.getKpiDefinition_Unit();

		/**
		 * The meta object literal for the '<em><b>Direction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KPI_DEFINITION__DIRECTION = eINSTANCE.getKpiDefinition_Direction();

		/**
		 * The meta object literal for the '<em><b>Built In</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KPI_DEFINITION__BUILT_IN = eINSTANCE.getKpiDefinition_BuiltIn();

		/**
		 * The meta object literal for the '<em><b>Inputs</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference KPI_DEFINITION__INPUTS = eINSTANCE.getKpiDefinition_Inputs();

		/**
		 * The meta object literal for the '<em><b>Has Valid Formula</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation KPI_DEFINITION___HAS_VALID_FORMULA__DIAGNOSTICCHAIN_MAP = eINSTANCE.getKpiDefinition__HasValidFormula__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link io.github.chorus.plan.model.impl.MetricDefinitionImpl <em>Metric Definition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.github.chorus.plan.model.impl.MetricDefinitionImpl
		 * @see io.github.chorus.plan.model.impl.PlanPackageImpl#getMetricDefinition()
		 * @generated
		 */
		EClass METRIC_DEFINITION = eINSTANCE.getMetricDefinition();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC_DEFINITION__KEY = eINSTANCE.getMetricDefinition_Key();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC_DEFINITION__UNIT = eINSTANCE.getMetricDefinition_Unit();

		/**
		 * The meta object literal for the '<em><b>Aggregation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC_DEFINITION__AGGREGATION = eINSTANCE.getMetricDefinition_Aggregation();

		/**
		 * The meta object literal for the '<em><b>Definition Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC_DEFINITION__DEFINITION_NOTE = eINSTANCE.getMetricDefinition_DefinitionNote();

		/**
		 * The meta object literal for the '<em><b>Has Unique Key</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation METRIC_DEFINITION___HAS_UNIQUE_KEY__DIAGNOSTICCHAIN_MAP = eINSTANCE.getMetricDefinition__HasUniqueKey__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link io.github.chorus.plan.model.impl.ChallengeImpl <em>Challenge</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.github.chorus.plan.model.impl.ChallengeImpl
		 * @see io.github.chorus.plan.model.impl.PlanPackageImpl#getChallenge()
		 * @generated
		 */
		EClass CHALLENGE = eINSTANCE.getChallenge();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHALLENGE__KIND = eINSTANCE.getChallenge_Kind();

		/**
		 * The meta object literal for the '<em><b>Severity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHALLENGE__SEVERITY = eINSTANCE.getChallenge_Severity();

		/**
		 * The meta object literal for the '{@link io.github.chorus.plan.model.impl.ChannelPresenceImpl <em>Channel Presence</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.github.chorus.plan.model.impl.ChannelPresenceImpl
		 * @see io.github.chorus.plan.model.impl.PlanPackageImpl#getChannelPresence()
		 * @generated
		 */
		EClass CHANNEL_PRESENCE = eINSTANCE.getChannelPresence();

		/**
		 * The meta object literal for the '<em><b>Channel Type Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL_PRESENCE__CHANNEL_TYPE_ID = eINSTANCE.getChannelPresence_ChannelTypeId();

		/**
		 * The meta object literal for the '<em><b>Account Handle</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL_PRESENCE__ACCOUNT_HANDLE = eINSTANCE.getChannelPresence_AccountHandle();

		/**
		 * The meta object literal for the '<em><b>Account Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL_PRESENCE__ACCOUNT_KEY = eINSTANCE.getChannelPresence_AccountKey();

		/**
		 * The meta object literal for the '<em><b>Rationale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL_PRESENCE__RATIONALE = eINSTANCE.getChannelPresence_Rationale();

		/**
		 * The meta object literal for the '<em><b>Active</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL_PRESENCE__ACTIVE = eINSTANCE.getChannelPresence_Active();

		/**
		 * The meta object literal for the '<em><b>Personas</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CHANNEL_PRESENCE__PERSONAS = eINSTANCE.getChannelPresence_Personas();

		/**
		 * The meta object literal for the '<em><b>Has Channel Type</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CHANNEL_PRESENCE___HAS_CHANNEL_TYPE__DIAGNOSTICCHAIN_MAP = eINSTANCE.getChannelPresence__HasChannelType__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link io.github.chorus.plan.model.impl.BudgetImpl <em>Budget</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.github.chorus.plan.model.impl.BudgetImpl
		 * @see io.github.chorus.plan.model.impl.PlanPackageImpl#getBudget()
		 * @generated
		 */
		EClass BUDGET = eINSTANCE.getBudget();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUDGET__CATEGORY = eINSTANCE.getBudget_Category();

		/**
		 * The meta object literal for the '<em><b>Amount</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUDGET__AMOUNT = eINSTANCE.getBudget_Amount();

		/**
		 * The meta object literal for the '<em><b>Period Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUDGET__PERIOD_START = eINSTANCE.getBudget_PeriodStart();

		/**
		 * The meta object literal for the '<em><b>Period End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUDGET__PERIOD_END = eINSTANCE.getBudget_PeriodEnd();

		/**
		 * The meta object literal for the '<em><b>Has Valid Amount And Period</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation BUDGET___HAS_VALID_AMOUNT_AND_PERIOD__DIAGNOSTICCHAIN_MAP = eINSTANCE.getBudget__HasValidAmountAndPeriod__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link io.github.chorus.plan.model.impl.CampaignImpl <em>Campaign</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.github.chorus.plan.model.impl.CampaignImpl
		 * @see io.github.chorus.plan.model.impl.PlanPackageImpl#getCampaign()
		 * @generated
		 */
		EClass CAMPAIGN = eINSTANCE.getCampaign();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN__KIND = eINSTANCE.getCampaign_Kind();

		/**
		 * The meta object literal for the '<em><b>Objective</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN__OBJECTIVE = eINSTANCE.getCampaign_Objective();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN__STATUS = eINSTANCE.getCampaign_Status();

		/**
		 * The meta object literal for the '<em><b>Flight Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN__FLIGHT_START = eINSTANCE.getCampaign_FlightStart();

		/**
		 * The meta object literal for the '<em><b>Flight End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN__FLIGHT_END = eINSTANCE.getCampaign_FlightEnd();

		/**
		 * The meta object literal for the '<em><b>Budget</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN__BUDGET = eINSTANCE.getCampaign_Budget();

		/**
		 * The meta object literal for the '<em><b>Personas</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CAMPAIGN__PERSONAS = eINSTANCE.getCampaign_Personas();

		/**
		 * The meta object literal for the '<em><b>Channels</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CAMPAIGN__CHANNELS = eINSTANCE.getCampaign_Channels();

		/**
		 * The meta object literal for the '<em><b>Budget Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CAMPAIGN__BUDGET_SOURCE = eINSTANCE.getCampaign_BudgetSource();

		/**
		 * The meta object literal for the '<em><b>Goals</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CAMPAIGN__GOALS = eINSTANCE.getCampaign_Goals();

		/**
		 * The meta object literal for the '<em><b>Kpis</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CAMPAIGN__KPIS = eINSTANCE.getCampaign_Kpis();

		/**
		 * The meta object literal for the '<em><b>Spend</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CAMPAIGN__SPEND = eINSTANCE.getCampaign_Spend();

		/**
		 * The meta object literal for the '<em><b>Results</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CAMPAIGN__RESULTS = eINSTANCE.getCampaign_Results();

		/**
		 * The meta object literal for the '<em><b>Is Spend Within Budget</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CAMPAIGN___IS_SPEND_WITHIN_BUDGET__DIAGNOSTICCHAIN_MAP = eINSTANCE.getCampaign__IsSpendWithinBudget__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '<em><b>Has Ordered Flight Dates</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation CAMPAIGN___HAS_ORDERED_FLIGHT_DATES__DIAGNOSTICCHAIN_MAP = eINSTANCE.getCampaign__HasOrderedFlightDates__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link io.github.chorus.plan.model.impl.SpendEntryImpl <em>Spend Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.github.chorus.plan.model.impl.SpendEntryImpl
		 * @see io.github.chorus.plan.model.impl.PlanPackageImpl#getSpendEntry()
		 * @generated
		 */
		EClass SPEND_ENTRY = eINSTANCE.getSpendEntry();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPEND_ENTRY__DATE = eINSTANCE.getSpendEntry_Date();

		/**
		 * The meta object literal for the '<em><b>Amount</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPEND_ENTRY__AMOUNT = eINSTANCE.getSpendEntry_Amount();

		/**
		 * The meta object literal for the '<em><b>Channel</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SPEND_ENTRY__CHANNEL = eINSTANCE.getSpendEntry_Channel();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPEND_ENTRY__NOTE = eINSTANCE.getSpendEntry_Note();

		/**
		 * The meta object literal for the '{@link io.github.chorus.plan.model.impl.CampaignResultImpl <em>Campaign Result</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.github.chorus.plan.model.impl.CampaignResultImpl
		 * @see io.github.chorus.plan.model.impl.PlanPackageImpl#getCampaignResult()
		 * @generated
		 */
		EClass CAMPAIGN_RESULT = eINSTANCE.getCampaignResult();

		/**
		 * The meta object literal for the '<em><b>Metric</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CAMPAIGN_RESULT__METRIC = eINSTANCE.getCampaignResult_Metric();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN_RESULT__VALUE = eINSTANCE.getCampaignResult_Value();

		/**
		 * The meta object literal for the '<em><b>As Of</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN_RESULT__AS_OF = eINSTANCE.getCampaignResult_AsOf();

		/**
		 * The meta object literal for the '{@link io.github.chorus.plan.model.impl.TeamImpl <em>Team</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.github.chorus.plan.model.impl.TeamImpl
		 * @see io.github.chorus.plan.model.impl.PlanPackageImpl#getTeam()
		 * @generated
		 */
		EClass TEAM = eINSTANCE.getTeam();

		/**
		 * The meta object literal for the '<em><b>Members</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TEAM__MEMBERS = eINSTANCE.getTeam_Members();

		/**
		 * The meta object literal for the '<em><b>Roles</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TEAM__ROLES = eINSTANCE.getTeam_Roles();

		/**
		 * The meta object literal for the '{@link io.github.chorus.plan.model.impl.MemberImpl <em>Member</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.github.chorus.plan.model.impl.MemberImpl
		 * @see io.github.chorus.plan.model.impl.PlanPackageImpl#getMember()
		 * @generated
		 */
		EClass MEMBER = eINSTANCE.getMember();

		/**
		 * The meta object literal for the '<em><b>Email</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMBER__EMAIL = eINSTANCE.getMember_Email();

		/**
		 * The meta object literal for the '<em><b>Time Zone</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMBER__TIME_ZONE = eINSTANCE.getMember_TimeZone();

		/**
		 * The meta object literal for the '<em><b>Roles</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEMBER__ROLES = eINSTANCE.getMember_Roles();

		/**
		 * The meta object literal for the '<em><b>Has Valid Time Zone</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation MEMBER___HAS_VALID_TIME_ZONE__DIAGNOSTICCHAIN_MAP = eINSTANCE.getMember__HasValidTimeZone__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link io.github.chorus.plan.model.impl.RoleImpl <em>Role</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.github.chorus.plan.model.impl.RoleImpl
		 * @see io.github.chorus.plan.model.impl.PlanPackageImpl#getRole()
		 * @generated
		 */
		EClass ROLE = eINSTANCE.getRole();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROLE__KIND = eINSTANCE.getRole_Kind();

		/**
		 * The meta object literal for the '<em><b>Permissions</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROLE__PERMISSIONS = eINSTANCE.getRole_Permissions();

		/**
		 * The meta object literal for the '{@link io.github.chorus.plan.model.impl.TagImpl <em>Tag</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.github.chorus.plan.model.impl.TagImpl
		 * @see io.github.chorus.plan.model.impl.PlanPackageImpl#getTag()
		 * @generated
		 */
		EClass TAG = eINSTANCE.getTag();

		/**
		 * The meta object literal for the '<em><b>Color</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TAG__COLOR = eINSTANCE.getTag_Color();

		/**
		 * The meta object literal for the '{@link io.github.chorus.plan.model.KpiUnit <em>Kpi Unit</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.github.chorus.plan.model.KpiUnit
		 * @see io.github.chorus.plan.model.impl.PlanPackageImpl#getKpiUnit()
		 * @generated
		 */
		EEnum KPI_UNIT = eINSTANCE.getKpiUnit();

		/**
		 * The meta object literal for the '{@link io.github.chorus.plan.model.KpiDirection <em>Kpi Direction</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.github.chorus.plan.model.KpiDirection
		 * @see io.github.chorus.plan.model.impl.PlanPackageImpl#getKpiDirection()
		 * @generated
		 */
		EEnum KPI_DIRECTION = eINSTANCE.getKpiDirection();

		/**
		 * The meta object literal for the '{@link io.github.chorus.plan.model.Aggregation <em>Aggregation</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.github.chorus.plan.model.Aggregation
		 * @see io.github.chorus.plan.model.impl.PlanPackageImpl#getAggregation()
		 * @generated
		 */
		EEnum AGGREGATION = eINSTANCE.getAggregation();

		/**
		 * The meta object literal for the '{@link io.github.chorus.plan.model.ChallengeKind <em>Challenge Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.github.chorus.plan.model.ChallengeKind
		 * @see io.github.chorus.plan.model.impl.PlanPackageImpl#getChallengeKind()
		 * @generated
		 */
		EEnum CHALLENGE_KIND = eINSTANCE.getChallengeKind();

		/**
		 * The meta object literal for the '{@link io.github.chorus.plan.model.BudgetCategory <em>Budget Category</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.github.chorus.plan.model.BudgetCategory
		 * @see io.github.chorus.plan.model.impl.PlanPackageImpl#getBudgetCategory()
		 * @generated
		 */
		EEnum BUDGET_CATEGORY = eINSTANCE.getBudgetCategory();

		/**
		 * The meta object literal for the '{@link io.github.chorus.plan.model.CampaignKind <em>Campaign Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.github.chorus.plan.model.CampaignKind
		 * @see io.github.chorus.plan.model.impl.PlanPackageImpl#getCampaignKind()
		 * @generated
		 */
		EEnum CAMPAIGN_KIND = eINSTANCE.getCampaignKind();

		/**
		 * The meta object literal for the '{@link io.github.chorus.plan.model.CampaignObjective <em>Campaign Objective</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.github.chorus.plan.model.CampaignObjective
		 * @see io.github.chorus.plan.model.impl.PlanPackageImpl#getCampaignObjective()
		 * @generated
		 */
		EEnum CAMPAIGN_OBJECTIVE = eINSTANCE.getCampaignObjective();

		/**
		 * The meta object literal for the '{@link io.github.chorus.plan.model.CampaignStatus <em>Campaign Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.github.chorus.plan.model.CampaignStatus
		 * @see io.github.chorus.plan.model.impl.PlanPackageImpl#getCampaignStatus()
		 * @generated
		 */
		EEnum CAMPAIGN_STATUS = eINSTANCE.getCampaignStatus();

		/**
		 * The meta object literal for the '{@link io.github.chorus.plan.model.RoleKind <em>Role Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.github.chorus.plan.model.RoleKind
		 * @see io.github.chorus.plan.model.impl.PlanPackageImpl#getRoleKind()
		 * @generated
		 */
		EEnum ROLE_KIND = eINSTANCE.getRoleKind();

		/**
		 * The meta object literal for the '{@link io.github.chorus.plan.model.Permission <em>Permission</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.github.chorus.plan.model.Permission
		 * @see io.github.chorus.plan.model.impl.PlanPackageImpl#getPermission()
		 * @generated
		 */
		EEnum PERMISSION = eINSTANCE.getPermission();

		/**
		 * The meta object literal for the '<em>Instant</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.Instant
		 * @see io.github.chorus.plan.model.impl.PlanPackageImpl#getInstant()
		 * @generated
		 */
		EDataType INSTANT = eINSTANCE.getInstant();

		/**
		 * The meta object literal for the '<em>Local Date</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.LocalDate
		 * @see io.github.chorus.plan.model.impl.PlanPackageImpl#getLocalDate()
		 * @generated
		 */
		EDataType LOCAL_DATE = eINSTANCE.getLocalDate();

	}

} //PlanPackage
