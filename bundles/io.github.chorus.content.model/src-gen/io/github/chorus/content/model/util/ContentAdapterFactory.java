/**
 * SPDX-License-Identifier: EPL-2.0
 * Copyright (c) 2026 the Chorus authors
 */
package io.github.chorus.content.model.util;

import io.github.chorus.content.model.*;

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
 * @see io.github.chorus.content.model.ContentPackage
 * @generated
 */
public class ContentAdapterFactory extends AdapterFactoryImpl
{
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static ContentPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ContentAdapterFactory()
	{
		if (modelPackage == null)
		{
			modelPackage = ContentPackage.eINSTANCE;
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
	protected ContentSwitch<Adapter> modelSwitch =
		new ContentSwitch<Adapter>()
		{
			@Override
			public Adapter caseContentLibrary(ContentLibrary object)
			{
				return createContentLibraryAdapter();
			}
			@Override
			public Adapter casePillar(Pillar object)
			{
				return createPillarAdapter();
			}
			@Override
			public Adapter caseContentItem(ContentItem object)
			{
				return createContentItemAdapter();
			}
			@Override
			public Adapter caseVariant(Variant object)
			{
				return createVariantAdapter();
			}
			@Override
			public Adapter caseThreadPart(ThreadPart object)
			{
				return createThreadPartAdapter();
			}
			@Override
			public Adapter caseTrackedLink(TrackedLink object)
			{
				return createTrackedLinkAdapter();
			}
			@Override
			public Adapter caseUtmPreset(UtmPreset object)
			{
				return createUtmPresetAdapter();
			}
			@Override
			public Adapter caseAsset(Asset object)
			{
				return createAssetAdapter();
			}
			@Override
			public Adapter caseScheduledPublication(ScheduledPublication object)
			{
				return createScheduledPublicationAdapter();
			}
			@Override
			public Adapter caseApproval(Approval object)
			{
				return createApprovalAdapter();
			}
			@Override
			public Adapter casePublishAttempt(PublishAttempt object)
			{
				return createPublishAttemptAdapter();
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
	 * Creates a new adapter for an object of class '{@link io.github.chorus.content.model.ContentLibrary <em>Library</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.github.chorus.content.model.ContentLibrary
	 * @generated
	 */
	public Adapter createContentLibraryAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.github.chorus.content.model.Pillar <em>Pillar</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.github.chorus.content.model.Pillar
	 * @generated
	 */
	public Adapter createPillarAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.github.chorus.content.model.ContentItem <em>Item</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.github.chorus.content.model.ContentItem
	 * @generated
	 */
	public Adapter createContentItemAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.github.chorus.content.model.Variant <em>Variant</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.github.chorus.content.model.Variant
	 * @generated
	 */
	public Adapter createVariantAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.github.chorus.content.model.ThreadPart <em>Thread Part</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.github.chorus.content.model.ThreadPart
	 * @generated
	 */
	public Adapter createThreadPartAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.github.chorus.content.model.TrackedLink <em>Tracked Link</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.github.chorus.content.model.TrackedLink
	 * @generated
	 */
	public Adapter createTrackedLinkAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.github.chorus.content.model.UtmPreset <em>Utm Preset</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.github.chorus.content.model.UtmPreset
	 * @generated
	 */
	public Adapter createUtmPresetAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.github.chorus.content.model.Asset <em>Asset</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.github.chorus.content.model.Asset
	 * @generated
	 */
	public Adapter createAssetAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.github.chorus.content.model.ScheduledPublication <em>Scheduled Publication</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.github.chorus.content.model.ScheduledPublication
	 * @generated
	 */
	public Adapter createScheduledPublicationAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.github.chorus.content.model.Approval <em>Approval</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.github.chorus.content.model.Approval
	 * @generated
	 */
	public Adapter createApprovalAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.github.chorus.content.model.PublishAttempt <em>Publish Attempt</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.github.chorus.content.model.PublishAttempt
	 * @generated
	 */
	public Adapter createPublishAttemptAdapter()
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

} //ContentAdapterFactory
