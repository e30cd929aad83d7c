/**
 * SPDX-License-Identifier: EPL-2.0
 * Copyright (c) 2026 the Chorus authors
 */
package io.github.chorus.plan.model.impl;

import io.github.chorus.plan.model.Brand;
import io.github.chorus.plan.model.Budget;
import io.github.chorus.plan.model.Campaign;
import io.github.chorus.plan.model.Challenge;
import io.github.chorus.plan.model.ChannelPresence;
import io.github.chorus.plan.model.Goal;
import io.github.chorus.plan.model.KpiDefinition;
import io.github.chorus.plan.model.MetricDefinition;
import io.github.chorus.plan.model.Persona;
import io.github.chorus.plan.model.Plan;
import io.github.chorus.plan.model.PlanPackage;
import io.github.chorus.plan.model.Tag;
import io.github.chorus.plan.model.Team;

import java.lang.reflect.InvocationTargetException;

import java.time.LocalDate;

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
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Plan</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.github.chorus.plan.model.impl.PlanImpl#getTimeZone <em>Time Zone</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.impl.PlanImpl#getCurrency <em>Currency</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.impl.PlanImpl#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.impl.PlanImpl#getEndDate <em>End Date</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.impl.PlanImpl#isApprovalRequired <em>Approval Required</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.impl.PlanImpl#getBrand <em>Brand</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.impl.PlanImpl#getPersonas <em>Personas</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.impl.PlanImpl#getGoals <em>Goals</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.impl.PlanImpl#getChallenges <em>Challenges</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.impl.PlanImpl#getChannels <em>Channels</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.impl.PlanImpl#getMetricDefinitions <em>Metric Definitions</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.impl.PlanImpl#getKpiDefinitions <em>Kpi Definitions</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.impl.PlanImpl#getBudgets <em>Budgets</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.impl.PlanImpl#getCampaigns <em>Campaigns</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.impl.PlanImpl#getTeam <em>Team</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.impl.PlanImpl#getTags <em>Tags</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PlanImpl extends NamedImpl implements Plan
{
	/**
	 * The default value of the '{@link #getTimeZone() <em>Time Zone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeZone()
	 * @generated
	 * @ordered
	 */
	protected static final String TIME_ZONE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTimeZone() <em>Time Zone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeZone()
	 * @generated
	 * @ordered
	 */
	protected String timeZone = TIME_ZONE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCurrency() <em>Currency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurrency()
	 * @generated
	 * @ordered
	 */
	protected static final String CURRENCY_EDEFAULT = "EUR"; //$NON-NLS-1$

	/**
	 * The cached value of the '{@link #getCurrency() <em>Currency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurrency()
	 * @generated
	 * @ordered
	 */
	protected String currency = CURRENCY_EDEFAULT;

	/**
	 * The default value of the '{@link #getStartDate() <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate START_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStartDate() <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate startDate = START_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getEndDate() <em>End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate END_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEndDate() <em>End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate endDate = END_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #isApprovalRequired() <em>Approval Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isApprovalRequired()
	 * @generated
	 * @ordered
	 */
	protected static final boolean APPROVAL_REQUIRED_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isApprovalRequired() <em>Approval Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isApprovalRequired()
	 * @generated
	 * @ordered
	 */
	protected boolean approvalRequired = APPROVAL_REQUIRED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getBrand() <em>Brand</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBrand()
	 * @generated
	 * @ordered
	 */
	protected Brand brand;

	/**
	 * The cached value of the '{@link #getPersonas() <em>Personas</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPersonas()
	 * @generated
	 * @ordered
	 */
	protected EList<Persona> personas;

	/**
	 * The cached value of the '{@link #getGoals() <em>Goals</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGoals()
	 * @generated
	 * @ordered
	 */
	protected EList<Goal> goals;

	/**
	 * The cached value of the '{@link #getChallenges() <em>Challenges</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChallenges()
	 * @generated
	 * @ordered
	 */
	protected EList<Challenge> challenges;

	/**
	 * The cached value of the '{@link #getChannels() <em>Channels</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannels()
	 * @generated
	 * @ordered
	 */
	protected EList<ChannelPresence> channels;

	/**
	 * The cached value of the '{@link #getMetricDefinitions() <em>Metric Definitions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMetricDefinitions()
	 * @generated
	 * @ordered
	 */
	protected EList<MetricDefinition> metricDefinitions;

	/**
	 * The cached value of the '{@link #getKpiDefinitions() <em>Kpi Definitions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKpiDefinitions()
	 * @generated
	 * @ordered
	 */
	protected EList<KpiDefinition> kpiDefinitions;

	/**
	 * The cached value of the '{@link #getBudgets() <em>Budgets</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBudgets()
	 * @generated
	 * @ordered
	 */
	protected EList<Budget> budgets;

	/**
	 * The cached value of the '{@link #getCampaigns() <em>Campaigns</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCampaigns()
	 * @generated
	 * @ordered
	 */
	protected EList<Campaign> campaigns;

	/**
	 * The cached value of the '{@link #getTeam() <em>Team</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTeam()
	 * @generated
	 * @ordered
	 */
	protected Team team;

	/**
	 * The cached value of the '{@link #getTags() <em>Tags</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTags()
	 * @generated
	 * @ordered
	 */
	protected EList<Tag> tags;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PlanImpl()
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
		return PlanPackage.Literals.PLAN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTimeZone()
	{
		return timeZone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTimeZone(String newTimeZone)
	{
		String oldTimeZone = timeZone;
		timeZone = newTimeZone;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.PLAN__TIME_ZONE, oldTimeZone, timeZone));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCurrency()
	{
		return currency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCurrency(String newCurrency)
	{
		String oldCurrency = currency;
		currency = newCurrency;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.PLAN__CURRENCY, oldCurrency, currency));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getStartDate()
	{
		return startDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartDate(LocalDate newStartDate)
	{
		LocalDate oldStartDate = startDate;
		startDate = newStartDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.PLAN__START_DATE, oldStartDate, startDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getEndDate()
	{
		return endDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEndDate(LocalDate newEndDate)
	{
		LocalDate oldEndDate = endDate;
		endDate = newEndDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.PLAN__END_DATE, oldEndDate, endDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isApprovalRequired()
	{
		return approvalRequired;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setApprovalRequired(boolean newApprovalRequired)
	{
		boolean oldApprovalRequired = approvalRequired;
		approvalRequired = newApprovalRequired;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.PLAN__APPROVAL_REQUIRED, oldApprovalRequired, approvalRequired));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Brand getBrand()
	{
		return brand;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetBrand(Brand newBrand, NotificationChain msgs)
	{
		Brand oldBrand = brand;
		brand = newBrand;
		if (eNotificationRequired())
		{
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PlanPackage.PLAN__BRAND, oldBrand, newBrand);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBrand(Brand newBrand)
	{
		if (newBrand != brand)
		{
			NotificationChain msgs = null;
			if (brand != null)
				msgs = ((InternalEObject)brand).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PlanPackage.PLAN__BRAND, null, msgs);
			if (newBrand != null)
				msgs = ((InternalEObject)newBrand).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PlanPackage.PLAN__BRAND, null, msgs);
			msgs = basicSetBrand(newBrand, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.PLAN__BRAND, newBrand, newBrand));
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
			personas = new EObjectContainmentEList<Persona>(Persona.class, this, PlanPackage.PLAN__PERSONAS);
		}
		return personas;
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
			goals = new EObjectContainmentEList<Goal>(Goal.class, this, PlanPackage.PLAN__GOALS);
		}
		return goals;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Challenge> getChallenges()
	{
		if (challenges == null)
		{
			challenges = new EObjectContainmentEList<Challenge>(Challenge.class, this, PlanPackage.PLAN__CHALLENGES);
		}
		return challenges;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ChannelPresence> getChannels()
	{
		if (channels == null)
		{
			channels = new EObjectContainmentEList<ChannelPresence>(ChannelPresence.class, this, PlanPackage.PLAN__CHANNELS);
		}
		return channels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MetricDefinition> getMetricDefinitions()
	{
		if (metricDefinitions == null)
		{
			metricDefinitions = new EObjectContainmentEList<MetricDefinition>(MetricDefinition.class, this, PlanPackage.PLAN__METRIC_DEFINITIONS);
		}
		return metricDefinitions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<KpiDefinition> getKpiDefinitions()
	{
		if (kpiDefinitions == null)
		{
			kpiDefinitions = new EObjectContainmentEList<KpiDefinition>(KpiDefinition.class, this, PlanPackage.PLAN__KPI_DEFINITIONS);
		}
		return kpiDefinitions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Budget> getBudgets()
	{
		if (budgets == null)
		{
			budgets = new EObjectContainmentEList<Budget>(Budget.class, this, PlanPackage.PLAN__BUDGETS);
		}
		return budgets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Campaign> getCampaigns()
	{
		if (campaigns == null)
		{
			campaigns = new EObjectContainmentEList<Campaign>(Campaign.class, this, PlanPackage.PLAN__CAMPAIGNS);
		}
		return campaigns;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Team getTeam()
	{
		return team;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetTeam(Team newTeam, NotificationChain msgs)
	{
		Team oldTeam = team;
		team = newTeam;
		if (eNotificationRequired())
		{
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PlanPackage.PLAN__TEAM, oldTeam, newTeam);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTeam(Team newTeam)
	{
		if (newTeam != team)
		{
			NotificationChain msgs = null;
			if (team != null)
				msgs = ((InternalEObject)team).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PlanPackage.PLAN__TEAM, null, msgs);
			if (newTeam != null)
				msgs = ((InternalEObject)newTeam).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PlanPackage.PLAN__TEAM, null, msgs);
			msgs = basicSetTeam(newTeam, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.PLAN__TEAM, newTeam, newTeam));
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
			tags = new EObjectContainmentEList<Tag>(Tag.class, this, PlanPackage.PLAN__TAGS);
		}
		return tags;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean hasValidTimeZone(final DiagnosticChain diagnostics, final Map<Object, Object> context)
	{
		return io.github.chorus.plan.model.internal.validation.PlanConstraints.hasValidTimeZone(this, diagnostics, context);
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
			case PlanPackage.PLAN__BRAND:
				return basicSetBrand(null, msgs);
			case PlanPackage.PLAN__PERSONAS:
				return ((InternalEList<?>)getPersonas()).basicRemove(otherEnd, msgs);
			case PlanPackage.PLAN__GOALS:
				return ((InternalEList<?>)getGoals()).basicRemove(otherEnd, msgs);
			case PlanPackage.PLAN__CHALLENGES:
				return ((InternalEList<?>)getChallenges()).basicRemove(otherEnd, msgs);
			case PlanPackage.PLAN__CHANNELS:
				return ((InternalEList<?>)getChannels()).basicRemove(otherEnd, msgs);
			case PlanPackage.PLAN__METRIC_DEFINITIONS:
				return ((InternalEList<?>)getMetricDefinitions()).basicRemove(otherEnd, msgs);
			case PlanPackage.PLAN__KPI_DEFINITIONS:
				return ((InternalEList<?>)getKpiDefinitions()).basicRemove(otherEnd, msgs);
			case PlanPackage.PLAN__BUDGETS:
				return ((InternalEList<?>)getBudgets()).basicRemove(otherEnd, msgs);
			case PlanPackage.PLAN__CAMPAIGNS:
				return ((InternalEList<?>)getCampaigns()).basicRemove(otherEnd, msgs);
			case PlanPackage.PLAN__TEAM:
				return basicSetTeam(null, msgs);
			case PlanPackage.PLAN__TAGS:
				return ((InternalEList<?>)getTags()).basicRemove(otherEnd, msgs);
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
			case PlanPackage.PLAN__TIME_ZONE:
				return getTimeZone();
			case PlanPackage.PLAN__CURRENCY:
				return getCurrency();
			case PlanPackage.PLAN__START_DATE:
				return getStartDate();
			case PlanPackage.PLAN__END_DATE:
				return getEndDate();
			case PlanPackage.PLAN__APPROVAL_REQUIRED:
				return isApprovalRequired();
			case PlanPackage.PLAN__BRAND:
				return getBrand();
			case PlanPackage.PLAN__PERSONAS:
				return getPersonas();
			case PlanPackage.PLAN__GOALS:
				return getGoals();
			case PlanPackage.PLAN__CHALLENGES:
				return getChallenges();
			case PlanPackage.PLAN__CHANNELS:
				return getChannels();
			case PlanPackage.PLAN__METRIC_DEFINITIONS:
				return getMetricDefinitions();
			case PlanPackage.PLAN__KPI_DEFINITIONS:
				return getKpiDefinitions();
			case PlanPackage.PLAN__BUDGETS:
				return getBudgets();
			case PlanPackage.PLAN__CAMPAIGNS:
				return getCampaigns();
			case PlanPackage.PLAN__TEAM:
				return getTeam();
			case PlanPackage.PLAN__TAGS:
				return getTags();
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
			case PlanPackage.PLAN__TIME_ZONE:
				setTimeZone((String)newValue);
				return;
			case PlanPackage.PLAN__CURRENCY:
				setCurrency((String)newValue);
				return;
			case PlanPackage.PLAN__START_DATE:
				setStartDate((LocalDate)newValue);
				return;
			case PlanPackage.PLAN__END_DATE:
				setEndDate((LocalDate)newValue);
				return;
			case PlanPackage.PLAN__APPROVAL_REQUIRED:
				setApprovalRequired((Boolean)newValue);
				return;
			case PlanPackage.PLAN__BRAND:
				setBrand((Brand)newValue);
				return;
			case PlanPackage.PLAN__PERSONAS:
				getPersonas().clear();
				getPersonas().addAll((Collection<? extends Persona>)newValue);
				return;
			case PlanPackage.PLAN__GOALS:
				getGoals().clear();
				getGoals().addAll((Collection<? extends Goal>)newValue);
				return;
			case PlanPackage.PLAN__CHALLENGES:
				getChallenges().clear();
				getChallenges().addAll((Collection<? extends Challenge>)newValue);
				return;
			case PlanPackage.PLAN__CHANNELS:
				getChannels().clear();
				getChannels().addAll((Collection<? extends ChannelPresence>)newValue);
				return;
			case PlanPackage.PLAN__METRIC_DEFINITIONS:
				getMetricDefinitions().clear();
				getMetricDefinitions().addAll((Collection<? extends MetricDefinition>)newValue);
				return;
			case PlanPackage.PLAN__KPI_DEFINITIONS:
				getKpiDefinitions().clear();
				getKpiDefinitions().addAll((Collection<? extends KpiDefinition>)newValue);
				return;
			case PlanPackage.PLAN__BUDGETS:
				getBudgets().clear();
				getBudgets().addAll((Collection<? extends Budget>)newValue);
				return;
			case PlanPackage.PLAN__CAMPAIGNS:
				getCampaigns().clear();
				getCampaigns().addAll((Collection<? extends Campaign>)newValue);
				return;
			case PlanPackage.PLAN__TEAM:
				setTeam((Team)newValue);
				return;
			case PlanPackage.PLAN__TAGS:
				getTags().clear();
				getTags().addAll((Collection<? extends Tag>)newValue);
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
			case PlanPackage.PLAN__TIME_ZONE:
				setTimeZone(TIME_ZONE_EDEFAULT);
				return;
			case PlanPackage.PLAN__CURRENCY:
				setCurrency(CURRENCY_EDEFAULT);
				return;
			case PlanPackage.PLAN__START_DATE:
				setStartDate(START_DATE_EDEFAULT);
				return;
			case PlanPackage.PLAN__END_DATE:
				setEndDate(END_DATE_EDEFAULT);
				return;
			case PlanPackage.PLAN__APPROVAL_REQUIRED:
				setApprovalRequired(APPROVAL_REQUIRED_EDEFAULT);
				return;
			case PlanPackage.PLAN__BRAND:
				setBrand((Brand)null);
				return;
			case PlanPackage.PLAN__PERSONAS:
				getPersonas().clear();
				return;
			case PlanPackage.PLAN__GOALS:
				getGoals().clear();
				return;
			case PlanPackage.PLAN__CHALLENGES:
				getChallenges().clear();
				return;
			case PlanPackage.PLAN__CHANNELS:
				getChannels().clear();
				return;
			case PlanPackage.PLAN__METRIC_DEFINITIONS:
				getMetricDefinitions().clear();
				return;
			case PlanPackage.PLAN__KPI_DEFINITIONS:
				getKpiDefinitions().clear();
				return;
			case PlanPackage.PLAN__BUDGETS:
				getBudgets().clear();
				return;
			case PlanPackage.PLAN__CAMPAIGNS:
				getCampaigns().clear();
				return;
			case PlanPackage.PLAN__TEAM:
				setTeam((Team)null);
				return;
			case PlanPackage.PLAN__TAGS:
				getTags().clear();
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
			case PlanPackage.PLAN__TIME_ZONE:
				return TIME_ZONE_EDEFAULT == null ? timeZone != null : !TIME_ZONE_EDEFAULT.equals(timeZone);
			case PlanPackage.PLAN__CURRENCY:
				return CURRENCY_EDEFAULT == null ? currency != null : !CURRENCY_EDEFAULT.equals(currency);
			case PlanPackage.PLAN__START_DATE:
				return START_DATE_EDEFAULT == null ? startDate != null : !START_DATE_EDEFAULT.equals(startDate);
			case PlanPackage.PLAN__END_DATE:
				return END_DATE_EDEFAULT == null ? endDate != null : !END_DATE_EDEFAULT.equals(endDate);
			case PlanPackage.PLAN__APPROVAL_REQUIRED:
				return approvalRequired != APPROVAL_REQUIRED_EDEFAULT;
			case PlanPackage.PLAN__BRAND:
				return brand != null;
			case PlanPackage.PLAN__PERSONAS:
				return personas != null && !personas.isEmpty();
			case PlanPackage.PLAN__GOALS:
				return goals != null && !goals.isEmpty();
			case PlanPackage.PLAN__CHALLENGES:
				return challenges != null && !challenges.isEmpty();
			case PlanPackage.PLAN__CHANNELS:
				return channels != null && !channels.isEmpty();
			case PlanPackage.PLAN__METRIC_DEFINITIONS:
				return metricDefinitions != null && !metricDefinitions.isEmpty();
			case PlanPackage.PLAN__KPI_DEFINITIONS:
				return kpiDefinitions != null && !kpiDefinitions.isEmpty();
			case PlanPackage.PLAN__BUDGETS:
				return budgets != null && !budgets.isEmpty();
			case PlanPackage.PLAN__CAMPAIGNS:
				return campaigns != null && !campaigns.isEmpty();
			case PlanPackage.PLAN__TEAM:
				return team != null;
			case PlanPackage.PLAN__TAGS:
				return tags != null && !tags.isEmpty();
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
			case PlanPackage.PLAN___HAS_VALID_TIME_ZONE__DIAGNOSTICCHAIN_MAP:
				return hasValidTimeZone((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
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
		result.append(" (timeZone: "); //$NON-NLS-1$
		result.append(timeZone);
		result.append(", currency: "); //$NON-NLS-1$
		result.append(currency);
		result.append(", startDate: "); //$NON-NLS-1$
		result.append(startDate);
		result.append(", endDate: "); //$NON-NLS-1$
		result.append(endDate);
		result.append(", approvalRequired: "); //$NON-NLS-1$
		result.append(approvalRequired);
		result.append(')');
		return result.toString();
	}

} //PlanImpl
