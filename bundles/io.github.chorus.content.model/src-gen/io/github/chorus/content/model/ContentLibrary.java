/**
 * SPDX-License-Identifier: EPL-2.0
 * Copyright (c) 2026 the Chorus authors
 */
package io.github.chorus.content.model;

import io.github.chorus.plan.model.Named;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Library</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root of the content resource.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.github.chorus.content.model.ContentLibrary#getPillars <em>Pillars</em>}</li>
 *   <li>{@link io.github.chorus.content.model.ContentLibrary#getItems <em>Items</em>}</li>
 *   <li>{@link io.github.chorus.content.model.ContentLibrary#getAssets <em>Assets</em>}</li>
 *   <li>{@link io.github.chorus.content.model.ContentLibrary#getUtmPresets <em>Utm Presets</em>}</li>
 * </ul>
 *
 * @see io.github.chorus.content.model.ContentPackage#getContentLibrary()
 * @model
 * @generated
 */
public interface ContentLibrary extends Named
{
	/**
	 * Returns the value of the '<em><b>Pillars</b></em>' containment reference list.
	 * The list contents are of type {@link io.github.chorus.content.model.Pillar}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pillars</em>' containment reference list.
	 * @see io.github.chorus.content.model.ContentPackage#getContentLibrary_Pillars()
	 * @model containment="true"
	 * @generated
	 */
	EList<Pillar> getPillars();

	/**
	 * Returns the value of the '<em><b>Items</b></em>' containment reference list.
	 * The list contents are of type {@link io.github.chorus.content.model.ContentItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Items</em>' containment reference list.
	 * @see io.github.chorus.content.model.ContentPackage#getContentLibrary_Items()
	 * @model containment="true"
	 * @generated
	 */
	EList<ContentItem> getItems();

	/**
	 * Returns the value of the '<em><b>Assets</b></em>' containment reference list.
	 * The list contents are of type {@link io.github.chorus.content.model.Asset}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Assets</em>' containment reference list.
	 * @see io.github.chorus.content.model.ContentPackage#getContentLibrary_Assets()
	 * @model containment="true"
	 * @generated
	 */
	EList<Asset> getAssets();

	/**
	 * Returns the value of the '<em><b>Utm Presets</b></em>' containment reference list.
	 * The list contents are of type {@link io.github.chorus.content.model.UtmPreset}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Utm Presets</em>' containment reference list.
	 * @see io.github.chorus.content.model.ContentPackage#getContentLibrary_UtmPresets()
	 * @model containment="true"
	 * @generated
	 */
	EList<UtmPreset> getUtmPresets();

} // ContentLibrary
