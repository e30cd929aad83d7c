/**
 * SPDX-License-Identifier: EPL-2.0
 * Copyright (c) 2026 the Chorus authors
 */
package io.github.chorus.plan.model;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Campaign Result</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A result of a campaign for one metric.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.github.chorus.plan.model.CampaignResult#getMetric <em>Metric</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.CampaignResult#getValue <em>Value</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.CampaignResult#getAsOf <em>As Of</em>}</li>
 * </ul>
 *
 * @see io.github.chorus.plan.model.PlanPackage#getCampaignResult()
 * @model
 * @generated
 */
public interface CampaignResult extends Identified
{
	/**
	 * Returns the value of the '<em><b>Metric</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Metric</em>' reference.
	 * @see #setMetric(MetricDefinition)
	 * @see io.github.chorus.plan.model.PlanPackage#getCampaignResult_Metric()
	 * @model required="true"
	 * @generated
	 */
	MetricDefinition getMetric();

	/**
	 * Sets the value of the '{@link io.github.chorus.plan.model.CampaignResult#getMetric <em>Metric</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Metric</em>' reference.
	 * @see #getMetric()
	 * @generated
	 */
	void setMetric(MetricDefinition value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(double)
	 * @see io.github.chorus.plan.model.PlanPackage#getCampaignResult_Value()
	 * @model
	 * @generated
	 */
	double getValue();

	/**
	 * Sets the value of the '{@link io.github.chorus.plan.model.CampaignResult#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(double value);

	/**
	 * Returns the value of the '<em><b>As Of</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>As Of</em>' attribute.
	 * @see #setAsOf(LocalDate)
	 * @see io.github.chorus.plan.model.PlanPackage#getCampaignResult_AsOf()
	 * @model dataType="io.github.chorus.plan.model.LocalDate"
	 * @generated
	 */
	LocalDate getAsOf();

	/**
	 * Sets the value of the '{@link io.github.chorus.plan.model.CampaignResult#getAsOf <em>As Of</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>As Of</em>' attribute.
	 * @see #getAsOf()
	 * @generated
	 */
	void setAsOf(LocalDate value);

} // CampaignResult
