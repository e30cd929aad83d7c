/**
 * SPDX-License-Identifier: EPL-2.0
 * Copyright (c) 2026 the Chorus authors
 */
package io.github.chorus.content.model;

import io.github.chorus.plan.model.Identified;

import java.time.Instant;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Publish Attempt</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One attempt to publish.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.github.chorus.content.model.PublishAttempt#getStartedAt <em>Started At</em>}</li>
 *   <li>{@link io.github.chorus.content.model.PublishAttempt#getOutcome <em>Outcome</em>}</li>
 *   <li>{@link io.github.chorus.content.model.PublishAttempt#getRemoteId <em>Remote Id</em>}</li>
 *   <li>{@link io.github.chorus.content.model.PublishAttempt#getRemoteUrl <em>Remote Url</em>}</li>
 *   <li>{@link io.github.chorus.content.model.PublishAttempt#getMessage <em>Message</em>}</li>
 * </ul>
 *
 * @see io.github.chorus.content.model.ContentPackage#getPublishAttempt()
 * @model
 * @generated
 */
public interface PublishAttempt extends Identified
{
	/**
	 * Returns the value of the '<em><b>Started At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Started At</em>' attribute.
	 * @see #setStartedAt(Instant)
	 * @see io.github.chorus.content.model.ContentPackage#getPublishAttempt_StartedAt()
	 * @model dataType="io.github.chorus.plan.model.Instant"
	 * @generated
	 */
	Instant getStartedAt();

	/**
	 * Sets the value of the '{@link io.github.chorus.content.model.PublishAttempt#getStartedAt <em>Started At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Started At</em>' attribute.
	 * @see #getStartedAt()
	 * @generated
	 */
	void setStartedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Outcome</b></em>' attribute.
	 * The literals are from the enumeration {@link io.github.chorus.content.model.AttemptOutcome}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Outcome</em>' attribute.
	 * @see io.github.chorus.content.model.AttemptOutcome
	 * @see #setOutcome(AttemptOutcome)
	 * @see io.github.chorus.content.model.ContentPackage#getPublishAttempt_Outcome()
	 * @model
	 * @generated
	 */
	AttemptOutcome getOutcome();

	/**
	 * Sets the value of the '{@link io.github.chorus.content.model.PublishAttempt#getOutcome <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Outcome</em>' attribute.
	 * @see io.github.chorus.content.model.AttemptOutcome
	 * @see #getOutcome()
	 * @generated
	 */
	void setOutcome(AttemptOutcome value);

	/**
	 * Returns the value of the '<em><b>Remote Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Remote Id</em>' attribute.
	 * @see #setRemoteId(String)
	 * @see io.github.chorus.content.model.ContentPackage#getPublishAttempt_RemoteId()
	 * @model
	 * @generated
	 */
	String getRemoteId();

	/**
	 * Sets the value of the '{@link io.github.chorus.content.model.PublishAttempt#getRemoteId <em>Remote Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Remote Id</em>' attribute.
	 * @see #getRemoteId()
	 * @generated
	 */
	void setRemoteId(String value);

	/**
	 * Returns the value of the '<em><b>Remote Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Remote Url</em>' attribute.
	 * @see #setRemoteUrl(String)
	 * @see io.github.chorus.content.model.ContentPackage#getPublishAttempt_RemoteUrl()
	 * @model
	 * @generated
	 */
	String getRemoteUrl();

	/**
	 * Sets the value of the '{@link io.github.chorus.content.model.PublishAttempt#getRemoteUrl <em>Remote Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Remote Url</em>' attribute.
	 * @see #getRemoteUrl()
	 * @generated
	 */
	void setRemoteUrl(String value);

	/**
	 * Returns the value of the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Message</em>' attribute.
	 * @see #setMessage(String)
	 * @see io.github.chorus.content.model.ContentPackage#getPublishAttempt_Message()
	 * @model
	 * @generated
	 */
	String getMessage();

	/**
	 * Sets the value of the '{@link io.github.chorus.content.model.PublishAttempt#getMessage <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Message</em>' attribute.
	 * @see #getMessage()
	 * @generated
	 */
	void setMessage(String value);

} // PublishAttempt
