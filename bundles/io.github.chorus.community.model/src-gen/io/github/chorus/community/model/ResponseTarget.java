/**
 * SPDX-License-Identifier: EPL-2.0
 * Copyright (c) 2026 the Chorus authors
 */
package io.github.chorus.community.model;

import io.github.chorus.plan.model.ChannelPresence;
import io.github.chorus.plan.model.Identified;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Response Target</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A response-time target.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.github.chorus.community.model.ResponseTarget#getChannel <em>Channel</em>}</li>
 *   <li>{@link io.github.chorus.community.model.ResponseTarget#getFirstResponseMinutes <em>First Response Minutes</em>}</li>
 *   <li>{@link io.github.chorus.community.model.ResponseTarget#isBusinessHoursOnly <em>Business Hours Only</em>}</li>
 * </ul>
 *
 * @see io.github.chorus.community.model.CommunityPackage#getResponseTarget()
 * @model
 * @generated
 */
public interface ResponseTarget extends Identified
{
	/**
	 * Returns the value of the '<em><b>Channel</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * None means every channel.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Channel</em>' reference.
	 * @see #setChannel(ChannelPresence)
	 * @see io.github.chorus.community.model.CommunityPackage#getResponseTarget_Channel()
	 * @model
	 * @generated
	 */
	ChannelPresence getChannel();

	/**
	 * Sets the value of the '{@link io.github.chorus.community.model.ResponseTarget#getChannel <em>Channel</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Channel</em>' reference.
	 * @see #getChannel()
	 * @generated
	 */
	void setChannel(ChannelPresence value);

	/**
	 * Returns the value of the '<em><b>First Response Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>First Response Minutes</em>' attribute.
	 * @see #setFirstResponseMinutes(int)
	 * @see io.github.chorus.community.model.CommunityPackage#getResponseTarget_FirstResponseMinutes()
	 * @model
	 * @generated
	 */
	int getFirstResponseMinutes();

	/**
	 * Sets the value of the '{@link io.github.chorus.community.model.ResponseTarget#getFirstResponseMinutes <em>First Response Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>First Response Minutes</em>' attribute.
	 * @see #getFirstResponseMinutes()
	 * @generated
	 */
	void setFirstResponseMinutes(int value);

	/**
	 * Returns the value of the '<em><b>Business Hours Only</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Business Hours Only</em>' attribute.
	 * @see #setBusinessHoursOnly(boolean)
	 * @see io.github.chorus.community.model.CommunityPackage#getResponseTarget_BusinessHoursOnly()
	 * @model
	 * @generated
	 */
	boolean isBusinessHoursOnly();

	/**
	 * Sets the value of the '{@link io.github.chorus.community.model.ResponseTarget#isBusinessHoursOnly <em>Business Hours Only</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Business Hours Only</em>' attribute.
	 * @see #isBusinessHoursOnly()
	 * @generated
	 */
	void setBusinessHoursOnly(boolean value);

} // ResponseTarget
