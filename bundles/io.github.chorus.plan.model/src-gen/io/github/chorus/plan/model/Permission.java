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
 * A representation of the literals of the enumeration '<em><b>Permission</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * What a role may do.
 * <!-- end-model-doc -->
 * @see io.github.chorus.plan.model.PlanPackage#getPermission()
 * @model
 * @generated
 */
public enum Permission implements Enumerator
{
	/**
	 * The '<em><b>VIEW</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VIEW_VALUE
	 * @generated
	 * @ordered
	 */
	VIEW(0, "VIEW", "VIEW"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>EDIT PLAN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EDIT_PLAN_VALUE
	 * @generated
	 * @ordered
	 */
	EDIT_PLAN(1, "EDIT_PLAN", "EDIT_PLAN"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>EDIT CONTENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EDIT_CONTENT_VALUE
	 * @generated
	 * @ordered
	 */
	EDIT_CONTENT(2, "EDIT_CONTENT", "EDIT_CONTENT"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>SUBMIT FOR REVIEW</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUBMIT_FOR_REVIEW_VALUE
	 * @generated
	 * @ordered
	 */
	SUBMIT_FOR_REVIEW(3, "SUBMIT_FOR_REVIEW", "SUBMIT_FOR_REVIEW"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>APPROVE CONTENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #APPROVE_CONTENT_VALUE
	 * @generated
	 * @ordered
	 */
	APPROVE_CONTENT(4, "APPROVE_CONTENT", "APPROVE_CONTENT"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>SCHEDULE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SCHEDULE_VALUE
	 * @generated
	 * @ordered
	 */
	SCHEDULE(5, "SCHEDULE", "SCHEDULE"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>PUBLISH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PUBLISH_VALUE
	 * @generated
	 * @ordered
	 */
	PUBLISH(6, "PUBLISH", "PUBLISH"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>MANAGE INBOX</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MANAGE_INBOX_VALUE
	 * @generated
	 * @ordered
	 */
	MANAGE_INBOX(7, "MANAGE_INBOX", "MANAGE_INBOX"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>REPLY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REPLY_VALUE
	 * @generated
	 * @ordered
	 */
	REPLY(8, "REPLY", "REPLY"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>MODERATE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MODERATE_VALUE
	 * @generated
	 * @ordered
	 */
	MODERATE(9, "MODERATE", "MODERATE"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>MANAGE LEADS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MANAGE_LEADS_VALUE
	 * @generated
	 * @ordered
	 */
	MANAGE_LEADS(10, "MANAGE_LEADS", "MANAGE_LEADS"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>EDIT CAMPAIGNS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EDIT_CAMPAIGNS_VALUE
	 * @generated
	 * @ordered
	 */
	EDIT_CAMPAIGNS(11, "EDIT_CAMPAIGNS", "EDIT_CAMPAIGNS"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>APPROVE CAMPAIGNS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #APPROVE_CAMPAIGNS_VALUE
	 * @generated
	 * @ordered
	 */
	APPROVE_CAMPAIGNS(12, "APPROVE_CAMPAIGNS", "APPROVE_CAMPAIGNS"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>MANAGE BUDGET</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MANAGE_BUDGET_VALUE
	 * @generated
	 * @ordered
	 */
	MANAGE_BUDGET(13, "MANAGE_BUDGET", "MANAGE_BUDGET"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>IMPORT METRICS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IMPORT_METRICS_VALUE
	 * @generated
	 * @ordered
	 */
	IMPORT_METRICS(14, "IMPORT_METRICS", "IMPORT_METRICS"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>EDIT KPIS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EDIT_KPIS_VALUE
	 * @generated
	 * @ordered
	 */
	EDIT_KPIS(15, "EDIT_KPIS", "EDIT_KPIS"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>MANAGE CHANNELS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MANAGE_CHANNELS_VALUE
	 * @generated
	 * @ordered
	 */
	MANAGE_CHANNELS(16, "MANAGE_CHANNELS", "MANAGE_CHANNELS"), //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>MANAGE TEAM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MANAGE_TEAM_VALUE
	 * @generated
	 * @ordered
	 */
	MANAGE_TEAM(17, "MANAGE_TEAM", "MANAGE_TEAM"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The '<em><b>VIEW</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VIEW
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VIEW_VALUE = 0;

	/**
	 * The '<em><b>EDIT PLAN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EDIT_PLAN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EDIT_PLAN_VALUE = 1;

	/**
	 * The '<em><b>EDIT CONTENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EDIT_CONTENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EDIT_CONTENT_VALUE = 2;

	/**
	 * The '<em><b>SUBMIT FOR REVIEW</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUBMIT_FOR_REVIEW
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SUBMIT_FOR_REVIEW_VALUE = 3;

	/**
	 * The '<em><b>APPROVE CONTENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #APPROVE_CONTENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int APPROVE_CONTENT_VALUE = 4;

	/**
	 * The '<em><b>SCHEDULE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SCHEDULE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SCHEDULE_VALUE = 5;

	/**
	 * The '<em><b>PUBLISH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PUBLISH
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PUBLISH_VALUE = 6;

	/**
	 * The '<em><b>MANAGE INBOX</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MANAGE_INBOX
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MANAGE_INBOX_VALUE = 7;

	/**
	 * The '<em><b>REPLY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REPLY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REPLY_VALUE = 8;

	/**
	 * The '<em><b>MODERATE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MODERATE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MODERATE_VALUE = 9;

	/**
	 * The '<em><b>MANAGE LEADS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MANAGE_LEADS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MANAGE_LEADS_VALUE = 10;

	/**
	 * The '<em><b>EDIT CAMPAIGNS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EDIT_CAMPAIGNS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EDIT_CAMPAIGNS_VALUE = 11;

	/**
	 * The '<em><b>APPROVE CAMPAIGNS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #APPROVE_CAMPAIGNS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int APPROVE_CAMPAIGNS_VALUE = 12;

	/**
	 * The '<em><b>MANAGE BUDGET</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MANAGE_BUDGET
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MANAGE_BUDGET_VALUE = 13;

	/**
	 * The '<em><b>IMPORT METRICS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IMPORT_METRICS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int IMPORT_METRICS_VALUE = 14;

	/**
	 * The '<em><b>EDIT KPIS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EDIT_KPIS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EDIT_KPIS_VALUE = 15;

	/**
	 * The '<em><b>MANAGE CHANNELS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MANAGE_CHANNELS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MANAGE_CHANNELS_VALUE = 16;

	/**
	 * The '<em><b>MANAGE TEAM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MANAGE_TEAM
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MANAGE_TEAM_VALUE = 17;

	/**
	 * An array of all the '<em><b>Permission</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Permission[] VALUES_ARRAY =
		new Permission[]
		{
			VIEW,
			EDIT_PLAN,
			EDIT_CONTENT,
			SUBMIT_FOR_REVIEW,
			APPROVE_CONTENT,
			SCHEDULE,
			PUBLISH,
			MANAGE_INBOX,
			REPLY,
			MODERATE,
			MANAGE_LEADS,
			EDIT_CAMPAIGNS,
			APPROVE_CAMPAIGNS,
			MANAGE_BUDGET,
			IMPORT_METRICS,
			EDIT_KPIS,
			MANAGE_CHANNELS,
			MANAGE_TEAM,
		};

	/**
	 * A public read-only list of all the '<em><b>Permission</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Permission> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Permission</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Permission get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			Permission result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Permission</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Permission getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			Permission result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Permission</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Permission get(int value)
	{
		switch (value)
		{
			case VIEW_VALUE: return VIEW;
			case EDIT_PLAN_VALUE: return EDIT_PLAN;
			case EDIT_CONTENT_VALUE: return EDIT_CONTENT;
			case SUBMIT_FOR_REVIEW_VALUE: return SUBMIT_FOR_REVIEW;
			case APPROVE_CONTENT_VALUE: return APPROVE_CONTENT;
			case SCHEDULE_VALUE: return SCHEDULE;
			case PUBLISH_VALUE: return PUBLISH;
			case MANAGE_INBOX_VALUE: return MANAGE_INBOX;
			case REPLY_VALUE: return REPLY;
			case MODERATE_VALUE: return MODERATE;
			case MANAGE_LEADS_VALUE: return MANAGE_LEADS;
			case EDIT_CAMPAIGNS_VALUE: return EDIT_CAMPAIGNS;
			case APPROVE_CAMPAIGNS_VALUE: return APPROVE_CAMPAIGNS;
			case MANAGE_BUDGET_VALUE: return MANAGE_BUDGET;
			case IMPORT_METRICS_VALUE: return IMPORT_METRICS;
			case EDIT_KPIS_VALUE: return EDIT_KPIS;
			case MANAGE_CHANNELS_VALUE: return MANAGE_CHANNELS;
			case MANAGE_TEAM_VALUE: return MANAGE_TEAM;
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
	private Permission(int value, String name, String literal)
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
	
} //Permission
