/**
 * SPDX-License-Identifier: EPL-2.0
 * Copyright (c) 2026 the Chorus authors
 */
package io.github.chorus.analytics.model;

import io.github.chorus.plan.model.Identified;

import java.time.Instant;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Import Record</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Where observations came from.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.github.chorus.analytics.model.ImportRecord#getKind <em>Kind</em>}</li>
 *   <li>{@link io.github.chorus.analytics.model.ImportRecord#getOrigin <em>Origin</em>}</li>
 *   <li>{@link io.github.chorus.analytics.model.ImportRecord#getImportedAt <em>Imported At</em>}</li>
 *   <li>{@link io.github.chorus.analytics.model.ImportRecord#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @see io.github.chorus.analytics.model.AnalyticsPackage#getImportRecord()
 * @model
 * @generated
 */
public interface ImportRecord extends Identified
{
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link io.github.chorus.analytics.model.SourceKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see io.github.chorus.analytics.model.SourceKind
	 * @see #setKind(SourceKind)
	 * @see io.github.chorus.analytics.model.AnalyticsPackage#getImportRecord_Kind()
	 * @model
	 * @generated
	 */
	SourceKind getKind();

	/**
	 * Sets the value of the '{@link io.github.chorus.analytics.model.ImportRecord#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see io.github.chorus.analytics.model.SourceKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(SourceKind value);

	/**
	 * Returns the value of the '<em><b>Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * File name, or id of the channel plugin.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Origin</em>' attribute.
	 * @see #setOrigin(String)
	 * @see io.github.chorus.analytics.model.AnalyticsPackage#getImportRecord_Origin()
	 * @model
	 * @generated
	 */
	String getOrigin();

	/**
	 * Sets the value of the '{@link io.github.chorus.analytics.model.ImportRecord#getOrigin <em>Origin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Origin</em>' attribute.
	 * @see #getOrigin()
	 * @generated
	 */
	void setOrigin(String value);

	/**
	 * Returns the value of the '<em><b>Imported At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Imported At</em>' attribute.
	 * @see #setImportedAt(Instant)
	 * @see io.github.chorus.analytics.model.AnalyticsPackage#getImportRecord_ImportedAt()
	 * @model dataType="io.github.chorus.plan.model.Instant"
	 * @generated
	 */
	Instant getImportedAt();

	/**
	 * Sets the value of the '{@link io.github.chorus.analytics.model.ImportRecord#getImportedAt <em>Imported At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Imported At</em>' attribute.
	 * @see #getImportedAt()
	 * @generated
	 */
	void setImportedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see io.github.chorus.analytics.model.AnalyticsPackage#getImportRecord_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link io.github.chorus.analytics.model.ImportRecord#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

} // ImportRecord
