/**
 * SPDX-License-Identifier: EPL-2.0
 * Copyright (c) 2026 the Chorus authors
 */
package io.github.chorus.community.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Lead Qualification</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see io.github.chorus.community.model.CommunityPackage#getLeadQualification()
 * @model
 * @generated
 */
public enum LeadQualification implements Enumerator
{
	/**
	 * The '<em><b>UNQUALIFIED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNQUALIFIED_VALUE
	 * @generated
	 * @ordered
	 */
	UNQUALIFIED(0, "UNQUALIFIED", "UNQUALIFIED"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>MARKETING QUALIFIED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MARKETING_QUALIFIED_VALUE
	 * @generated
	 * @ordered
	 */
	MARKETING_QUALIFIED(1, "MARKETING_QUALIFIED", "MARKETING_QUALIFIED"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>SALES QUALIFIED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SALES_QUALIFIED_VALUE
	 * @generated
	 * @ordered
	 */
	SALES_QUALIFIED(2, "SALES_QUALIFIED", "SALES_QUALIFIED"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>OPPORTUNITY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OPPORTUNITY_VALUE
	 * @generated
	 * @ordered
	 */
	OPPORTUNITY(3, "OPPORTUNITY", "OPPORTUNITY"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>DISQUALIFIED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DISQUALIFIED_VALUE
	 * @generated
	 * @ordered
	 */
	DISQUALIFIED(4, "DISQUALIFIED", "DISQUALIFIED"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>UNQUALIFIED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNQUALIFIED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int UNQUALIFIED_VALUE = 0;

	/**
	 * The '<em><b>MARKETING QUALIFIED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MARKETING_QUALIFIED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MARKETING_QUALIFIED_VALUE = 1;

	/**
	 * The '<em><b>SALES QUALIFIED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SALES_QUALIFIED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SALES_QUALIFIED_VALUE = 2;

	/**
	 * The '<em><b>OPPORTUNITY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OPPORTUNITY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OPPORTUNITY_VALUE = 3;

	/**
	 * The '<em><b>DISQUALIFIED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DISQUALIFIED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DISQUALIFIED_VALUE = 4;

	/**
	 * An array of all the '<em><b>Lead Qualification</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final LeadQualification[] VALUES_ARRAY =
		new LeadQualification[]
		{
			UNQUALIFIED,
			MARKETING_QUALIFIED,
			SALES_QUALIFIED,
			OPPORTUNITY,
			DISQUALIFIED,
		};

	/**
	 * A public read-only list of all the '<em><b>Lead Qualification</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<LeadQualification> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Lead Qualification</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LeadQualification get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			LeadQualification result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Lead Qualification</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LeadQualification getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			LeadQualification result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Lead Qualification</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LeadQualification get(int value)
	{
		switch (value)
		{
			case UNQUALIFIED_VALUE: return UNQUALIFIED;
			case MARKETING_QUALIFIED_VALUE: return MARKETING_QUALIFIED;
			case SALES_QUALIFIED_VALUE: return SALES_QUALIFIED;
			case OPPORTUNITY_VALUE: return OPPORTUNITY;
			case DISQUALIFIED_VALUE: return DISQUALIFIED;
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
	private LeadQualification(int value, String name, String literal)
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
	
} //LeadQualification
