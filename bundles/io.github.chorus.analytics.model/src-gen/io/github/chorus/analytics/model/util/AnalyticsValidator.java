/**
 * SPDX-License-Identifier: EPL-2.0
 * Copyright (c) 2026 the Chorus authors
 */
package io.github.chorus.analytics.model.util;

import io.github.chorus.analytics.model.*;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.EObjectValidator;

/**
 * <!-- begin-user-doc -->
 * The <b>Validator</b> for the model.
 * <!-- end-user-doc -->
 * @see io.github.chorus.analytics.model.AnalyticsPackage
 * @generated
 */
public class AnalyticsValidator extends EObjectValidator
{
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final AnalyticsValidator INSTANCE = new AnalyticsValidator();

	/**
	 * A constant for the {@link org.eclipse.emf.common.util.Diagnostic#getSource() source} of diagnostic {@link org.eclipse.emf.common.util.Diagnostic#getCode() codes} from this package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.common.util.Diagnostic#getSource()
	 * @see org.eclipse.emf.common.util.Diagnostic#getCode()
	 * @generated
	 */
	public static final String DIAGNOSTIC_SOURCE = "io.github.chorus.analytics.model"; //$NON-NLS-1$

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Is Consistent' of 'Metric Series'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int METRIC_SERIES__IS_CONSISTENT = 1;

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final int GENERATED_DIAGNOSTIC_CODE_COUNT = 1;

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants in a derived class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final int DIAGNOSTIC_CODE_COUNT = GENERATED_DIAGNOSTIC_CODE_COUNT;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AnalyticsValidator()
	{
		super();
	}

	/**
	 * Returns the package of this validator switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EPackage getEPackage()
	{
	  return AnalyticsPackage.eINSTANCE;
	}

	/**
	 * Calls <code>validateXXX</code> for the corresponding classifier of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean validate(int classifierID, Object value, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		switch (classifierID)
		{
			case AnalyticsPackage.ANALYTICS_STORE:
				return validateAnalyticsStore((AnalyticsStore)value, diagnostics, context);
			case AnalyticsPackage.IMPORT_RECORD:
				return validateImportRecord((ImportRecord)value, diagnostics, context);
			case AnalyticsPackage.METRIC_SERIES:
				return validateMetricSeries((MetricSeries)value, diagnostics, context);
			case AnalyticsPackage.SOURCE_KIND:
				return validateSourceKind((SourceKind)value, diagnostics, context);
			case AnalyticsPackage.OBSERVATIONS:
				return validateObservations((ObservationBlock)value, diagnostics, context);
			default:
				return true;
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAnalyticsStore(AnalyticsStore analyticsStore, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return validate_EveryDefaultConstraint(analyticsStore, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateImportRecord(ImportRecord importRecord, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return validate_EveryDefaultConstraint(importRecord, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMetricSeries(MetricSeries metricSeries, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		if (!validate_NoCircularContainment(metricSeries, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(metricSeries, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(metricSeries, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(metricSeries, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(metricSeries, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(metricSeries, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(metricSeries, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(metricSeries, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(metricSeries, diagnostics, context);
		if (result || diagnostics != null) result &= validateMetricSeries_isConsistent(metricSeries, diagnostics, context);
		return result;
	}

	/**
	 * Validates the isConsistent constraint of '<em>Metric Series</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMetricSeries_isConsistent(MetricSeries metricSeries, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return metricSeries.isConsistent(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSourceKind(SourceKind sourceKind, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateObservations(ObservationBlock observations, DiagnosticChain diagnostics, Map<Object, Object> context)
	{
		return true;
	}

	/**
	 * Returns the resource locator that will be used to fetch messages for this validator's diagnostics.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator()
	{
		// TODO
		// Specialize this to return a resource locator for messages specific to this validator.
		// Ensure that you remove @generated or mark it @generated NOT
		return super.getResourceLocator();
	}

} //AnalyticsValidator
