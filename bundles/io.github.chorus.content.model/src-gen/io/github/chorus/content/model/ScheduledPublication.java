/**
 * SPDX-License-Identifier: EPL-2.0
 * Copyright (c) 2026 the Chorus authors
 */
package io.github.chorus.content.model;

import io.github.chorus.plan.model.Identified;

import java.time.Instant;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Scheduled Publication</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A planned publication of a variant at an instant.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.github.chorus.content.model.ScheduledPublication#getScheduledAt <em>Scheduled At</em>}</li>
 *   <li>{@link io.github.chorus.content.model.ScheduledPublication#getTimeZone <em>Time Zone</em>}</li>
 *   <li>{@link io.github.chorus.content.model.ScheduledPublication#getState <em>State</em>}</li>
 *   <li>{@link io.github.chorus.content.model.ScheduledPublication#getApprovals <em>Approvals</em>}</li>
 *   <li>{@link io.github.chorus.content.model.ScheduledPublication#getAttempts <em>Attempts</em>}</li>
 *   <li>{@link io.github.chorus.content.model.ScheduledPublication#getRemoteId <em>Remote Id</em>}</li>
 *   <li>{@link io.github.chorus.content.model.ScheduledPublication#getRemoteUrl <em>Remote Url</em>}</li>
 *   <li>{@link io.github.chorus.content.model.ScheduledPublication#getPublishedAt <em>Published At</em>}</li>
 * </ul>
 *
 * @see io.github.chorus.content.model.ContentPackage#getScheduledPublication()
 * @model
 * @generated
 */
public interface ScheduledPublication extends Identified
{
	/**
	 * Returns the value of the '<em><b>Scheduled At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * UTC instant.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scheduled At</em>' attribute.
	 * @see #setScheduledAt(Instant)
	 * @see io.github.chorus.content.model.ContentPackage#getScheduledPublication_ScheduledAt()
	 * @model dataType="io.github.chorus.plan.model.Instant"
	 * @generated
	 */
	Instant getScheduledAt();

	/**
	 * Sets the value of the '{@link io.github.chorus.content.model.ScheduledPublication#getScheduledAt <em>Scheduled At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scheduled At</em>' attribute.
	 * @see #getScheduledAt()
	 * @generated
	 */
	void setScheduledAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Time Zone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * IANA time zone the time was planned in.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Time Zone</em>' attribute.
	 * @see #setTimeZone(String)
	 * @see io.github.chorus.content.model.ContentPackage#getScheduledPublication_TimeZone()
	 * @model
	 * @generated
	 */
	String getTimeZone();

	/**
	 * Sets the value of the '{@link io.github.chorus.content.model.ScheduledPublication#getTimeZone <em>Time Zone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Time Zone</em>' attribute.
	 * @see #getTimeZone()
	 * @generated
	 */
	void setTimeZone(String value);

	/**
	 * Returns the value of the '<em><b>State</b></em>' attribute.
	 * The literals are from the enumeration {@link io.github.chorus.content.model.PublicationState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>State</em>' attribute.
	 * @see io.github.chorus.content.model.PublicationState
	 * @see #setState(PublicationState)
	 * @see io.github.chorus.content.model.ContentPackage#getScheduledPublication_State()
	 * @model
	 * @generated
	 */
	PublicationState getState();

	/**
	 * Sets the value of the '{@link io.github.chorus.content.model.ScheduledPublication#getState <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State</em>' attribute.
	 * @see io.github.chorus.content.model.PublicationState
	 * @see #getState()
	 * @generated
	 */
	void setState(PublicationState value);

	/**
	 * Returns the value of the '<em><b>Approvals</b></em>' containment reference list.
	 * The list contents are of type {@link io.github.chorus.content.model.Approval}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Approvals</em>' containment reference list.
	 * @see io.github.chorus.content.model.ContentPackage#getScheduledPublication_Approvals()
	 * @model containment="true"
	 * @generated
	 */
	EList<Approval> getApprovals();

	/**
	 * Returns the value of the '<em><b>Attempts</b></em>' containment reference list.
	 * The list contents are of type {@link io.github.chorus.content.model.PublishAttempt}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Attempts</em>' containment reference list.
	 * @see io.github.chorus.content.model.ContentPackage#getScheduledPublication_Attempts()
	 * @model containment="true"
	 * @generated
	 */
	EList<PublishAttempt> getAttempts();

	/**
	 * Returns the value of the '<em><b>Remote Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Remote Id</em>' attribute.
	 * @see #setRemoteId(String)
	 * @see io.github.chorus.content.model.ContentPackage#getScheduledPublication_RemoteId()
	 * @model
	 * @generated
	 */
	String getRemoteId();

	/**
	 * Sets the value of the '{@link io.github.chorus.content.model.ScheduledPublication#getRemoteId <em>Remote Id</em>}' attribute.
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
	 * @see io.github.chorus.content.model.ContentPackage#getScheduledPublication_RemoteUrl()
	 * @model
	 * @generated
	 */
	String getRemoteUrl();

	/**
	 * Sets the value of the '{@link io.github.chorus.content.model.ScheduledPublication#getRemoteUrl <em>Remote Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Remote Url</em>' attribute.
	 * @see #getRemoteUrl()
	 * @generated
	 */
	void setRemoteUrl(String value);

	/**
	 * Returns the value of the '<em><b>Published At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Published At</em>' attribute.
	 * @see #setPublishedAt(Instant)
	 * @see io.github.chorus.content.model.ContentPackage#getScheduledPublication_PublishedAt()
	 * @model dataType="io.github.chorus.plan.model.Instant"
	 * @generated
	 */
	Instant getPublishedAt();

	/**
	 * Sets the value of the '{@link io.github.chorus.content.model.ScheduledPublication#getPublishedAt <em>Published At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Published At</em>' attribute.
	 * @see #getPublishedAt()
	 * @generated
	 */
	void setPublishedAt(Instant value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A publication names a valid IANA time zone.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean hasTimeZone(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A scheduled, publishing or published publication has a time.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean hasScheduleWhenScheduled(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the plan requires approval, a scheduled, publishing or published publication has an approval of the current variant revision.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean isApprovedWhenScheduled(DiagnosticChain diagnostics, Map<Object, Object> context);

} // ScheduledPublication
