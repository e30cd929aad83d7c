/**
 * SPDX-License-Identifier: EPL-2.0
 * Copyright (c) 2026 the Chorus authors
 */
package io.github.chorus.plan.model;

import java.math.BigDecimal;

import java.time.LocalDate;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Campaign</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An organic or sponsored campaign: objective, audience, channels, flight dates, budget, spend, results.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.github.chorus.plan.model.Campaign#getKind <em>Kind</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.Campaign#getObjective <em>Objective</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.Campaign#getStatus <em>Status</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.Campaign#getFlightStart <em>Flight Start</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.Campaign#getFlightEnd <em>Flight End</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.Campaign#getBudget <em>Budget</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.Campaign#getPersonas <em>Personas</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.Campaign#getChannels <em>Channels</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.Campaign#getBudgetSource <em>Budget Source</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.Campaign#getGoals <em>Goals</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.Campaign#getKpis <em>Kpis</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.Campaign#getSpend <em>Spend</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.Campaign#getResults <em>Results</em>}</li>
 * </ul>
 *
 * @see io.github.chorus.plan.model.PlanPackage#getCampaign()
 * @model
 * @generated
 */
public interface Campaign extends Named
{
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link io.github.chorus.plan.model.CampaignKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see io.github.chorus.plan.model.CampaignKind
	 * @see #setKind(CampaignKind)
	 * @see io.github.chorus.plan.model.PlanPackage#getCampaign_Kind()
	 * @model
	 * @generated
	 */
	CampaignKind getKind();

	/**
	 * Sets the value of the '{@link io.github.chorus.plan.model.Campaign#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see io.github.chorus.plan.model.CampaignKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(CampaignKind value);

	/**
	 * Returns the value of the '<em><b>Objective</b></em>' attribute.
	 * The literals are from the enumeration {@link io.github.chorus.plan.model.CampaignObjective}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Objective</em>' attribute.
	 * @see io.github.chorus.plan.model.CampaignObjective
	 * @see #setObjective(CampaignObjective)
	 * @see io.github.chorus.plan.model.PlanPackage#getCampaign_Objective()
	 * @model
	 * @generated
	 */
	CampaignObjective getObjective();

	/**
	 * Sets the value of the '{@link io.github.chorus.plan.model.Campaign#getObjective <em>Objective</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Objective</em>' attribute.
	 * @see io.github.chorus.plan.model.CampaignObjective
	 * @see #getObjective()
	 * @generated
	 */
	void setObjective(CampaignObjective value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link io.github.chorus.plan.model.CampaignStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see io.github.chorus.plan.model.CampaignStatus
	 * @see #setStatus(CampaignStatus)
	 * @see io.github.chorus.plan.model.PlanPackage#getCampaign_Status()
	 * @model
	 * @generated
	 */
	CampaignStatus getStatus();

	/**
	 * Sets the value of the '{@link io.github.chorus.plan.model.Campaign#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see io.github.chorus.plan.model.CampaignStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(CampaignStatus value);

	/**
	 * Returns the value of the '<em><b>Flight Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Flight Start</em>' attribute.
	 * @see #setFlightStart(LocalDate)
	 * @see io.github.chorus.plan.model.PlanPackage#getCampaign_FlightStart()
	 * @model dataType="io.github.chorus.plan.model.LocalDate"
	 * @generated
	 */
	LocalDate getFlightStart();

	/**
	 * Sets the value of the '{@link io.github.chorus.plan.model.Campaign#getFlightStart <em>Flight Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Flight Start</em>' attribute.
	 * @see #getFlightStart()
	 * @generated
	 */
	void setFlightStart(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Flight End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Flight End</em>' attribute.
	 * @see #setFlightEnd(LocalDate)
	 * @see io.github.chorus.plan.model.PlanPackage#getCampaign_FlightEnd()
	 * @model dataType="io.github.chorus.plan.model.LocalDate"
	 * @generated
	 */
	LocalDate getFlightEnd();

	/**
	 * Sets the value of the '{@link io.github.chorus.plan.model.Campaign#getFlightEnd <em>Flight End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Flight End</em>' attribute.
	 * @see #getFlightEnd()
	 * @generated
	 */
	void setFlightEnd(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Budget</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Total budget of the campaign, in the plan currency.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Budget</em>' attribute.
	 * @see #setBudget(BigDecimal)
	 * @see io.github.chorus.plan.model.PlanPackage#getCampaign_Budget()
	 * @model
	 * @generated
	 */
	BigDecimal getBudget();

	/**
	 * Sets the value of the '{@link io.github.chorus.plan.model.Campaign#getBudget <em>Budget</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Budget</em>' attribute.
	 * @see #getBudget()
	 * @generated
	 */
	void setBudget(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Personas</b></em>' reference list.
	 * The list contents are of type {@link io.github.chorus.plan.model.Persona}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Personas</em>' reference list.
	 * @see io.github.chorus.plan.model.PlanPackage#getCampaign_Personas()
	 * @model
	 * @generated
	 */
	EList<Persona> getPersonas();

	/**
	 * Returns the value of the '<em><b>Channels</b></em>' reference list.
	 * The list contents are of type {@link io.github.chorus.plan.model.ChannelPresence}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Channels</em>' reference list.
	 * @see io.github.chorus.plan.model.PlanPackage#getCampaign_Channels()
	 * @model
	 * @generated
	 */
	EList<ChannelPresence> getChannels();

	/**
	 * Returns the value of the '<em><b>Budget Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Budget Source</em>' reference.
	 * @see #setBudgetSource(Budget)
	 * @see io.github.chorus.plan.model.PlanPackage#getCampaign_BudgetSource()
	 * @model
	 * @generated
	 */
	Budget getBudgetSource();

	/**
	 * Sets the value of the '{@link io.github.chorus.plan.model.Campaign#getBudgetSource <em>Budget Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Budget Source</em>' reference.
	 * @see #getBudgetSource()
	 * @generated
	 */
	void setBudgetSource(Budget value);

	/**
	 * Returns the value of the '<em><b>Goals</b></em>' reference list.
	 * The list contents are of type {@link io.github.chorus.plan.model.Goal}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Goals</em>' reference list.
	 * @see io.github.chorus.plan.model.PlanPackage#getCampaign_Goals()
	 * @model
	 * @generated
	 */
	EList<Goal> getGoals();

	/**
	 * Returns the value of the '<em><b>Kpis</b></em>' reference list.
	 * The list contents are of type {@link io.github.chorus.plan.model.Kpi}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kpis</em>' reference list.
	 * @see io.github.chorus.plan.model.PlanPackage#getCampaign_Kpis()
	 * @model
	 * @generated
	 */
	EList<Kpi> getKpis();

	/**
	 * Returns the value of the '<em><b>Spend</b></em>' containment reference list.
	 * The list contents are of type {@link io.github.chorus.plan.model.SpendEntry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Spend</em>' containment reference list.
	 * @see io.github.chorus.plan.model.PlanPackage#getCampaign_Spend()
	 * @model containment="true"
	 * @generated
	 */
	EList<SpendEntry> getSpend();

	/**
	 * Returns the value of the '<em><b>Results</b></em>' containment reference list.
	 * The list contents are of type {@link io.github.chorus.plan.model.CampaignResult}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Results</em>' containment reference list.
	 * @see io.github.chorus.plan.model.PlanPackage#getCampaign_Results()
	 * @model containment="true"
	 * @generated
	 */
	EList<CampaignResult> getResults();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The spend of a campaign does not exceed its budget.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean isSpendWithinBudget(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A campaign's flight ends on or after its start.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean hasOrderedFlightDates(DiagnosticChain diagnostics, Map<Object, Object> context);

} // Campaign
