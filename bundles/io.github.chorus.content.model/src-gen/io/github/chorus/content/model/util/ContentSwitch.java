/**
 * SPDX-License-Identifier: EPL-2.0
 * Copyright (c) 2026 the Chorus authors
 */
package io.github.chorus.content.model.util;

import io.github.chorus.content.model.*;

import io.github.chorus.plan.model.Identified;
import io.github.chorus.plan.model.Named;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.Switch;

/**
 * <!-- begin-user-doc -->
 * The <b>Switch</b> for the model's inheritance hierarchy.
 * It supports the call {@link #doSwitch(EObject) doSwitch(object)}
 * to invoke the <code>caseXXX</code> method for each class of the model,
 * starting with the actual class of the object
 * and proceeding up the inheritance hierarchy
 * until a non-null result is returned,
 * which is the result of the switch.
 * <!-- end-user-doc -->
 * @see io.github.chorus.content.model.ContentPackage
 * @generated
 */
public class ContentSwitch<T> extends Switch<T>
{
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static ContentPackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ContentSwitch()
	{
		if (modelPackage == null)
		{
			modelPackage = ContentPackage.eINSTANCE;
		}
	}

	/**
	 * Checks whether this is a switch for the given package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param ePackage the package in question.
	 * @return whether this is a switch for the given package.
	 * @generated
	 */
	@Override
	protected boolean isSwitchFor(EPackage ePackage)
	{
		return ePackage == modelPackage;
	}

	/**
	 * Calls <code>caseXXX</code> for each class of the model until one returns a non null result; it yields that result.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the first non-null result returned by a <code>caseXXX</code> call.
	 * @generated
	 */
	@Override
	protected T doSwitch(int classifierID, EObject theEObject)
	{
		switch (classifierID)
		{
			case ContentPackage.CONTENT_LIBRARY:
			{
				ContentLibrary contentLibrary = (ContentLibrary)theEObject;
				T result = caseContentLibrary(contentLibrary);
				if (result == null) result = caseNamed(contentLibrary);
				if (result == null) result = caseIdentified(contentLibrary);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ContentPackage.PILLAR:
			{
				Pillar pillar = (Pillar)theEObject;
				T result = casePillar(pillar);
				if (result == null) result = caseNamed(pillar);
				if (result == null) result = caseIdentified(pillar);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ContentPackage.CONTENT_ITEM:
			{
				ContentItem contentItem = (ContentItem)theEObject;
				T result = caseContentItem(contentItem);
				if (result == null) result = caseNamed(contentItem);
				if (result == null) result = caseIdentified(contentItem);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ContentPackage.VARIANT:
			{
				Variant variant = (Variant)theEObject;
				T result = caseVariant(variant);
				if (result == null) result = caseIdentified(variant);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ContentPackage.THREAD_PART:
			{
				ThreadPart threadPart = (ThreadPart)theEObject;
				T result = caseThreadPart(threadPart);
				if (result == null) result = caseIdentified(threadPart);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ContentPackage.TRACKED_LINK:
			{
				TrackedLink trackedLink = (TrackedLink)theEObject;
				T result = caseTrackedLink(trackedLink);
				if (result == null) result = caseIdentified(trackedLink);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ContentPackage.UTM_PRESET:
			{
				UtmPreset utmPreset = (UtmPreset)theEObject;
				T result = caseUtmPreset(utmPreset);
				if (result == null) result = caseNamed(utmPreset);
				if (result == null) result = caseIdentified(utmPreset);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ContentPackage.ASSET:
			{
				Asset asset = (Asset)theEObject;
				T result = caseAsset(asset);
				if (result == null) result = caseNamed(asset);
				if (result == null) result = caseIdentified(asset);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ContentPackage.SCHEDULED_PUBLICATION:
			{
				ScheduledPublication scheduledPublication = (ScheduledPublication)theEObject;
				T result = caseScheduledPublication(scheduledPublication);
				if (result == null) result = caseIdentified(scheduledPublication);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ContentPackage.APPROVAL:
			{
				Approval approval = (Approval)theEObject;
				T result = caseApproval(approval);
				if (result == null) result = caseIdentified(approval);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ContentPackage.PUBLISH_ATTEMPT:
			{
				PublishAttempt publishAttempt = (PublishAttempt)theEObject;
				T result = casePublishAttempt(publishAttempt);
				if (result == null) result = caseIdentified(publishAttempt);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			default: return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Library</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Library</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseContentLibrary(ContentLibrary object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Pillar</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Pillar</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePillar(Pillar object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Item</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Item</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseContentItem(ContentItem object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Variant</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Variant</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseVariant(Variant object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Thread Part</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Thread Part</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseThreadPart(ThreadPart object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Tracked Link</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Tracked Link</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTrackedLink(TrackedLink object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Utm Preset</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Utm Preset</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseUtmPreset(UtmPreset object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Asset</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Asset</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAsset(Asset object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Scheduled Publication</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Scheduled Publication</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseScheduledPublication(ScheduledPublication object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Approval</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Approval</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseApproval(Approval object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Publish Attempt</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Publish Attempt</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePublishAttempt(PublishAttempt object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Identified</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Identified</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseIdentified(Identified object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Named</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Named</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseNamed(Named object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch, but this is the last case anyway.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	@Override
	public T defaultCase(EObject object)
	{
		return null;
	}

} //ContentSwitch
