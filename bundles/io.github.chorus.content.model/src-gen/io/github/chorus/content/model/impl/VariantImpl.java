/**
 * SPDX-License-Identifier: EPL-2.0
 * Copyright (c) 2026 the Chorus authors
 */
package io.github.chorus.content.model.impl;

import io.github.chorus.content.model.Asset;
import io.github.chorus.content.model.ContentPackage;
import io.github.chorus.content.model.ScheduledPublication;
import io.github.chorus.content.model.ThreadPart;
import io.github.chorus.content.model.TrackedLink;
import io.github.chorus.content.model.Variant;

import io.github.chorus.plan.model.ChannelPresence;

import io.github.chorus.plan.model.impl.IdentifiedImpl;

import java.lang.reflect.InvocationTargetException;

import java.util.Collection;
import java.util.Map;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Variant</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.github.chorus.content.model.impl.VariantImpl#getChannel <em>Channel</em>}</li>
 *   <li>{@link io.github.chorus.content.model.impl.VariantImpl#getText <em>Text</em>}</li>
 *   <li>{@link io.github.chorus.content.model.impl.VariantImpl#getMedia <em>Media</em>}</li>
 *   <li>{@link io.github.chorus.content.model.impl.VariantImpl#getLinks <em>Links</em>}</li>
 *   <li>{@link io.github.chorus.content.model.impl.VariantImpl#getFirstComment <em>First Comment</em>}</li>
 *   <li>{@link io.github.chorus.content.model.impl.VariantImpl#getThreadParts <em>Thread Parts</em>}</li>
 *   <li>{@link io.github.chorus.content.model.impl.VariantImpl#getRevision <em>Revision</em>}</li>
 *   <li>{@link io.github.chorus.content.model.impl.VariantImpl#getPublications <em>Publications</em>}</li>
 * </ul>
 *
 * @generated
 */
public class VariantImpl extends IdentifiedImpl implements Variant
{
	/**
	 * The cached value of the '{@link #getChannel() <em>Channel</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannel()
	 * @generated
	 * @ordered
	 */
	protected ChannelPresence channel;

	/**
	 * The default value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected String text = TEXT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMedia() <em>Media</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMedia()
	 * @generated
	 * @ordered
	 */
	protected EList<Asset> media;

	/**
	 * The cached value of the '{@link #getLinks() <em>Links</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLinks()
	 * @generated
	 * @ordered
	 */
	protected EList<TrackedLink> links;

	/**
	 * The default value of the '{@link #getFirstComment() <em>First Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirstComment()
	 * @generated
	 * @ordered
	 */
	protected static final String FIRST_COMMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFirstComment() <em>First Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirstComment()
	 * @generated
	 * @ordered
	 */
	protected String firstComment = FIRST_COMMENT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getThreadParts() <em>Thread Parts</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThreadParts()
	 * @generated
	 * @ordered
	 */
	protected EList<ThreadPart> threadParts;

	/**
	 * The default value of the '{@link #getRevision() <em>Revision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRevision()
	 * @generated
	 * @ordered
	 */
	protected static final int REVISION_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getRevision() <em>Revision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRevision()
	 * @generated
	 * @ordered
	 */
	protected int revision = REVISION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPublications() <em>Publications</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublications()
	 * @generated
	 * @ordered
	 */
	protected EList<ScheduledPublication> publications;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected VariantImpl()
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
		return ContentPackage.Literals.VARIANT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ChannelPresence getChannel()
	{
		if (channel != null && channel.eIsProxy())
		{
			InternalEObject oldChannel = (InternalEObject)channel;
			channel = (ChannelPresence)eResolveProxy(oldChannel);
			if (channel != oldChannel)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ContentPackage.VARIANT__CHANNEL, oldChannel, channel));
			}
		}
		return channel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ChannelPresence basicGetChannel()
	{
		return channel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChannel(ChannelPresence newChannel)
	{
		ChannelPresence oldChannel = channel;
		channel = newChannel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ContentPackage.VARIANT__CHANNEL, oldChannel, channel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText()
	{
		return text;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setText(String newText)
	{
		String oldText = text;
		text = newText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ContentPackage.VARIANT__TEXT, oldText, text));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Asset> getMedia()
	{
		if (media == null)
		{
			media = new EObjectResolvingEList<Asset>(Asset.class, this, ContentPackage.VARIANT__MEDIA);
		}
		return media;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TrackedLink> getLinks()
	{
		if (links == null)
		{
			links = new EObjectContainmentEList<TrackedLink>(TrackedLink.class, this, ContentPackage.VARIANT__LINKS);
		}
		return links;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFirstComment()
	{
		return firstComment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFirstComment(String newFirstComment)
	{
		String oldFirstComment = firstComment;
		firstComment = newFirstComment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ContentPackage.VARIANT__FIRST_COMMENT, oldFirstComment, firstComment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ThreadPart> getThreadParts()
	{
		if (threadParts == null)
		{
			threadParts = new EObjectContainmentEList<ThreadPart>(ThreadPart.class, this, ContentPackage.VARIANT__THREAD_PARTS);
		}
		return threadParts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRevision()
	{
		return revision;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRevision(int newRevision)
	{
		int oldRevision = revision;
		revision = newRevision;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ContentPackage.VARIANT__REVISION, oldRevision, revision));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ScheduledPublication> getPublications()
	{
		if (publications == null)
		{
			publications = new EObjectContainmentEList<ScheduledPublication>(ScheduledPublication.class, this, ContentPackage.VARIANT__PUBLICATIONS);
		}
		return publications;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean hasTextOrMedia(final DiagnosticChain diagnostics, final Map<Object, Object> context)
	{
		return io.github.chorus.content.model.internal.validation.ContentConstraints.hasTextOrMedia(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean satisfiesChannelRules(final DiagnosticChain diagnostics, final Map<Object, Object> context)
	{
		return io.github.chorus.content.model.internal.validation.ContentConstraints.satisfiesChannelRules(this, diagnostics, context);
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
			case ContentPackage.VARIANT__LINKS:
				return ((InternalEList<?>)getLinks()).basicRemove(otherEnd, msgs);
			case ContentPackage.VARIANT__THREAD_PARTS:
				return ((InternalEList<?>)getThreadParts()).basicRemove(otherEnd, msgs);
			case ContentPackage.VARIANT__PUBLICATIONS:
				return ((InternalEList<?>)getPublications()).basicRemove(otherEnd, msgs);
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
			case ContentPackage.VARIANT__CHANNEL:
				if (resolve) return getChannel();
				return basicGetChannel();
			case ContentPackage.VARIANT__TEXT:
				return getText();
			case ContentPackage.VARIANT__MEDIA:
				return getMedia();
			case ContentPackage.VARIANT__LINKS:
				return getLinks();
			case ContentPackage.VARIANT__FIRST_COMMENT:
				return getFirstComment();
			case ContentPackage.VARIANT__THREAD_PARTS:
				return getThreadParts();
			case ContentPackage.VARIANT__REVISION:
				return getRevision();
			case ContentPackage.VARIANT__PUBLICATIONS:
				return getPublications();
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
			case ContentPackage.VARIANT__CHANNEL:
				setChannel((ChannelPresence)newValue);
				return;
			case ContentPackage.VARIANT__TEXT:
				setText((String)newValue);
				return;
			case ContentPackage.VARIANT__MEDIA:
				getMedia().clear();
				getMedia().addAll((Collection<? extends Asset>)newValue);
				return;
			case ContentPackage.VARIANT__LINKS:
				getLinks().clear();
				getLinks().addAll((Collection<? extends TrackedLink>)newValue);
				return;
			case ContentPackage.VARIANT__FIRST_COMMENT:
				setFirstComment((String)newValue);
				return;
			case ContentPackage.VARIANT__THREAD_PARTS:
				getThreadParts().clear();
				getThreadParts().addAll((Collection<? extends ThreadPart>)newValue);
				return;
			case ContentPackage.VARIANT__REVISION:
				setRevision((Integer)newValue);
				return;
			case ContentPackage.VARIANT__PUBLICATIONS:
				getPublications().clear();
				getPublications().addAll((Collection<? extends ScheduledPublication>)newValue);
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
			case ContentPackage.VARIANT__CHANNEL:
				setChannel((ChannelPresence)null);
				return;
			case ContentPackage.VARIANT__TEXT:
				setText(TEXT_EDEFAULT);
				return;
			case ContentPackage.VARIANT__MEDIA:
				getMedia().clear();
				return;
			case ContentPackage.VARIANT__LINKS:
				getLinks().clear();
				return;
			case ContentPackage.VARIANT__FIRST_COMMENT:
				setFirstComment(FIRST_COMMENT_EDEFAULT);
				return;
			case ContentPackage.VARIANT__THREAD_PARTS:
				getThreadParts().clear();
				return;
			case ContentPackage.VARIANT__REVISION:
				setRevision(REVISION_EDEFAULT);
				return;
			case ContentPackage.VARIANT__PUBLICATIONS:
				getPublications().clear();
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
			case ContentPackage.VARIANT__CHANNEL:
				return channel != null;
			case ContentPackage.VARIANT__TEXT:
				return TEXT_EDEFAULT == null ? text != null : !TEXT_EDEFAULT.equals(text);
			case ContentPackage.VARIANT__MEDIA:
				return media != null && !media.isEmpty();
			case ContentPackage.VARIANT__LINKS:
				return links != null && !links.isEmpty();
			case ContentPackage.VARIANT__FIRST_COMMENT:
				return FIRST_COMMENT_EDEFAULT == null ? firstComment != null : !FIRST_COMMENT_EDEFAULT.equals(firstComment);
			case ContentPackage.VARIANT__THREAD_PARTS:
				return threadParts != null && !threadParts.isEmpty();
			case ContentPackage.VARIANT__REVISION:
				return revision != REVISION_EDEFAULT;
			case ContentPackage.VARIANT__PUBLICATIONS:
				return publications != null && !publications.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	@SuppressWarnings("unchecked")
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException
	{
		switch (operationID)
		{
			case ContentPackage.VARIANT___HAS_TEXT_OR_MEDIA__DIAGNOSTICCHAIN_MAP:
				return hasTextOrMedia((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case ContentPackage.VARIANT___SATISFIES_CHANNEL_RULES__DIAGNOSTICCHAIN_MAP:
				return satisfiesChannelRules((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
		}
		return super.eInvoke(operationID, arguments);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString()
	{
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (text: "); //$NON-NLS-1$
		result.append(text);
		result.append(", firstComment: "); //$NON-NLS-1$
		result.append(firstComment);
		result.append(", revision: "); //$NON-NLS-1$
		result.append(revision);
		result.append(')');
		return result.toString();
	}

} //VariantImpl
