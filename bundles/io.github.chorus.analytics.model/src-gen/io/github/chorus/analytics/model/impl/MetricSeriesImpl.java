/**
 * SPDX-License-Identifier: EPL-2.0
 * Copyright (c) 2026 the Chorus authors
 */
package io.github.chorus.analytics.model.impl;

import io.github.chorus.analytics.model.AnalyticsPackage;
import io.github.chorus.analytics.model.ImportRecord;
import io.github.chorus.analytics.model.MetricSeries;
import io.github.chorus.analytics.model.ObservationBlock;

import io.github.chorus.content.model.ScheduledPublication;

import io.github.chorus.plan.model.ChannelPresence;
import io.github.chorus.plan.model.MetricDefinition;

import io.github.chorus.plan.model.impl.IdentifiedImpl;

import java.lang.reflect.InvocationTargetException;

import java.util.Map;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Metric Series</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.github.chorus.analytics.model.impl.MetricSeriesImpl#getChannel <em>Channel</em>}</li>
 *   <li>{@link io.github.chorus.analytics.model.impl.MetricSeriesImpl#getSubject <em>Subject</em>}</li>
 *   <li>{@link io.github.chorus.analytics.model.impl.MetricSeriesImpl#getMetric <em>Metric</em>}</li>
 *   <li>{@link io.github.chorus.analytics.model.impl.MetricSeriesImpl#getSource <em>Source</em>}</li>
 *   <li>{@link io.github.chorus.analytics.model.impl.MetricSeriesImpl#getObservations <em>Observations</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MetricSeriesImpl extends IdentifiedImpl implements MetricSeries
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
	 * The cached value of the '{@link #getSubject() <em>Subject</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubject()
	 * @generated
	 * @ordered
	 */
	protected ScheduledPublication subject;

	/**
	 * The cached value of the '{@link #getMetric() <em>Metric</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMetric()
	 * @generated
	 * @ordered
	 */
	protected MetricDefinition metric;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected ImportRecord source;

	/**
	 * The default value of the '{@link #getObservations() <em>Observations</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObservations()
	 * @generated
	 * @ordered
	 */
	protected static final ObservationBlock OBSERVATIONS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getObservations() <em>Observations</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObservations()
	 * @generated
	 * @ordered
	 */
	protected ObservationBlock observations = OBSERVATIONS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MetricSeriesImpl()
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
		return AnalyticsPackage.Literals.METRIC_SERIES;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, AnalyticsPackage.METRIC_SERIES__CHANNEL, oldChannel, channel));
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
			eNotify(new ENotificationImpl(this, Notification.SET, AnalyticsPackage.METRIC_SERIES__CHANNEL, oldChannel, channel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScheduledPublication getSubject()
	{
		if (subject != null && subject.eIsProxy())
		{
			InternalEObject oldSubject = (InternalEObject)subject;
			subject = (ScheduledPublication)eResolveProxy(oldSubject);
			if (subject != oldSubject)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, AnalyticsPackage.METRIC_SERIES__SUBJECT, oldSubject, subject));
			}
		}
		return subject;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ScheduledPublication basicGetSubject()
	{
		return subject;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubject(ScheduledPublication newSubject)
	{
		ScheduledPublication oldSubject = subject;
		subject = newSubject;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnalyticsPackage.METRIC_SERIES__SUBJECT, oldSubject, subject));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MetricDefinition getMetric()
	{
		if (metric != null && metric.eIsProxy())
		{
			InternalEObject oldMetric = (InternalEObject)metric;
			metric = (MetricDefinition)eResolveProxy(oldMetric);
			if (metric != oldMetric)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, AnalyticsPackage.METRIC_SERIES__METRIC, oldMetric, metric));
			}
		}
		return metric;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MetricDefinition basicGetMetric()
	{
		return metric;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMetric(MetricDefinition newMetric)
	{
		MetricDefinition oldMetric = metric;
		metric = newMetric;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnalyticsPackage.METRIC_SERIES__METRIC, oldMetric, metric));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ImportRecord getSource()
	{
		if (source != null && source.eIsProxy())
		{
			InternalEObject oldSource = (InternalEObject)source;
			source = (ImportRecord)eResolveProxy(oldSource);
			if (source != oldSource)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, AnalyticsPackage.METRIC_SERIES__SOURCE, oldSource, source));
			}
		}
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ImportRecord basicGetSource()
	{
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(ImportRecord newSource)
	{
		ImportRecord oldSource = source;
		source = newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnalyticsPackage.METRIC_SERIES__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ObservationBlock getObservations()
	{
		return observations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setObservations(ObservationBlock newObservations)
	{
		ObservationBlock oldObservations = observations;
		observations = newObservations;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnalyticsPackage.METRIC_SERIES__OBSERVATIONS, oldObservations, observations));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isConsistent(final DiagnosticChain diagnostics, final Map<Object, Object> context)
	{
		return io.github.chorus.analytics.model.internal.validation.AnalyticsConstraints.isConsistent(this, diagnostics, context);
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
			case AnalyticsPackage.METRIC_SERIES__CHANNEL:
				if (resolve) return getChannel();
				return basicGetChannel();
			case AnalyticsPackage.METRIC_SERIES__SUBJECT:
				if (resolve) return getSubject();
				return basicGetSubject();
			case AnalyticsPackage.METRIC_SERIES__METRIC:
				if (resolve) return getMetric();
				return basicGetMetric();
			case AnalyticsPackage.METRIC_SERIES__SOURCE:
				if (resolve) return getSource();
				return basicGetSource();
			case AnalyticsPackage.METRIC_SERIES__OBSERVATIONS:
				return getObservations();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue)
	{
		switch (featureID)
		{
			case AnalyticsPackage.METRIC_SERIES__CHANNEL:
				setChannel((ChannelPresence)newValue);
				return;
			case AnalyticsPackage.METRIC_SERIES__SUBJECT:
				setSubject((ScheduledPublication)newValue);
				return;
			case AnalyticsPackage.METRIC_SERIES__METRIC:
				setMetric((MetricDefinition)newValue);
				return;
			case AnalyticsPackage.METRIC_SERIES__SOURCE:
				setSource((ImportRecord)newValue);
				return;
			case AnalyticsPackage.METRIC_SERIES__OBSERVATIONS:
				setObservations((ObservationBlock)newValue);
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
			case AnalyticsPackage.METRIC_SERIES__CHANNEL:
				setChannel((ChannelPresence)null);
				return;
			case AnalyticsPackage.METRIC_SERIES__SUBJECT:
				setSubject((ScheduledPublication)null);
				return;
			case AnalyticsPackage.METRIC_SERIES__METRIC:
				setMetric((MetricDefinition)null);
				return;
			case AnalyticsPackage.METRIC_SERIES__SOURCE:
				setSource((ImportRecord)null);
				return;
			case AnalyticsPackage.METRIC_SERIES__OBSERVATIONS:
				setObservations(OBSERVATIONS_EDEFAULT);
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
			case AnalyticsPackage.METRIC_SERIES__CHANNEL:
				return channel != null;
			case AnalyticsPackage.METRIC_SERIES__SUBJECT:
				return subject != null;
			case AnalyticsPackage.METRIC_SERIES__METRIC:
				return metric != null;
			case AnalyticsPackage.METRIC_SERIES__SOURCE:
				return source != null;
			case AnalyticsPackage.METRIC_SERIES__OBSERVATIONS:
				return OBSERVATIONS_EDEFAULT == null ? observations != null : !OBSERVATIONS_EDEFAULT.equals(observations);
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
			case AnalyticsPackage.METRIC_SERIES___IS_CONSISTENT__DIAGNOSTICCHAIN_MAP:
				return isConsistent((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
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
		result.append(" (observations: "); //$NON-NLS-1$
		result.append(observations);
		result.append(')');
		return result.toString();
	}

} //MetricSeriesImpl
