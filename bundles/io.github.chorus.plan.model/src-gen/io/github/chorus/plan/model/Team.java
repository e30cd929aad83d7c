/**
 * SPDX-License-Identifier: EPL-2.0
 * Copyright (c) 2026 the Chorus authors
 */
package io.github.chorus.plan.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Team</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The people who work on the plan, and their roles.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.github.chorus.plan.model.Team#getMembers <em>Members</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.Team#getRoles <em>Roles</em>}</li>
 * </ul>
 *
 * @see io.github.chorus.plan.model.PlanPackage#getTeam()
 * @model
 * @generated
 */
public interface Team extends Named
{
	/**
	 * Returns the value of the '<em><b>Members</b></em>' containment reference list.
	 * The list contents are of type {@link io.github.chorus.plan.model.Member}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Members</em>' containment reference list.
	 * @see io.github.chorus.plan.model.PlanPackage#getTeam_Members()
	 * @model containment="true"
	 * @generated
	 */
	EList<Member> getMembers();

	/**
	 * Returns the value of the '<em><b>Roles</b></em>' containment reference list.
	 * The list contents are of type {@link io.github.chorus.plan.model.Role}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Roles</em>' containment reference list.
	 * @see io.github.chorus.plan.model.PlanPackage#getTeam_Roles()
	 * @model containment="true"
	 * @generated
	 */
	EList<Role> getRoles();

} // Team
