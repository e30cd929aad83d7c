/**
 * SPDX-License-Identifier: EPL-2.0
 * Copyright (c) 2026 the Chorus authors
 */
package io.github.chorus.content.model;

import io.github.chorus.plan.model.Named;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Asset</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A media file reference.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.github.chorus.content.model.Asset#getUri <em>Uri</em>}</li>
 *   <li>{@link io.github.chorus.content.model.Asset#getMimeType <em>Mime Type</em>}</li>
 *   <li>{@link io.github.chorus.content.model.Asset#getSizeBytes <em>Size Bytes</em>}</li>
 *   <li>{@link io.github.chorus.content.model.Asset#getWidth <em>Width</em>}</li>
 *   <li>{@link io.github.chorus.content.model.Asset#getHeight <em>Height</em>}</li>
 *   <li>{@link io.github.chorus.content.model.Asset#getDurationMillis <em>Duration Millis</em>}</li>
 *   <li>{@link io.github.chorus.content.model.Asset#getAltText <em>Alt Text</em>}</li>
 *   <li>{@link io.github.chorus.content.model.Asset#getSha256 <em>Sha256</em>}</li>
 * </ul>
 *
 * @see io.github.chorus.content.model.ContentPackage#getAsset()
 * @model
 * @generated
 */
public interface Asset extends Named
{
	/**
	 * Returns the value of the '<em><b>Uri</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Relative to the workspace folder, or absolute.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Uri</em>' attribute.
	 * @see #setUri(String)
	 * @see io.github.chorus.content.model.ContentPackage#getAsset_Uri()
	 * @model
	 * @generated
	 */
	String getUri();

	/**
	 * Sets the value of the '{@link io.github.chorus.content.model.Asset#getUri <em>Uri</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Uri</em>' attribute.
	 * @see #getUri()
	 * @generated
	 */
	void setUri(String value);

	/**
	 * Returns the value of the '<em><b>Mime Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mime Type</em>' attribute.
	 * @see #setMimeType(String)
	 * @see io.github.chorus.content.model.ContentPackage#getAsset_MimeType()
	 * @model
	 * @generated
	 */
	String getMimeType();

	/**
	 * Sets the value of the '{@link io.github.chorus.content.model.Asset#getMimeType <em>Mime Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mime Type</em>' attribute.
	 * @see #getMimeType()
	 * @generated
	 */
	void setMimeType(String value);

	/**
	 * Returns the value of the '<em><b>Size Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Size Bytes</em>' attribute.
	 * @see #setSizeBytes(long)
	 * @see io.github.chorus.content.model.ContentPackage#getAsset_SizeBytes()
	 * @model
	 * @generated
	 */
	long getSizeBytes();

	/**
	 * Sets the value of the '{@link io.github.chorus.content.model.Asset#getSizeBytes <em>Size Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Size Bytes</em>' attribute.
	 * @see #getSizeBytes()
	 * @generated
	 */
	void setSizeBytes(long value);

	/**
	 * Returns the value of the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Width</em>' attribute.
	 * @see #setWidth(int)
	 * @see io.github.chorus.content.model.ContentPackage#getAsset_Width()
	 * @model
	 * @generated
	 */
	int getWidth();

	/**
	 * Sets the value of the '{@link io.github.chorus.content.model.Asset#getWidth <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Width</em>' attribute.
	 * @see #getWidth()
	 * @generated
	 */
	void setWidth(int value);

	/**
	 * Returns the value of the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Height</em>' attribute.
	 * @see #setHeight(int)
	 * @see io.github.chorus.content.model.ContentPackage#getAsset_Height()
	 * @model
	 * @generated
	 */
	int getHeight();

	/**
	 * Sets the value of the '{@link io.github.chorus.content.model.Asset#getHeight <em>Height</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Height</em>' attribute.
	 * @see #getHeight()
	 * @generated
	 */
	void setHeight(int value);

	/**
	 * Returns the value of the '<em><b>Duration Millis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Duration Millis</em>' attribute.
	 * @see #setDurationMillis(long)
	 * @see io.github.chorus.content.model.ContentPackage#getAsset_DurationMillis()
	 * @model
	 * @generated
	 */
	long getDurationMillis();

	/**
	 * Sets the value of the '{@link io.github.chorus.content.model.Asset#getDurationMillis <em>Duration Millis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Duration Millis</em>' attribute.
	 * @see #getDurationMillis()
	 * @generated
	 */
	void setDurationMillis(long value);

	/**
	 * Returns the value of the '<em><b>Alt Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Alt Text</em>' attribute.
	 * @see #setAltText(String)
	 * @see io.github.chorus.content.model.ContentPackage#getAsset_AltText()
	 * @model
	 * @generated
	 */
	String getAltText();

	/**
	 * Sets the value of the '{@link io.github.chorus.content.model.Asset#getAltText <em>Alt Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Alt Text</em>' attribute.
	 * @see #getAltText()
	 * @generated
	 */
	void setAltText(String value);

	/**
	 * Returns the value of the '<em><b>Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sha256</em>' attribute.
	 * @see #setSha256(String)
	 * @see io.github.chorus.content.model.ContentPackage#getAsset_Sha256()
	 * @model
	 * @generated
	 */
	String getSha256();

	/**
	 * Sets the value of the '{@link io.github.chorus.content.model.Asset#getSha256 <em>Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sha256</em>' attribute.
	 * @see #getSha256()
	 * @generated
	 */
	void setSha256(String value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An asset has a mime type, and images have alt text.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean hasMimeTypeAndAltText(DiagnosticChain diagnostics, Map<Object, Object> context);

} // Asset
