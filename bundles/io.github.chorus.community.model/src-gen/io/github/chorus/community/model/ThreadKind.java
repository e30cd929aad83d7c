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
 * A representation of the literals of the enumeration '<em><b>Thread Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see io.github.chorus.community.model.CommunityPackage#getThreadKind()
 * @model
 * @generated
 */
public enum ThreadKind implements Enumerator
{
	/**
	 * The '<em><b>COMMENTS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMENTS_VALUE
	 * @generated
	 * @ordered
	 */
	COMMENTS(0, "COMMENTS", "COMMENTS"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>MENTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MENTION_VALUE
	 * @generated
	 * @ordered
	 */
	MENTION(1, "MENTION", "MENTION"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>DIRECT MESSAGE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DIRECT_MESSAGE_VALUE
	 * @generated
	 * @ordered
	 */
	DIRECT_MESSAGE(2, "DIRECT_MESSAGE", "DIRECT_MESSAGE"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>REVIEW</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REVIEW_VALUE
	 * @generated
	 * @ordered
	 */
	REVIEW(3, "REVIEW", "REVIEW"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>COMMENTS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMENTS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COMMENTS_VALUE = 0;

	/**
	 * The '<em><b>MENTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MENTION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MENTION_VALUE = 1;

	/**
	 * The '<em><b>DIRECT MESSAGE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DIRECT_MESSAGE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DIRECT_MESSAGE_VALUE = 2;

	/**
	 * The '<em><b>REVIEW</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REVIEW
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REVIEW_VALUE = 3;

	/**
	 * An array of all the '<em><b>Thread Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ThreadKind[] VALUES_ARRAY =
		new ThreadKind[]
		{
			COMMENTS,
			MENTION,
			DIRECT_MESSAGE,
			REVIEW,
		};

	/**
	 * A public read-only list of all the '<em><b>Thread Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ThreadKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Thread Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ThreadKind get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			ThreadKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Thread Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ThreadKind getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			ThreadKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Thread Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ThreadKind get(int value)
	{
		switch (value)
		{
			case COMMENTS_VALUE: return COMMENTS;
			case MENTION_VALUE: return MENTION;
			case DIRECT_MESSAGE_VALUE: return DIRECT_MESSAGE;
			case REVIEW_VALUE: return REVIEW;
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
	private ThreadKind(int value, String name, String literal)
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
	
} //ThreadKind
