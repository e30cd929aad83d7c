/**
 * SPDX-License-Identifier: EPL-2.0
 * Copyright (c) 2026 the Chorus authors
 */
package io.github.chorus.plan.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Role</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A role with its permissions.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.github.chorus.plan.model.Role#getKind <em>Kind</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.Role#getPermissions <em>Permissions</em>}</li>
 * </ul>
 *
 * @see io.github.chorus.plan.model.PlanPackage#getRole()
 * @model
 * @generated
 */
public interface Role extends Named
{
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link io.github.chorus.plan.model.RoleKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see io.github.chorus.plan.model.RoleKind
	 * @see #setKind(RoleKind)
	 * @see io.github.chorus.plan.model.PlanPackage#getRole_Kind()
	 * @model
	 * @generated
	 */
	RoleKind getKind();

	/**
	 * Sets the value of the '{@link io.github.chorus.plan.model.Role#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see io.github.chorus.plan.model.RoleKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(RoleKind value);

	/**
	 * Returns the value of the '<em><b>Permissions</b></em>' attribute list.
	 * The list contents are of type {@link io.github.chorus.plan.model.Permission}.
	 * The literals are from the enumeration {@link io.github.chorus.plan.model.Permission}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Permissions</em>' attribute list.
	 * @see io.github.chorus.plan.model.Permission
	 * @see io.github.chorus.plan.model.PlanPackage#getRole_Permissions()
	 * @model
	 * @generated
	 */
	EList<Permission> getPermissions();

} // Role
