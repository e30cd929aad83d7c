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
 * A representation of the literals of the enumeration '<em><b>Challenge Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Problems a social media manager is typically hired to fix.
 * <!-- end-model-doc -->
 * @see io.github.chorus.plan.model.PlanPackage#getChallengeKind()
 * @model
 * @generated
 */
public enum ChallengeKind implements Enumerator
{
	/**
	 * The '<em><b>POOR TRAFFIC SEO</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POOR_TRAFFIC_SEO_VALUE
	 * @generated
	 * @ordered
	 */
	POOR_TRAFFIC_SEO(0, "POOR_TRAFFIC_SEO", "POOR_TRAFFIC_SEO"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>WEAK AWARENESS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WEAK_AWARENESS_VALUE
	 * @generated
	 * @ordered
	 */
	WEAK_AWARENESS(1, "WEAK_AWARENESS", "WEAK_AWARENESS"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>WEAK POSITIONING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WEAK_POSITIONING_VALUE
	 * @generated
	 * @ordered
	 */
	WEAK_POSITIONING(2, "WEAK_POSITIONING", "WEAK_POSITIONING"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>FALLING LOYALTY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FALLING_LOYALTY_VALUE
	 * @generated
	 * @ordered
	 */
	FALLING_LOYALTY(3, "FALLING_LOYALTY", "FALLING_LOYALTY"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>POOR REPUTATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POOR_REPUTATION_VALUE
	 * @generated
	 * @ordered
	 */
	POOR_REPUTATION(4, "POOR_REPUTATION", "POOR_REPUTATION"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>DIFFICULT SALES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DIFFICULT_SALES_VALUE
	 * @generated
	 * @ordered
	 */
	DIFFICULT_SALES(5, "DIFFICULT_SALES", "DIFFICULT_SALES"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>INFRASTRUCTURE NOT READY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INFRASTRUCTURE_NOT_READY_VALUE
	 * @generated
	 * @ordered
	 */
	INFRASTRUCTURE_NOT_READY(6, "INFRASTRUCTURE_NOT_READY", "INFRASTRUCTURE_NOT_READY"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>NO DIGITAL CULTURE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NO_DIGITAL_CULTURE_VALUE
	 * @generated
	 * @ordered
	 */
	NO_DIGITAL_CULTURE(7, "NO_DIGITAL_CULTURE", "NO_DIGITAL_CULTURE"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(8, "OTHER", "OTHER"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>POOR TRAFFIC SEO</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POOR_TRAFFIC_SEO
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int POOR_TRAFFIC_SEO_VALUE = 0;

	/**
	 * The '<em><b>WEAK AWARENESS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WEAK_AWARENESS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int WEAK_AWARENESS_VALUE = 1;

	/**
	 * The '<em><b>WEAK POSITIONING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WEAK_POSITIONING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int WEAK_POSITIONING_VALUE = 2;

	/**
	 * The '<em><b>FALLING LOYALTY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FALLING_LOYALTY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FALLING_LOYALTY_VALUE = 3;

	/**
	 * The '<em><b>POOR REPUTATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POOR_REPUTATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int POOR_REPUTATION_VALUE = 4;

	/**
	 * The '<em><b>DIFFICULT SALES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DIFFICULT_SALES
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DIFFICULT_SALES_VALUE = 5;

	/**
	 * The '<em><b>INFRASTRUCTURE NOT READY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INFRASTRUCTURE_NOT_READY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INFRASTRUCTURE_NOT_READY_VALUE = 6;

	/**
	 * The '<em><b>NO DIGITAL CULTURE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NO_DIGITAL_CULTURE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NO_DIGITAL_CULTURE_VALUE = 7;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 8;

	/**
	 * An array of all the '<em><b>Challenge Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ChallengeKind[] VALUES_ARRAY =
		new ChallengeKind[]
		{
			POOR_TRAFFIC_SEO,
			WEAK_AWARENESS,
			WEAK_POSITIONING,
			FALLING_LOYALTY,
			POOR_REPUTATION,
			DIFFICULT_SALES,
			INFRASTRUCTURE_NOT_READY,
			NO_DIGITAL_CULTURE,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Challenge Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ChallengeKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Challenge Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ChallengeKind get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			ChallengeKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Challenge Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ChallengeKind getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			ChallengeKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Challenge Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ChallengeKind get(int value)
	{
		switch (value)
		{
			case POOR_TRAFFIC_SEO_VALUE: return POOR_TRAFFIC_SEO;
			case WEAK_AWARENESS_VALUE: return WEAK_AWARENESS;
			case WEAK_POSITIONING_VALUE: return WEAK_POSITIONING;
			case FALLING_LOYALTY_VALUE: return FALLING_LOYALTY;
			case POOR_REPUTATION_VALUE: return POOR_REPUTATION;
			case DIFFICULT_SALES_VALUE: return DIFFICULT_SALES;
			case INFRASTRUCTURE_NOT_READY_VALUE: return INFRASTRUCTURE_NOT_READY;
			case NO_DIGITAL_CULTURE_VALUE: return NO_DIGITAL_CULTURE;
			case OTHER_VALUE: return OTHER;
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
	private ChallengeKind(int value, String name, String literal)
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
	
} //ChallengeKind
