/**
 * SPDX-License-Identifier: EPL-2.0
 * Copyright (c) 2026 the Chorus authors
 */
package io.github.chorus.analytics.model.util;

import io.github.chorus.analytics.model.*;

import io.github.chorus.plan.model.Identified;
import io.github.chorus.plan.model.Named;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see io.github.chorus.analytics.model.AnalyticsPackage
 * @generated
 */
public class AnalyticsAdapterFactory extends AdapterFactoryImpl
{
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static AnalyticsPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AnalyticsAdapterFactory()
	{
		if (modelPackage == null)
		{
			modelPackage = AnalyticsPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object)
	{
		if (object == modelPackage)
		{
			return true;
		}
		if (object instanceof EObject)
		{
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AnalyticsSwitch<Adapter> modelSwitch =
		new AnalyticsSwitch<Adapter>()
		{
			@Override
			public Adapter caseAnalyticsStore(AnalyticsStore object)
			{
				return createAnalyticsStoreAdapter();
			}
			@Override
			public Adapter caseImportRecord(ImportRecord object)
			{
				return createImportRecordAdapter();
			}
			@Override
			public Adapter caseMetricSeries(MetricSeries object)
			{
				return createMetricSeriesAdapter();
			}
			@Override
			public Adapter caseIdentified(Identified object)
			{
				return createIdentifiedAdapter();
			}
			@Override
			public Adapter caseNamed(Named object)
			{
				return createNamedAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object)
			{
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target)
	{
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link io.github.chorus.analytics.model.AnalyticsStore <em>Store</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.github.chorus.analytics.model.AnalyticsStore
	 * @generated
	 */
	public Adapter createAnalyticsStoreAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.github.chorus.analytics.model.ImportRecord <em>Import Record</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.github.chorus.analytics.model.ImportRecord
	 * @generated
	 */
	public Adapter createImportRecordAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.github.chorus.analytics.model.MetricSeries <em>Metric Series</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.github.chorus.analytics.model.MetricSeries
	 * @generated
	 */
	public Adapter createMetricSeriesAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.github.chorus.plan.model.Identified <em>Identified</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.github.chorus.plan.model.Identified
	 * @generated
	 */
	public Adapter createIdentifiedAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.github.chorus.plan.model.Named <em>Named</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.github.chorus.plan.model.Named
	 * @generated
	 */
	public Adapter createNamedAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter()
	{
		return null;
	}

} //AnalyticsAdapterFactory
