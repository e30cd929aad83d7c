/**
 * SPDX-License-Identifier: EPL-2.0
 * Copyright (c) 2026 the Chorus authors
 */
package io.github.chorus.plan.model;

import java.time.LocalDate;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Plan</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root of the plan resource: the social marketing plan of one brand.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.github.chorus.plan.model.Plan#getTimeZone <em>Time Zone</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.Plan#getCurrency <em>Currency</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.Plan#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.Plan#getEndDate <em>End Date</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.Plan#isApprovalRequired <em>Approval Required</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.Plan#getBrand <em>Brand</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.Plan#getPersonas <em>Personas</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.Plan#getGoals <em>Goals</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.Plan#getChallenges <em>Challenges</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.Plan#getChannels <em>Channels</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.Plan#getMetricDefinitions <em>Metric Definitions</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.Plan#getKpiDefinitions <em>Kpi Definitions</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.Plan#getBudgets <em>Budgets</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.Plan#getCampaigns <em>Campaigns</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.Plan#getTeam <em>Team</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.Plan#getTags <em>Tags</em>}</li>
 * </ul>
 *
 * @see io.github.chorus.plan.model.PlanPackage#getPlan()
 * @model
 * @generated
 */
public interface Plan extends Named
{
	/**
	 * Returns the value of the '<em><b>Time Zone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * IANA time zone of the team (for example Europe/Paris); the calendar shows times in it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Time Zone</em>' attribute.
	 * @see #setTimeZone(String)
	 * @see io.github.chorus.plan.model.PlanPackage#getPlan_TimeZone()
	 * @model
	 * @generated
	 */
	String getTimeZone();

	/**
	 * Sets the value of the '{@link io.github.chorus.plan.model.Plan#getTimeZone <em>Time Zone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Time Zone</em>' attribute.
	 * @see #getTimeZone()
	 * @generated
	 */
	void setTimeZone(String value);

	/**
	 * Returns the value of the '<em><b>Currency</b></em>' attribute.
	 * The default value is <code>"EUR"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ISO 4217 code used for budgets and spend.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Currency</em>' attribute.
	 * @see #setCurrency(String)
	 * @see io.github.chorus.plan.model.PlanPackage#getPlan_Currency()
	 * @model default="EUR"
	 * @generated
	 */
	String getCurrency();

	/**
	 * Sets the value of the '{@link io.github.chorus.plan.model.Plan#getCurrency <em>Currency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Currency</em>' attribute.
	 * @see #getCurrency()
	 * @generated
	 */
	void setCurrency(String value);

	/**
	 * Returns the value of the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start Date</em>' attribute.
	 * @see #setStartDate(LocalDate)
	 * @see io.github.chorus.plan.model.PlanPackage#getPlan_StartDate()
	 * @model dataType="io.github.chorus.plan.model.LocalDate"
	 * @generated
	 */
	LocalDate getStartDate();

	/**
	 * Sets the value of the '{@link io.github.chorus.plan.model.Plan#getStartDate <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Date</em>' attribute.
	 * @see #getStartDate()
	 * @generated
	 */
	void setStartDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>End Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>End Date</em>' attribute.
	 * @see #setEndDate(LocalDate)
	 * @see io.github.chorus.plan.model.PlanPackage#getPlan_EndDate()
	 * @model dataType="io.github.chorus.plan.model.LocalDate"
	 * @generated
	 */
	LocalDate getEndDate();

	/**
	 * Sets the value of the '{@link io.github.chorus.plan.model.Plan#getEndDate <em>End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End Date</em>' attribute.
	 * @see #getEndDate()
	 * @generated
	 */
	void setEndDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Approval Required</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether a publication must be approved before it can be scheduled.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Approval Required</em>' attribute.
	 * @see #setApprovalRequired(boolean)
	 * @see io.github.chorus.plan.model.PlanPackage#getPlan_ApprovalRequired()
	 * @model default="true"
	 * @generated
	 */
	boolean isApprovalRequired();

	/**
	 * Sets the value of the '{@link io.github.chorus.plan.model.Plan#isApprovalRequired <em>Approval Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Approval Required</em>' attribute.
	 * @see #isApprovalRequired()
	 * @generated
	 */
	void setApprovalRequired(boolean value);

	/**
	 * Returns the value of the '<em><b>Brand</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Brand</em>' containment reference.
	 * @see #setBrand(Brand)
	 * @see io.github.chorus.plan.model.PlanPackage#getPlan_Brand()
	 * @model containment="true"
	 * @generated
	 */
	Brand getBrand();

	/**
	 * Sets the value of the '{@link io.github.chorus.plan.model.Plan#getBrand <em>Brand</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Brand</em>' containment reference.
	 * @see #getBrand()
	 * @generated
	 */
	void setBrand(Brand value);

	/**
	 * Returns the value of the '<em><b>Personas</b></em>' containment reference list.
	 * The list contents are of type {@link io.github.chorus.plan.model.Persona}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Personas</em>' containment reference list.
	 * @see io.github.chorus.plan.model.PlanPackage#getPlan_Personas()
	 * @model containment="true"
	 * @generated
	 */
	EList<Persona> getPersonas();

	/**
	 * Returns the value of the '<em><b>Goals</b></em>' containment reference list.
	 * The list contents are of type {@link io.github.chorus.plan.model.Goal}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Goals</em>' containment reference list.
	 * @see io.github.chorus.plan.model.PlanPackage#getPlan_Goals()
	 * @model containment="true"
	 * @generated
	 */
	EList<Goal> getGoals();

	/**
	 * Returns the value of the '<em><b>Challenges</b></em>' containment reference list.
	 * The list contents are of type {@link io.github.chorus.plan.model.Challenge}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Challenges</em>' containment reference list.
	 * @see io.github.chorus.plan.model.PlanPackage#getPlan_Challenges()
	 * @model containment="true"
	 * @generated
	 */
	EList<Challenge> getChallenges();

	/**
	 * Returns the value of the '<em><b>Channels</b></em>' containment reference list.
	 * The list contents are of type {@link io.github.chorus.plan.model.ChannelPresence}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Channels</em>' containment reference list.
	 * @see io.github.chorus.plan.model.PlanPackage#getPlan_Channels()
	 * @model containment="true"
	 * @generated
	 */
	EList<ChannelPresence> getChannels();

	/**
	 * Returns the value of the '<em><b>Metric Definitions</b></em>' containment reference list.
	 * The list contents are of type {@link io.github.chorus.plan.model.MetricDefinition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The metrics the workbench knows how to store.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Metric Definitions</em>' containment reference list.
	 * @see io.github.chorus.plan.model.PlanPackage#getPlan_MetricDefinitions()
	 * @model containment="true"
	 * @generated
	 */
	EList<MetricDefinition> getMetricDefinitions();

	/**
	 * Returns the value of the '<em><b>Kpi Definitions</b></em>' containment reference list.
	 * The list contents are of type {@link io.github.chorus.plan.model.KpiDefinition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * KPI formulas, visible and editable by the user.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kpi Definitions</em>' containment reference list.
	 * @see io.github.chorus.plan.model.PlanPackage#getPlan_KpiDefinitions()
	 * @model containment="true"
	 * @generated
	 */
	EList<KpiDefinition> getKpiDefinitions();

	/**
	 * Returns the value of the '<em><b>Budgets</b></em>' containment reference list.
	 * The list contents are of type {@link io.github.chorus.plan.model.Budget}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Budgets</em>' containment reference list.
	 * @see io.github.chorus.plan.model.PlanPackage#getPlan_Budgets()
	 * @model containment="true"
	 * @generated
	 */
	EList<Budget> getBudgets();

	/**
	 * Returns the value of the '<em><b>Campaigns</b></em>' containment reference list.
	 * The list contents are of type {@link io.github.chorus.plan.model.Campaign}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Campaigns</em>' containment reference list.
	 * @see io.github.chorus.plan.model.PlanPackage#getPlan_Campaigns()
	 * @model containment="true"
	 * @generated
	 */
	EList<Campaign> getCampaigns();

	/**
	 * Returns the value of the '<em><b>Team</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Team</em>' containment reference.
	 * @see #setTeam(Team)
	 * @see io.github.chorus.plan.model.PlanPackage#getPlan_Team()
	 * @model containment="true"
	 * @generated
	 */
	Team getTeam();

	/**
	 * Sets the value of the '{@link io.github.chorus.plan.model.Plan#getTeam <em>Team</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Team</em>' containment reference.
	 * @see #getTeam()
	 * @generated
	 */
	void setTeam(Team value);

	/**
	 * Returns the value of the '<em><b>Tags</b></em>' containment reference list.
	 * The list contents are of type {@link io.github.chorus.plan.model.Tag}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tags</em>' containment reference list.
	 * @see io.github.chorus.plan.model.PlanPackage#getPlan_Tags()
	 * @model containment="true"
	 * @generated
	 */
	EList<Tag> getTags();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The plan names a valid IANA time zone.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean hasValidTimeZone(DiagnosticChain diagnostics, Map<Object, Object> context);

} // Plan
