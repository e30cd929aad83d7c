/**
 * SPDX-License-Identifier: EPL-2.0
 * Copyright (c) 2026 the Chorus authors
 */
package io.github.chorus.community.model;

import io.github.chorus.plan.model.Identified;
import io.github.chorus.plan.model.Member;

import java.time.Instant;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Message</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One message of a thread.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.github.chorus.community.model.Message#getDirection <em>Direction</em>}</li>
 *   <li>{@link io.github.chorus.community.model.Message#getAuthor <em>Author</em>}</li>
 *   <li>{@link io.github.chorus.community.model.Message#getSender <em>Sender</em>}</li>
 *   <li>{@link io.github.chorus.community.model.Message#getRemoteId <em>Remote Id</em>}</li>
 *   <li>{@link io.github.chorus.community.model.Message#getText <em>Text</em>}</li>
 *   <li>{@link io.github.chorus.community.model.Message#getSentAt <em>Sent At</em>}</li>
 *   <li>{@link io.github.chorus.community.model.Message#getSentiment <em>Sentiment</em>}</li>
 *   <li>{@link io.github.chorus.community.model.Message#isHidden <em>Hidden</em>}</li>
 * </ul>
 *
 * @see io.github.chorus.community.model.CommunityPackage#getMessage()
 * @model
 * @generated
 */
public interface Message extends Identified
{
	/**
	 * Returns the value of the '<em><b>Direction</b></em>' attribute.
	 * The literals are from the enumeration {@link io.github.chorus.community.model.MessageDirection}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Direction</em>' attribute.
	 * @see io.github.chorus.community.model.MessageDirection
	 * @see #setDirection(MessageDirection)
	 * @see io.github.chorus.community.model.CommunityPackage#getMessage_Direction()
	 * @model
	 * @generated
	 */
	MessageDirection getDirection();

	/**
	 * Sets the value of the '{@link io.github.chorus.community.model.Message#getDirection <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Direction</em>' attribute.
	 * @see io.github.chorus.community.model.MessageDirection
	 * @see #getDirection()
	 * @generated
	 */
	void setDirection(MessageDirection value);

	/**
	 * Returns the value of the '<em><b>Author</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Author of an inbound message.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Author</em>' reference.
	 * @see #setAuthor(Contact)
	 * @see io.github.chorus.community.model.CommunityPackage#getMessage_Author()
	 * @model
	 * @generated
	 */
	Contact getAuthor();

	/**
	 * Sets the value of the '{@link io.github.chorus.community.model.Message#getAuthor <em>Author</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Author</em>' reference.
	 * @see #getAuthor()
	 * @generated
	 */
	void setAuthor(Contact value);

	/**
	 * Returns the value of the '<em><b>Sender</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Team member who sent an outbound message.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sender</em>' reference.
	 * @see #setSender(Member)
	 * @see io.github.chorus.community.model.CommunityPackage#getMessage_Sender()
	 * @model
	 * @generated
	 */
	Member getSender();

	/**
	 * Sets the value of the '{@link io.github.chorus.community.model.Message#getSender <em>Sender</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sender</em>' reference.
	 * @see #getSender()
	 * @generated
	 */
	void setSender(Member value);

	/**
	 * Returns the value of the '<em><b>Remote Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Remote Id</em>' attribute.
	 * @see #setRemoteId(String)
	 * @see io.github.chorus.community.model.CommunityPackage#getMessage_RemoteId()
	 * @model
	 * @generated
	 */
	String getRemoteId();

	/**
	 * Sets the value of the '{@link io.github.chorus.community.model.Message#getRemoteId <em>Remote Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Remote Id</em>' attribute.
	 * @see #getRemoteId()
	 * @generated
	 */
	void setRemoteId(String value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see io.github.chorus.community.model.CommunityPackage#getMessage_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link io.github.chorus.community.model.Message#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Sent At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sent At</em>' attribute.
	 * @see #setSentAt(Instant)
	 * @see io.github.chorus.community.model.CommunityPackage#getMessage_SentAt()
	 * @model dataType="io.github.chorus.plan.model.Instant"
	 * @generated
	 */
	Instant getSentAt();

	/**
	 * Sets the value of the '{@link io.github.chorus.community.model.Message#getSentAt <em>Sent At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sent At</em>' attribute.
	 * @see #getSentAt()
	 * @generated
	 */
	void setSentAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Sentiment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * From -1 (negative) to 1 (positive).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sentiment</em>' attribute.
	 * @see #setSentiment(float)
	 * @see io.github.chorus.community.model.CommunityPackage#getMessage_Sentiment()
	 * @model
	 * @generated
	 */
	float getSentiment();

	/**
	 * Sets the value of the '{@link io.github.chorus.community.model.Message#getSentiment <em>Sentiment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sentiment</em>' attribute.
	 * @see #getSentiment()
	 * @generated
	 */
	void setSentiment(float value);

	/**
	 * Returns the value of the '<em><b>Hidden</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hidden</em>' attribute.
	 * @see #setHidden(boolean)
	 * @see io.github.chorus.community.model.CommunityPackage#getMessage_Hidden()
	 * @model
	 * @generated
	 */
	boolean isHidden();

	/**
	 * Sets the value of the '{@link io.github.chorus.community.model.Message#isHidden <em>Hidden</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hidden</em>' attribute.
	 * @see #isHidden()
	 * @generated
	 */
	void setHidden(boolean value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Sentiment lies in [-1, 1]; inbound messages have an author, outbound ones a sender.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean hasValidSentimentAndAuthor(DiagnosticChain diagnostics, Map<Object, Object> context);

} // Message
