/**
 * SPDX-License-Identifier: EPL-2.0
 * Copyright (c) 2026 the Chorus authors
 */
package io.github.chorus.content.model.provider;


import io.github.chorus.content.model.ContentFactory;
import io.github.chorus.content.model.ContentLibrary;
import io.github.chorus.content.model.ContentPackage;

import io.github.chorus.plan.model.provider.NamedItemProvider;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link io.github.chorus.content.model.ContentLibrary} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class ContentLibraryItemProvider extends NamedItemProvider
{
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ContentLibraryItemProvider(AdapterFactory adapterFactory)
	{
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object)
	{
		if (itemPropertyDescriptors == null)
		{
			super.getPropertyDescriptors(object);

		}
		return itemPropertyDescriptors;
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object)
	{
		if (childrenFeatures == null)
		{
			super.getChildrenFeatures(object);
			childrenFeatures.add(ContentPackage.Literals.CONTENT_LIBRARY__PILLARS);
			childrenFeatures.add(ContentPackage.Literals.CONTENT_LIBRARY__ITEMS);
			childrenFeatures.add(ContentPackage.Literals.CONTENT_LIBRARY__ASSETS);
			childrenFeatures.add(ContentPackage.Literals.CONTENT_LIBRARY__UTM_PRESETS);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child)
	{
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns ContentLibrary.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object)
	{
		return overlayImage(object, getResourceLocator().getImage("full/obj16/ContentLibrary")); //$NON-NLS-1$
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object)
	{
		String label = ((ContentLibrary)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_ContentLibrary_type") : //$NON-NLS-1$
			getString("_UI_ContentLibrary_type") + " " + label; //$NON-NLS-1$ //$NON-NLS-2$
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification)
	{
		updateChildren(notification);

		switch (notification.getFeatureID(ContentLibrary.class))
		{
			case ContentPackage.CONTENT_LIBRARY__PILLARS:
			case ContentPackage.CONTENT_LIBRARY__ITEMS:
			case ContentPackage.CONTENT_LIBRARY__ASSETS:
			case ContentPackage.CONTENT_LIBRARY__UTM_PRESETS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object)
	{
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(ContentPackage.Literals.CONTENT_LIBRARY__PILLARS,
				 ContentFactory.eINSTANCE.createPillar()));

		newChildDescriptors.add
			(createChildParameter
				(ContentPackage.Literals.CONTENT_LIBRARY__ITEMS,
				 ContentFactory.eINSTANCE.createContentItem()));

		newChildDescriptors.add
			(createChildParameter
				(ContentPackage.Literals.CONTENT_LIBRARY__ASSETS,
				 ContentFactory.eINSTANCE.createAsset()));

		newChildDescriptors.add
			(createChildParameter
				(ContentPackage.Literals.CONTENT_LIBRARY__UTM_PRESETS,
				 ContentFactory.eINSTANCE.createUtmPreset()));
	}

	/**
	 * Return the resource locator for this item provider's resources.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator()
	{
		return ContentEditPlugin.INSTANCE;
	}

}
