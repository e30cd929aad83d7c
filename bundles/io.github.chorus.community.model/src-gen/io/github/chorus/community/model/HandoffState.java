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
 * A representation of the literals of the enumeration '<em><b>Handoff State</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see io.github.chorus.community.model.CommunityPackage#getHandoffState()
 * @model
 * @generated
 */
public enum HandoffState implements Enumerator
{
	/**
	 * The '<em><b>NOT HANDED OFF</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOT_HANDED_OFF_VALUE
	 * @generated
	 * @ordered
	 */
	NOT_HANDED_OFF(0, "NOT_HANDED_OFF", "NOT_HANDED_OFF"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>HANDED OFF</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HANDED_OFF_VALUE
	 * @generated
	 * @ordered
	 */
	HANDED_OFF(1, "HANDED_OFF", "HANDED_OFF"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>ACCEPTED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACCEPTED_VALUE
	 * @generated
	 * @ordered
	 */
	ACCEPTED(2, "ACCEPTED", "ACCEPTED"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>REJECTED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REJECTED_VALUE
	 * @generated
	 * @ordered
	 */
	REJECTED(3, "REJECTED", "REJECTED"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>WON</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WON_VALUE
	 * @generated
	 * @ordered
	 */
	WON(4, "WON", "WON"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>LOST</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOST_VALUE
	 * @generated
	 * @ordered
	 */
	LOST(5, "LOST", "LOST"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>NOT HANDED OFF</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOT_HANDED_OFF
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NOT_HANDED_OFF_VALUE = 0;

	/**
	 * The '<em><b>HANDED OFF</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HANDED_OFF
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int HANDED_OFF_VALUE = 1;

	/**
	 * The '<em><b>ACCEPTED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACCEPTED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ACCEPTED_VALUE = 2;

	/**
	 * The '<em><b>REJECTED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REJECTED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REJECTED_VALUE = 3;

	/**
	 * The '<em><b>WON</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WON
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int WON_VALUE = 4;

	/**
	 * The '<em><b>LOST</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOST
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LOST_VALUE = 5;

	/**
	 * An array of all the '<em><b>Handoff State</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final HandoffState[] VALUES_ARRAY =
		new HandoffState[]
		{
			NOT_HANDED_OFF,
			HANDED_OFF,
			ACCEPTED,
			REJECTED,
			WON,
			LOST,
		};

	/**
	 * A public read-only list of all the '<em><b>Handoff State</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<HandoffState> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Handoff State</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static HandoffState get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			HandoffState result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Handoff State</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static HandoffState getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			HandoffState result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Handoff State</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static HandoffState get(int value)
	{
		switch (value)
		{
			case NOT_HANDED_OFF_VALUE: return NOT_HANDED_OFF;
			case HANDED_OFF_VALUE: return HANDED_OFF;
			case ACCEPTED_VALUE: return ACCEPTED;
			case REJECTED_VALUE: return REJECTED;
			case WON_VALUE: return WON;
			case LOST_VALUE: return LOST;
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
	private HandoffState(int value, String name, String literal)
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
	
} //HandoffState
