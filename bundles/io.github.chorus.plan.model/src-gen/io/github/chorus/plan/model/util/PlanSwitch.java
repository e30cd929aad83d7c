/**
 * SPDX-License-Identifier: EPL-2.0
 * Copyright (c) 2026 the Chorus authors
 */
package io.github.chorus.plan.model.util;

import io.github.chorus.plan.model.*;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.Switch;

/**
 * <!-- begin-user-doc -->
 * The <b>Switch</b> for the model's inheritance hierarchy.
 * It supports the call {@link #doSwitch(EObject) doSwitch(object)}
 * to invoke the <code>caseXXX</code> method for each class of the model,
 * starting with the actual class of the object
 * and proceeding up the inheritance hierarchy
 * until a non-null result is returned,
 * which is the result of the switch.
 * <!-- end-user-doc -->
 * @see io.github.chorus.plan.model.PlanPackage
 * @generated
 */
public class PlanSwitch<T> extends Switch<T>
{
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static PlanPackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PlanSwitch()
	{
		if (modelPackage == null)
		{
			modelPackage = PlanPackage.eINSTANCE;
		}
	}

	/**
	 * Checks whether this is a switch for the given package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param ePackage the package in question.
	 * @return whether this is a switch for the given package.
	 * @generated
	 */
	@Override
	protected boolean isSwitchFor(EPackage ePackage)
	{
		return ePackage == modelPackage;
	}

	/**
	 * Calls <code>caseXXX</code> for each class of the model until one returns a non null result; it yields that result.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the first non-null result returned by a <code>caseXXX</code> call.
	 * @generated
	 */
	@Override
	protected T doSwitch(int classifierID, EObject theEObject)
	{
		switch (classifierID)
		{
			case PlanPackage.IDENTIFIED:
			{
				Identified identified = (Identified)theEObject;
				T result = caseIdentified(identified);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PlanPackage.NAMED:
			{
				Named named = (Named)theEObject;
				T result = caseNamed(named);
				if (result == null) result = caseIdentified(named);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PlanPackage.PLAN:
			{
				Plan plan = (Plan)theEObject;
				T result = casePlan(plan);
				if (result == null) result = caseNamed(plan);
				if (result == null) result = caseIdentified(plan);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PlanPackage.BRAND:
			{
				Brand brand = (Brand)theEObject;
				T result = caseBrand(brand);
				if (result == null) result = caseNamed(brand);
				if (result == null) result = caseIdentified(brand);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PlanPackage.PERSONA:
			{
				Persona persona = (Persona)theEObject;
				T result = casePersona(persona);
				if (result == null) result = caseNamed(persona);
				if (result == null) result = caseIdentified(persona);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PlanPackage.GOAL:
			{
				Goal goal = (Goal)theEObject;
				T result = caseGoal(goal);
				if (result == null) result = caseNamed(goal);
				if (result == null) result = caseIdentified(goal);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PlanPackage.KPI:
			{
				Kpi kpi = (Kpi)theEObject;
				T result = caseKpi(kpi);
				if (result == null) result = caseIdentified(kpi);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PlanPackage.TARGET:
			{
				Target target = (Target)theEObject;
				T result = caseTarget(target);
				if (result == null) result = caseIdentified(target);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PlanPackage.KPI_DEFINITION:
			{
				KpiDefinition kpiDefinition = (KpiDefinition)theEObject;
				T result = caseKpiDefinition(kpiDefinition);
				if (result == null) result = caseNamed(kpiDefinition);
				if (result == null) result = caseIdentified(kpiDefinition);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PlanPackage.METRIC_DEFINITION:
			{
				MetricDefinition metricDefinition = (MetricDefinition)theEObject;
				T result = caseMetricDefinition(metricDefinition);
				if (result == null) result = caseNamed(metricDefinition);
				if (result == null) result = caseIdentified(metricDefinition);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PlanPackage.CHALLENGE:
			{
				Challenge challenge = (Challenge)theEObject;
				T result = caseChallenge(challenge);
				if (result == null) result = caseNamed(challenge);
				if (result == null) result = caseIdentified(challenge);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PlanPackage.CHANNEL_PRESENCE:
			{
				ChannelPresence channelPresence = (ChannelPresence)theEObject;
				T result = caseChannelPresence(channelPresence);
				if (result == null) result = caseNamed(channelPresence);
				if (result == null) result = caseIdentified(channelPresence);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PlanPackage.BUDGET:
			{
				Budget budget = (Budget)theEObject;
				T result = caseBudget(budget);
				if (result == null) result = caseNamed(budget);
				if (result == null) result = caseIdentified(budget);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PlanPackage.CAMPAIGN:
			{
				Campaign campaign = (Campaign)theEObject;
				T result = caseCampaign(campaign);
				if (result == null) result = caseNamed(campaign);
				if (result == null) result = caseIdentified(campaign);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PlanPackage.SPEND_ENTRY:
			{
				SpendEntry spendEntry = (SpendEntry)theEObject;
				T result = caseSpendEntry(spendEntry);
				if (result == null) result = caseIdentified(spendEntry);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PlanPackage.CAMPAIGN_RESULT:
			{
				CampaignResult campaignResult = (CampaignResult)theEObject;
				T result = caseCampaignResult(campaignResult);
				if (result == null) result = caseIdentified(campaignResult);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PlanPackage.TEAM:
			{
				Team team = (Team)theEObject;
				T result = caseTeam(team);
				if (result == null) result = caseNamed(team);
				if (result == null) result = caseIdentified(team);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PlanPackage.MEMBER:
			{
				Member member = (Member)theEObject;
				T result = caseMember(member);
				if (result == null) result = caseNamed(member);
				if (result == null) result = caseIdentified(member);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PlanPackage.ROLE:
			{
				Role role = (Role)theEObject;
				T result = caseRole(role);
				if (result == null) result = caseNamed(role);
				if (result == null) result = caseIdentified(role);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PlanPackage.TAG:
			{
				Tag tag = (Tag)theEObject;
				T result = caseTag(tag);
				if (result == null) result = caseNamed(tag);
				if (result == null) result = caseIdentified(tag);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			default: return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Identified</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Identified</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseIdentified(Identified object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Named</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Named</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseNamed(Named object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Plan</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Plan</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePlan(Plan object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Brand</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Brand</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseBrand(Brand object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Persona</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Persona</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePersona(Persona object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Goal</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Goal</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseGoal(Goal object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Kpi</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Kpi</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseKpi(Kpi object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Target</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Target</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTarget(Target object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Kpi Definition</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Kpi Definition</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseKpiDefinition(KpiDefinition object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Metric Definition</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Metric Definition</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMetricDefinition(MetricDefinition object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Challenge</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Challenge</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseChallenge(Challenge object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Channel Presence</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Channel Presence</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseChannelPresence(ChannelPresence object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Budget</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Budget</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseBudget(Budget object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Campaign</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Campaign</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCampaign(Campaign object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Spend Entry</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Spend Entry</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSpendEntry(SpendEntry object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Campaign Result</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Campaign Result</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCampaignResult(CampaignResult object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Team</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Team</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTeam(Team object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Member</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Member</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMember(Member object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Role</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Role</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRole(Role object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Tag</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Tag</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTag(Tag object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch, but this is the last case anyway.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	@Override
	public T defaultCase(EObject object)
	{
		return null;
	}

} //PlanSwitch
