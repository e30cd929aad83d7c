/**
 * SPDX-License-Identifier: EPL-2.0
 * Copyright (c) 2026 the Chorus authors
 */
package io.github.chorus.content.model.impl;

import io.github.chorus.content.model.Asset;
import io.github.chorus.content.model.ContentItem;
import io.github.chorus.content.model.ContentLibrary;
import io.github.chorus.content.model.ContentPackage;
import io.github.chorus.content.model.Pillar;
import io.github.chorus.content.model.UtmPreset;

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
 * An implementation of the model object '<em><b>Library</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.github.chorus.content.model.impl.ContentLibraryImpl#getPillars <em>Pillars</em>}</li>
 *   <li>{@link io.github.chorus.content.model.impl.ContentLibraryImpl#getItems <em>Items</em>}</li>
 *   <li>{@link io.github.chorus.content.model.impl.ContentLibraryImpl#getAssets <em>Assets</em>}</li>
 *   <li>{@link io.github.chorus.content.model.impl.ContentLibraryImpl#getUtmPresets <em>Utm Presets</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ContentLibraryImpl extends NamedImpl implements ContentLibrary
{
	/**
	 * The cached value of the '{@link #getPillars() <em>Pillars</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPillars()
	 * @generated
	 * @ordered
	 */
	protected EList<Pillar> pillars;

	/**
	 * The cached value of the '{@link #getItems() <em>Items</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getItems()
	 * @generated
	 * @ordered
	 */
	protected EList<ContentItem> items;

	/**
	 * The cached value of the '{@link #getAssets() <em>Assets</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssets()
	 * @generated
	 * @ordered
	 */
	protected EList<Asset> assets;

	/**
	 * The cached value of the '{@link #getUtmPresets() <em>Utm Presets</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUtmPresets()
	 * @generated
	 * @ordered
	 */
	protected EList<UtmPreset> utmPresets;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ContentLibraryImpl()
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
		return ContentPackage.Literals.CONTENT_LIBRARY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Pillar> getPillars()
	{
		if (pillars == null)
		{
			pillars = new EObjectContainmentEList<Pillar>(Pillar.class, this, ContentPackage.CONTENT_LIBRARY__PILLARS);
		}
		return pillars;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ContentItem> getItems()
	{
		if (items == null)
		{
			items = new EObjectContainmentEList<ContentItem>(ContentItem.class, this, ContentPackage.CONTENT_LIBRARY__ITEMS);
		}
		return items;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Asset> getAssets()
	{
		if (assets == null)
		{
			assets = new EObjectContainmentEList<Asset>(Asset.class, this, ContentPackage.CONTENT_LIBRARY__ASSETS);
		}
		return assets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<UtmPreset> getUtmPresets()
	{
		if (utmPresets == null)
		{
			utmPresets = new EObjectContainmentEList<UtmPreset>(UtmPreset.class, this, ContentPackage.CONTENT_LIBRARY__UTM_PRESETS);
		}
		return utmPresets;
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
			case ContentPackage.CONTENT_LIBRARY__PILLARS:
				return ((InternalEList<?>)getPillars()).basicRemove(otherEnd, msgs);
			case ContentPackage.CONTENT_LIBRARY__ITEMS:
				return ((InternalEList<?>)getItems()).basicRemove(otherEnd, msgs);
			case ContentPackage.CONTENT_LIBRARY__ASSETS:
				return ((InternalEList<?>)getAssets()).basicRemove(otherEnd, msgs);
			case ContentPackage.CONTENT_LIBRARY__UTM_PRESETS:
				return ((InternalEList<?>)getUtmPresets()).basicRemove(otherEnd, msgs);
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
			case ContentPackage.CONTENT_LIBRARY__PILLARS:
				return getPillars();
			case ContentPackage.CONTENT_LIBRARY__ITEMS:
				return getItems();
			case ContentPackage.CONTENT_LIBRARY__ASSETS:
				return getAssets();
			case ContentPackage.CONTENT_LIBRARY__UTM_PRESETS:
				return getUtmPresets();
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
			case ContentPackage.CONTENT_LIBRARY__PILLARS:
				getPillars().clear();
				getPillars().addAll((Collection<? extends Pillar>)newValue);
				return;
			case ContentPackage.CONTENT_LIBRARY__ITEMS:
				getItems().clear();
				getItems().addAll((Collection<? extends ContentItem>)newValue);
				return;
			case ContentPackage.CONTENT_LIBRARY__ASSETS:
				getAssets().clear();
				getAssets().addAll((Collection<? extends Asset>)newValue);
				return;
			case ContentPackage.CONTENT_LIBRARY__UTM_PRESETS:
				getUtmPresets().clear();
				getUtmPresets().addAll((Collection<? extends UtmPreset>)newValue);
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
			case ContentPackage.CONTENT_LIBRARY__PILLARS:
				getPillars().clear();
				return;
			case ContentPackage.CONTENT_LIBRARY__ITEMS:
				getItems().clear();
				return;
			case ContentPackage.CONTENT_LIBRARY__ASSETS:
				getAssets().clear();
				return;
			case ContentPackage.CONTENT_LIBRARY__UTM_PRESETS:
				getUtmPresets().clear();
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
			case ContentPackage.CONTENT_LIBRARY__PILLARS:
				return pillars != null && !pillars.isEmpty();
			case ContentPackage.CONTENT_LIBRARY__ITEMS:
				return items != null && !items.isEmpty();
			case ContentPackage.CONTENT_LIBRARY__ASSETS:
				return assets != null && !assets.isEmpty();
			case ContentPackage.CONTENT_LIBRARY__UTM_PRESETS:
				return utmPresets != null && !utmPresets.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //ContentLibraryImpl
