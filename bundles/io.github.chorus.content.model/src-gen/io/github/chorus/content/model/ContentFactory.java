/**
 * SPDX-License-Identifier: EPL-2.0
 * Copyright (c) 2026 the Chorus authors
 */
package io.github.chorus.content.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see io.github.chorus.content.model.ContentPackage
 * @generated
 */
public interface ContentFactory extends EFactory
{
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ContentFactory eINSTANCE = io.github.chorus.content.model.impl.ContentFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Library</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Library</em>'.
	 * @generated
	 */
	ContentLibrary createContentLibrary();

	/**
	 * Returns a new object of class '<em>Pillar</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Pillar</em>'.
	 * @generated
	 */
	Pillar createPillar();

	/**
	 * Returns a new object of class '<em>Item</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Item</em>'.
	 * @generated
	 */
	ContentItem createContentItem();

	/**
	 * Returns a new object of class '<em>Variant</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Variant</em>'.
	 * @generated
	 */
	Variant createVariant();

	/**
	 * Returns a new object of class '<em>Thread Part</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Thread Part</em>'.
	 * @generated
	 */
	ThreadPart createThreadPart();

	/**
	 * Returns a new object of class '<em>Tracked Link</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Tracked Link</em>'.
	 * @generated
	 */
	TrackedLink createTrackedLink();

	/**
	 * Returns a new object of class '<em>Utm Preset</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Utm Preset</em>'.
	 * @generated
	 */
	UtmPreset createUtmPreset();

	/**
	 * Returns a new object of class '<em>Asset</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Asset</em>'.
	 * @generated
	 */
	Asset createAsset();

	/**
	 * Returns a new object of class '<em>Scheduled Publication</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Scheduled Publication</em>'.
	 * @generated
	 */
	ScheduledPublication createScheduledPublication();

	/**
	 * Returns a new object of class '<em>Approval</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Approval</em>'.
	 * @generated
	 */
	Approval createApproval();

	/**
	 * Returns a new object of class '<em>Publish Attempt</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Publish Attempt</em>'.
	 * @generated
	 */
	PublishAttempt createPublishAttempt();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	ContentPackage getContentPackage();

} //ContentFactory
