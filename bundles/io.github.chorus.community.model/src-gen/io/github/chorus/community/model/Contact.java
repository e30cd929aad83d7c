/**
 * SPDX-License-Identifier: EPL-2.0
 * Copyright (c) 2026 the Chorus authors
 */
package io.github.chorus.community.model;

import io.github.chorus.plan.model.ChannelPresence;
import io.github.chorus.plan.model.Named;
import io.github.chorus.plan.model.Persona;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Contact</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A person or account that wrote to the brand.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.github.chorus.community.model.Contact#getHandle <em>Handle</em>}</li>
 *   <li>{@link io.github.chorus.community.model.Contact#getChannel <em>Channel</em>}</li>
 *   <li>{@link io.github.chorus.community.model.Contact#getRemoteId <em>Remote Id</em>}</li>
 *   <li>{@link io.github.chorus.community.model.Contact#getEmail <em>Email</em>}</li>
 *   <li>{@link io.github.chorus.community.model.Contact#getPersona <em>Persona</em>}</li>
 *   <li>{@link io.github.chorus.community.model.Contact#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @see io.github.chorus.community.model.CommunityPackage#getContact()
 * @model
 * @generated
 */
public interface Contact extends Named
{
	/**
	 * Returns the value of the '<em><b>Handle</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Handle</em>' attribute.
	 * @see #setHandle(String)
	 * @see io.github.chorus.community.model.CommunityPackage#getContact_Handle()
	 * @model
	 * @generated
	 */
	String getHandle();

	/**
	 * Sets the value of the '{@link io.github.chorus.community.model.Contact#getHandle <em>Handle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Handle</em>' attribute.
	 * @see #getHandle()
	 * @generated
	 */
	void setHandle(String value);

	/**
	 * Returns the value of the '<em><b>Channel</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Channel</em>' reference.
	 * @see #setChannel(ChannelPresence)
	 * @see io.github.chorus.community.model.CommunityPackage#getContact_Channel()
	 * @model
	 * @generated
	 */
	ChannelPresence getChannel();

	/**
	 * Sets the value of the '{@link io.github.chorus.community.model.Contact#getChannel <em>Channel</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Channel</em>' reference.
	 * @see #getChannel()
	 * @generated
	 */
	void setChannel(ChannelPresence value);

	/**
	 * Returns the value of the '<em><b>Remote Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Remote Id</em>' attribute.
	 * @see #setRemoteId(String)
	 * @see io.github.chorus.community.model.CommunityPackage#getContact_RemoteId()
	 * @model
	 * @generated
	 */
	String getRemoteId();

	/**
	 * Sets the value of the '{@link io.github.chorus.community.model.Contact#getRemoteId <em>Remote Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Remote Id</em>' attribute.
	 * @see #getRemoteId()
	 * @generated
	 */
	void setRemoteId(String value);

	/**
	 * Returns the value of the '<em><b>Email</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Email</em>' attribute.
	 * @see #setEmail(String)
	 * @see io.github.chorus.community.model.CommunityPackage#getContact_Email()
	 * @model
	 * @generated
	 */
	String getEmail();

	/**
	 * Sets the value of the '{@link io.github.chorus.community.model.Contact#getEmail <em>Email</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Email</em>' attribute.
	 * @see #getEmail()
	 * @generated
	 */
	void setEmail(String value);

	/**
	 * Returns the value of the '<em><b>Persona</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Persona</em>' reference.
	 * @see #setPersona(Persona)
	 * @see io.github.chorus.community.model.CommunityPackage#getContact_Persona()
	 * @model
	 * @generated
	 */
	Persona getPersona();

	/**
	 * Sets the value of the '{@link io.github.chorus.community.model.Contact#getPersona <em>Persona</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Persona</em>' reference.
	 * @see #getPersona()
	 * @generated
	 */
	void setPersona(Persona value);

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Notes</em>' attribute.
	 * @see #setNotes(String)
	 * @see io.github.chorus.community.model.CommunityPackage#getContact_Notes()
	 * @model
	 * @generated
	 */
	String getNotes();

	/**
	 * Sets the value of the '{@link io.github.chorus.community.model.Contact#getNotes <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notes</em>' attribute.
	 * @see #getNotes()
	 * @generated
	 */
	void setNotes(String value);

} // Contact
