/**
 * SPDX-License-Identifier: EPL-2.0
 * Copyright (c) 2026 the Chorus authors
 */
package io.github.chorus.plan.model.impl;

import io.github.chorus.plan.model.Aggregation;
import io.github.chorus.plan.model.Brand;
import io.github.chorus.plan.model.Budget;
import io.github.chorus.plan.model.BudgetCategory;
import io.github.chorus.plan.model.Campaign;
import io.github.chorus.plan.model.CampaignKind;
import io.github.chorus.plan.model.CampaignObjective;
import io.github.chorus.plan.model.CampaignResult;
import io.github.chorus.plan.model.CampaignStatus;
import io.github.chorus.plan.model.Challenge;
import io.github.chorus.plan.model.ChallengeKind;
import io.github.chorus.plan.model.ChannelPresence;
import io.github.chorus.plan.model.Goal;
import io.github.chorus.plan.model.Identified;
import io.github.chorus.plan.model.Kpi;
import io.github.chorus.plan.model.KpiDefinition;
import io.github.chorus.plan.model.KpiDirection;
import io.github.chorus.plan.model.KpiUnit;
import io.github.chorus.plan.model.Member;
import io.github.chorus.plan.model.MetricDefinition;
import io.github.chorus.plan.model.Named;
import io.github.chorus.plan.model.Permission;
import io.github.chorus.plan.model.Persona;
import io.github.chorus.plan.model.Plan;
import io.github.chorus.plan.model.PlanFactory;
import io.github.chorus.plan.model.PlanPackage;
import io.github.chorus.plan.model.Role;
import io.github.chorus.plan.model.RoleKind;
import io.github.chorus.plan.model.SpendEntry;
import io.github.chorus.plan.model.Tag;
import io.github.chorus.plan.model.Target;
import io.github.chorus.plan.model.Team;

import io.github.chorus.plan.model.util.PlanValidator;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
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
public class PlanPackageImpl extends EPackageImpl implements PlanPackage
{
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass identifiedEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass namedEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass planEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass brandEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass personaEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass goalEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass kpiEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass targetEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass kpiDefinitionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass metricDefinitionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass challengeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass channelPresenceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass budgetEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass campaignEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass spendEntryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass campaignResultEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass teamEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass memberEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass roleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass tagEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum kpiUnitEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum kpiDirectionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum aggregationEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum challengeKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum budgetCategoryEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum campaignKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum campaignObjectiveEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum campaignStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum roleKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum permissionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType instantEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType localDateEDataType = null;

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
	 * @see io.github.chorus.plan.model.PlanPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private PlanPackageImpl()
	{
		super(eNS_URI, PlanFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link PlanPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static PlanPackage init()
	{
		if (isInited) return (PlanPackage)EPackage.Registry.INSTANCE.getEPackage(PlanPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredPlanPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		PlanPackageImpl thePlanPackage = registeredPlanPackage instanceof PlanPackageImpl ? (PlanPackageImpl)registeredPlanPackage : new PlanPackageImpl();

		isInited = true;

		// Create package meta-data objects
		thePlanPackage.createPackageContents();

		// Initialize created meta-data
		thePlanPackage.initializePackageContents();

		// Register package validator
		EValidator.Registry.INSTANCE.put
			(thePlanPackage,
			 new EValidator.Descriptor()
			 {
				 @Override
				 public EValidator getEValidator()
				 {
					 return PlanValidator.INSTANCE;
				 }
			 });

		// Mark meta-data to indicate it can't be changed
		thePlanPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(PlanPackage.eNS_URI, thePlanPackage);
		return thePlanPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIdentified()
	{
		return identifiedEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIdentified_Id()
	{
		return (EAttribute)identifiedEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNamed()
	{
		return namedEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNamed_Name()
	{
		return (EAttribute)namedEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNamed_Description()
	{
		return (EAttribute)namedEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPlan()
	{
		return planEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlan_TimeZone()
	{
		return (EAttribute)planEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlan_Currency()
	{
		return (EAttribute)planEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlan_StartDate()
	{
		return (EAttribute)planEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlan_EndDate()
	{
		return (EAttribute)planEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlan_ApprovalRequired()
	{
		return (EAttribute)planEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlan_Brand()
	{
		return (EReference)planEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlan_Personas()
	{
		return (EReference)planEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlan_Goals()
	{
		return (EReference)planEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlan_Challenges()
	{
		return (EReference)planEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlan_Channels()
	{
		return (EReference)planEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlan_MetricDefinitions()
	{
		return (EReference)planEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlan_KpiDefinitions()
	{
		return (EReference)planEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlan_Budgets()
	{
		return (EReference)planEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlan_Campaigns()
	{
		return (EReference)planEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlan_Team()
	{
		return (EReference)planEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPlan_Tags()
	{
		return (EReference)planEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getPlan__HasValidTimeZone__DiagnosticChain_Map()
	{
		return planEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBrand()
	{
		return brandEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBrand_Identity()
	{
		return (EAttribute)brandEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBrand_ValueProposition()
	{
		return (EAttribute)brandEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBrand_Voice()
	{
		return (EAttribute)brandEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBrand_ToneGuidelines()
	{
		return (EAttribute)brandEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBrand_Hashtags()
	{
		return (EAttribute)brandEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getBrand__HasValueProposition__DiagnosticChain_Map()
	{
		return brandEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPersona()
	{
		return personaEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPersona_Demographics()
	{
		return (EAttribute)personaEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPersona_Needs()
	{
		return (EAttribute)personaEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPersona_PainPoints()
	{
		return (EAttribute)personaEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPersona_SubTargets()
	{
		return (EReference)personaEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getPersona__IsTargeted__DiagnosticChain_Map()
	{
		return personaEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGoal()
	{
		return goalEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGoal_Priority()
	{
		return (EAttribute)goalEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGoal_Challenges()
	{
		return (EReference)goalEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGoal_Kpis()
	{
		return (EReference)goalEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGoal_Owner()
	{
		return (EReference)goalEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getGoal__HasKpi__DiagnosticChain_Map()
	{
		return goalEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getKpi()
	{
		return kpiEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getKpi_Definition()
	{
		return (EReference)kpiEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getKpi_Channel()
	{
		return (EReference)kpiEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKpi_Baseline()
	{
		return (EAttribute)kpiEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getKpi_Targets()
	{
		return (EReference)kpiEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getKpi__HasTarget__DiagnosticChain_Map()
	{
		return kpiEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTarget()
	{
		return targetEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTarget_Value()
	{
		return (EAttribute)targetEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTarget_DueDate()
	{
		return (EAttribute)targetEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTarget_Note()
	{
		return (EAttribute)targetEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getTarget__IsDatedInFuture__DiagnosticChain_Map()
	{
		return targetEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getKpiDefinition()
	{
		return kpiDefinitionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKpiDefinition_Key()
	{
		return (EAttribute)kpiDefinitionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKpiDefinition_Formula()
	{
		return (EAttribute)kpiDefinitionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKpiDefinition_Unit()
	{
		return (EAttribute)kpiDefinitionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKpiDefinition_Direction()
	{
		return (EAttribute)kpiDefinitionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKpiDefinition_BuiltIn()
	{
		return (EAttribute)kpiDefinitionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getKpiDefinition_Inputs()
	{
		return (EReference)kpiDefinitionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getKpiDefinition__HasValidFormula__DiagnosticChain_Map()
	{
		return kpiDefinitionEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMetricDefinition()
	{
		return metricDefinitionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMetricDefinition_Key()
	{
		return (EAttribute)metricDefinitionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMetricDefinition_Unit()
	{
		return (EAttribute)metricDefinitionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMetricDefinition_Aggregation()
	{
		return (EAttribute)metricDefinitionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMetricDefinition_DefinitionNote()
	{
		return (EAttribute)metricDefinitionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getMetricDefinition__HasUniqueKey__DiagnosticChain_Map()
	{
		return metricDefinitionEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getChallenge()
	{
		return challengeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChallenge_Kind()
	{
		return (EAttribute)challengeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChallenge_Severity()
	{
		return (EAttribute)challengeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getChannelPresence()
	{
		return channelPresenceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChannelPresence_ChannelTypeId()
	{
		return (EAttribute)channelPresenceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChannelPresence_AccountHandle()
	{
		return (EAttribute)channelPresenceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChannelPresence_AccountKey()
	{
		return (EAttribute)channelPresenceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChannelPresence_Rationale()
	{
		return (EAttribute)channelPresenceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChannelPresence_Active()
	{
		return (EAttribute)channelPresenceEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getChannelPresence_Personas()
	{
		return (EReference)channelPresenceEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getChannelPresence__HasChannelType__DiagnosticChain_Map()
	{
		return channelPresenceEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBudget()
	{
		return budgetEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBudget_Category()
	{
		return (EAttribute)budgetEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBudget_Amount()
	{
		return (EAttribute)budgetEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBudget_PeriodStart()
	{
		return (EAttribute)budgetEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBudget_PeriodEnd()
	{
		return (EAttribute)budgetEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getBudget__HasValidAmountAndPeriod__DiagnosticChain_Map()
	{
		return budgetEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCampaign()
	{
		return campaignEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCampaign_Kind()
	{
		return (EAttribute)campaignEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCampaign_Objective()
	{
		return (EAttribute)campaignEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCampaign_Status()
	{
		return (EAttribute)campaignEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCampaign_FlightStart()
	{
		return (EAttribute)campaignEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCampaign_FlightEnd()
	{
		return (EAttribute)campaignEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCampaign_Budget()
	{
		return (EAttribute)campaignEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCampaign_Personas()
	{
		return (EReference)campaignEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCampaign_Channels()
	{
		return (EReference)campaignEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCampaign_BudgetSource()
	{
		return (EReference)campaignEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCampaign_Goals()
	{
		return (EReference)campaignEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCampaign_Kpis()
	{
		return (EReference)campaignEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCampaign_Spend()
	{
		return (EReference)campaignEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCampaign_Results()
	{
		return (EReference)campaignEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getCampaign__IsSpendWithinBudget__DiagnosticChain_Map()
	{
		return campaignEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getCampaign__HasOrderedFlightDates__DiagnosticChain_Map()
	{
		return campaignEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSpendEntry()
	{
		return spendEntryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSpendEntry_Date()
	{
		return (EAttribute)spendEntryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSpendEntry_Amount()
	{
		return (EAttribute)spendEntryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSpendEntry_Channel()
	{
		return (EReference)spendEntryEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSpendEntry_Note()
	{
		return (EAttribute)spendEntryEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCampaignResult()
	{
		return campaignResultEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCampaignResult_Metric()
	{
		return (EReference)campaignResultEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCampaignResult_Value()
	{
		return (EAttribute)campaignResultEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCampaignResult_AsOf()
	{
		return (EAttribute)campaignResultEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTeam()
	{
		return teamEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTeam_Members()
	{
		return (EReference)teamEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTeam_Roles()
	{
		return (EReference)teamEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMember()
	{
		return memberEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMember_Email()
	{
		return (EAttribute)memberEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMember_TimeZone()
	{
		return (EAttribute)memberEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMember_Roles()
	{
		return (EReference)memberEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getMember__HasValidTimeZone__DiagnosticChain_Map()
	{
		return memberEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRole()
	{
		return roleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRole_Kind()
	{
		return (EAttribute)roleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRole_Permissions()
	{
		return (EAttribute)roleEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTag()
	{
		return tagEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTag_Color()
	{
		return (EAttribute)tagEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getKpiUnit()
	{
		return kpiUnitEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getKpiDirection()
	{
		return kpiDirectionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAggregation()
	{
		return aggregationEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getChallengeKind()
	{
		return challengeKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getBudgetCategory()
	{
		return budgetCategoryEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCampaignKind()
	{
		return campaignKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCampaignObjective()
	{
		return campaignObjectiveEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCampaignStatus()
	{
		return campaignStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRoleKind()
	{
		return roleKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPermission()
	{
		return permissionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getInstant()
	{
		return instantEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getLocalDate()
	{
		return localDateEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PlanFactory getPlanFactory()
	{
		return (PlanFactory)getEFactoryInstance();
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
		identifiedEClass = createEClass(IDENTIFIED);
		createEAttribute(identifiedEClass, IDENTIFIED__ID);

		namedEClass = createEClass(NAMED);
		createEAttribute(namedEClass, NAMED__NAME);
		createEAttribute(namedEClass, NAMED__DESCRIPTION);

		planEClass = createEClass(PLAN);
		createEAttribute(planEClass, PLAN__TIME_ZONE);
		createEAttribute(planEClass, PLAN__CURRENCY);
		createEAttribute(planEClass, PLAN__START_DATE);
		createEAttribute(planEClass, PLAN__END_DATE);
		createEAttribute(planEClass, PLAN__APPROVAL_REQUIRED);
		createEReference(planEClass, PLAN__BRAND);
		createEReference(planEClass, PLAN__PERSONAS);
		createEReference(planEClass, PLAN__GOALS);
		createEReference(planEClass, PLAN__CHALLENGES);
		createEReference(planEClass, PLAN__CHANNELS);
		createEReference(planEClass, PLAN__METRIC_DEFINITIONS);
		createEReference(planEClass, PLAN__KPI_DEFINITIONS);
		createEReference(planEClass, PLAN__BUDGETS);
		createEReference(planEClass, PLAN__CAMPAIGNS);
		createEReference(planEClass, PLAN__TEAM);
		createEReference(planEClass, PLAN__TAGS);
		createEOperation(planEClass, PLAN___HAS_VALID_TIME_ZONE__DIAGNOSTICCHAIN_MAP);

		brandEClass = createEClass(BRAND);
		createEAttribute(brandEClass, BRAND__IDENTITY);
		createEAttribute(brandEClass, BRAND__VALUE_PROPOSITION);
		createEAttribute(brandEClass, BRAND__VOICE);
		createEAttribute(brandEClass, BRAND__TONE_GUIDELINES);
		createEAttribute(brandEClass, BRAND__HASHTAGS);
		createEOperation(brandEClass, BRAND___HAS_VALUE_PROPOSITION__DIAGNOSTICCHAIN_MAP);

		personaEClass = createEClass(PERSONA);
		createEAttribute(personaEClass, PERSONA__DEMOGRAPHICS);
		createEAttribute(personaEClass, PERSONA__NEEDS);
		createEAttribute(personaEClass, PERSONA__PAIN_POINTS);
		createEReference(personaEClass, PERSONA__SUB_TARGETS);
		createEOperation(personaEClass, PERSONA___IS_TARGETED__DIAGNOSTICCHAIN_MAP);

		goalEClass = createEClass(GOAL);
		createEAttribute(goalEClass, GOAL__PRIORITY);
		createEReference(goalEClass, GOAL__CHALLENGES);
		createEReference(goalEClass, GOAL__KPIS);
		createEReference(goalEClass, GOAL__OWNER);
		createEOperation(goalEClass, GOAL___HAS_KPI__DIAGNOSTICCHAIN_MAP);

		kpiEClass = createEClass(KPI);
		createEReference(kpiEClass, KPI__DEFINITION);
		createEReference(kpiEClass, KPI__CHANNEL);
		createEAttribute(kpiEClass, KPI__BASELINE);
		createEReference(kpiEClass, KPI__TARGETS);
		createEOperation(kpiEClass, KPI___HAS_TARGET__DIAGNOSTICCHAIN_MAP);

		targetEClass = createEClass(TARGET);
		createEAttribute(targetEClass, TARGET__VALUE);
		createEAttribute(targetEClass, TARGET__DUE_DATE);
		createEAttribute(targetEClass, TARGET__NOTE);
		createEOperation(targetEClass, TARGET___IS_DATED_IN_FUTURE__DIAGNOSTICCHAIN_MAP);

		kpiDefinitionEClass = createEClass(KPI_DEFINITION);
		createEAttribute(kpiDefinitionEClass, KPI_DEFINITION__KEY);
		createEAttribute(kpiDefinitionEClass, KPI_DEFINITION__FORMULA);
		createEAttribute(kpiDefinitionEClass, KPI_DEFINITION__UNIT);
		createEAttribute(kpiDefinitionEClass, KPI_DEFINITION__DIRECTION);
		createEAttribute(kpiDefinitionEClass, KPI_DEFINITION__BUILT_IN);
		createEReference(kpiDefinitionEClass, KPI_DEFINITION__INPUTS);
		createEOperation(kpiDefinitionEClass, KPI_DEFINITION___HAS_VALID_FORMULA__DIAGNOSTICCHAIN_MAP);

		metricDefinitionEClass = createEClass(METRIC_DEFINITION);
		createEAttribute(metricDefinitionEClass, METRIC_DEFINITION__KEY);
		createEAttribute(metricDefinitionEClass, METRIC_DEFINITION__UNIT);
		createEAttribute(metricDefinitionEClass, METRIC_DEFINITION__AGGREGATION);
		createEAttribute(metricDefinitionEClass, METRIC_DEFINITION__DEFINITION_NOTE);
		createEOperation(metricDefinitionEClass, METRIC_DEFINITION___HAS_UNIQUE_KEY__DIAGNOSTICCHAIN_MAP);

		challengeEClass = createEClass(CHALLENGE);
		createEAttribute(challengeEClass, CHALLENGE__KIND);
		createEAttribute(challengeEClass, CHALLENGE__SEVERITY);

		channelPresenceEClass = createEClass(CHANNEL_PRESENCE);
		createEAttribute(channelPresenceEClass, CHANNEL_PRESENCE__CHANNEL_TYPE_ID);
		createEAttribute(channelPresenceEClass, CHANNEL_PRESENCE__ACCOUNT_HANDLE);
		createEAttribute(channelPresenceEClass, CHANNEL_PRESENCE__ACCOUNT_KEY);
		createEAttribute(channelPresenceEClass, CHANNEL_PRESENCE__RATIONALE);
		createEAttribute(channelPresenceEClass, CHANNEL_PRESENCE__ACTIVE);
		createEReference(channelPresenceEClass, CHANNEL_PRESENCE__PERSONAS);
		createEOperation(channelPresenceEClass, CHANNEL_PRESENCE___HAS_CHANNEL_TYPE__DIAGNOSTICCHAIN_MAP);

		budgetEClass = createEClass(BUDGET);
		createEAttribute(budgetEClass, BUDGET__CATEGORY);
		createEAttribute(budgetEClass, BUDGET__AMOUNT);
		createEAttribute(budgetEClass, BUDGET__PERIOD_START);
		createEAttribute(budgetEClass, BUDGET__PERIOD_END);
		createEOperation(budgetEClass, BUDGET___HAS_VALID_AMOUNT_AND_PERIOD__DIAGNOSTICCHAIN_MAP);

		campaignEClass = createEClass(CAMPAIGN);
		createEAttribute(campaignEClass, CAMPAIGN__KIND);
		createEAttribute(campaignEClass, CAMPAIGN__OBJECTIVE);
		createEAttribute(campaignEClass, CAMPAIGN__STATUS);
		createEAttribute(campaignEClass, CAMPAIGN__FLIGHT_START);
		createEAttribute(campaignEClass, CAMPAIGN__FLIGHT_END);
		createEAttribute(campaignEClass, CAMPAIGN__BUDGET);
		createEReference(campaignEClass, CAMPAIGN__PERSONAS);
		createEReference(campaignEClass, CAMPAIGN__CHANNELS);
		createEReference(campaignEClass, CAMPAIGN__BUDGET_SOURCE);
		createEReference(campaignEClass, CAMPAIGN__GOALS);
		createEReference(campaignEClass, CAMPAIGN__KPIS);
		createEReference(campaignEClass, CAMPAIGN__SPEND);
		createEReference(campaignEClass, CAMPAIGN__RESULTS);
		createEOperation(campaignEClass, CAMPAIGN___IS_SPEND_WITHIN_BUDGET__DIAGNOSTICCHAIN_MAP);
		createEOperation(campaignEClass, CAMPAIGN___HAS_ORDERED_FLIGHT_DATES__DIAGNOSTICCHAIN_MAP);

		spendEntryEClass = createEClass(SPEND_ENTRY);
		createEAttribute(spendEntryEClass, SPEND_ENTRY__DATE);
		createEAttribute(spendEntryEClass, SPEND_ENTRY__AMOUNT);
		createEReference(spendEntryEClass, SPEND_ENTRY__CHANNEL);
		createEAttribute(spendEntryEClass, SPEND_ENTRY__NOTE);

		campaignResultEClass = createEClass(CAMPAIGN_RESULT);
		createEReference(campaignResultEClass, CAMPAIGN_RESULT__METRIC);
		createEAttribute(campaignResultEClass, CAMPAIGN_RESULT__VALUE);
		createEAttribute(campaignResultEClass, CAMPAIGN_RESULT__AS_OF);

		teamEClass = createEClass(TEAM);
		createEReference(teamEClass, TEAM__MEMBERS);
		createEReference(teamEClass, TEAM__ROLES);

		memberEClass = createEClass(MEMBER);
		createEAttribute(memberEClass, MEMBER__EMAIL);
		createEAttribute(memberEClass, MEMBER__TIME_ZONE);
		createEReference(memberEClass, MEMBER__ROLES);
		createEOperation(memberEClass, MEMBER___HAS_VALID_TIME_ZONE__DIAGNOSTICCHAIN_MAP);

		roleEClass = createEClass(ROLE);
		createEAttribute(roleEClass, ROLE__KIND);
		createEAttribute(roleEClass, ROLE__PERMISSIONS);

		tagEClass = createEClass(TAG);
		createEAttribute(tagEClass, TAG__COLOR);

		// Create enums
		kpiUnitEEnum = createEEnum(KPI_UNIT);
		kpiDirectionEEnum = createEEnum(KPI_DIRECTION);
		aggregationEEnum = createEEnum(AGGREGATION);
		challengeKindEEnum = createEEnum(CHALLENGE_KIND);
		budgetCategoryEEnum = createEEnum(BUDGET_CATEGORY);
		campaignKindEEnum = createEEnum(CAMPAIGN_KIND);
		campaignObjectiveEEnum = createEEnum(CAMPAIGN_OBJECTIVE);
		campaignStatusEEnum = createEEnum(CAMPAIGN_STATUS);
		roleKindEEnum = createEEnum(ROLE_KIND);
		permissionEEnum = createEEnum(PERMISSION);

		// Create data types
		instantEDataType = createEDataType(INSTANT);
		localDateEDataType = createEDataType(LOCAL_DATE);
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

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		namedEClass.getESuperTypes().add(this.getIdentified());
		planEClass.getESuperTypes().add(this.getNamed());
		brandEClass.getESuperTypes().add(this.getNamed());
		personaEClass.getESuperTypes().add(this.getNamed());
		goalEClass.getESuperTypes().add(this.getNamed());
		kpiEClass.getESuperTypes().add(this.getIdentified());
		targetEClass.getESuperTypes().add(this.getIdentified());
		kpiDefinitionEClass.getESuperTypes().add(this.getNamed());
		metricDefinitionEClass.getESuperTypes().add(this.getNamed());
		challengeEClass.getESuperTypes().add(this.getNamed());
		channelPresenceEClass.getESuperTypes().add(this.getNamed());
		budgetEClass.getESuperTypes().add(this.getNamed());
		campaignEClass.getESuperTypes().add(this.getNamed());
		spendEntryEClass.getESuperTypes().add(this.getIdentified());
		campaignResultEClass.getESuperTypes().add(this.getIdentified());
		teamEClass.getESuperTypes().add(this.getNamed());
		memberEClass.getESuperTypes().add(this.getNamed());
		roleEClass.getESuperTypes().add(this.getNamed());
		tagEClass.getESuperTypes().add(this.getNamed());

		// Initialize classes, features, and operations; add parameters
		initEClass(identifiedEClass, Identified.class, "Identified", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getIdentified_Id(), ecorePackage.getEString(), "id", null, 0, 1, Identified.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(namedEClass, Named.class, "Named", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getNamed_Name(), ecorePackage.getEString(), "name", null, 0, 1, Named.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getNamed_Description(), ecorePackage.getEString(), "description", null, 0, 1, Named.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(planEClass, Plan.class, "Plan", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getPlan_TimeZone(), ecorePackage.getEString(), "timeZone", null, 0, 1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPlan_Currency(), ecorePackage.getEString(), "currency", "EUR", 0, 1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getPlan_StartDate(), this.getLocalDate(), "startDate", null, 0, 1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPlan_EndDate(), this.getLocalDate(), "endDate", null, 0, 1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPlan_ApprovalRequired(), ecorePackage.getEBoolean(), "approvalRequired", "true", 0, 1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEReference(getPlan_Brand(), this.getBrand(), null, "brand", null, 0, 1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getPlan_Personas(), this.getPersona(), null, "personas", null, 0, -1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getPlan_Goals(), this.getGoal(), null, "goals", null, 0, -1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getPlan_Challenges(), this.getChallenge(), null, "challenges", null, 0, -1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getPlan_Channels(), this.getChannelPresence(), null, "channels", null, 0, -1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getPlan_MetricDefinitions(), this.getMetricDefinition(), null, "metricDefinitions", null, 0, -1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getPlan_KpiDefinitions(), this.getKpiDefinition(), null, "kpiDefinitions", null, 0, -1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getPlan_Budgets(), this.getBudget(), null, "budgets", null, 0, -1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getPlan_Campaigns(), this.getCampaign(), null, "campaigns", null, 0, -1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getPlan_Team(), this.getTeam(), null, "team", null, 0, 1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getPlan_Tags(), this.getTag(), null, "tags", null, 0, -1, Plan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		EOperation op = initEOperation(getPlan__HasValidTimeZone__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "hasValidTimeZone", 0, 1, IS_UNIQUE, IS_ORDERED); //$NON-NLS-1$
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED); //$NON-NLS-1$
		EGenericType g1 = createEGenericType(ecorePackage.getEMap());
		EGenericType g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED); //$NON-NLS-1$

		initEClass(brandEClass, Brand.class, "Brand", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getBrand_Identity(), ecorePackage.getEString(), "identity", null, 0, 1, Brand.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getBrand_ValueProposition(), ecorePackage.getEString(), "valueProposition", null, 0, 1, Brand.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getBrand_Voice(), ecorePackage.getEString(), "voice", null, 0, 1, Brand.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getBrand_ToneGuidelines(), ecorePackage.getEString(), "toneGuidelines", null, 0, 1, Brand.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getBrand_Hashtags(), ecorePackage.getEString(), "hashtags", null, 0, -1, Brand.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		op = initEOperation(getBrand__HasValueProposition__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "hasValueProposition", 0, 1, IS_UNIQUE, IS_ORDERED); //$NON-NLS-1$
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED); //$NON-NLS-1$
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED); //$NON-NLS-1$

		initEClass(personaEClass, Persona.class, "Persona", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getPersona_Demographics(), ecorePackage.getEString(), "demographics", null, 0, 1, Persona.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPersona_Needs(), ecorePackage.getEString(), "needs", null, 0, 1, Persona.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getPersona_PainPoints(), ecorePackage.getEString(), "painPoints", null, 0, 1, Persona.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getPersona_SubTargets(), this.getPersona(), null, "subTargets", null, 0, -1, Persona.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		op = initEOperation(getPersona__IsTargeted__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "isTargeted", 0, 1, IS_UNIQUE, IS_ORDERED); //$NON-NLS-1$
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED); //$NON-NLS-1$
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED); //$NON-NLS-1$

		initEClass(goalEClass, Goal.class, "Goal", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getGoal_Priority(), ecorePackage.getEInt(), "priority", "0", 0, 1, Goal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEReference(getGoal_Challenges(), this.getChallenge(), null, "challenges", null, 0, -1, Goal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getGoal_Kpis(), this.getKpi(), null, "kpis", null, 0, -1, Goal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getGoal_Owner(), this.getMember(), null, "owner", null, 0, 1, Goal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		op = initEOperation(getGoal__HasKpi__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "hasKpi", 0, 1, IS_UNIQUE, IS_ORDERED); //$NON-NLS-1$
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED); //$NON-NLS-1$
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED); //$NON-NLS-1$

		initEClass(kpiEClass, Kpi.class, "Kpi", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getKpi_Definition(), this.getKpiDefinition(), null, "definition", null, 1, 1, Kpi.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getKpi_Channel(), this.getChannelPresence(), null, "channel", null, 0, 1, Kpi.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getKpi_Baseline(), ecorePackage.getEDouble(), "baseline", null, 0, 1, Kpi.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getKpi_Targets(), this.getTarget(), null, "targets", null, 0, -1, Kpi.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		op = initEOperation(getKpi__HasTarget__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "hasTarget", 0, 1, IS_UNIQUE, IS_ORDERED); //$NON-NLS-1$
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED); //$NON-NLS-1$
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED); //$NON-NLS-1$

		initEClass(targetEClass, Target.class, "Target", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getTarget_Value(), ecorePackage.getEDouble(), "value", null, 0, 1, Target.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getTarget_DueDate(), this.getLocalDate(), "dueDate", null, 0, 1, Target.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getTarget_Note(), ecorePackage.getEString(), "note", null, 0, 1, Target.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		op = initEOperation(getTarget__IsDatedInFuture__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "isDatedInFuture", 0, 1, IS_UNIQUE, IS_ORDERED); //$NON-NLS-1$
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED); //$NON-NLS-1$
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED); //$NON-NLS-1$

		initEClass(kpiDefinitionEClass, KpiDefinition.class, "KpiDefinition", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getKpiDefinition_Key(), ecorePackage.getEString(), "key", null, 0, 1, KpiDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getKpiDefinition_Formula(), ecorePackage.getEString(), "formula", null, 0, 1, KpiDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getKpiDefinition_Unit(), this.getKpiUnit(), "unit", null, 0, 1, KpiDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getKpiDefinition_Direction(), this.getKpiDirection(), "direction", null, 0, 1, KpiDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getKpiDefinition_BuiltIn(), ecorePackage.getEBoolean(), "builtIn", null, 0, 1, KpiDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getKpiDefinition_Inputs(), this.getMetricDefinition(), null, "inputs", null, 0, -1, KpiDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		op = initEOperation(getKpiDefinition__HasValidFormula__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "hasValidFormula", 0, 1, IS_UNIQUE, IS_ORDERED); //$NON-NLS-1$
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED); //$NON-NLS-1$
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED); //$NON-NLS-1$

		initEClass(metricDefinitionEClass, MetricDefinition.class, "MetricDefinition", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getMetricDefinition_Key(), ecorePackage.getEString(), "key", null, 0, 1, MetricDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMetricDefinition_Unit(), this.getKpiUnit(), "unit", null, 0, 1, MetricDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMetricDefinition_Aggregation(), this.getAggregation(), "aggregation", null, 0, 1, MetricDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMetricDefinition_DefinitionNote(), ecorePackage.getEString(), "definitionNote", null, 0, 1, MetricDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		op = initEOperation(getMetricDefinition__HasUniqueKey__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "hasUniqueKey", 0, 1, IS_UNIQUE, IS_ORDERED); //$NON-NLS-1$
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED); //$NON-NLS-1$
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED); //$NON-NLS-1$

		initEClass(challengeEClass, Challenge.class, "Challenge", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getChallenge_Kind(), this.getChallengeKind(), "kind", null, 0, 1, Challenge.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getChallenge_Severity(), ecorePackage.getEInt(), "severity", "3", 0, 1, Challenge.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$

		initEClass(channelPresenceEClass, ChannelPresence.class, "ChannelPresence", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getChannelPresence_ChannelTypeId(), ecorePackage.getEString(), "channelTypeId", null, 0, 1, ChannelPresence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getChannelPresence_AccountHandle(), ecorePackage.getEString(), "accountHandle", null, 0, 1, ChannelPresence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getChannelPresence_AccountKey(), ecorePackage.getEString(), "accountKey", null, 0, 1, ChannelPresence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getChannelPresence_Rationale(), ecorePackage.getEString(), "rationale", null, 0, 1, ChannelPresence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getChannelPresence_Active(), ecorePackage.getEBoolean(), "active", "true", 0, 1, ChannelPresence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEReference(getChannelPresence_Personas(), this.getPersona(), null, "personas", null, 0, -1, ChannelPresence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		op = initEOperation(getChannelPresence__HasChannelType__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "hasChannelType", 0, 1, IS_UNIQUE, IS_ORDERED); //$NON-NLS-1$
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED); //$NON-NLS-1$
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED); //$NON-NLS-1$

		initEClass(budgetEClass, Budget.class, "Budget", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getBudget_Category(), this.getBudgetCategory(), "category", null, 0, 1, Budget.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getBudget_Amount(), ecorePackage.getEBigDecimal(), "amount", null, 0, 1, Budget.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getBudget_PeriodStart(), this.getLocalDate(), "periodStart", null, 0, 1, Budget.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getBudget_PeriodEnd(), this.getLocalDate(), "periodEnd", null, 0, 1, Budget.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		op = initEOperation(getBudget__HasValidAmountAndPeriod__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "hasValidAmountAndPeriod", 0, 1, IS_UNIQUE, IS_ORDERED); //$NON-NLS-1$
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED); //$NON-NLS-1$
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED); //$NON-NLS-1$

		initEClass(campaignEClass, Campaign.class, "Campaign", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getCampaign_Kind(), this.getCampaignKind(), "kind", null, 0, 1, Campaign.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getCampaign_Objective(), this.getCampaignObjective(), "objective", null, 0, 1, Campaign.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getCampaign_Status(), this.getCampaignStatus(), "status", null, 0, 1, Campaign.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getCampaign_FlightStart(), this.getLocalDate(), "flightStart", null, 0, 1, Campaign.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getCampaign_FlightEnd(), this.getLocalDate(), "flightEnd", null, 0, 1, Campaign.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getCampaign_Budget(), ecorePackage.getEBigDecimal(), "budget", null, 0, 1, Campaign.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getCampaign_Personas(), this.getPersona(), null, "personas", null, 0, -1, Campaign.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getCampaign_Channels(), this.getChannelPresence(), null, "channels", null, 0, -1, Campaign.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getCampaign_BudgetSource(), this.getBudget(), null, "budgetSource", null, 0, 1, Campaign.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getCampaign_Goals(), this.getGoal(), null, "goals", null, 0, -1, Campaign.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getCampaign_Kpis(), this.getKpi(), null, "kpis", null, 0, -1, Campaign.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getCampaign_Spend(), this.getSpendEntry(), null, "spend", null, 0, -1, Campaign.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getCampaign_Results(), this.getCampaignResult(), null, "results", null, 0, -1, Campaign.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		op = initEOperation(getCampaign__IsSpendWithinBudget__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "isSpendWithinBudget", 0, 1, IS_UNIQUE, IS_ORDERED); //$NON-NLS-1$
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED); //$NON-NLS-1$
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED); //$NON-NLS-1$

		op = initEOperation(getCampaign__HasOrderedFlightDates__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "hasOrderedFlightDates", 0, 1, IS_UNIQUE, IS_ORDERED); //$NON-NLS-1$
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED); //$NON-NLS-1$
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED); //$NON-NLS-1$

		initEClass(spendEntryEClass, SpendEntry.class, "SpendEntry", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getSpendEntry_Date(), this.getLocalDate(), "date", null, 0, 1, SpendEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getSpendEntry_Amount(), ecorePackage.getEBigDecimal(), "amount", null, 0, 1, SpendEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getSpendEntry_Channel(), this.getChannelPresence(), null, "channel", null, 0, 1, SpendEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getSpendEntry_Note(), ecorePackage.getEString(), "note", null, 0, 1, SpendEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(campaignResultEClass, CampaignResult.class, "CampaignResult", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getCampaignResult_Metric(), this.getMetricDefinition(), null, "metric", null, 1, 1, CampaignResult.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getCampaignResult_Value(), ecorePackage.getEDouble(), "value", null, 0, 1, CampaignResult.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getCampaignResult_AsOf(), this.getLocalDate(), "asOf", null, 0, 1, CampaignResult.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(teamEClass, Team.class, "Team", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getTeam_Members(), this.getMember(), null, "members", null, 0, -1, Team.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getTeam_Roles(), this.getRole(), null, "roles", null, 0, -1, Team.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(memberEClass, Member.class, "Member", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getMember_Email(), ecorePackage.getEString(), "email", null, 0, 1, Member.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMember_TimeZone(), ecorePackage.getEString(), "timeZone", null, 0, 1, Member.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getMember_Roles(), this.getRole(), null, "roles", null, 0, -1, Member.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		op = initEOperation(getMember__HasValidTimeZone__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "hasValidTimeZone", 0, 1, IS_UNIQUE, IS_ORDERED); //$NON-NLS-1$
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED); //$NON-NLS-1$
		g1 = createEGenericType(ecorePackage.getEMap());
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED); //$NON-NLS-1$

		initEClass(roleEClass, Role.class, "Role", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getRole_Kind(), this.getRoleKind(), "kind", null, 0, 1, Role.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRole_Permissions(), this.getPermission(), "permissions", null, 0, -1, Role.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(tagEClass, Tag.class, "Tag", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getTag_Color(), ecorePackage.getEString(), "color", null, 0, 1, Tag.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		// Initialize enums and add enum literals
		initEEnum(kpiUnitEEnum, KpiUnit.class, "KpiUnit"); //$NON-NLS-1$
		addEEnumLiteral(kpiUnitEEnum, KpiUnit.COUNT);
		addEEnumLiteral(kpiUnitEEnum, KpiUnit.PERCENT);
		addEEnumLiteral(kpiUnitEEnum, KpiUnit.RATIO);
		addEEnumLiteral(kpiUnitEEnum, KpiUnit.CURRENCY);
		addEEnumLiteral(kpiUnitEEnum, KpiUnit.SECONDS);

		initEEnum(kpiDirectionEEnum, KpiDirection.class, "KpiDirection"); //$NON-NLS-1$
		addEEnumLiteral(kpiDirectionEEnum, KpiDirection.HIGHER_IS_BETTER);
		addEEnumLiteral(kpiDirectionEEnum, KpiDirection.LOWER_IS_BETTER);

		initEEnum(aggregationEEnum, Aggregation.class, "Aggregation"); //$NON-NLS-1$
		addEEnumLiteral(aggregationEEnum, Aggregation.SUM);
		addEEnumLiteral(aggregationEEnum, Aggregation.LAST);
		addEEnumLiteral(aggregationEEnum, Aggregation.AVERAGE);
		addEEnumLiteral(aggregationEEnum, Aggregation.MAX);
		addEEnumLiteral(aggregationEEnum, Aggregation.MIN);

		initEEnum(challengeKindEEnum, ChallengeKind.class, "ChallengeKind"); //$NON-NLS-1$
		addEEnumLiteral(challengeKindEEnum, ChallengeKind.POOR_TRAFFIC_SEO);
		addEEnumLiteral(challengeKindEEnum, ChallengeKind.WEAK_AWARENESS);
		addEEnumLiteral(challengeKindEEnum, ChallengeKind.WEAK_POSITIONING);
		addEEnumLiteral(challengeKindEEnum, ChallengeKind.FALLING_LOYALTY);
		addEEnumLiteral(challengeKindEEnum, ChallengeKind.POOR_REPUTATION);
		addEEnumLiteral(challengeKindEEnum, ChallengeKind.DIFFICULT_SALES);
		addEEnumLiteral(challengeKindEEnum, ChallengeKind.INFRASTRUCTURE_NOT_READY);
		addEEnumLiteral(challengeKindEEnum, ChallengeKind.NO_DIGITAL_CULTURE);
		addEEnumLiteral(challengeKindEEnum, ChallengeKind.OTHER);

		initEEnum(budgetCategoryEEnum, BudgetCategory.class, "BudgetCategory"); //$NON-NLS-1$
		addEEnumLiteral(budgetCategoryEEnum, BudgetCategory.MEDIA);
		addEEnumLiteral(budgetCategoryEEnum, BudgetCategory.PEOPLE);
		addEEnumLiteral(budgetCategoryEEnum, BudgetCategory.TOOLS);
		addEEnumLiteral(budgetCategoryEEnum, BudgetCategory.CONTENT_PRODUCTION);
		addEEnumLiteral(budgetCategoryEEnum, BudgetCategory.OTHER);

		initEEnum(campaignKindEEnum, CampaignKind.class, "CampaignKind"); //$NON-NLS-1$
		addEEnumLiteral(campaignKindEEnum, CampaignKind.ORGANIC);
		addEEnumLiteral(campaignKindEEnum, CampaignKind.SPONSORED);

		initEEnum(campaignObjectiveEEnum, CampaignObjective.class, "CampaignObjective"); //$NON-NLS-1$
		addEEnumLiteral(campaignObjectiveEEnum, CampaignObjective.AWARENESS);
		addEEnumLiteral(campaignObjectiveEEnum, CampaignObjective.REACH);
		addEEnumLiteral(campaignObjectiveEEnum, CampaignObjective.TRAFFIC);
		addEEnumLiteral(campaignObjectiveEEnum, CampaignObjective.ENGAGEMENT);
		addEEnumLiteral(campaignObjectiveEEnum, CampaignObjective.VIDEO_VIEWS);
		addEEnumLiteral(campaignObjectiveEEnum, CampaignObjective.LEAD_GENERATION);
		addEEnumLiteral(campaignObjectiveEEnum, CampaignObjective.CONVERSIONS);
		addEEnumLiteral(campaignObjectiveEEnum, CampaignObjective.SALES);
		addEEnumLiteral(campaignObjectiveEEnum, CampaignObjective.APP_INSTALLS);

		initEEnum(campaignStatusEEnum, CampaignStatus.class, "CampaignStatus"); //$NON-NLS-1$
		addEEnumLiteral(campaignStatusEEnum, CampaignStatus.PLANNED);
		addEEnumLiteral(campaignStatusEEnum, CampaignStatus.ACTIVE);
		addEEnumLiteral(campaignStatusEEnum, CampaignStatus.PAUSED);
		addEEnumLiteral(campaignStatusEEnum, CampaignStatus.COMPLETED);
		addEEnumLiteral(campaignStatusEEnum, CampaignStatus.CANCELLED);

		initEEnum(roleKindEEnum, RoleKind.class, "RoleKind"); //$NON-NLS-1$
		addEEnumLiteral(roleKindEEnum, RoleKind.STRATEGIST);
		addEEnumLiteral(roleKindEEnum, RoleKind.CONTENT_MANAGER);
		addEEnumLiteral(roleKindEEnum, RoleKind.COMMUNITY_MANAGER);
		addEEnumLiteral(roleKindEEnum, RoleKind.CAMPAIGN_MANAGER);
		addEEnumLiteral(roleKindEEnum, RoleKind.ANALYST);
		addEEnumLiteral(roleKindEEnum, RoleKind.APPROVER);
		addEEnumLiteral(roleKindEEnum, RoleKind.ADMIN);

		initEEnum(permissionEEnum, Permission.class, "Permission"); //$NON-NLS-1$
		addEEnumLiteral(permissionEEnum, Permission.VIEW);
		addEEnumLiteral(permissionEEnum, Permission.EDIT_PLAN);
		addEEnumLiteral(permissionEEnum, Permission.EDIT_CONTENT);
		addEEnumLiteral(permissionEEnum, Permission.SUBMIT_FOR_REVIEW);
		addEEnumLiteral(permissionEEnum, Permission.APPROVE_CONTENT);
		addEEnumLiteral(permissionEEnum, Permission.SCHEDULE);
		addEEnumLiteral(permissionEEnum, Permission.PUBLISH);
		addEEnumLiteral(permissionEEnum, Permission.MANAGE_INBOX);
		addEEnumLiteral(permissionEEnum, Permission.REPLY);
		addEEnumLiteral(permissionEEnum, Permission.MODERATE);
		addEEnumLiteral(permissionEEnum, Permission.MANAGE_LEADS);
		addEEnumLiteral(permissionEEnum, Permission.EDIT_CAMPAIGNS);
		addEEnumLiteral(permissionEEnum, Permission.APPROVE_CAMPAIGNS);
		addEEnumLiteral(permissionEEnum, Permission.MANAGE_BUDGET);
		addEEnumLiteral(permissionEEnum, Permission.IMPORT_METRICS);
		addEEnumLiteral(permissionEEnum, Permission.EDIT_KPIS);
		addEEnumLiteral(permissionEEnum, Permission.MANAGE_CHANNELS);
		addEEnumLiteral(permissionEEnum, Permission.MANAGE_TEAM);

		// Initialize data types
		initEDataType(instantEDataType, Instant.class, "Instant", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEDataType(localDateEDataType, LocalDate.class, "LocalDate", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$

		// Create resource
		createResource(eNS_URI);
	}

} //PlanPackageImpl
