/**
 * SPDX-License-Identifier: EPL-2.0
 * Copyright (c) 2026 the Chorus authors
 */
package io.github.chorus.content.model.impl;

import io.github.chorus.content.model.ContentPackage;
import io.github.chorus.content.model.UtmPreset;

import io.github.chorus.plan.model.impl.NamedImpl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Utm Preset</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.github.chorus.content.model.impl.UtmPresetImpl#getUtmSource <em>Utm Source</em>}</li>
 *   <li>{@link io.github.chorus.content.model.impl.UtmPresetImpl#getUtmMedium <em>Utm Medium</em>}</li>
 *   <li>{@link io.github.chorus.content.model.impl.UtmPresetImpl#getUtmCampaign <em>Utm Campaign</em>}</li>
 *   <li>{@link io.github.chorus.content.model.impl.UtmPresetImpl#getUtmTerm <em>Utm Term</em>}</li>
 *   <li>{@link io.github.chorus.content.model.impl.UtmPresetImpl#getUtmContent <em>Utm Content</em>}</li>
 * </ul>
 *
 * @generated
 */
public class UtmPresetImpl extends NamedImpl implements UtmPreset
{
	/**
	 * The default value of the '{@link #getUtmSource() <em>Utm Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUtmSource()
	 * @generated
	 * @ordered
	 */
	protected static final String UTM_SOURCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUtmSource() <em>Utm Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUtmSource()
	 * @generated
	 * @ordered
	 */
	protected String utmSource = UTM_SOURCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getUtmMedium() <em>Utm Medium</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUtmMedium()
	 * @generated
	 * @ordered
	 */
	protected static final String UTM_MEDIUM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUtmMedium() <em>Utm Medium</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUtmMedium()
	 * @generated
	 * @ordered
	 */
	protected String utmMedium = UTM_MEDIUM_EDEFAULT;

	/**
	 * The default value of the '{@link #getUtmCampaign() <em>Utm Campaign</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUtmCampaign()
	 * @generated
	 * @ordered
	 */
	protected static final String UTM_CAMPAIGN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUtmCampaign() <em>Utm Campaign</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUtmCampaign()
	 * @generated
	 * @ordered
	 */
	protected String utmCampaign = UTM_CAMPAIGN_EDEFAULT;

	/**
	 * The default value of the '{@link #getUtmTerm() <em>Utm Term</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUtmTerm()
	 * @generated
	 * @ordered
	 */
	protected static final String UTM_TERM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUtmTerm() <em>Utm Term</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUtmTerm()
	 * @generated
	 * @ordered
	 */
	protected String utmTerm = UTM_TERM_EDEFAULT;

	/**
	 * The default value of the '{@link #getUtmContent() <em>Utm Content</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUtmContent()
	 * @generated
	 * @ordered
	 */
	protected static final String UTM_CONTENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUtmContent() <em>Utm Content</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUtmContent()
	 * @generated
	 * @ordered
	 */
	protected String utmContent = UTM_CONTENT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected UtmPresetImpl()
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
		return ContentPackage.Literals.UTM_PRESET;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUtmSource()
	{
		return utmSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUtmSource(String newUtmSource)
	{
		String oldUtmSource = utmSource;
		utmSource = newUtmSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ContentPackage.UTM_PRESET__UTM_SOURCE, oldUtmSource, utmSource));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUtmMedium()
	{
		return utmMedium;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUtmMedium(String newUtmMedium)
	{
		String oldUtmMedium = utmMedium;
		utmMedium = newUtmMedium;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ContentPackage.UTM_PRESET__UTM_MEDIUM, oldUtmMedium, utmMedium));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUtmCampaign()
	{
		return utmCampaign;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUtmCampaign(String newUtmCampaign)
	{
		String oldUtmCampaign = utmCampaign;
		utmCampaign = newUtmCampaign;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ContentPackage.UTM_PRESET__UTM_CAMPAIGN, oldUtmCampaign, utmCampaign));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUtmTerm()
	{
		return utmTerm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUtmTerm(String newUtmTerm)
	{
		String oldUtmTerm = utmTerm;
		utmTerm = newUtmTerm;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ContentPackage.UTM_PRESET__UTM_TERM, oldUtmTerm, utmTerm));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUtmContent()
	{
		return utmContent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUtmContent(String newUtmContent)
	{
		String oldUtmContent = utmContent;
		utmContent = newUtmContent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ContentPackage.UTM_PRESET__UTM_CONTENT, oldUtmContent, utmContent));
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
			case ContentPackage.UTM_PRESET__UTM_SOURCE:
				return getUtmSource();
			case ContentPackage.UTM_PRESET__UTM_MEDIUM:
				return getUtmMedium();
			case ContentPackage.UTM_PRESET__UTM_CAMPAIGN:
				return getUtmCampaign();
			case ContentPackage.UTM_PRESET__UTM_TERM:
				return getUtmTerm();
			case ContentPackage.UTM_PRESET__UTM_CONTENT:
				return getUtmContent();
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
			case ContentPackage.UTM_PRESET__UTM_SOURCE:
				setUtmSource((String)newValue);
				return;
			case ContentPackage.UTM_PRESET__UTM_MEDIUM:
				setUtmMedium((String)newValue);
				return;
			case ContentPackage.UTM_PRESET__UTM_CAMPAIGN:
				setUtmCampaign((String)newValue);
				return;
			case ContentPackage.UTM_PRESET__UTM_TERM:
				setUtmTerm((String)newValue);
				return;
			case ContentPackage.UTM_PRESET__UTM_CONTENT:
				setUtmContent((String)newValue);
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
			case ContentPackage.UTM_PRESET__UTM_SOURCE:
				setUtmSource(UTM_SOURCE_EDEFAULT);
				return;
			case ContentPackage.UTM_PRESET__UTM_MEDIUM:
				setUtmMedium(UTM_MEDIUM_EDEFAULT);
				return;
			case ContentPackage.UTM_PRESET__UTM_CAMPAIGN:
				setUtmCampaign(UTM_CAMPAIGN_EDEFAULT);
				return;
			case ContentPackage.UTM_PRESET__UTM_TERM:
				setUtmTerm(UTM_TERM_EDEFAULT);
				return;
			case ContentPackage.UTM_PRESET__UTM_CONTENT:
				setUtmContent(UTM_CONTENT_EDEFAULT);
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
			case ContentPackage.UTM_PRESET__UTM_SOURCE:
				return UTM_SOURCE_EDEFAULT == null ? utmSource != null : !UTM_SOURCE_EDEFAULT.equals(utmSource);
			case ContentPackage.UTM_PRESET__UTM_MEDIUM:
				return UTM_MEDIUM_EDEFAULT == null ? utmMedium != null : !UTM_MEDIUM_EDEFAULT.equals(utmMedium);
			case ContentPackage.UTM_PRESET__UTM_CAMPAIGN:
				return UTM_CAMPAIGN_EDEFAULT == null ? utmCampaign != null : !UTM_CAMPAIGN_EDEFAULT.equals(utmCampaign);
			case ContentPackage.UTM_PRESET__UTM_TERM:
				return UTM_TERM_EDEFAULT == null ? utmTerm != null : !UTM_TERM_EDEFAULT.equals(utmTerm);
			case ContentPackage.UTM_PRESET__UTM_CONTENT:
				return UTM_CONTENT_EDEFAULT == null ? utmContent != null : !UTM_CONTENT_EDEFAULT.equals(utmContent);
		}
		return super.eIsSet(featureID);
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
		result.append(" (utmSource: "); //$NON-NLS-1$
		result.append(utmSource);
		result.append(", utmMedium: "); //$NON-NLS-1$
		result.append(utmMedium);
		result.append(", utmCampaign: "); //$NON-NLS-1$
		result.append(utmCampaign);
		result.append(", utmTerm: "); //$NON-NLS-1$
		result.append(utmTerm);
		result.append(", utmContent: "); //$NON-NLS-1$
		result.append(utmContent);
		result.append(')');
		return result.toString();
	}

} //UtmPresetImpl
