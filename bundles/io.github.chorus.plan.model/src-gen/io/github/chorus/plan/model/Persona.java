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
 * A representation of the model object '<em><b>Persona</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A target audience or sub-target.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.github.chorus.plan.model.Persona#getDemographics <em>Demographics</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.Persona#getNeeds <em>Needs</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.Persona#getPainPoints <em>Pain Points</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.Persona#getSubTargets <em>Sub Targets</em>}</li>
 * </ul>
 *
 * @see io.github.chorus.plan.model.PlanPackage#getPersona()
 * @model
 * @generated
 */
public interface Persona extends Named
{
	/**
	 * Returns the value of the '<em><b>Demographics</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Demographics</em>' attribute.
	 * @see #setDemographics(String)
	 * @see io.github.chorus.plan.model.PlanPackage#getPersona_Demographics()
	 * @model
	 * @generated
	 */
	String getDemographics();

	/**
	 * Sets the value of the '{@link io.github.chorus.plan.model.Persona#getDemographics <em>Demographics</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Demographics</em>' attribute.
	 * @see #getDemographics()
	 * @generated
	 */
	void setDemographics(String value);

	/**
	 * Returns the value of the '<em><b>Needs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Needs</em>' attribute.
	 * @see #setNeeds(String)
	 * @see io.github.chorus.plan.model.PlanPackage#getPersona_Needs()
	 * @model
	 * @generated
	 */
	String getNeeds();

	/**
	 * Sets the value of the '{@link io.github.chorus.plan.model.Persona#getNeeds <em>Needs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Needs</em>' attribute.
	 * @see #getNeeds()
	 * @generated
	 */
	void setNeeds(String value);

	/**
	 * Returns the value of the '<em><b>Pain Points</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pain Points</em>' attribute.
	 * @see #setPainPoints(String)
	 * @see io.github.chorus.plan.model.PlanPackage#getPersona_PainPoints()
	 * @model
	 * @generated
	 */
	String getPainPoints();

	/**
	 * Sets the value of the '{@link io.github.chorus.plan.model.Persona#getPainPoints <em>Pain Points</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pain Points</em>' attribute.
	 * @see #getPainPoints()
	 * @generated
	 */
	void setPainPoints(String value);

	/**
	 * Returns the value of the '<em><b>Sub Targets</b></em>' containment reference list.
	 * The list contents are of type {@link io.github.chorus.plan.model.Persona}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Narrower audiences inside this one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sub Targets</em>' containment reference list.
	 * @see io.github.chorus.plan.model.PlanPackage#getPersona_SubTargets()
	 * @model containment="true"
	 * @generated
	 */
	EList<Persona> getSubTargets();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Some content item, campaign or channel presence targets the persona (or one of its sub-targets).
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean isTargeted(DiagnosticChain diagnostics, Map<Object, Object> context);

} // Persona
