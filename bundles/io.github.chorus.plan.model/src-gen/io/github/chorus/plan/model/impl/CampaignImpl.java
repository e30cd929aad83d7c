/**
 * SPDX-License-Identifier: EPL-2.0
 * Copyright (c) 2026 the Chorus authors
 */
package io.github.chorus.plan.model.impl;

import io.github.chorus.plan.model.Budget;
import io.github.chorus.plan.model.Campaign;
import io.github.chorus.plan.model.CampaignKind;
import io.github.chorus.plan.model.CampaignObjective;
import io.github.chorus.plan.model.CampaignResult;
import io.github.chorus.plan.model.CampaignStatus;
import io.github.chorus.plan.model.ChannelPresence;
import io.github.chorus.plan.model.Goal;
import io.github.chorus.plan.model.Kpi;
import io.github.chorus.plan.model.Persona;
import io.github.chorus.plan.model.PlanPackage;
import io.github.chorus.plan.model.SpendEntry;

import java.lang.reflect.InvocationTargetException;

import java.math.BigDecimal;

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
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Campaign</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.github.chorus.plan.model.impl.CampaignImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.impl.CampaignImpl#getObjective <em>Objective</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.impl.CampaignImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.impl.CampaignImpl#getFlightStart <em>Flight Start</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.impl.CampaignImpl#getFlightEnd <em>Flight End</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.impl.CampaignImpl#getBudget <em>Budget</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.impl.CampaignImpl#getPersonas <em>Personas</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.impl.CampaignImpl#getChannels <em>Channels</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.impl.CampaignImpl#getBudgetSource <em>Budget Source</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.impl.CampaignImpl#getGoals <em>Goals</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.impl.CampaignImpl#getKpis <em>Kpis</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.impl.CampaignImpl#getSpend <em>Spend</em>}</li>
 *   <li>{@link io.github.chorus.plan.model.impl.CampaignImpl#getResults <em>Results</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CampaignImpl extends NamedImpl implements Campaign
{
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final CampaignKind KIND_EDEFAULT = CampaignKind.ORGANIC;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected CampaignKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getObjective() <em>Objective</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObjective()
	 * @generated
	 * @ordered
	 */
	protected static final CampaignObjective OBJECTIVE_EDEFAULT = CampaignObjective.AWARENESS;

	/**
	 * The cached value of the '{@link #getObjective() <em>Objective</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObjective()
	 * @generated
	 * @ordered
	 */
	protected CampaignObjective objective = OBJECTIVE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final CampaignStatus STATUS_EDEFAULT = CampaignStatus.PLANNED;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected CampaignStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getFlightStart() <em>Flight Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFlightStart()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate FLIGHT_START_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFlightStart() <em>Flight Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFlightStart()
	 * @generated
	 * @ordered
	 */
	protected LocalDate flightStart = FLIGHT_START_EDEFAULT;

	/**
	 * The default value of the '{@link #getFlightEnd() <em>Flight End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFlightEnd()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate FLIGHT_END_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFlightEnd() <em>Flight End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFlightEnd()
	 * @generated
	 * @ordered
	 */
	protected LocalDate flightEnd = FLIGHT_END_EDEFAULT;

	/**
	 * The default value of the '{@link #getBudget() <em>Budget</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBudget()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal BUDGET_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBudget() <em>Budget</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBudget()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal budget = BUDGET_EDEFAULT;

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
	 * The cached value of the '{@link #getChannels() <em>Channels</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannels()
	 * @generated
	 * @ordered
	 */
	protected EList<ChannelPresence> channels;

	/**
	 * The cached value of the '{@link #getBudgetSource() <em>Budget Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBudgetSource()
	 * @generated
	 * @ordered
	 */
	protected Budget budgetSource;

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
	 * The cached value of the '{@link #getKpis() <em>Kpis</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKpis()
	 * @generated
	 * @ordered
	 */
	protected EList<Kpi> kpis;

	/**
	 * The cached value of the '{@link #getSpend() <em>Spend</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSpend()
	 * @generated
	 * @ordered
	 */
	protected EList<SpendEntry> spend;

	/**
	 * The cached value of the '{@link #getResults() <em>Results</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResults()
	 * @generated
	 * @ordered
	 */
	protected EList<CampaignResult> results;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CampaignImpl()
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
		return PlanPackage.Literals.CAMPAIGN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CampaignKind getKind()
	{
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(CampaignKind newKind)
	{
		CampaignKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.CAMPAIGN__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CampaignObjective getObjective()
	{
		return objective;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setObjective(CampaignObjective newObjective)
	{
		CampaignObjective oldObjective = objective;
		objective = newObjective == null ? OBJECTIVE_EDEFAULT : newObjective;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.CAMPAIGN__OBJECTIVE, oldObjective, objective));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CampaignStatus getStatus()
	{
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(CampaignStatus newStatus)
	{
		CampaignStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.CAMPAIGN__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getFlightStart()
	{
		return flightStart;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFlightStart(LocalDate newFlightStart)
	{
		LocalDate oldFlightStart = flightStart;
		flightStart = newFlightStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.CAMPAIGN__FLIGHT_START, oldFlightStart, flightStart));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getFlightEnd()
	{
		return flightEnd;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFlightEnd(LocalDate newFlightEnd)
	{
		LocalDate oldFlightEnd = flightEnd;
		flightEnd = newFlightEnd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.CAMPAIGN__FLIGHT_END, oldFlightEnd, flightEnd));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getBudget()
	{
		return budget;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBudget(BigDecimal newBudget)
	{
		BigDecimal oldBudget = budget;
		budget = newBudget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.CAMPAIGN__BUDGET, oldBudget, budget));
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
			personas = new EObjectResolvingEList<Persona>(Persona.class, this, PlanPackage.CAMPAIGN__PERSONAS);
		}
		return personas;
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
			channels = new EObjectResolvingEList<ChannelPresence>(ChannelPresence.class, this, PlanPackage.CAMPAIGN__CHANNELS);
		}
		return channels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Budget getBudgetSource()
	{
		if (budgetSource != null && budgetSource.eIsProxy())
		{
			InternalEObject oldBudgetSource = (InternalEObject)budgetSource;
			budgetSource = (Budget)eResolveProxy(oldBudgetSource);
			if (budgetSource != oldBudgetSource)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PlanPackage.CAMPAIGN__BUDGET_SOURCE, oldBudgetSource, budgetSource));
			}
		}
		return budgetSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Budget basicGetBudgetSource()
	{
		return budgetSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBudgetSource(Budget newBudgetSource)
	{
		Budget oldBudgetSource = budgetSource;
		budgetSource = newBudgetSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.CAMPAIGN__BUDGET_SOURCE, oldBudgetSource, budgetSource));
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
			goals = new EObjectResolvingEList<Goal>(Goal.class, this, PlanPackage.CAMPAIGN__GOALS);
		}
		return goals;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Kpi> getKpis()
	{
		if (kpis == null)
		{
			kpis = new EObjectResolvingEList<Kpi>(Kpi.class, this, PlanPackage.CAMPAIGN__KPIS);
		}
		return kpis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SpendEntry> getSpend()
	{
		if (spend == null)
		{
			spend = new EObjectContainmentEList<SpendEntry>(SpendEntry.class, this, PlanPackage.CAMPAIGN__SPEND);
		}
		return spend;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CampaignResult> getResults()
	{
		if (results == null)
		{
			results = new EObjectContainmentEList<CampaignResult>(CampaignResult.class, this, PlanPackage.CAMPAIGN__RESULTS);
		}
		return results;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSpendWithinBudget(final DiagnosticChain diagnostics, final Map<Object, Object> context)
	{
		return io.github.chorus.plan.model.internal.validation.PlanConstraints.isSpendWithinBudget(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean hasOrderedFlightDates(final DiagnosticChain diagnostics, final Map<Object, Object> context)
	{
		return io.github.chorus.plan.model.internal.validation.PlanConstraints.hasOrderedFlightDates(this, diagnostics, context);
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
			case PlanPackage.CAMPAIGN__SPEND:
				return ((InternalEList<?>)getSpend()).basicRemove(otherEnd, msgs);
			case PlanPackage.CAMPAIGN__RESULTS:
				return ((InternalEList<?>)getResults()).basicRemove(otherEnd, msgs);
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
			case PlanPackage.CAMPAIGN__KIND:
				return getKind();
			case PlanPackage.CAMPAIGN__OBJECTIVE:
				return getObjective();
			case PlanPackage.CAMPAIGN__STATUS:
				return getStatus();
			case PlanPackage.CAMPAIGN__FLIGHT_START:
				return getFlightStart();
			case PlanPackage.CAMPAIGN__FLIGHT_END:
				return getFlightEnd();
			case PlanPackage.CAMPAIGN__BUDGET:
				return getBudget();
			case PlanPackage.CAMPAIGN__PERSONAS:
				return getPersonas();
			case PlanPackage.CAMPAIGN__CHANNELS:
				return getChannels();
			case PlanPackage.CAMPAIGN__BUDGET_SOURCE:
				if (resolve) return getBudgetSource();
				return basicGetBudgetSource();
			case PlanPackage.CAMPAIGN__GOALS:
				return getGoals();
			case PlanPackage.CAMPAIGN__KPIS:
				return getKpis();
			case PlanPackage.CAMPAIGN__SPEND:
				return getSpend();
			case PlanPackage.CAMPAIGN__RESULTS:
				return getResults();
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
			case PlanPackage.CAMPAIGN__KIND:
				setKind((CampaignKind)newValue);
				return;
			case PlanPackage.CAMPAIGN__OBJECTIVE:
				setObjective((CampaignObjective)newValue);
				return;
			case PlanPackage.CAMPAIGN__STATUS:
				setStatus((CampaignStatus)newValue);
				return;
			case PlanPackage.CAMPAIGN__FLIGHT_START:
				setFlightStart((LocalDate)newValue);
				return;
			case PlanPackage.CAMPAIGN__FLIGHT_END:
				setFlightEnd((LocalDate)newValue);
				return;
			case PlanPackage.CAMPAIGN__BUDGET:
				setBudget((BigDecimal)newValue);
				return;
			case PlanPackage.CAMPAIGN__PERSONAS:
				getPersonas().clear();
				getPersonas().addAll((Collection<? extends Persona>)newValue);
				return;
			case PlanPackage.CAMPAIGN__CHANNELS:
				getChannels().clear();
				getChannels().addAll((Collection<? extends ChannelPresence>)newValue);
				return;
			case PlanPackage.CAMPAIGN__BUDGET_SOURCE:
				setBudgetSource((Budget)newValue);
				return;
			case PlanPackage.CAMPAIGN__GOALS:
				getGoals().clear();
				getGoals().addAll((Collection<? extends Goal>)newValue);
				return;
			case PlanPackage.CAMPAIGN__KPIS:
				getKpis().clear();
				getKpis().addAll((Collection<? extends Kpi>)newValue);
				return;
			case PlanPackage.CAMPAIGN__SPEND:
				getSpend().clear();
				getSpend().addAll((Collection<? extends SpendEntry>)newValue);
				return;
			case PlanPackage.CAMPAIGN__RESULTS:
				getResults().clear();
				getResults().addAll((Collection<? extends CampaignResult>)newValue);
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
			case PlanPackage.CAMPAIGN__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case PlanPackage.CAMPAIGN__OBJECTIVE:
				setObjective(OBJECTIVE_EDEFAULT);
				return;
			case PlanPackage.CAMPAIGN__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case PlanPackage.CAMPAIGN__FLIGHT_START:
				setFlightStart(FLIGHT_START_EDEFAULT);
				return;
			case PlanPackage.CAMPAIGN__FLIGHT_END:
				setFlightEnd(FLIGHT_END_EDEFAULT);
				return;
			case PlanPackage.CAMPAIGN__BUDGET:
				setBudget(BUDGET_EDEFAULT);
				return;
			case PlanPackage.CAMPAIGN__PERSONAS:
				getPersonas().clear();
				return;
			case PlanPackage.CAMPAIGN__CHANNELS:
				getChannels().clear();
				return;
			case PlanPackage.CAMPAIGN__BUDGET_SOURCE:
				setBudgetSource((Budget)null);
				return;
			case PlanPackage.CAMPAIGN__GOALS:
				getGoals().clear();
				return;
			case PlanPackage.CAMPAIGN__KPIS:
				getKpis().clear();
				return;
			case PlanPackage.CAMPAIGN__SPEND:
				getSpend().clear();
				return;
			case PlanPackage.CAMPAIGN__RESULTS:
				getResults().clear();
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
			case PlanPackage.CAMPAIGN__KIND:
				return kind != KIND_EDEFAULT;
			case PlanPackage.CAMPAIGN__OBJECTIVE:
				return objective != OBJECTIVE_EDEFAULT;
			case PlanPackage.CAMPAIGN__STATUS:
				return status != STATUS_EDEFAULT;
			case PlanPackage.CAMPAIGN__FLIGHT_START:
				return FLIGHT_START_EDEFAULT == null ? flightStart != null : !FLIGHT_START_EDEFAULT.equals(flightStart);
			case PlanPackage.CAMPAIGN__FLIGHT_END:
				return FLIGHT_END_EDEFAULT == null ? flightEnd != null : !FLIGHT_END_EDEFAULT.equals(flightEnd);
			case PlanPackage.CAMPAIGN__BUDGET:
				return BUDGET_EDEFAULT == null ? budget != null : !BUDGET_EDEFAULT.equals(budget);
			case PlanPackage.CAMPAIGN__PERSONAS:
				return personas != null && !personas.isEmpty();
			case PlanPackage.CAMPAIGN__CHANNELS:
				return channels != null && !channels.isEmpty();
			case PlanPackage.CAMPAIGN__BUDGET_SOURCE:
				return budgetSource != null;
			case PlanPackage.CAMPAIGN__GOALS:
				return goals != null && !goals.isEmpty();
			case PlanPackage.CAMPAIGN__KPIS:
				return kpis != null && !kpis.isEmpty();
			case PlanPackage.CAMPAIGN__SPEND:
				return spend != null && !spend.isEmpty();
			case PlanPackage.CAMPAIGN__RESULTS:
				return results != null && !results.isEmpty();
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
			case PlanPackage.CAMPAIGN___IS_SPEND_WITHIN_BUDGET__DIAGNOSTICCHAIN_MAP:
				return isSpendWithinBudget((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case PlanPackage.CAMPAIGN___HAS_ORDERED_FLIGHT_DATES__DIAGNOSTICCHAIN_MAP:
				return hasOrderedFlightDates((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
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
		result.append(" (kind: "); //$NON-NLS-1$
		result.append(kind);
		result.append(", objective: "); //$NON-NLS-1$
		result.append(objective);
		result.append(", status: "); //$NON-NLS-1$
		result.append(status);
		result.append(", flightStart: "); //$NON-NLS-1$
		result.append(flightStart);
		result.append(", flightEnd: "); //$NON-NLS-1$
		result.append(flightEnd);
		result.append(", budget: "); //$NON-NLS-1$
		result.append(budget);
		result.append(')');
		return result.toString();
	}

} //CampaignImpl
