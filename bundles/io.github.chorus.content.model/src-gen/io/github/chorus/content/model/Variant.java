/**
 * SPDX-License-Identifier: EPL-2.0
 * Copyright (c) 2026 the Chorus authors
 */
package io.github.chorus.content.model;

import io.github.chorus.plan.model.ChannelPresence;
import io.github.chorus.plan.model.Identified;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Variant</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The adaptation of a content item for one channel.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.github.chorus.content.model.Variant#getChannel <em>Channel</em>}</li>
 *   <li>{@link io.github.chorus.content.model.Variant#getText <em>Text</em>}</li>
 *   <li>{@link io.github.chorus.content.model.Variant#getMedia <em>Media</em>}</li>
 *   <li>{@link io.github.chorus.content.model.Variant#getLinks <em>Links</em>}</li>
 *   <li>{@link io.github.chorus.content.model.Variant#getFirstComment <em>First Comment</em>}</li>
 *   <li>{@link io.github.chorus.content.model.Variant#getThreadParts <em>Thread Parts</em>}</li>
 *   <li>{@link io.github.chorus.content.model.Variant#getRevision <em>Revision</em>}</li>
 *   <li>{@link io.github.chorus.content.model.Variant#getPublications <em>Publications</em>}</li>
 * </ul>
 *
 * @see io.github.chorus.content.model.ContentPackage#getVariant()
 * @model
 * @generated
 */
public interface Variant extends Identified
{
	/**
	 * Returns the value of the '<em><b>Channel</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Channel</em>' reference.
	 * @see #setChannel(ChannelPresence)
	 * @see io.github.chorus.content.model.ContentPackage#getVariant_Channel()
	 * @model required="true"
	 * @generated
	 */
	ChannelPresence getChannel();

	/**
	 * Sets the value of the '{@link io.github.chorus.content.model.Variant#getChannel <em>Channel</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Channel</em>' reference.
	 * @see #getChannel()
	 * @generated
	 */
	void setChannel(ChannelPresence value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see io.github.chorus.content.model.ContentPackage#getVariant_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link io.github.chorus.content.model.Variant#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Media</b></em>' reference list.
	 * The list contents are of type {@link io.github.chorus.content.model.Asset}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Media</em>' reference list.
	 * @see io.github.chorus.content.model.ContentPackage#getVariant_Media()
	 * @model
	 * @generated
	 */
	EList<Asset> getMedia();

	/**
	 * Returns the value of the '<em><b>Links</b></em>' containment reference list.
	 * The list contents are of type {@link io.github.chorus.content.model.TrackedLink}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Links</em>' containment reference list.
	 * @see io.github.chorus.content.model.ContentPackage#getVariant_Links()
	 * @model containment="true"
	 * @generated
	 */
	EList<TrackedLink> getLinks();

	/**
	 * Returns the value of the '<em><b>First Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>First Comment</em>' attribute.
	 * @see #setFirstComment(String)
	 * @see io.github.chorus.content.model.ContentPackage#getVariant_FirstComment()
	 * @model
	 * @generated
	 */
	String getFirstComment();

	/**
	 * Sets the value of the '{@link io.github.chorus.content.model.Variant#getFirstComment <em>First Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>First Comment</em>' attribute.
	 * @see #getFirstComment()
	 * @generated
	 */
	void setFirstComment(String value);

	/**
	 * Returns the value of the '<em><b>Thread Parts</b></em>' containment reference list.
	 * The list contents are of type {@link io.github.chorus.content.model.ThreadPart}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Follow-up parts when the variant is published as a thread.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Thread Parts</em>' containment reference list.
	 * @see io.github.chorus.content.model.ContentPackage#getVariant_ThreadParts()
	 * @model containment="true"
	 * @generated
	 */
	EList<ThreadPart> getThreadParts();

	/**
	 * Returns the value of the '<em><b>Revision</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Incremented on every edit; approvals name the revision they approved.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Revision</em>' attribute.
	 * @see #setRevision(int)
	 * @see io.github.chorus.content.model.ContentPackage#getVariant_Revision()
	 * @model default="1"
	 * @generated
	 */
	int getRevision();

	/**
	 * Sets the value of the '{@link io.github.chorus.content.model.Variant#getRevision <em>Revision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Revision</em>' attribute.
	 * @see #getRevision()
	 * @generated
	 */
	void setRevision(int value);

	/**
	 * Returns the value of the '<em><b>Publications</b></em>' containment reference list.
	 * The list contents are of type {@link io.github.chorus.content.model.ScheduledPublication}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Publications</em>' containment reference list.
	 * @see io.github.chorus.content.model.ContentPackage#getVariant_Publications()
	 * @model containment="true"
	 * @generated
	 */
	EList<ScheduledPublication> getPublications();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A variant has text or at least one media asset.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean hasTextOrMedia(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A variant satisfies the rules of its channel type (contributed through IConstraintContributor).
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean satisfiesChannelRules(DiagnosticChain diagnostics, Map<Object, Object> context);

} // Variant
