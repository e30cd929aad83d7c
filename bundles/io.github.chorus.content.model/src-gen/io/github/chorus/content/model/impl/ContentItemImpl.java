/**
 * SPDX-License-Identifier: EPL-2.0
 * Copyright (c) 2026 the Chorus authors
 */
package io.github.chorus.content.model.impl;

import io.github.chorus.content.model.ContentItem;
import io.github.chorus.content.model.ContentPackage;
import io.github.chorus.content.model.ContentType;
import io.github.chorus.content.model.Pillar;
import io.github.chorus.content.model.Variant;

import io.github.chorus.plan.model.Campaign;
import io.github.chorus.plan.model.Goal;
import io.github.chorus.plan.model.Member;
import io.github.chorus.plan.model.Persona;
import io.github.chorus.plan.model.Tag;

import io.github.chorus.plan.model.impl.NamedImpl;

import java.lang.reflect.InvocationTargetException;

import java.time.Instant;

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
 * An implementation of the model object '<em><b>Item</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.github.chorus.content.model.impl.ContentItemImpl#getIdea <em>Idea</em>}</li>
 *   <li>{@link io.github.chorus.content.model.impl.ContentItemImpl#getType <em>Type</em>}</li>
 *   <li>{@link io.github.chorus.content.model.impl.ContentItemImpl#getPillar <em>Pillar</em>}</li>
 *   <li>{@link io.github.chorus.content.model.impl.ContentItemImpl#getGoals <em>Goals</em>}</li>
 *   <li>{@link io.github.chorus.content.model.impl.ContentItemImpl#getPersonas <em>Personas</em>}</li>
 *   <li>{@link io.github.chorus.content.model.impl.ContentItemImpl#getCampaign <em>Campaign</em>}</li>
 *   <li>{@link io.github.chorus.content.model.impl.ContentItemImpl#getTags <em>Tags</em>}</li>
 *   <li>{@link io.github.chorus.content.model.impl.ContentItemImpl#getOwner <em>Owner</em>}</li>
 *   <li>{@link io.github.chorus.content.model.impl.ContentItemImpl#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link io.github.chorus.content.model.impl.ContentItemImpl#getVariants <em>Variants</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ContentItemImpl extends NamedImpl implements ContentItem
{
	/**
	 * The default value of the '{@link #getIdea() <em>Idea</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIdea()
	 * @generated
	 * @ordered
	 */
	protected static final String IDEA_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIdea() <em>Idea</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIdea()
	 * @generated
	 * @ordered
	 */
	protected String idea = IDEA_EDEFAULT;

	/**
	 * The default value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected static final ContentType TYPE_EDEFAULT = ContentType.TEXT;

	/**
	 * The cached value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected ContentType type = TYPE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPillar() <em>Pillar</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPillar()
	 * @generated
	 * @ordered
	 */
	protected Pillar pillar;

	/**
	 * The cached value of the '{@link #getGoals() <em>Goals</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGoals()
	 * @generated
	 * @ordered
	 */
	protected EList<Goal> goals;

	/**
	 * The cached value of the '{@link #getPersonas() <em>Personas</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPersonas()
	 * @generated
	 * @ordered
	 */
	protected EList<Persona> personas;

	/**
	 * The cached value of the '{@link #getCampaign() <em>Campaign</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCampaign()
	 * @generated
	 * @ordered
	 */
	protected Campaign campaign;

	/**
	 * The cached value of the '{@link #getTags() <em>Tags</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTags()
	 * @generated
	 * @ordered
	 */
	protected EList<Tag> tags;

	/**
	 * The cached value of the '{@link #getOwner() <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected Member owner;

	/**
	 * The default value of the '{@link #getCreatedAt() <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant CREATED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCreatedAt() <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant createdAt = CREATED_AT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getVariants() <em>Variants</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVariants()
	 * @generated
	 * @ordered
	 */
	protected EList<Variant> variants;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ContentItemImpl()
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
		return ContentPackage.Literals.CONTENT_ITEM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getIdea()
	{
		return idea;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIdea(String newIdea)
	{
		String oldIdea = idea;
		idea = newIdea;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ContentPackage.CONTENT_ITEM__IDEA, oldIdea, idea));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ContentType getType()
	{
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setType(ContentType newType)
	{
		ContentType oldType = type;
		type = newType == null ? TYPE_EDEFAULT : newType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ContentPackage.CONTENT_ITEM__TYPE, oldType, type));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Pillar getPillar()
	{
		if (pillar != null && pillar.eIsProxy())
		{
			InternalEObject oldPillar = (InternalEObject)pillar;
			pillar = (Pillar)eResolveProxy(oldPillar);
			if (pillar != oldPillar)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ContentPackage.CONTENT_ITEM__PILLAR, oldPillar, pillar));
			}
		}
		return pillar;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Pillar basicGetPillar()
	{
		return pillar;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPillar(Pillar newPillar)
	{
		Pillar oldPillar = pillar;
		pillar = newPillar;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ContentPackage.CONTENT_ITEM__PILLAR, oldPillar, pillar));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Goal> getGoals()
	{
		if (goals == null)
		{
			goals = new EObjectResolvingEList<Goal>(Goal.class, this, ContentPackage.CONTENT_ITEM__GOALS);
		}
		return goals;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Persona> getPersonas()
	{
		if (personas == null)
		{
			personas = new EObjectResolvingEList<Persona>(Persona.class, this, ContentPackage.CONTENT_ITEM__PERSONAS);
		}
		return personas;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Campaign getCampaign()
	{
		if (campaign != null && campaign.eIsProxy())
		{
			InternalEObject oldCampaign = (InternalEObject)campaign;
			campaign = (Campaign)eResolveProxy(oldCampaign);
			if (campaign != oldCampaign)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ContentPackage.CONTENT_ITEM__CAMPAIGN, oldCampaign, campaign));
			}
		}
		return campaign;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Campaign basicGetCampaign()
	{
		return campaign;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCampaign(Campaign newCampaign)
	{
		Campaign oldCampaign = campaign;
		campaign = newCampaign;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ContentPackage.CONTENT_ITEM__CAMPAIGN, oldCampaign, campaign));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Tag> getTags()
	{
		if (tags == null)
		{
			tags = new EObjectResolvingEList<Tag>(Tag.class, this, ContentPackage.CONTENT_ITEM__TAGS);
		}
		return tags;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Member getOwner()
	{
		if (owner != null && owner.eIsProxy())
		{
			InternalEObject oldOwner = (InternalEObject)owner;
			owner = (Member)eResolveProxy(oldOwner);
			if (owner != oldOwner)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ContentPackage.CONTENT_ITEM__OWNER, oldOwner, owner));
			}
		}
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Member basicGetOwner()
	{
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwner(Member newOwner)
	{
		Member oldOwner = owner;
		owner = newOwner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ContentPackage.CONTENT_ITEM__OWNER, oldOwner, owner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getCreatedAt()
	{
		return createdAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreatedAt(Instant newCreatedAt)
	{
		Instant oldCreatedAt = createdAt;
		createdAt = newCreatedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ContentPackage.CONTENT_ITEM__CREATED_AT, oldCreatedAt, createdAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Variant> getVariants()
	{
		if (variants == null)
		{
			variants = new EObjectContainmentEList<Variant>(Variant.class, this, ContentPackage.CONTENT_ITEM__VARIANTS);
		}
		return variants;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean servesAGoal(final DiagnosticChain diagnostics, final Map<Object, Object> context)
	{
		return io.github.chorus.content.model.internal.validation.ContentConstraints.servesAGoal(this, diagnostics, context);
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
			case ContentPackage.CONTENT_ITEM__VARIANTS:
				return ((InternalEList<?>)getVariants()).basicRemove(otherEnd, msgs);
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
			case ContentPackage.CONTENT_ITEM__IDEA:
				return getIdea();
			case ContentPackage.CONTENT_ITEM__TYPE:
				return getType();
			case ContentPackage.CONTENT_ITEM__PILLAR:
				if (resolve) return getPillar();
				return basicGetPillar();
			case ContentPackage.CONTENT_ITEM__GOALS:
				return getGoals();
			case ContentPackage.CONTENT_ITEM__PERSONAS:
				return getPersonas();
			case ContentPackage.CONTENT_ITEM__CAMPAIGN:
				if (resolve) return getCampaign();
				return basicGetCampaign();
			case ContentPackage.CONTENT_ITEM__TAGS:
				return getTags();
			case ContentPackage.CONTENT_ITEM__OWNER:
				if (resolve) return getOwner();
				return basicGetOwner();
			case ContentPackage.CONTENT_ITEM__CREATED_AT:
				return getCreatedAt();
			case ContentPackage.CONTENT_ITEM__VARIANTS:
				return getVariants();
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
			case ContentPackage.CONTENT_ITEM__IDEA:
				setIdea((String)newValue);
				return;
			case ContentPackage.CONTENT_ITEM__TYPE:
				setType((ContentType)newValue);
				return;
			case ContentPackage.CONTENT_ITEM__PILLAR:
				setPillar((Pillar)newValue);
				return;
			case ContentPackage.CONTENT_ITEM__GOALS:
				getGoals().clear();
				getGoals().addAll((Collection<? extends Goal>)newValue);
				return;
			case ContentPackage.CONTENT_ITEM__PERSONAS:
				getPersonas().clear();
				getPersonas().addAll((Collection<? extends Persona>)newValue);
				return;
			case ContentPackage.CONTENT_ITEM__CAMPAIGN:
				setCampaign((Campaign)newValue);
				return;
			case ContentPackage.CONTENT_ITEM__TAGS:
				getTags().clear();
				getTags().addAll((Collection<? extends Tag>)newValue);
				return;
			case ContentPackage.CONTENT_ITEM__OWNER:
				setOwner((Member)newValue);
				return;
			case ContentPackage.CONTENT_ITEM__CREATED_AT:
				setCreatedAt((Instant)newValue);
				return;
			case ContentPackage.CONTENT_ITEM__VARIANTS:
				getVariants().clear();
				getVariants().addAll((Collection<? extends Variant>)newValue);
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
			case ContentPackage.CONTENT_ITEM__IDEA:
				setIdea(IDEA_EDEFAULT);
				return;
			case ContentPackage.CONTENT_ITEM__TYPE:
				setType(TYPE_EDEFAULT);
				return;
			case ContentPackage.CONTENT_ITEM__PILLAR:
				setPillar((Pillar)null);
				return;
			case ContentPackage.CONTENT_ITEM__GOALS:
				getGoals().clear();
				return;
			case ContentPackage.CONTENT_ITEM__PERSONAS:
				getPersonas().clear();
				return;
			case ContentPackage.CONTENT_ITEM__CAMPAIGN:
				setCampaign((Campaign)null);
				return;
			case ContentPackage.CONTENT_ITEM__TAGS:
				getTags().clear();
				return;
			case ContentPackage.CONTENT_ITEM__OWNER:
				setOwner((Member)null);
				return;
			case ContentPackage.CONTENT_ITEM__CREATED_AT:
				setCreatedAt(CREATED_AT_EDEFAULT);
				return;
			case ContentPackage.CONTENT_ITEM__VARIANTS:
				getVariants().clear();
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
			case ContentPackage.CONTENT_ITEM__IDEA:
				return IDEA_EDEFAULT == null ? idea != null : !IDEA_EDEFAULT.equals(idea);
			case ContentPackage.CONTENT_ITEM__TYPE:
				return type != TYPE_EDEFAULT;
			case ContentPackage.CONTENT_ITEM__PILLAR:
				return pillar != null;
			case ContentPackage.CONTENT_ITEM__GOALS:
				return goals != null && !goals.isEmpty();
			case ContentPackage.CONTENT_ITEM__PERSONAS:
				return personas != null && !personas.isEmpty();
			case ContentPackage.CONTENT_ITEM__CAMPAIGN:
				return campaign != null;
			case ContentPackage.CONTENT_ITEM__TAGS:
				return tags != null && !tags.isEmpty();
			case ContentPackage.CONTENT_ITEM__OWNER:
				return owner != null;
			case ContentPackage.CONTENT_ITEM__CREATED_AT:
				return CREATED_AT_EDEFAULT == null ? createdAt != null : !CREATED_AT_EDEFAULT.equals(createdAt);
			case ContentPackage.CONTENT_ITEM__VARIANTS:
				return variants != null && !variants.isEmpty();
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
			case ContentPackage.CONTENT_ITEM___SERVES_AGOAL__DIAGNOSTICCHAIN_MAP:
				return servesAGoal((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
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
		result.append(" (idea: "); //$NON-NLS-1$
		result.append(idea);
		result.append(", type: "); //$NON-NLS-1$
		result.append(type);
		result.append(", createdAt: "); //$NON-NLS-1$
		result.append(createdAt);
		result.append(')');
		return result.toString();
	}

} //ContentItemImpl
