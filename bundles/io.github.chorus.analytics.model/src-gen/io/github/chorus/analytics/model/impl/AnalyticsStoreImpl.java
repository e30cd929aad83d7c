/**
 * SPDX-License-Identifier: EPL-2.0
 * Copyright (c) 2026 the Chorus authors
 */
package io.github.chorus.analytics.model.impl;

import io.github.chorus.analytics.model.AnalyticsPackage;
import io.github.chorus.analytics.model.AnalyticsStore;
import io.github.chorus.analytics.model.ImportRecord;
import io.github.chorus.analytics.model.MetricSeries;

import io.github.chorus.plan.model.impl.NamedImpl;

import java.util.Collection;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Store</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.github.chorus.analytics.model.impl.AnalyticsStoreImpl#getImports <em>Imports</em>}</li>
 *   <li>{@link io.github.chorus.analytics.model.impl.AnalyticsStoreImpl#getSeries <em>Series</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AnalyticsStoreImpl extends NamedImpl implements AnalyticsStore
{
	/**
	 * The cached value of the '{@link #getImports() <em>Imports</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImports()
	 * @generated
	 * @ordered
	 */
	protected EList<ImportRecord> imports;

	/**
	 * The cached value of the '{@link #getSeries() <em>Series</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeries()
	 * @generated
	 * @ordered
	 */
	protected EList<MetricSeries> series;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AnalyticsStoreImpl()
	{
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass()
	{
		return AnalyticsPackage.Literals.ANALYTICS_STORE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ImportRecord> getImports()
	{
		if (imports == null)
		{
			imports = new EObjectContainmentEList<ImportRecord>(ImportRecord.class, this, AnalyticsPackage.ANALYTICS_STORE__IMPORTS);
		}
		return imports;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MetricSeries> getSeries()
	{
		if (series == null)
		{
			series = new EObjectContainmentEList<MetricSeries>(MetricSeries.class, this, AnalyticsPackage.ANALYTICS_STORE__SERIES);
		}
		return series;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs)
	{
		switch (featureID)
		{
			case AnalyticsPackage.ANALYTICS_STORE__IMPORTS:
				return ((InternalEList<?>)getImports()).basicRemove(otherEnd, msgs);
			case AnalyticsPackage.ANALYTICS_STORE__SERIES:
				return ((InternalEList<?>)getSeries()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType)
	{
		switch (featureID)
		{
			case AnalyticsPackage.ANALYTICS_STORE__IMPORTS:
				return getImports();
			case AnalyticsPackage.ANALYTICS_STORE__SERIES:
				return getSeries();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue)
	{
		switch (featureID)
		{
			case AnalyticsPackage.ANALYTICS_STORE__IMPORTS:
				getImports().clear();
				getImports().addAll((Collection<? extends ImportRecord>)newValue);
				return;
			case AnalyticsPackage.ANALYTICS_STORE__SERIES:
				getSeries().clear();
				getSeries().addAll((Collection<? extends MetricSeries>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID)
	{
		switch (featureID)
		{
			case AnalyticsPackage.ANALYTICS_STORE__IMPORTS:
				getImports().clear();
				return;
			case AnalyticsPackage.ANALYTICS_STORE__SERIES:
				getSeries().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID)
	{
		switch (featureID)
		{
			case AnalyticsPackage.ANALYTICS_STORE__IMPORTS:
				return imports != null && !imports.isEmpty();
			case AnalyticsPackage.ANALYTICS_STORE__SERIES:
				return series != null && !series.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //AnalyticsStoreImpl
