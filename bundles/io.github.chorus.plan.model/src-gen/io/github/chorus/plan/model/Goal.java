/**
 * SPDX-License-Identifier: EPL-2.0
 * Copyright (c) 2026 the Chorus authors
 */
package io.github.chorus.plan.model;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Goal</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A business goal of the plan, measured by KPIs.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.github.chorus.plan.model.Goal#getPriority <em>Priority</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.Goal#getChallenges <em>Challenges</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.Goal#getKpis <em>Kpis</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.Goal#getOwner <em>Owner</em>}</li>
 * </ul>
 *
 * @see io.github.chorus.plan.model.PlanPackage#getGoal()
 * @model
 * @generated
 */
public interface Goal extends Named
{
	/**
	 * Returns the value of the '<em><b>Priority</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Priority</em>' attribute.
	 * @see #setPriority(int)
	 * @see io.github.chorus.plan.model.PlanPackage#getGoal_Priority()
	 * @model default="0"
	 * @generated
	 */
	int getPriority();

	/**
	 * Sets the value of the '{@link io.github.chorus.plan.model.Goal#getPriority <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Priority</em>' attribute.
	 * @see #getPriority()
	 * @generated
	 */
	void setPriority(int value);

	/**
	 * Returns the value of the '<em><b>Challenges</b></em>' reference list.
	 * The list contents are of type {@link io.github.chorus.plan.model.Challenge}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The challenges this goal answers.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Challenges</em>' reference list.
	 * @see io.github.chorus.plan.model.PlanPackage#getGoal_Challenges()
	 * @model
	 * @generated
	 */
	EList<Challenge> getChallenges();

	/**
	 * Returns the value of the '<em><b>Kpis</b></em>' containment reference list.
	 * The list contents are of type {@link io.github.chorus.plan.model.Kpi}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kpis</em>' containment reference list.
	 * @see io.github.chorus.plan.model.PlanPackage#getGoal_Kpis()
	 * @model containment="true"
	 * @generated
	 */
	EList<Kpi> getKpis();

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Owner</em>' reference.
	 * @see #setOwner(Member)
	 * @see io.github.chorus.plan.model.PlanPackage#getGoal_Owner()
	 * @model
	 * @generated
	 */
	Member getOwner();

	/**
	 * Sets the value of the '{@link io.github.chorus.plan.model.Goal#getOwner <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' reference.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(Member value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A goal is measured by at least one KPI.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean hasKpi(DiagnosticChain diagnostics, Map<Object, Object> context);

} // Goal
