/**
 * SPDX-License-Identifier: EPL-2.0
 * Copyright (c) 2026 the Chorus authors
 */
package io.github.chorus.content.model;

import io.github.chorus.plan.model.Named;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Utm Preset</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Organisation-wide UTM values, applied when a link is added. Values may hold placeholders such as {channel} and {campaign}, filled in from the variant the link is in.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.github.chorus.content.model.UtmPreset#getUtmSource <em>Utm Source</em>}</li>
 *   <li>{@link io.github.chorus.content.model.UtmPreset#getUtmMedium <em>Utm Medium</em>}</li>
 *   <li>{@link io.github.chorus.content.model.UtmPreset#getUtmCampaign <em>Utm Campaign</em>}</li>
 *   <li>{@link io.github.chorus.content.model.UtmPreset#getUtmTerm <em>Utm Term</em>}</li>
 *   <li>{@link io.github.chorus.content.model.UtmPreset#getUtmContent <em>Utm Content</em>}</li>
 * </ul>
 *
 * @see io.github.chorus.content.model.ContentPackage#getUtmPreset()
 * @model
 * @generated
 */
public interface UtmPreset extends Named
{
	/**
	 * Returns the value of the '<em><b>Utm Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Utm Source</em>' attribute.
	 * @see #setUtmSource(String)
	 * @see io.github.chorus.content.model.ContentPackage#getUtmPreset_UtmSource()
	 * @model
	 * @generated
	 */
	String getUtmSource();

	/**
	 * Sets the value of the '{@link io.github.chorus.content.model.UtmPreset#getUtmSource <em>Utm Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Utm Source</em>' attribute.
	 * @see #getUtmSource()
	 * @generated
	 */
	void setUtmSource(String value);

	/**
	 * Returns the value of the '<em><b>Utm Medium</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Utm Medium</em>' attribute.
	 * @see #setUtmMedium(String)
	 * @see io.github.chorus.content.model.ContentPackage#getUtmPreset_UtmMedium()
	 * @model
	 * @generated
	 */
	String getUtmMedium();

	/**
	 * Sets the value of the '{@link io.github.chorus.content.model.UtmPreset#getUtmMedium <em>Utm Medium</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Utm Medium</em>' attribute.
	 * @see #getUtmMedium()
	 * @generated
	 */
	void setUtmMedium(String value);

	/**
	 * Returns the value of the '<em><b>Utm Campaign</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Utm Campaign</em>' attribute.
	 * @see #setUtmCampaign(String)
	 * @see io.github.chorus.content.model.ContentPackage#getUtmPreset_UtmCampaign()
	 * @model
	 * @generated
	 */
	String getUtmCampaign();

	/**
	 * Sets the value of the '{@link io.github.chorus.content.model.UtmPreset#getUtmCampaign <em>Utm Campaign</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Utm Campaign</em>' attribute.
	 * @see #getUtmCampaign()
	 * @generated
	 */
	void setUtmCampaign(String value);

	/**
	 * Returns the value of the '<em><b>Utm Term</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Utm Term</em>' attribute.
	 * @see #setUtmTerm(String)
	 * @see io.github.chorus.content.model.ContentPackage#getUtmPreset_UtmTerm()
	 * @model
	 * @generated
	 */
	String getUtmTerm();

	/**
	 * Sets the value of the '{@link io.github.chorus.content.model.UtmPreset#getUtmTerm <em>Utm Term</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Utm Term</em>' attribute.
	 * @see #getUtmTerm()
	 * @generated
	 */
	void setUtmTerm(String value);

	/**
	 * Returns the value of the '<em><b>Utm Content</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Utm Content</em>' attribute.
	 * @see #setUtmContent(String)
	 * @see io.github.chorus.content.model.ContentPackage#getUtmPreset_UtmContent()
	 * @model
	 * @generated
	 */
	String getUtmContent();

	/**
	 * Sets the value of the '{@link io.github.chorus.content.model.UtmPreset#getUtmContent <em>Utm Content</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Utm Content</em>' attribute.
	 * @see #getUtmContent()
	 * @generated
	 */
	void setUtmContent(String value);

} // UtmPreset
