/**
 * SPDX-License-Identifier: EPL-2.0
 * Copyright (c) 2026 the Chorus authors
 */
package io.github.chorus.content.model;

import io.github.chorus.plan.model.Named;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Pillar</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A content pillar: a recurring theme of the editorial line.
 * <!-- end-model-doc -->
 *
 *
 * @see io.github.chorus.content.model.ContentPackage#getPillar()
 * @model
 * @generated
 */
public interface Pillar extends Named
{
} // Pillar
