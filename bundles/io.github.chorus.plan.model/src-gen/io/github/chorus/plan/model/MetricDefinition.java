/**
 * SPDX-License-Identifier: EPL-2.0
 * Copyright (c) 2026 the Chorus authors
 */
package io.github.chorus.plan.model;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Metric Definition</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A kind of measurement stored as observations (followers, reach, clicks, spend...).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.github.chorus.plan.model.MetricDefinition#getKey <em>Key</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.MetricDefinition#getUnit <em>Unit</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.MetricDefinition#getAggregation <em>Aggregation</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.MetricDefinition#getDefinitionNote <em>Definition Note</em>}</li>
 * </ul>
 *
 * @see io.github.chorus.plan.model.PlanPackage#getMetricDefinition()
 * @model
 * @generated
 */
public interface MetricDefinition extends Named
{
	/**
	 * Returns the value of the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Short unique key used in KPI formulas, for example impressions.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Key</em>' attribute.
	 * @see #setKey(String)
	 * @see io.github.chorus.plan.model.PlanPackage#getMetricDefinition_Key()
	 * @model
	 * @generated
	 */
	String getKey();

	/**
	 * Sets the value of the '{@link io.github.chorus.plan.model.MetricDefinition#getKey <em>Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Key</em>' attribute.
	 * @see #getKey()
	 * @generated
	 */
	void setKey(String value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' attribute.
	 * The literals are from the enumeration {@link io.github.chorus.plan.model.KpiUnit}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unit</em>' attribute.
	 * @see io.github.chorus.plan.model.KpiUnit
	 * @see #setUnit(KpiUnit)
	 * @see io.github.chorus.plan.model.PlanPackage#getMetricDefinition_Unit()
	 * @model
	 * @generated
	 */
	KpiUnit getUnit();

	/**
	 * Sets the value of the '{@link io.github.chorus.plan.model.MetricDefinition#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see io.github.chorus.plan.model.KpiUnit
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(KpiUnit value);

	/**
	 * Returns the value of the '<em><b>Aggregation</b></em>' attribute.
	 * The literals are from the enumeration {@link io.github.chorus.plan.model.Aggregation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Aggregation</em>' attribute.
	 * @see io.github.chorus.plan.model.Aggregation
	 * @see #setAggregation(Aggregation)
	 * @see io.github.chorus.plan.model.PlanPackage#getMetricDefinition_Aggregation()
	 * @model
	 * @generated
	 */
	Aggregation getAggregation();

	/**
	 * Sets the value of the '{@link io.github.chorus.plan.model.MetricDefinition#getAggregation <em>Aggregation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Aggregation</em>' attribute.
	 * @see io.github.chorus.plan.model.Aggregation
	 * @see #getAggregation()
	 * @generated
	 */
	void setAggregation(Aggregation value);

	/**
	 * Returns the value of the '<em><b>Definition Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the networks count under this name (for example which actions are engagements).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Definition Note</em>' attribute.
	 * @see #setDefinitionNote(String)
	 * @see io.github.chorus.plan.model.PlanPackage#getMetricDefinition_DefinitionNote()
	 * @model
	 * @generated
	 */
	String getDefinitionNote();

	/**
	 * Sets the value of the '{@link io.github.chorus.plan.model.MetricDefinition#getDefinitionNote <em>Definition Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Definition Note</em>' attribute.
	 * @see #getDefinitionNote()
	 * @generated
	 */
	void setDefinitionNote(String value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A metric definition has a key that no other definition of the plan uses.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean hasUniqueKey(DiagnosticChain diagnostics, Map<Object, Object> context);

} // MetricDefinition
