/**
 * SPDX-License-Identifier: EPL-2.0
 * Copyright (c) 2026 the Chorus authors
 */
package io.github.chorus.content.model;

import io.github.chorus.plan.model.Identified;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Tracked Link</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A link with UTM tags.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.github.chorus.content.model.TrackedLink#getUrl <em>Url</em>}</li>
 *   <li>{@link io.github.chorus.content.model.TrackedLink#getUtmSource <em>Utm Source</em>}</li>
 *   <li>{@link io.github.chorus.content.model.TrackedLink#getUtmMedium <em>Utm Medium</em>}</li>
 *   <li>{@link io.github.chorus.content.model.TrackedLink#getUtmCampaign <em>Utm Campaign</em>}</li>
 *   <li>{@link io.github.chorus.content.model.TrackedLink#getUtmTerm <em>Utm Term</em>}</li>
 *   <li>{@link io.github.chorus.content.model.TrackedLink#getUtmContent <em>Utm Content</em>}</li>
 *   <li>{@link io.github.chorus.content.model.TrackedLink#getShortUrl <em>Short Url</em>}</li>
 * </ul>
 *
 * @see io.github.chorus.content.model.ContentPackage#getTrackedLink()
 * @model
 * @generated
 */
public interface TrackedLink extends Identified
{
	/**
	 * Returns the value of the '<em><b>Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Url</em>' attribute.
	 * @see #setUrl(String)
	 * @see io.github.chorus.content.model.ContentPackage#getTrackedLink_Url()
	 * @model
	 * @generated
	 */
	String getUrl();

	/**
	 * Sets the value of the '{@link io.github.chorus.content.model.TrackedLink#getUrl <em>Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Url</em>' attribute.
	 * @see #getUrl()
	 * @generated
	 */
	void setUrl(String value);

	/**
	 * Returns the value of the '<em><b>Utm Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Utm Source</em>' attribute.
	 * @see #setUtmSource(String)
	 * @see io.github.chorus.content.model.ContentPackage#getTrackedLink_UtmSource()
	 * @model
	 * @generated
	 */
	String getUtmSource();

	/**
	 * Sets the value of the '{@link io.github.chorus.content.model.TrackedLink#getUtmSource <em>Utm Source</em>}' attribute.
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
	 * @see io.github.chorus.content.model.ContentPackage#getTrackedLink_UtmMedium()
	 * @model
	 * @generated
	 */
	String getUtmMedium();

	/**
	 * Sets the value of the '{@link io.github.chorus.content.model.TrackedLink#getUtmMedium <em>Utm Medium</em>}' attribute.
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
	 * @see io.github.chorus.content.model.ContentPackage#getTrackedLink_UtmCampaign()
	 * @model
	 * @generated
	 */
	String getUtmCampaign();

	/**
	 * Sets the value of the '{@link io.github.chorus.content.model.TrackedLink#getUtmCampaign <em>Utm Campaign</em>}' attribute.
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
	 * @see io.github.chorus.content.model.ContentPackage#getTrackedLink_UtmTerm()
	 * @model
	 * @generated
	 */
	String getUtmTerm();

	/**
	 * Sets the value of the '{@link io.github.chorus.content.model.TrackedLink#getUtmTerm <em>Utm Term</em>}' attribute.
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
	 * @see io.github.chorus.content.model.ContentPackage#getTrackedLink_UtmContent()
	 * @model
	 * @generated
	 */
	String getUtmContent();

	/**
	 * Sets the value of the '{@link io.github.chorus.content.model.TrackedLink#getUtmContent <em>Utm Content</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Utm Content</em>' attribute.
	 * @see #getUtmContent()
	 * @generated
	 */
	void setUtmContent(String value);

	/**
	 * Returns the value of the '<em><b>Short Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Short Url</em>' attribute.
	 * @see #setShortUrl(String)
	 * @see io.github.chorus.content.model.ContentPackage#getTrackedLink_ShortUrl()
	 * @model
	 * @generated
	 */
	String getShortUrl();

	/**
	 * Sets the value of the '{@link io.github.chorus.content.model.TrackedLink#getShortUrl <em>Short Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Short Url</em>' attribute.
	 * @see #getShortUrl()
	 * @generated
	 */
	void setShortUrl(String value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A link is an absolute http(s) URL, and its UTM tags name at least source, medium and campaign when any is set.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean hasValidUrl(DiagnosticChain diagnostics, Map<Object, Object> context);

} // TrackedLink
