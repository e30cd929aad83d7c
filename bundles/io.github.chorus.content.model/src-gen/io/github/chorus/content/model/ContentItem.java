/**
 * SPDX-License-Identifier: EPL-2.0
 * Copyright (c) 2026 the Chorus authors
 */
package io.github.chorus.content.model;

import io.github.chorus.plan.model.Campaign;
import io.github.chorus.plan.model.Goal;
import io.github.chorus.plan.model.Member;
import io.github.chorus.plan.model.Named;
import io.github.chorus.plan.model.Persona;
import io.github.chorus.plan.model.Tag;

import java.time.Instant;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Item</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A piece of content, written once and adapted per channel by its variants.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.github.chorus.content.model.ContentItem#getIdea <em>Idea</em>}</li>
 *   <li>{@link io.github.chorus.content.model.ContentItem#getType <em>Type</em>}</li>
 *   <li>{@link io.github.chorus.content.model.ContentItem#getPillar <em>Pillar</em>}</li>
 *   <li>{@link io.github.chorus.content.model.ContentItem#getGoals <em>Goals</em>}</li>
 *   <li>{@link io.github.chorus.content.model.ContentItem#getPersonas <em>Personas</em>}</li>
 *   <li>{@link io.github.chorus.content.model.ContentItem#getCampaign <em>Campaign</em>}</li>
 *   <li>{@link io.github.chorus.content.model.ContentItem#getTags <em>Tags</em>}</li>
 *   <li>{@link io.github.chorus.content.model.ContentItem#getOwner <em>Owner</em>}</li>
 *   <li>{@link io.github.chorus.content.model.ContentItem#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link io.github.chorus.content.model.ContentItem#getVariants <em>Variants</em>}</li>
 * </ul>
 *
 * @see io.github.chorus.content.model.ContentPackage#getContentItem()
 * @model
 * @generated
 */
public interface ContentItem extends Named
{
	/**
	 * Returns the value of the '<em><b>Idea</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Idea</em>' attribute.
	 * @see #setIdea(String)
	 * @see io.github.chorus.content.model.ContentPackage#getContentItem_Idea()
	 * @model
	 * @generated
	 */
	String getIdea();

	/**
	 * Sets the value of the '{@link io.github.chorus.content.model.ContentItem#getIdea <em>Idea</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Idea</em>' attribute.
	 * @see #getIdea()
	 * @generated
	 */
	void setIdea(String value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The literals are from the enumeration {@link io.github.chorus.content.model.ContentType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see io.github.chorus.content.model.ContentType
	 * @see #setType(ContentType)
	 * @see io.github.chorus.content.model.ContentPackage#getContentItem_Type()
	 * @model
	 * @generated
	 */
	ContentType getType();

	/**
	 * Sets the value of the '{@link io.github.chorus.content.model.ContentItem#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see io.github.chorus.content.model.ContentType
	 * @see #getType()
	 * @generated
	 */
	void setType(ContentType value);

	/**
	 * Returns the value of the '<em><b>Pillar</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pillar</em>' reference.
	 * @see #setPillar(Pillar)
	 * @see io.github.chorus.content.model.ContentPackage#getContentItem_Pillar()
	 * @model
	 * @generated
	 */
	Pillar getPillar();

	/**
	 * Sets the value of the '{@link io.github.chorus.content.model.ContentItem#getPillar <em>Pillar</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pillar</em>' reference.
	 * @see #getPillar()
	 * @generated
	 */
	void setPillar(Pillar value);

	/**
	 * Returns the value of the '<em><b>Goals</b></em>' reference list.
	 * The list contents are of type {@link io.github.chorus.plan.model.Goal}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Goals the content serves.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Goals</em>' reference list.
	 * @see io.github.chorus.content.model.ContentPackage#getContentItem_Goals()
	 * @model
	 * @generated
	 */
	EList<Goal> getGoals();

	/**
	 * Returns the value of the '<em><b>Personas</b></em>' reference list.
	 * The list contents are of type {@link io.github.chorus.plan.model.Persona}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Audiences the content targets.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Personas</em>' reference list.
	 * @see io.github.chorus.content.model.ContentPackage#getContentItem_Personas()
	 * @model
	 * @generated
	 */
	EList<Persona> getPersonas();

	/**
	 * Returns the value of the '<em><b>Campaign</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Campaign</em>' reference.
	 * @see #setCampaign(Campaign)
	 * @see io.github.chorus.content.model.ContentPackage#getContentItem_Campaign()
	 * @model
	 * @generated
	 */
	Campaign getCampaign();

	/**
	 * Sets the value of the '{@link io.github.chorus.content.model.ContentItem#getCampaign <em>Campaign</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Campaign</em>' reference.
	 * @see #getCampaign()
	 * @generated
	 */
	void setCampaign(Campaign value);

	/**
	 * Returns the value of the '<em><b>Tags</b></em>' reference list.
	 * The list contents are of type {@link io.github.chorus.plan.model.Tag}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tags</em>' reference list.
	 * @see io.github.chorus.content.model.ContentPackage#getContentItem_Tags()
	 * @model
	 * @generated
	 */
	EList<Tag> getTags();

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Owner</em>' reference.
	 * @see #setOwner(Member)
	 * @see io.github.chorus.content.model.ContentPackage#getContentItem_Owner()
	 * @model
	 * @generated
	 */
	Member getOwner();

	/**
	 * Sets the value of the '{@link io.github.chorus.content.model.ContentItem#getOwner <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' reference.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(Member value);

	/**
	 * Returns the value of the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Created At</em>' attribute.
	 * @see #setCreatedAt(Instant)
	 * @see io.github.chorus.content.model.ContentPackage#getContentItem_CreatedAt()
	 * @model dataType="io.github.chorus.plan.model.Instant"
	 * @generated
	 */
	Instant getCreatedAt();

	/**
	 * Sets the value of the '{@link io.github.chorus.content.model.ContentItem#getCreatedAt <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created At</em>' attribute.
	 * @see #getCreatedAt()
	 * @generated
	 */
	void setCreatedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Variants</b></em>' containment reference list.
	 * The list contents are of type {@link io.github.chorus.content.model.Variant}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Variants</em>' containment reference list.
	 * @see io.github.chorus.content.model.ContentPackage#getContentItem_Variants()
	 * @model containment="true"
	 * @generated
	 */
	EList<Variant> getVariants();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A content item serves at least one goal of the plan.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean servesAGoal(DiagnosticChain diagnostics, Map<Object, Object> context);

} // ContentItem
