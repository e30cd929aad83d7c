/**
 * SPDX-License-Identifier: EPL-2.0
 * Copyright (c) 2026 the Chorus authors
 */
package io.github.chorus.plan.model;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Kpi Definition</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A KPI formula over metrics, for example engagements / reach * 100. Computed by the workbench, never by channel plugins.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.github.chorus.plan.model.KpiDefinition#getKey <em>Key</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.KpiDefinition#getFormula <em>Formula</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.KpiDefinition#getUnit <em>Unit</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.KpiDefinition#getDirection <em>Direction</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.KpiDefinition#isBuiltIn <em>Built In</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.KpiDefinition#getInputs <em>Inputs</em>}</li>
 * </ul>
 *
 * @see io.github.chorus.plan.model.PlanPackage#getKpiDefinition()
 * @model
 * @generated
 */
public interface KpiDefinition extends Named
{
	/**
	 * Returns the value of the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Short unique key, for example err.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Key</em>' attribute.
	 * @see #setKey(String)
	 * @see io.github.chorus.plan.model.PlanPackage#getKpiDefinition_Key()
	 * @model
	 * @generated
	 */
	String getKey();

	/**
	 * Sets the value of the '{@link io.github.chorus.plan.model.KpiDefinition#getKey <em>Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Key</em>' attribute.
	 * @see #getKey()
	 * @generated
	 */
	void setKey(String value);

	/**
	 * Returns the value of the '<em><b>Formula</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Expression over metric keys with + - * / and parentheses.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Formula</em>' attribute.
	 * @see #setFormula(String)
	 * @see io.github.chorus.plan.model.PlanPackage#getKpiDefinition_Formula()
	 * @model
	 * @generated
	 */
	String getFormula();

	/**
	 * Sets the value of the '{@link io.github.chorus.plan.model.KpiDefinition#getFormula <em>Formula</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Formula</em>' attribute.
	 * @see #getFormula()
	 * @generated
	 */
	void setFormula(String value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' attribute.
	 * The literals are from the enumeration {@link io.github.chorus.plan.model.KpiUnit}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unit</em>' attribute.
	 * @see io.github.chorus.plan.model.KpiUnit
	 * @see #setUnit(KpiUnit)
	 * @see io.github.chorus.plan.model.PlanPackage#getKpiDefinition_Unit()
	 * @model
	 * @generated
	 */
	KpiUnit getUnit();

	/**
	 * Sets the value of the '{@link io.github.chorus.plan.model.KpiDefinition#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see io.github.chorus.plan.model.KpiUnit
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(KpiUnit value);

	/**
	 * Returns the value of the '<em><b>Direction</b></em>' attribute.
	 * The literals are from the enumeration {@link io.github.chorus.plan.model.KpiDirection}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Direction</em>' attribute.
	 * @see io.github.chorus.plan.model.KpiDirection
	 * @see #setDirection(KpiDirection)
	 * @see io.github.chorus.plan.model.PlanPackage#getKpiDefinition_Direction()
	 * @model
	 * @generated
	 */
	KpiDirection getDirection();

	/**
	 * Sets the value of the '{@link io.github.chorus.plan.model.KpiDefinition#getDirection <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Direction</em>' attribute.
	 * @see io.github.chorus.plan.model.KpiDirection
	 * @see #getDirection()
	 * @generated
	 */
	void setDirection(KpiDirection value);

	/**
	 * Returns the value of the '<em><b>Built In</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Shipped with Chorus (may still be edited).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Built In</em>' attribute.
	 * @see #setBuiltIn(boolean)
	 * @see io.github.chorus.plan.model.PlanPackage#getKpiDefinition_BuiltIn()
	 * @model
	 * @generated
	 */
	boolean isBuiltIn();

	/**
	 * Sets the value of the '{@link io.github.chorus.plan.model.KpiDefinition#isBuiltIn <em>Built In</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Built In</em>' attribute.
	 * @see #isBuiltIn()
	 * @generated
	 */
	void setBuiltIn(boolean value);

	/**
	 * Returns the value of the '<em><b>Inputs</b></em>' reference list.
	 * The list contents are of type {@link io.github.chorus.plan.model.MetricDefinition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Metrics the formula reads.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Inputs</em>' reference list.
	 * @see io.github.chorus.plan.model.PlanPackage#getKpiDefinition_Inputs()
	 * @model
	 * @generated
	 */
	EList<MetricDefinition> getInputs();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The formula is not empty and only names known metric keys.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean hasValidFormula(DiagnosticChain diagnostics, Map<Object, Object> context);

} // KpiDefinition
