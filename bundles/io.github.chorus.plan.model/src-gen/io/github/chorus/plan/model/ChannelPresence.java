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
 * A representation of the model object '<em><b>Channel Presence</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A channel account the brand is on, and why.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.github.chorus.plan.model.ChannelPresence#getChannelTypeId <em>Channel Type Id</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.ChannelPresence#getAccountHandle <em>Account Handle</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.ChannelPresence#getAccountKey <em>Account Key</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.ChannelPresence#getRationale <em>Rationale</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.ChannelPresence#isActive <em>Active</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.ChannelPresence#getPersonas <em>Personas</em>}</li>
 * </ul>
 *
 * @see io.github.chorus.plan.model.PlanPackage#getChannelPresence()
 * @model
 * @generated
 */
public interface ChannelPresence extends Named
{
	/**
	 * Returns the value of the '<em><b>Channel Type Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Id of the channel type contributed by a channel plugin.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Channel Type Id</em>' attribute.
	 * @see #setChannelTypeId(String)
	 * @see io.github.chorus.plan.model.PlanPackage#getChannelPresence_ChannelTypeId()
	 * @model
	 * @generated
	 */
	String getChannelTypeId();

	/**
	 * Sets the value of the '{@link io.github.chorus.plan.model.ChannelPresence#getChannelTypeId <em>Channel Type Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Channel Type Id</em>' attribute.
	 * @see #getChannelTypeId()
	 * @generated
	 */
	void setChannelTypeId(String value);

	/**
	 * Returns the value of the '<em><b>Account Handle</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Account Handle</em>' attribute.
	 * @see #setAccountHandle(String)
	 * @see io.github.chorus.plan.model.PlanPackage#getChannelPresence_AccountHandle()
	 * @model
	 * @generated
	 */
	String getAccountHandle();

	/**
	 * Sets the value of the '{@link io.github.chorus.plan.model.ChannelPresence#getAccountHandle <em>Account Handle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Account Handle</em>' attribute.
	 * @see #getAccountHandle()
	 * @generated
	 */
	void setAccountHandle(String value);

	/**
	 * Returns the value of the '<em><b>Account Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Key of the account credentials in secure storage; never the credentials themselves.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Account Key</em>' attribute.
	 * @see #setAccountKey(String)
	 * @see io.github.chorus.plan.model.PlanPackage#getChannelPresence_AccountKey()
	 * @model
	 * @generated
	 */
	String getAccountKey();

	/**
	 * Sets the value of the '{@link io.github.chorus.plan.model.ChannelPresence#getAccountKey <em>Account Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Account Key</em>' attribute.
	 * @see #getAccountKey()
	 * @generated
	 */
	void setAccountKey(String value);

	/**
	 * Returns the value of the '<em><b>Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why the brand is on this channel.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rationale</em>' attribute.
	 * @see #setRationale(String)
	 * @see io.github.chorus.plan.model.PlanPackage#getChannelPresence_Rationale()
	 * @model
	 * @generated
	 */
	String getRationale();

	/**
	 * Sets the value of the '{@link io.github.chorus.plan.model.ChannelPresence#getRationale <em>Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rationale</em>' attribute.
	 * @see #getRationale()
	 * @generated
	 */
	void setRationale(String value);

	/**
	 * Returns the value of the '<em><b>Active</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Active</em>' attribute.
	 * @see #setActive(boolean)
	 * @see io.github.chorus.plan.model.PlanPackage#getChannelPresence_Active()
	 * @model default="true"
	 * @generated
	 */
	boolean isActive();

	/**
	 * Sets the value of the '{@link io.github.chorus.plan.model.ChannelPresence#isActive <em>Active</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Active</em>' attribute.
	 * @see #isActive()
	 * @generated
	 */
	void setActive(boolean value);

	/**
	 * Returns the value of the '<em><b>Personas</b></em>' reference list.
	 * The list contents are of type {@link io.github.chorus.plan.model.Persona}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Audiences reached on this channel.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Personas</em>' reference list.
	 * @see io.github.chorus.plan.model.PlanPackage#getChannelPresence_Personas()
	 * @model
	 * @generated
	 */
	EList<Persona> getPersonas();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A channel presence names its channel type.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean hasChannelType(DiagnosticChain diagnostics, Map<Object, Object> context);

} // ChannelPresence
