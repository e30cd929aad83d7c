/**
 * SPDX-License-Identifier: EPL-2.0
 * Copyright (c) 2026 the Chorus authors
 */
package io.github.chorus.plan.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Challenge</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A problem the plan answers: a kind plus free text (in description).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.github.chorus.plan.model.Challenge#getKind <em>Kind</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.Challenge#getSeverity <em>Severity</em>}</li>
 * </ul>
 *
 * @see io.github.chorus.plan.model.PlanPackage#getChallenge()
 * @model
 * @generated
 */
public interface Challenge extends Named
{
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link io.github.chorus.plan.model.ChallengeKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see io.github.chorus.plan.model.ChallengeKind
	 * @see #setKind(ChallengeKind)
	 * @see io.github.chorus.plan.model.PlanPackage#getChallenge_Kind()
	 * @model
	 * @generated
	 */
	ChallengeKind getKind();

	/**
	 * Sets the value of the '{@link io.github.chorus.plan.model.Challenge#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see io.github.chorus.plan.model.ChallengeKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ChallengeKind value);

	/**
	 * Returns the value of the '<em><b>Severity</b></em>' attribute.
	 * The default value is <code>"3"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 1 (minor) to 5 (critical).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Severity</em>' attribute.
	 * @see #setSeverity(int)
	 * @see io.github.chorus.plan.model.PlanPackage#getChallenge_Severity()
	 * @model default="3"
	 * @generated
	 */
	int getSeverity();

	/**
	 * Sets the value of the '{@link io.github.chorus.plan.model.Challenge#getSeverity <em>Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Severity</em>' attribute.
	 * @see #getSeverity()
	 * @generated
	 */
	void setSeverity(int value);

} // Challenge
