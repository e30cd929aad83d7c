/**
 * SPDX-License-Identifier: EPL-2.0
 * Copyright (c) 2026 the Chorus authors
 */
package io.github.chorus.community.model;

import io.github.chorus.plan.model.Named;
import io.github.chorus.plan.model.Tag;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Reply Template</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A saved reply.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.github.chorus.community.model.ReplyTemplate#getText <em>Text</em>}</li>
 *   <li>{@link io.github.chorus.community.model.ReplyTemplate#getLocale <em>Locale</em>}</li>
 *   <li>{@link io.github.chorus.community.model.ReplyTemplate#getTags <em>Tags</em>}</li>
 * </ul>
 *
 * @see io.github.chorus.community.model.CommunityPackage#getReplyTemplate()
 * @model
 * @generated
 */
public interface ReplyTemplate extends Named
{
	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see io.github.chorus.community.model.CommunityPackage#getReplyTemplate_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link io.github.chorus.community.model.ReplyTemplate#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Locale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Locale</em>' attribute.
	 * @see #setLocale(String)
	 * @see io.github.chorus.community.model.CommunityPackage#getReplyTemplate_Locale()
	 * @model
	 * @generated
	 */
	String getLocale();

	/**
	 * Sets the value of the '{@link io.github.chorus.community.model.ReplyTemplate#getLocale <em>Locale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Locale</em>' attribute.
	 * @see #getLocale()
	 * @generated
	 */
	void setLocale(String value);

	/**
	 * Returns the value of the '<em><b>Tags</b></em>' reference list.
	 * The list contents are of type {@link io.github.chorus.plan.model.Tag}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tags</em>' reference list.
	 * @see io.github.chorus.community.model.CommunityPackage#getReplyTemplate_Tags()
	 * @model
	 * @generated
	 */
	EList<Tag> getTags();

} // ReplyTemplate
