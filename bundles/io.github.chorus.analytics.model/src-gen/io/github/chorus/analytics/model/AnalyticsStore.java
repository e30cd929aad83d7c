/**
 * SPDX-License-Identifier: EPL-2.0
 * Copyright (c) 2026 the Chorus authors
 */
package io.github.chorus.analytics.model;

import io.github.chorus.plan.model.Named;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Store</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root of the analytics resource.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.github.chorus.analytics.model.AnalyticsStore#getImports <em>Imports</em>}</li>
 *   <li>{@link io.github.chorus.analytics.model.AnalyticsStore#getSeries <em>Series</em>}</li>
 * </ul>
 *
 * @see io.github.chorus.analytics.model.AnalyticsPackage#getAnalyticsStore()
 * @model
 * @generated
 */
public interface AnalyticsStore extends Named
{
	/**
	 * Returns the value of the '<em><b>Imports</b></em>' containment reference list.
	 * The list contents are of type {@link io.github.chorus.analytics.model.ImportRecord}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Imports</em>' containment reference list.
	 * @see io.github.chorus.analytics.model.AnalyticsPackage#getAnalyticsStore_Imports()
	 * @model containment="true"
	 * @generated
	 */
	EList<ImportRecord> getImports();

	/**
	 * Returns the value of the '<em><b>Series</b></em>' containment reference list.
	 * The list contents are of type {@link io.github.chorus.analytics.model.MetricSeries}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Series</em>' containment reference list.
	 * @see io.github.chorus.analytics.model.AnalyticsPackage#getAnalyticsStore_Series()
	 * @model containment="true"
	 * @generated
	 */
	EList<MetricSeries> getSeries();

} // AnalyticsStore
