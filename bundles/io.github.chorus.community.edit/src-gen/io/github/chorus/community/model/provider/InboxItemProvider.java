/**
 * SPDX-License-Identifier: EPL-2.0
 * Copyright (c) 2026 the Chorus authors
 */
package io.github.chorus.community.model.provider;


import io.github.chorus.community.model.CommunityFactory;
import io.github.chorus.community.model.CommunityPackage;
import io.github.chorus.community.model.Inbox;

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
 * This is the item provider adapter for a {@link io.github.chorus.community.model.Inbox} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class InboxItemProvider extends NamedItemProvider
{
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public InboxItemProvider(AdapterFactory adapterFactory)
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
			childrenFeatures.add(CommunityPackage.Literals.INBOX__CONTACTS);
			childrenFeatures.add(CommunityPackage.Literals.INBOX__THREADS);
			childrenFeatures.add(CommunityPackage.Literals.INBOX__TEMPLATES);
			childrenFeatures.add(CommunityPackage.Literals.INBOX__RESPONSE_TARGETS);
			childrenFeatures.add(CommunityPackage.Literals.INBOX__LEADS);
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
	 * This returns Inbox.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object)
	{
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Inbox")); //$NON-NLS-1$
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
		String label = ((Inbox)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_Inbox_type") : //$NON-NLS-1$
			getString("_UI_Inbox_type") + " " + label; //$NON-NLS-1$ //$NON-NLS-2$
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

		switch (notification.getFeatureID(Inbox.class))
		{
			case CommunityPackage.INBOX__CONTACTS:
			case CommunityPackage.INBOX__THREADS:
			case CommunityPackage.INBOX__TEMPLATES:
			case CommunityPackage.INBOX__RESPONSE_TARGETS:
			case CommunityPackage.INBOX__LEADS:
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
				(CommunityPackage.Literals.INBOX__CONTACTS,
				 CommunityFactory.eINSTANCE.createContact()));

		newChildDescriptors.add
			(createChildParameter
				(CommunityPackage.Literals.INBOX__THREADS,
				 CommunityFactory.eINSTANCE.createMessageThread()));

		newChildDescriptors.add
			(createChildParameter
				(CommunityPackage.Literals.INBOX__TEMPLATES,
				 CommunityFactory.eINSTANCE.createReplyTemplate()));

		newChildDescriptors.add
			(createChildParameter
				(CommunityPackage.Literals.INBOX__RESPONSE_TARGETS,
				 CommunityFactory.eINSTANCE.createResponseTarget()));

		newChildDescriptors.add
			(createChildParameter
				(CommunityPackage.Literals.INBOX__LEADS,
				 CommunityFactory.eINSTANCE.createLead()));
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
		return CommunityEditPlugin.INSTANCE;
	}

}
