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
 * A representation of the model object '<em><b>Brand</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Brand identity: who we are and how we speak.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.github.chorus.plan.model.Brand#getIdentity <em>Identity</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.Brand#getValueProposition <em>Value Proposition</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.Brand#getVoice <em>Voice</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.Brand#getToneGuidelines <em>Tone Guidelines</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.Brand#getHashtags <em>Hashtags</em>}</li>
 * </ul>
 *
 * @see io.github.chorus.plan.model.PlanPackage#getBrand()
 * @model
 * @generated
 */
public interface Brand extends Named
{
	/**
	 * Returns the value of the '<em><b>Identity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Identity</em>' attribute.
	 * @see #setIdentity(String)
	 * @see io.github.chorus.plan.model.PlanPackage#getBrand_Identity()
	 * @model
	 * @generated
	 */
	String getIdentity();

	/**
	 * Sets the value of the '{@link io.github.chorus.plan.model.Brand#getIdentity <em>Identity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Identity</em>' attribute.
	 * @see #getIdentity()
	 * @generated
	 */
	void setIdentity(String value);

	/**
	 * Returns the value of the '<em><b>Value Proposition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value Proposition</em>' attribute.
	 * @see #setValueProposition(String)
	 * @see io.github.chorus.plan.model.PlanPackage#getBrand_ValueProposition()
	 * @model
	 * @generated
	 */
	String getValueProposition();

	/**
	 * Sets the value of the '{@link io.github.chorus.plan.model.Brand#getValueProposition <em>Value Proposition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value Proposition</em>' attribute.
	 * @see #getValueProposition()
	 * @generated
	 */
	void setValueProposition(String value);

	/**
	 * Returns the value of the '<em><b>Voice</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Voice in a few words (warm, expert, playful...).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Voice</em>' attribute.
	 * @see #setVoice(String)
	 * @see io.github.chorus.plan.model.PlanPackage#getBrand_Voice()
	 * @model
	 * @generated
	 */
	String getVoice();

	/**
	 * Sets the value of the '{@link io.github.chorus.plan.model.Brand#getVoice <em>Voice</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Voice</em>' attribute.
	 * @see #getVoice()
	 * @generated
	 */
	void setVoice(String value);

	/**
	 * Returns the value of the '<em><b>Tone Guidelines</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tone Guidelines</em>' attribute.
	 * @see #setToneGuidelines(String)
	 * @see io.github.chorus.plan.model.PlanPackage#getBrand_ToneGuidelines()
	 * @model
	 * @generated
	 */
	String getToneGuidelines();

	/**
	 * Sets the value of the '{@link io.github.chorus.plan.model.Brand#getToneGuidelines <em>Tone Guidelines</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tone Guidelines</em>' attribute.
	 * @see #getToneGuidelines()
	 * @generated
	 */
	void setToneGuidelines(String value);

	/**
	 * Returns the value of the '<em><b>Hashtags</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hashtags</em>' attribute list.
	 * @see io.github.chorus.plan.model.PlanPackage#getBrand_Hashtags()
	 * @model
	 * @generated
	 */
	EList<String> getHashtags();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A brand states its value proposition.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean hasValueProposition(DiagnosticChain diagnostics, Map<Object, Object> context);

} // Brand
