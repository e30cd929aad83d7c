/**
 * SPDX-License-Identifier: EPL-2.0
 * Copyright (c) 2026 the Chorus authors
 */
package io.github.chorus.analytics.model;

import io.github.chorus.plan.model.PlanPackage;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Analytics: metric observations, stored compactly as series of (time, value) samples per channel, subject and metric, with their provenance.
 * <!-- end-model-doc -->
 * @see io.github.chorus.analytics.model.AnalyticsFactory
 * @model kind="package"
 * @generated
 */
public interface AnalyticsPackage extends EPackage
{
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model"; //$NON-NLS-1$

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "https://chorus.github.io/model/analytics/1.0"; //$NON-NLS-1$

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "analytics"; //$NON-NLS-1$

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	AnalyticsPackage eINSTANCE = io.github.chorus.analytics.model.impl.AnalyticsPackageImpl.init();

	/**
	 * The meta object id for the '{@link io.github.chorus.analytics.model.impl.AnalyticsStoreImpl <em>Store</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.github.chorus.analytics.model.impl.AnalyticsStoreImpl
	 * @see io.github.chorus.analytics.model.impl.AnalyticsPackageImpl#getAnalyticsStore()
	 * @generated
	 */
	int ANALYTICS_STORE = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYTICS_STORE__ID = PlanPackage.NAMED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYTICS_STORE__NAME = PlanPackage.NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYTICS_STORE__DESCRIPTION = PlanPackage.NAMED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Imports</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYTICS_STORE__IMPORTS = PlanPackage.NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Series</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYTICS_STORE__SERIES = PlanPackage.NAMED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Store</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYTICS_STORE_FEATURE_COUNT = PlanPackage.NAMED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Store</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYTICS_STORE_OPERATION_COUNT = PlanPackage.NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.github.chorus.analytics.model.impl.ImportRecordImpl <em>Import Record</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.github.chorus.analytics.model.impl.ImportRecordImpl
	 * @see io.github.chorus.analytics.model.impl.AnalyticsPackageImpl#getImportRecord()
	 * @generated
	 */
	int IMPORT_RECORD = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORT_RECORD__ID = PlanPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORT_RECORD__KIND = PlanPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORT_RECORD__ORIGIN = PlanPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Imported At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORT_RECORD__IMPORTED_AT = PlanPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORT_RECORD__NOTE = PlanPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Import Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORT_RECORD_FEATURE_COUNT = PlanPackage.IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Import Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORT_RECORD_OPERATION_COUNT = PlanPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.github.chorus.analytics.model.impl.MetricSeriesImpl <em>Metric Series</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.github.chorus.analytics.model.impl.MetricSeriesImpl
	 * @see io.github.chorus.analytics.model.impl.AnalyticsPackageImpl#getMetricSeries()
	 * @generated
	 */
	int METRIC_SERIES = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_SERIES__ID = PlanPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Channel</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_SERIES__CHANNEL = PlanPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Subject</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_SERIES__SUBJECT = PlanPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Metric</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_SERIES__METRIC = PlanPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_SERIES__SOURCE = PlanPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Observations</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_SERIES__OBSERVATIONS = PlanPackage.IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Metric Series</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_SERIES_FEATURE_COUNT = PlanPackage.IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The operation id for the '<em>Is Consistent</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_SERIES___IS_CONSISTENT__DIAGNOSTICCHAIN_MAP = PlanPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Metric Series</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_SERIES_OPERATION_COUNT = PlanPackage.IDENTIFIED_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link io.github.chorus.analytics.model.SourceKind <em>Source Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.github.chorus.analytics.model.SourceKind
	 * @see io.github.chorus.analytics.model.impl.AnalyticsPackageImpl#getSourceKind()
	 * @generated
	 */
	int SOURCE_KIND = 3;

	/**
	 * The meta object id for the '<em>Observations</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.github.chorus.analytics.model.ObservationBlock
	 * @see io.github.chorus.analytics.model.impl.AnalyticsPackageImpl#getObservations()
	 * @generated
	 */
	int OBSERVATIONS = 4;


	/**
	 * Returns the meta object for class '{@link io.github.chorus.analytics.model.AnalyticsStore <em>Store</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Store</em>'.
	 * @see io.github.chorus.analytics.model.AnalyticsStore
	 * @generated
	 */
	EClass getAnalyticsStore();

	/**
	 * Returns the meta object for the containment reference list '{@link io.github.chorus.analytics.model.AnalyticsStore#getImports <em>Imports</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Imports</em>'.
	 * @see io.github.chorus.analytics.model.AnalyticsStore#getImports()
	 * @see #getAnalyticsStore()
	 * @generated
	 */
	EReference getAnalyticsStore_Imports();

	/**
	 * Returns the meta object for the containment reference list '{@link io.github.chorus.analytics.model.AnalyticsStore#getSeries <em>Series</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Series</em>'.
	 * @see io.github.chorus.analytics.model.AnalyticsStore#getSeries()
	 * @see #getAnalyticsStore()
	 * @generated
	 */
	EReference getAnalyticsStore_Series();

	/**
	 * Returns the meta object for class '{@link io.github.chorus.analytics.model.ImportRecord <em>Import Record</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Import Record</em>'.
	 * @see io.github.chorus.analytics.model.ImportRecord
	 * @generated
	 */
	EClass getImportRecord();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.analytics.model.ImportRecord#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.github.chorus.analytics.model.ImportRecord#getKind()
	 * @see #getImportRecord()
	 * @generated
	 */
	EAttribute getImportRecord_Kind();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.analytics.model.ImportRecord#getOrigin <em>Origin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Origin</em>'.
	 * @see io.github.chorus.analytics.model.ImportRecord#getOrigin()
	 * @see #getImportRecord()
	 * @generated
	 */
	EAttribute getImportRecord_Origin();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.analytics.model.ImportRecord#getImportedAt <em>Imported At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Imported At</em>'.
	 * @see io.github.chorus.analytics.model.ImportRecord#getImportedAt()
	 * @see #getImportRecord()
	 * @generated
	 */
	EAttribute getImportRecord_ImportedAt();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.analytics.model.ImportRecord#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see io.github.chorus.analytics.model.ImportRecord#getNote()
	 * @see #getImportRecord()
	 * @generated
	 */
	EAttribute getImportRecord_Note();

	/**
	 * Returns the meta object for class '{@link io.github.chorus.analytics.model.MetricSeries <em>Metric Series</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Metric Series</em>'.
	 * @see io.github.chorus.analytics.model.MetricSeries
	 * @generated
	 */
	EClass getMetricSeries();

	/**
	 * Returns the meta object for the reference '{@link io.github.chorus.analytics.model.MetricSeries#getChannel <em>Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Channel</em>'.
	 * @see io.github.chorus.analytics.model.MetricSeries#getChannel()
	 * @see #getMetricSeries()
	 * @generated
	 */
	EReference getMetricSeries_Channel();

	/**
	 * Returns the meta object for the reference '{@link io.github.chorus.analytics.model.MetricSeries#getSubject <em>Subject</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Subject</em>'.
	 * @see io.github.chorus.analytics.model.MetricSeries#getSubject()
	 * @see #getMetricSeries()
	 * @generated
	 */
	EReference getMetricSeries_Subject();

	/**
	 * Returns the meta object for the reference '{@link io.github.chorus.analytics.model.MetricSeries#getMetric <em>Metric</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Metric</em>'.
	 * @see io.github.chorus.analytics.model.MetricSeries#getMetric()
	 * @see #getMetricSeries()
	 * @generated
	 */
	EReference getMetricSeries_Metric();

	/**
	 * Returns the meta object for the reference '{@link io.github.chorus.analytics.model.MetricSeries#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source</em>'.
	 * @see io.github.chorus.analytics.model.MetricSeries#getSource()
	 * @see #getMetricSeries()
	 * @generated
	 */
	EReference getMetricSeries_Source();

	/**
	 * Returns the meta object for the attribute '{@link io.github.chorus.analytics.model.MetricSeries#getObservations <em>Observations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Observations</em>'.
	 * @see io.github.chorus.analytics.model.MetricSeries#getObservations()
	 * @see #getMetricSeries()
	 * @generated
	 */
	EAttribute getMetricSeries_Observations();

	/**
	 * Returns the meta object for the '{@link io.github.chorus.analytics.model.MetricSeries#isConsistent(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Is Consistent</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Is Consistent</em>' operation.
	 * @see io.github.chorus.analytics.model.MetricSeries#isConsistent(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getMetricSeries__IsConsistent__DiagnosticChain_Map();

	/**
	 * Returns the meta object for enum '{@link io.github.chorus.analytics.model.SourceKind <em>Source Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Source Kind</em>'.
	 * @see io.github.chorus.analytics.model.SourceKind
	 * @generated
	 */
	EEnum getSourceKind();

	/**
	 * Returns the meta object for data type '{@link io.github.chorus.analytics.model.ObservationBlock <em>Observations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * An immutable block of (epoch second, value) samples; stored as compact base64 text.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Observations</em>'.
	 * @see io.github.chorus.analytics.model.ObservationBlock
	 * @model instanceClass="io.github.chorus.analytics.model.ObservationBlock"
	 * @generated
	 */
	EDataType getObservations();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	AnalyticsFactory getAnalyticsFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals
	{
		/**
		 * The meta object literal for the '{@link io.github.chorus.analytics.model.impl.AnalyticsStoreImpl <em>Store</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.github.chorus.analytics.model.impl.AnalyticsStoreImpl
		 * @see io.github.chorus.analytics.model.impl.AnalyticsPackageImpl#getAnalyticsStore()
		 * @generated
		 */
		EClass ANALYTICS_STORE = eINSTANCE.getAnalyticsStore();

		/**
		 * The meta object literal for the '<em><b>Imports</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANALYTICS_STORE__IMPORTS = eINSTANCE.getAnalyticsStore_Imports();

		/**
		 * The meta object literal for the '<em><b>Series</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANALYTICS_STORE__SERIES = eINSTANCE.getAnalyticsStore_Series();

		/**
		 * The meta object literal for the '{@link io.github.chorus.analytics.model.impl.ImportRecordImpl <em>Import Record</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.github.chorus.analytics.model.impl.ImportRecordImpl
		 * @see io.github.chorus.analytics.model.impl.AnalyticsPackageImpl#getImportRecord()
		 * @generated
		 */
		EClass IMPORT_RECORD = eINSTANCE.getImportRecord();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPORT_RECORD__KIND = eINSTANCE.getImportRecord_Kind();

		/**
		 * The meta object literal for the '<em><b>Origin</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPORT_RECORD__ORIGIN = eINSTANCE.getImportRecord_Origin();

		/**
		 * The meta object literal for the '<em><b>Imported At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPORT_RECORD__IMPORTED_AT = eINSTANCE.getImportRecord_ImportedAt();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPORT_RECORD__NOTE = eINSTANCE.getImportRecord_Note();

		/**
		 * The meta object literal for the '{@link io.github.chorus.analytics.model.impl.MetricSeriesImpl <em>Metric Series</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.github.chorus.analytics.model.impl.MetricSeriesImpl
		 * @see io.github.chorus.analytics.model.impl.AnalyticsPackageImpl#getMetricSeries()
		 * @generated
		 */
		EClass METRIC_SERIES = eINSTANCE.getMetricSeries();

		/**
		 * The meta object literal for the '<em><b>Channel</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference METRIC_SERIES__CHANNEL = eINSTANCE.getMetricSeries_Channel();

		/**
		 * The meta object literal for the '<em><b>Subject</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference METRIC_SERIES__SUBJECT = eINSTANCE.getMetricSeries_Subject();

		/**
		 * The meta object literal for the '<em><b>Metric</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference METRIC_SERIES__METRIC = eINSTANCE.getMetricSeries_Metric();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference METRIC_SERIES__SOURCE = eINSTANCE.getMetricSeries_Source();

		/**
		 * The meta object literal for the '<em><b>Observations</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC_SERIES__OBSERVATIONS = eINSTANCE.getMetricSeries_Observations();

		/**
		 * The meta object literal for the '<em><b>Is Consistent</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation METRIC_SERIES___IS_CONSISTENT__DIAGNOSTICCHAIN_MAP = eINSTANCE.getMetricSeries__IsConsistent__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link io.github.chorus.analytics.model.SourceKind <em>Source Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.github.chorus.analytics.model.SourceKind
		 * @see io.github.chorus.analytics.model.impl.AnalyticsPackageImpl#getSourceKind()
		 * @generated
		 */
		EEnum SOURCE_KIND = eINSTANCE.getSourceKind();

		/**
		 * The meta object literal for the '<em>Observations</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.github.chorus.analytics.model.ObservationBlock
		 * @see io.github.chorus.analytics.model.impl.AnalyticsPackageImpl#getObservations()
		 * @generated
		 */
		EDataType OBSERVATIONS = eINSTANCE.getObservations();

	}

} //AnalyticsPackage
