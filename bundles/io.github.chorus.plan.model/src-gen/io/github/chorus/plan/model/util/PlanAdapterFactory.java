/**
 * SPDX-License-Identifier: EPL-2.0
 * Copyright (c) 2026 the Chorus authors
 */
package io.github.chorus.plan.model.util;

import io.github.chorus.plan.model.*;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see io.github.chorus.plan.model.PlanPackage
 * @generated
 */
public class PlanAdapterFactory extends AdapterFactoryImpl
{
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static PlanPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PlanAdapterFactory()
	{
		if (modelPackage == null)
		{
			modelPackage = PlanPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object)
	{
		if (object == modelPackage)
		{
			return true;
		}
		if (object instanceof EObject)
		{
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PlanSwitch<Adapter> modelSwitch =
		new PlanSwitch<Adapter>()
		{
			@Override
			public Adapter caseIdentified(Identified object)
			{
				return createIdentifiedAdapter();
			}
			@Override
			public Adapter caseNamed(Named object)
			{
				return createNamedAdapter();
			}
			@Override
			public Adapter casePlan(Plan object)
			{
				return createPlanAdapter();
			}
			@Override
			public Adapter caseBrand(Brand object)
			{
				return createBrandAdapter();
			}
			@Override
			public Adapter casePersona(Persona object)
			{
				return createPersonaAdapter();
			}
			@Override
			public Adapter caseGoal(Goal object)
			{
				return createGoalAdapter();
			}
			@Override
			public Adapter caseKpi(Kpi object)
			{
				return createKpiAdapter();
			}
			@Override
			public Adapter caseTarget(Target object)
			{
				return createTargetAdapter();
			}
			@Override
			public Adapter caseKpiDefinition(KpiDefinition object)
			{
				return createKpiDefinitionAdapter();
			}
			@Override
			public Adapter caseMetricDefinition(MetricDefinition object)
			{
				return createMetricDefinitionAdapter();
			}
			@Override
			public Adapter caseChallenge(Challenge object)
			{
				return createChallengeAdapter();
			}
			@Override
			public Adapter caseChannelPresence(ChannelPresence object)
			{
				return createChannelPresenceAdapter();
			}
			@Override
			public Adapter caseBudget(Budget object)
			{
				return createBudgetAdapter();
			}
			@Override
			public Adapter caseCampaign(Campaign object)
			{
				return createCampaignAdapter();
			}
			@Override
			public Adapter caseSpendEntry(SpendEntry object)
			{
				return createSpendEntryAdapter();
			}
			@Override
			public Adapter caseCampaignResult(CampaignResult object)
			{
				return createCampaignResultAdapter();
			}
			@Override
			public Adapter caseTeam(Team object)
			{
				return createTeamAdapter();
			}
			@Override
			public Adapter caseMember(Member object)
			{
				return createMemberAdapter();
			}
			@Override
			public Adapter caseRole(Role object)
			{
				return createRoleAdapter();
			}
			@Override
			public Adapter caseTag(Tag object)
			{
				return createTagAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object)
			{
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target)
	{
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link io.github.chorus.plan.model.Identified <em>Identified</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.github.chorus.plan.model.Identified
	 * @generated
	 */
	public Adapter createIdentifiedAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.github.chorus.plan.model.Named <em>Named</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.github.chorus.plan.model.Named
	 * @generated
	 */
	public Adapter createNamedAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.github.chorus.plan.model.Plan <em>Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.github.chorus.plan.model.Plan
	 * @generated
	 */
	public Adapter createPlanAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.github.chorus.plan.model.Brand <em>Brand</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.github.chorus.plan.model.Brand
	 * @generated
	 */
	public Adapter createBrandAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.github.chorus.plan.model.Persona <em>Persona</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.github.chorus.plan.model.Persona
	 * @generated
	 */
	public Adapter createPersonaAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.github.chorus.plan.model.Goal <em>Goal</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.github.chorus.plan.model.Goal
	 * @generated
	 */
	public Adapter createGoalAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.github.chorus.plan.model.Kpi <em>Kpi</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.github.chorus.plan.model.Kpi
	 * @generated
	 */
	public Adapter createKpiAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.github.chorus.plan.model.Target <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.github.chorus.plan.model.Target
	 * @generated
	 */
	public Adapter createTargetAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.github.chorus.plan.model.KpiDefinition <em>Kpi Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.github.chorus.plan.model.KpiDefinition
	 * @generated
	 */
	public Adapter createKpiDefinitionAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.github.chorus.plan.model.MetricDefinition <em>Metric Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.github.chorus.plan.model.MetricDefinition
	 * @generated
	 */
	public Adapter createMetricDefinitionAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.github.chorus.plan.model.Challenge <em>Challenge</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.github.chorus.plan.model.Challenge
	 * @generated
	 */
	public Adapter createChallengeAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.github.chorus.plan.model.ChannelPresence <em>Channel Presence</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.github.chorus.plan.model.ChannelPresence
	 * @generated
	 */
	public Adapter createChannelPresenceAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.github.chorus.plan.model.Budget <em>Budget</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.github.chorus.plan.model.Budget
	 * @generated
	 */
	public Adapter createBudgetAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.github.chorus.plan.model.Campaign <em>Campaign</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.github.chorus.plan.model.Campaign
	 * @generated
	 */
	public Adapter createCampaignAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.github.chorus.plan.model.SpendEntry <em>Spend Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.github.chorus.plan.model.SpendEntry
	 * @generated
	 */
	public Adapter createSpendEntryAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.github.chorus.plan.model.CampaignResult <em>Campaign Result</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.github.chorus.plan.model.CampaignResult
	 * @generated
	 */
	public Adapter createCampaignResultAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.github.chorus.plan.model.Team <em>Team</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.github.chorus.plan.model.Team
	 * @generated
	 */
	public Adapter createTeamAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.github.chorus.plan.model.Member <em>Member</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.github.chorus.plan.model.Member
	 * @generated
	 */
	public Adapter createMemberAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.github.chorus.plan.model.Role <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.github.chorus.plan.model.Role
	 * @generated
	 */
	public Adapter createRoleAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.github.chorus.plan.model.Tag <em>Tag</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.github.chorus.plan.model.Tag
	 * @generated
	 */
	public Adapter createTagAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter()
	{
		return null;
	}

} //PlanAdapterFactory
