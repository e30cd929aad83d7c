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
 * A representation of the model object '<em><b>Kpi</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A KPI of a goal: a KPI definition, optionally restricted to one channel, with numeric targets.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.github.chorus.plan.model.Kpi#getDefinition <em>Definition</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.Kpi#getChannel <em>Channel</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.Kpi#getBaseline <em>Baseline</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.Kpi#getTargets <em>Targets</em>}</li>
 * </ul>
 *
 * @see io.github.chorus.plan.model.PlanPackage#getKpi()
 * @model
 * @generated
 */
public interface Kpi extends Identified
{
	/**
	 * Returns the value of the '<em><b>Definition</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Definition</em>' reference.
	 * @see #setDefinition(KpiDefinition)
	 * @see io.github.chorus.plan.model.PlanPackage#getKpi_Definition()
	 * @model required="true"
	 * @generated
	 */
	KpiDefinition getDefinition();

	/**
	 * Sets the value of the '{@link io.github.chorus.plan.model.Kpi#getDefinition <em>Definition</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Definition</em>' reference.
	 * @see #getDefinition()
	 * @generated
	 */
	void setDefinition(KpiDefinition value);

	/**
	 * Returns the value of the '<em><b>Channel</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Restrict to this channel; none means all channels.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Channel</em>' reference.
	 * @see #setChannel(ChannelPresence)
	 * @see io.github.chorus.plan.model.PlanPackage#getKpi_Channel()
	 * @model
	 * @generated
	 */
	ChannelPresence getChannel();

	/**
	 * Sets the value of the '{@link io.github.chorus.plan.model.Kpi#getChannel <em>Channel</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Channel</em>' reference.
	 * @see #getChannel()
	 * @generated
	 */
	void setChannel(ChannelPresence value);

	/**
	 * Returns the value of the '<em><b>Baseline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Value at the start of the plan, if known.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Baseline</em>' attribute.
	 * @see #setBaseline(double)
	 * @see io.github.chorus.plan.model.PlanPackage#getKpi_Baseline()
	 * @model
	 * @generated
	 */
	double getBaseline();

	/**
	 * Sets the value of the '{@link io.github.chorus.plan.model.Kpi#getBaseline <em>Baseline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Baseline</em>' attribute.
	 * @see #getBaseline()
	 * @generated
	 */
	void setBaseline(double value);

	/**
	 * Returns the value of the '<em><b>Targets</b></em>' containment reference list.
	 * The list contents are of type {@link io.github.chorus.plan.model.Target}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Targets</em>' containment reference list.
	 * @see io.github.chorus.plan.model.PlanPackage#getKpi_Targets()
	 * @model containment="true"
	 * @generated
	 */
	EList<Target> getTargets();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A KPI has at least one target.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean hasTarget(DiagnosticChain diagnostics, Map<Object, Object> context);

} // Kpi
