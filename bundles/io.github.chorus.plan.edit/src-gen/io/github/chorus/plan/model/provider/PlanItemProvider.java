/**
 * SPDX-License-Identifier: EPL-2.0
 * Copyright (c) 2026 the Chorus authors
 */
package io.github.chorus.plan.model.provider;


import io.github.chorus.plan.model.Plan;
import io.github.chorus.plan.model.PlanFactory;
import io.github.chorus.plan.model.PlanPackage;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link io.github.chorus.plan.model.Plan} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class PlanItemProvider extends NamedItemProvider
{
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PlanItemProvider(AdapterFactory adapterFactory)
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

			addTimeZonePropertyDescriptor(object);
			addCurrencyPropertyDescriptor(object);
			addStartDatePropertyDescriptor(object);
			addEndDatePropertyDescriptor(object);
			addApprovalRequiredPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Time Zone feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTimeZonePropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Plan_timeZone_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_Plan_timeZone_feature", "_UI_Plan_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 PlanPackage.Literals.PLAN__TIME_ZONE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Currency feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCurrencyPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Plan_currency_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_Plan_currency_feature", "_UI_Plan_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 PlanPackage.Literals.PLAN__CURRENCY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Start Date feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStartDatePropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Plan_startDate_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_Plan_startDate_feature", "_UI_Plan_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 PlanPackage.Literals.PLAN__START_DATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the End Date feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEndDatePropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Plan_endDate_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_Plan_endDate_feature", "_UI_Plan_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 PlanPackage.Literals.PLAN__END_DATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Approval Required feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addApprovalRequiredPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Plan_approvalRequired_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_Plan_approvalRequired_feature", "_UI_Plan_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 PlanPackage.Literals.PLAN__APPROVAL_REQUIRED,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
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
			childrenFeatures.add(PlanPackage.Literals.PLAN__BRAND);
			childrenFeatures.add(PlanPackage.Literals.PLAN__PERSONAS);
			childrenFeatures.add(PlanPackage.Literals.PLAN__GOALS);
			childrenFeatures.add(PlanPackage.Literals.PLAN__CHALLENGES);
			childrenFeatures.add(PlanPackage.Literals.PLAN__CHANNELS);
			childrenFeatures.add(PlanPackage.Literals.PLAN__METRIC_DEFINITIONS);
			childrenFeatures.add(PlanPackage.Literals.PLAN__KPI_DEFINITIONS);
			childrenFeatures.add(PlanPackage.Literals.PLAN__BUDGETS);
			childrenFeatures.add(PlanPackage.Literals.PLAN__CAMPAIGNS);
			childrenFeatures.add(PlanPackage.Literals.PLAN__TEAM);
			childrenFeatures.add(PlanPackage.Literals.PLAN__TAGS);
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
	 * This returns Plan.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object)
	{
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Plan")); //$NON-NLS-1$
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
		String label = ((Plan)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_Plan_type") : //$NON-NLS-1$
			getString("_UI_Plan_type") + " " + label; //$NON-NLS-1$ //$NON-NLS-2$
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

		switch (notification.getFeatureID(Plan.class))
		{
			case PlanPackage.PLAN__TIME_ZONE:
			case PlanPackage.PLAN__CURRENCY:
			case PlanPackage.PLAN__START_DATE:
			case PlanPackage.PLAN__END_DATE:
			case PlanPackage.PLAN__APPROVAL_REQUIRED:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case PlanPackage.PLAN__BRAND:
			case PlanPackage.PLAN__PERSONAS:
			case PlanPackage.PLAN__GOALS:
			case PlanPackage.PLAN__CHALLENGES:
			case PlanPackage.PLAN__CHANNELS:
			case PlanPackage.PLAN__METRIC_DEFINITIONS:
			case PlanPackage.PLAN__KPI_DEFINITIONS:
			case PlanPackage.PLAN__BUDGETS:
			case PlanPackage.PLAN__CAMPAIGNS:
			case PlanPackage.PLAN__TEAM:
			case PlanPackage.PLAN__TAGS:
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
				(PlanPackage.Literals.PLAN__BRAND,
				 PlanFactory.eINSTANCE.createBrand()));

		newChildDescriptors.add
			(createChildParameter
				(PlanPackage.Literals.PLAN__PERSONAS,
				 PlanFactory.eINSTANCE.createPersona()));

		newChildDescriptors.add
			(createChildParameter
				(PlanPackage.Literals.PLAN__GOALS,
				 PlanFactory.eINSTANCE.createGoal()));

		newChildDescriptors.add
			(createChildParameter
				(PlanPackage.Literals.PLAN__CHALLENGES,
				 PlanFactory.eINSTANCE.createChallenge()));

		newChildDescriptors.add
			(createChildParameter
				(PlanPackage.Literals.PLAN__CHANNELS,
				 PlanFactory.eINSTANCE.createChannelPresence()));

		newChildDescriptors.add
			(createChildParameter
				(PlanPackage.Literals.PLAN__METRIC_DEFINITIONS,
				 PlanFactory.eINSTANCE.createMetricDefinition()));

		newChildDescriptors.add
			(createChildParameter
				(PlanPackage.Literals.PLAN__KPI_DEFINITIONS,
				 PlanFactory.eINSTANCE.createKpiDefinition()));

		newChildDescriptors.add
			(createChildParameter
				(PlanPackage.Literals.PLAN__BUDGETS,
				 PlanFactory.eINSTANCE.createBudget()));

		newChildDescriptors.add
			(createChildParameter
				(PlanPackage.Literals.PLAN__CAMPAIGNS,
				 PlanFactory.eINSTANCE.createCampaign()));

		newChildDescriptors.add
			(createChildParameter
				(PlanPackage.Literals.PLAN__TEAM,
				 PlanFactory.eINSTANCE.createTeam()));

		newChildDescriptors.add
			(createChildParameter
				(PlanPackage.Literals.PLAN__TAGS,
				 PlanFactory.eINSTANCE.createTag()));
	}

}
