/**
 * SPDX-License-Identifier: EPL-2.0
 * Copyright (c) 2026 the Chorus authors
 */
package io.github.chorus.plan.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Campaign Objective</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see io.github.chorus.plan.model.PlanPackage#getCampaignObjective()
 * @model
 * @generated
 */
public enum CampaignObjective implements Enumerator
{
	/**
	 * The '<em><b>AWARENESS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AWARENESS_VALUE
	 * @generated
	 * @ordered
	 */
	AWARENESS(0, "AWARENESS", "AWARENESS"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>REACH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REACH_VALUE
	 * @generated
	 * @ordered
	 */
	REACH(1, "REACH", "REACH"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>TRAFFIC</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRAFFIC_VALUE
	 * @generated
	 * @ordered
	 */
	TRAFFIC(2, "TRAFFIC", "TRAFFIC"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>ENGAGEMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENGAGEMENT_VALUE
	 * @generated
	 * @ordered
	 */
	ENGAGEMENT(3, "ENGAGEMENT", "ENGAGEMENT"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>VIDEO VIEWS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VIDEO_VIEWS_VALUE
	 * @generated
	 * @ordered
	 */
	VIDEO_VIEWS(4, "VIDEO_VIEWS", "VIDEO_VIEWS"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>LEAD GENERATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEAD_GENERATION_VALUE
	 * @generated
	 * @ordered
	 */
	LEAD_GENERATION(5, "LEAD_GENERATION", "LEAD_GENERATION"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>CONVERSIONS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONVERSIONS_VALUE
	 * @generated
	 * @ordered
	 */
	CONVERSIONS(6, "CONVERSIONS", "CONVERSIONS"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>SALES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SALES_VALUE
	 * @generated
	 * @ordered
	 */
	SALES(7, "SALES", "SALES"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>APP INSTALLS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #APP_INSTALLS_VALUE
	 * @generated
	 * @ordered
	 */
	APP_INSTALLS(8, "APP_INSTALLS", "APP_INSTALLS"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>AWARENESS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AWARENESS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int AWARENESS_VALUE = 0;

	/**
	 * The '<em><b>REACH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REACH
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REACH_VALUE = 1;

	/**
	 * The '<em><b>TRAFFIC</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRAFFIC
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TRAFFIC_VALUE = 2;

	/**
	 * The '<em><b>ENGAGEMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENGAGEMENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ENGAGEMENT_VALUE = 3;

	/**
	 * The '<em><b>VIDEO VIEWS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VIDEO_VIEWS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VIDEO_VIEWS_VALUE = 4;

	/**
	 * The '<em><b>LEAD GENERATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEAD_GENERATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LEAD_GENERATION_VALUE = 5;

	/**
	 * The '<em><b>CONVERSIONS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONVERSIONS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CONVERSIONS_VALUE = 6;

	/**
	 * The '<em><b>SALES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SALES
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SALES_VALUE = 7;

	/**
	 * The '<em><b>APP INSTALLS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #APP_INSTALLS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int APP_INSTALLS_VALUE = 8;

	/**
	 * An array of all the '<em><b>Campaign Objective</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final CampaignObjective[] VALUES_ARRAY =
		new CampaignObjective[]
		{
			AWARENESS,
			REACH,
			TRAFFIC,
			ENGAGEMENT,
			VIDEO_VIEWS,
			LEAD_GENERATION,
			CONVERSIONS,
			SALES,
			APP_INSTALLS,
		};

	/**
	 * A public read-only list of all the '<em><b>Campaign Objective</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<CampaignObjective> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Campaign Objective</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CampaignObjective get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			CampaignObjective result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Campaign Objective</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CampaignObjective getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			CampaignObjective result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Campaign Objective</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CampaignObjective get(int value)
	{
		switch (value)
		{
			case AWARENESS_VALUE: return AWARENESS;
			case REACH_VALUE: return REACH;
			case TRAFFIC_VALUE: return TRAFFIC;
			case ENGAGEMENT_VALUE: return ENGAGEMENT;
			case VIDEO_VIEWS_VALUE: return VIDEO_VIEWS;
			case LEAD_GENERATION_VALUE: return LEAD_GENERATION;
			case CONVERSIONS_VALUE: return CONVERSIONS;
			case SALES_VALUE: return SALES;
			case APP_INSTALLS_VALUE: return APP_INSTALLS;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private CampaignObjective(int value, String name, String literal)
	{
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue()
	{
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName()
	{
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral()
	{
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString()
	{
		return literal;
	}
	
} //CampaignObjective
