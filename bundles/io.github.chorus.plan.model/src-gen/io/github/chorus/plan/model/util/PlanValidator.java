/**
 * SPDX-License-Identifier: EPL-2.0
 * Copyright (c) 2026 the Chorus authors
 */
package io.github.chorus.plan.model.util;

import io.github.chorus.plan.model.*;

import java.time.Instant;
import java.time.LocalDate;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.EObjectValidator;

/**
 * <!-- begin-user-doc -->
 * The <b>Validator</b> for the model.
 * <!-- end-user-doc -->
 * @see io.github.chorus.plan.model.PlanPackage
 * @generated
 */
public class PlanValidator extends EObjectValidator
{
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final PlanValidator INSTANCE = new PlanValidator();

	/**
	 * A constant for the {@link org.eclipse.emf.common.util.Diagnostic#getSource() source} of diagnostic {@link org.eclipse.emf.common.util.Diagnostic#getCode() codes} from this package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.common.util.Diagnostic#getSource()
	 * @see org.eclipse.emf.common.util.Diagnostic#getCode()
	 * @generated
	 */
	public static final String DIAGNOSTIC_SOURCE = "io.github.chorus.plan.model"; //$NON-NLS-1$

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Has Valid Time Zone' of 'Plan'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int PLAN__HAS_VALID_TIME_ZONE = 1;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Has Value Proposition' of 'Brand'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int BRAND__HAS_VALUE_PROPOSITION = 2;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Is Targeted' of 'Persona'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int PERSONA__IS_TARGETED = 3;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Has Kpi' of 'Goal'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int GOAL__HAS_KPI = 4;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Has Target' of 'Kpi'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int KPI__HAS_TARGET = 5;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Is Dated In Future' of 'Target'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int TARGET__IS_DATED_IN_FUTURE = 6;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Has Valid Formula' of 'Kpi Definition'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int KPI_DEFINITION__HAS_VALID_FORMULA = 7;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Has Unique Key' of 'Metric Definition'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int METRIC_DEFINITION__HAS_UNIQUE_KEY = 8;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Has Channel Type' of 'Channel Presence'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int CHANNEL_PRESENCE__HAS_CHANNEL_TYPE = 9;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Has Valid Amount And Period' of 'Budget'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int BUDGET__HAS_VALID_AMOUNT_AND_PERIOD = 10;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Is Spend Within Budget' of 'Campaign'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int CAMPAIGN__IS_SPEND_WITHIN_BUDGET = 11;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Has Ordered Flight Dates' of 'Campaign'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int CAMPAIGN__HAS_ORDERED_FLIGHT_DATES = 12;

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Has Valid Time Zone' of 'Member'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int MEMBER__HAS_VALID_TIME_ZONE = 13;

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final int GENERATED_DIAGNOSTIC_CODE_COUNT = 13;

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
	public PlanValidator()
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
	  return PlanPackage.eINSTANCE;
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
			case PlanPackage.IDENTIFIED:
				return validateIdentified((Identified)value, diagnostics, context);
			case PlanPackage.NAMED:
				return validateNamed((Named)value, diagnostics, context);
			case PlanPackage.PLAN:
				return validatePlan((Plan)value, diagnostics, context);
			case PlanPackage.BRAND:
				return validateBrand((Brand)value, diagnostics, context);
			case PlanPackage.PERSONA:
				return validatePersona((Persona)value, diagnostics, context);
			case PlanPackage.GOAL:
				return validateGoal((Goal)value, diagnostics, context);
			case PlanPackage.KPI:
				return validateKpi((Kpi)value, diagnostics, context);
			case PlanPackage.TARGET:
				return validateTarget((Target)value, diagnostics, context);
			case PlanPackage.KPI_DEFINITION:
				return validateKpiDefinition((KpiDefinition)value, diagnostics, context);
			case PlanPackage.METRIC_DEFINITION:
				return validateMetricDefinition((MetricDefinition)value, diagnostics, context);
			case PlanPackage.CHALLENGE:
				return validateChallenge((Challenge)value, diagnostics, context);
			case PlanPackage.CHANNEL_PRESENCE:
				return validateChannelPresence((ChannelPresence)value, diagnostics, context);
			case PlanPackage.BUDGET:
				return validateBudget((Budget)value, diagnostics, context);
			case PlanPackage.CAMPAIGN:
				return validateCampaign((Campaign)value, diagnostics, context);
			case PlanPackage.SPEND_ENTRY:
				return validateSpendEntry((SpendEntry)value, diagnostics, context);
			case PlanPackage.CAMPAIGN_RESULT:
				return validateCampaignResult((CampaignResult)value, diagnostics, context);
			case PlanPackage.TEAM:
				return validateTeam((Team)value, diagnostics, context);
			case PlanPackage.MEMBER:
				return validateMember((Member)value, diagnostics, context);
			case PlanPackage.ROLE:
				return validateRole((Role)value, diagnostics, context);
			case PlanPackage.TAG:
				return validateTag((Tag)value, diagnostics, context);
			case PlanPackage.KPI_UNIT:
				return validateKpiUnit((KpiUnit)value, diagnostics, context);
			case PlanPackage.KPI_DIRECTION:
				return validateKpiDirection((KpiDirection)value, diagnostics, context);
			case PlanPackage.AGGREGATION:
				return validateAggregation((Aggregation)value, diagnostics, context);
			case PlanPackage.CHALLENGE_KIND:
				return validateChallengeKind((ChallengeKind)value, diagnostics, context);
			case PlanPackage.BUDGET_CATEGORY:
				return validateBudgetCategory((BudgetCategory)value, diagnostics, context);
			case PlanPackage.CAMPAIGN_KIND:
				return validateCampaignKind((CampaignKind)value, diagnostics, context);
			case PlanPackage.CAMPAIGN_OBJECTIVE:
				return validateCampaignObjective((CampaignObjective)value, diagnostics, context);
			case PlanPackage.CAMPAIGN_STATUS:
				return validateCampaignStatus((CampaignStatus)value, diagnostics, context);
			case PlanPackage.ROLE_KIND:
				return validateRoleKind((RoleKind)value, diagnostics, context);
			case PlanPackage.PERMISSION:
				return validatePermission((Permission)value, diagnostics, context);
			case PlanPackage.INSTANT:
				return validateInstant((Instant)value, diagnostics, context);
			case PlanPackage.LOCAL_DATE:
				return validateLocalDate((LocalDate)value, diagnostics, context);
			default:
				return true;
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIdentified(Identified identified, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return validate_EveryDefaultConstraint(identified, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateNamed(Named named, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return validate_EveryDefaultConstraint(named, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePlan(Plan plan, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		if (!validate_NoCircularContainment(plan, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(plan, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(plan, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(plan, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(plan, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(plan, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(plan, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(plan, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(plan, diagnostics, context);
		if (result || diagnostics != null) result &= validatePlan_hasValidTimeZone(plan, diagnostics, context);
		return result;
	}

	/**
	 * Validates the hasValidTimeZone constraint of '<em>Plan</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePlan_hasValidTimeZone(Plan plan, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return plan.hasValidTimeZone(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateBrand(Brand brand, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		if (!validate_NoCircularContainment(brand, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(brand, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(brand, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(brand, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(brand, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(brand, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(brand, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(brand, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(brand, diagnostics, context);
		if (result || diagnostics != null) result &= validateBrand_hasValueProposition(brand, diagnostics, context);
		return result;
	}

	/**
	 * Validates the hasValueProposition constraint of '<em>Brand</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateBrand_hasValueProposition(Brand brand, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return brand.hasValueProposition(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePersona(Persona persona, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		if (!validate_NoCircularContainment(persona, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(persona, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(persona, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(persona, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(persona, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(persona, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(persona, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(persona, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(persona, diagnostics, context);
		if (result || diagnostics != null) result &= validatePersona_isTargeted(persona, diagnostics, context);
		return result;
	}

	/**
	 * Validates the isTargeted constraint of '<em>Persona</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePersona_isTargeted(Persona persona, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return persona.isTargeted(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateGoal(Goal goal, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		if (!validate_NoCircularContainment(goal, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(goal, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(goal, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(goal, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(goal, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(goal, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(goal, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(goal, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(goal, diagnostics, context);
		if (result || diagnostics != null) result &= validateGoal_hasKpi(goal, diagnostics, context);
		return result;
	}

	/**
	 * Validates the hasKpi constraint of '<em>Goal</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateGoal_hasKpi(Goal goal, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return goal.hasKpi(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateKpi(Kpi kpi, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		if (!validate_NoCircularContainment(kpi, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(kpi, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(kpi, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(kpi, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(kpi, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(kpi, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(kpi, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(kpi, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(kpi, diagnostics, context);
		if (result || diagnostics != null) result &= validateKpi_hasTarget(kpi, diagnostics, context);
		return result;
	}

	/**
	 * Validates the hasTarget constraint of '<em>Kpi</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateKpi_hasTarget(Kpi kpi, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return kpi.hasTarget(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTarget(Target target, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		if (!validate_NoCircularContainment(target, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(target, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(target, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(target, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(target, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(target, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(target, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(target, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(target, diagnostics, context);
		if (result || diagnostics != null) result &= validateTarget_isDatedInFuture(target, diagnostics, context);
		return result;
	}

	/**
	 * Validates the isDatedInFuture constraint of '<em>Target</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTarget_isDatedInFuture(Target target, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return target.isDatedInFuture(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateKpiDefinition(KpiDefinition kpiDefinition, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		if (!validate_NoCircularContainment(kpiDefinition, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(kpiDefinition, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(kpiDefinition, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(kpiDefinition, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(kpiDefinition, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(kpiDefinition, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(kpiDefinition, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(kpiDefinition, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(kpiDefinition, diagnostics, context);
		if (result || diagnostics != null) result &= validateKpiDefinition_hasValidFormula(kpiDefinition, diagnostics, context);
		return result;
	}

	/**
	 * Validates the hasValidFormula constraint of '<em>Kpi Definition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateKpiDefinition_hasValidFormula(KpiDefinition kpiDefinition, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return kpiDefinition.hasValidFormula(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMetricDefinition(MetricDefinition metricDefinition, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		if (!validate_NoCircularContainment(metricDefinition, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(metricDefinition, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(metricDefinition, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(metricDefinition, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(metricDefinition, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(metricDefinition, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(metricDefinition, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(metricDefinition, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(metricDefinition, diagnostics, context);
		if (result || diagnostics != null) result &= validateMetricDefinition_hasUniqueKey(metricDefinition, diagnostics, context);
		return result;
	}

	/**
	 * Validates the hasUniqueKey constraint of '<em>Metric Definition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMetricDefinition_hasUniqueKey(MetricDefinition metricDefinition, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return metricDefinition.hasUniqueKey(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateChallenge(Challenge challenge, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return validate_EveryDefaultConstraint(challenge, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateChannelPresence(ChannelPresence channelPresence, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		if (!validate_NoCircularContainment(channelPresence, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(channelPresence, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(channelPresence, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(channelPresence, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(channelPresence, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(channelPresence, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(channelPresence, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(channelPresence, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(channelPresence, diagnostics, context);
		if (result || diagnostics != null) result &= validateChannelPresence_hasChannelType(channelPresence, diagnostics, context);
		return result;
	}

	/**
	 * Validates the hasChannelType constraint of '<em>Channel Presence</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateChannelPresence_hasChannelType(ChannelPresence channelPresence, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return channelPresence.hasChannelType(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateBudget(Budget budget, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		if (!validate_NoCircularContainment(budget, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(budget, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(budget, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(budget, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(budget, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(budget, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(budget, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(budget, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(budget, diagnostics, context);
		if (result || diagnostics != null) result &= validateBudget_hasValidAmountAndPeriod(budget, diagnostics, context);
		return result;
	}

	/**
	 * Validates the hasValidAmountAndPeriod constraint of '<em>Budget</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateBudget_hasValidAmountAndPeriod(Budget budget, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return budget.hasValidAmountAndPeriod(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCampaign(Campaign campaign, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		if (!validate_NoCircularContainment(campaign, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(campaign, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(campaign, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(campaign, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(campaign, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(campaign, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(campaign, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(campaign, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(campaign, diagnostics, context);
		if (result || diagnostics != null) result &= validateCampaign_isSpendWithinBudget(campaign, diagnostics, context);
		if (result || diagnostics != null) result &= validateCampaign_hasOrderedFlightDates(campaign, diagnostics, context);
		return result;
	}

	/**
	 * Validates the isSpendWithinBudget constraint of '<em>Campaign</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCampaign_isSpendWithinBudget(Campaign campaign, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return campaign.isSpendWithinBudget(diagnostics, context);
	}

	/**
	 * Validates the hasOrderedFlightDates constraint of '<em>Campaign</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCampaign_hasOrderedFlightDates(Campaign campaign, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return campaign.hasOrderedFlightDates(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSpendEntry(SpendEntry spendEntry, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return validate_EveryDefaultConstraint(spendEntry, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCampaignResult(CampaignResult campaignResult, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return validate_EveryDefaultConstraint(campaignResult, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTeam(Team team, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return validate_EveryDefaultConstraint(team, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMember(Member member, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		if (!validate_NoCircularContainment(member, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(member, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(member, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(member, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(member, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(member, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(member, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(member, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(member, diagnostics, context);
		if (result || diagnostics != null) result &= validateMember_hasValidTimeZone(member, diagnostics, context);
		return result;
	}

	/**
	 * Validates the hasValidTimeZone constraint of '<em>Member</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMember_hasValidTimeZone(Member member, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return member.hasValidTimeZone(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRole(Role role, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return validate_EveryDefaultConstraint(role, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTag(Tag tag, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return validate_EveryDefaultConstraint(tag, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateKpiUnit(KpiUnit kpiUnit, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateKpiDirection(KpiDirection kpiDirection, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAggregation(Aggregation aggregation, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateChallengeKind(ChallengeKind challengeKind, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateBudgetCategory(BudgetCategory budgetCategory, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCampaignKind(CampaignKind campaignKind, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCampaignObjective(CampaignObjective campaignObjective, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCampaignStatus(CampaignStatus campaignStatus, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRoleKind(RoleKind roleKind, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePermission(Permission permission, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInstant(Instant instant, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLocalDate(LocalDate localDate, DiagnosticChain diagnostics, Map<Object, Object> context)
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

} //PlanValidator
