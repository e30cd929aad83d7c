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
 * A representation of the literals of the enumeration '<em><b>Role Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see io.github.chorus.plan.model.PlanPackage#getRoleKind()
 * @model
 * @generated
 */
public enum RoleKind implements Enumerator
{
	/**
	 * The '<em><b>STRATEGIST</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STRATEGIST_VALUE
	 * @generated
	 * @ordered
	 */
	STRATEGIST(0, "STRATEGIST", "STRATEGIST"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>CONTENT MANAGER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONTENT_MANAGER_VALUE
	 * @generated
	 * @ordered
	 */
	CONTENT_MANAGER(1, "CONTENT_MANAGER", "CONTENT_MANAGER"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>COMMUNITY MANAGER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMUNITY_MANAGER_VALUE
	 * @generated
	 * @ordered
	 */
	COMMUNITY_MANAGER(2, "COMMUNITY_MANAGER", "COMMUNITY_MANAGER"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>CAMPAIGN MANAGER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CAMPAIGN_MANAGER_VALUE
	 * @generated
	 * @ordered
	 */
	CAMPAIGN_MANAGER(3, "CAMPAIGN_MANAGER", "CAMPAIGN_MANAGER"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>ANALYST</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ANALYST_VALUE
	 * @generated
	 * @ordered
	 */
	ANALYST(4, "ANALYST", "ANALYST"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>APPROVER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #APPROVER_VALUE
	 * @generated
	 * @ordered
	 */
	APPROVER(5, "APPROVER", "APPROVER"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>ADMIN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADMIN_VALUE
	 * @generated
	 * @ordered
	 */
	ADMIN(6, "ADMIN", "ADMIN"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>STRATEGIST</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STRATEGIST
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int STRATEGIST_VALUE = 0;

	/**
	 * The '<em><b>CONTENT MANAGER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONTENT_MANAGER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CONTENT_MANAGER_VALUE = 1;

	/**
	 * The '<em><b>COMMUNITY MANAGER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMUNITY_MANAGER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COMMUNITY_MANAGER_VALUE = 2;

	/**
	 * The '<em><b>CAMPAIGN MANAGER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CAMPAIGN_MANAGER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CAMPAIGN_MANAGER_VALUE = 3;

	/**
	 * The '<em><b>ANALYST</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ANALYST
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ANALYST_VALUE = 4;

	/**
	 * The '<em><b>APPROVER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #APPROVER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int APPROVER_VALUE = 5;

	/**
	 * The '<em><b>ADMIN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADMIN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ADMIN_VALUE = 6;

	/**
	 * An array of all the '<em><b>Role Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final RoleKind[] VALUES_ARRAY =
		new RoleKind[]
		{
			STRATEGIST,
			CONTENT_MANAGER,
			COMMUNITY_MANAGER,
			CAMPAIGN_MANAGER,
			ANALYST,
			APPROVER,
			ADMIN,
		};

	/**
	 * A public read-only list of all the '<em><b>Role Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<RoleKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Role Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RoleKind get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			RoleKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Role Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RoleKind getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			RoleKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Role Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RoleKind get(int value)
	{
		switch (value)
		{
			case STRATEGIST_VALUE: return STRATEGIST;
			case CONTENT_MANAGER_VALUE: return CONTENT_MANAGER;
			case COMMUNITY_MANAGER_VALUE: return COMMUNITY_MANAGER;
			case CAMPAIGN_MANAGER_VALUE: return CAMPAIGN_MANAGER;
			case ANALYST_VALUE: return ANALYST;
			case APPROVER_VALUE: return APPROVER;
			case ADMIN_VALUE: return ADMIN;
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
	private RoleKind(int value, String name, String literal)
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
	
} //RoleKind
