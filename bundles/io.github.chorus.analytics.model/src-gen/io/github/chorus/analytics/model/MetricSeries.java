/**
 * SPDX-License-Identifier: EPL-2.0
 * Copyright (c) 2026 the Chorus authors
 */
package io.github.chorus.analytics.model;

import io.github.chorus.content.model.ScheduledPublication;

import io.github.chorus.plan.model.ChannelPresence;
import io.github.chorus.plan.model.Identified;
import io.github.chorus.plan.model.MetricDefinition;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Metric Series</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The observations of one metric for one channel account or one post.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.github.chorus.analytics.model.MetricSeries#getChannel <em>Channel</em>}</li>
 *   <li>{@link io.github.chorus.analytics.model.MetricSeries#getSubject <em>Subject</em>}</li>
 *   <li>{@link io.github.chorus.analytics.model.MetricSeries#getMetric <em>Metric</em>}</li>
 *   <li>{@link io.github.chorus.analytics.model.MetricSeries#getSource <em>Source</em>}</li>
 *   <li>{@link io.github.chorus.analytics.model.MetricSeries#getObservations <em>Observations</em>}</li>
 * </ul>
 *
 * @see io.github.chorus.analytics.model.AnalyticsPackage#getMetricSeries()
 * @model
 * @generated
 */
public interface MetricSeries extends Identified
{
	/**
	 * Returns the value of the '<em><b>Channel</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Channel</em>' reference.
	 * @see #setChannel(ChannelPresence)
	 * @see io.github.chorus.analytics.model.AnalyticsPackage#getMetricSeries_Channel()
	 * @model required="true"
	 * @generated
	 */
	ChannelPresence getChannel();

	/**
	 * Sets the value of the '{@link io.github.chorus.analytics.model.MetricSeries#getChannel <em>Channel</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Channel</em>' reference.
	 * @see #getChannel()
	 * @generated
	 */
	void setChannel(ChannelPresence value);

	/**
	 * Returns the value of the '<em><b>Subject</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The post observed; none means the account.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Subject</em>' reference.
	 * @see #setSubject(ScheduledPublication)
	 * @see io.github.chorus.analytics.model.AnalyticsPackage#getMetricSeries_Subject()
	 * @model
	 * @generated
	 */
	ScheduledPublication getSubject();

	/**
	 * Sets the value of the '{@link io.github.chorus.analytics.model.MetricSeries#getSubject <em>Subject</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subject</em>' reference.
	 * @see #getSubject()
	 * @generated
	 */
	void setSubject(ScheduledPublication value);

	/**
	 * Returns the value of the '<em><b>Metric</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Metric</em>' reference.
	 * @see #setMetric(MetricDefinition)
	 * @see io.github.chorus.analytics.model.AnalyticsPackage#getMetricSeries_Metric()
	 * @model required="true"
	 * @generated
	 */
	MetricDefinition getMetric();

	/**
	 * Sets the value of the '{@link io.github.chorus.analytics.model.MetricSeries#getMetric <em>Metric</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Metric</em>' reference.
	 * @see #getMetric()
	 * @generated
	 */
	void setMetric(MetricDefinition value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' reference.
	 * @see #setSource(ImportRecord)
	 * @see io.github.chorus.analytics.model.AnalyticsPackage#getMetricSeries_Source()
	 * @model
	 * @generated
	 */
	ImportRecord getSource();

	/**
	 * Sets the value of the '{@link io.github.chorus.analytics.model.MetricSeries#getSource <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(ImportRecord value);

	/**
	 * Returns the value of the '<em><b>Observations</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Observations</em>' attribute.
	 * @see #setObservations(ObservationBlock)
	 * @see io.github.chorus.analytics.model.AnalyticsPackage#getMetricSeries_Observations()
	 * @model dataType="io.github.chorus.analytics.model.Observations"
	 * @generated
	 */
	ObservationBlock getObservations();

	/**
	 * Sets the value of the '{@link io.github.chorus.analytics.model.MetricSeries#getObservations <em>Observations</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Observations</em>' attribute.
	 * @see #getObservations()
	 * @generated
	 */
	void setObservations(ObservationBlock value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A series has observations, and a post series observes a post of its own channel.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean isConsistent(DiagnosticChain diagnostics, Map<Object, Object> context);

} // MetricSeries
