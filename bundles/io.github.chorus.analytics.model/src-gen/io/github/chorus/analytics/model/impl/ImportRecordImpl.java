/**
 * SPDX-License-Identifier: EPL-2.0
 * Copyright (c) 2026 the Chorus authors
 */
package io.github.chorus.analytics.model.impl;

import io.github.chorus.analytics.model.AnalyticsPackage;
import io.github.chorus.analytics.model.ImportRecord;
import io.github.chorus.analytics.model.SourceKind;

import io.github.chorus.plan.model.impl.IdentifiedImpl;

import java.time.Instant;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Import Record</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.github.chorus.analytics.model.impl.ImportRecordImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link io.github.chorus.analytics.model.impl.ImportRecordImpl#getOrigin <em>Origin</em>}</li>
 *   <li>{@link io.github.chorus.analytics.model.impl.ImportRecordImpl#getImportedAt <em>Imported At</em>}</li>
 *   <li>{@link io.github.chorus.analytics.model.impl.ImportRecordImpl#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ImportRecordImpl extends IdentifiedImpl implements ImportRecord
{
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final SourceKind KIND_EDEFAULT = SourceKind.FILE_IMPORT;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected SourceKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getOrigin() <em>Origin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrigin()
	 * @generated
	 * @ordered
	 */
	protected static final String ORIGIN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOrigin() <em>Origin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrigin()
	 * @generated
	 * @ordered
	 */
	protected String origin = ORIGIN_EDEFAULT;

	/**
	 * The default value of the '{@link #getImportedAt() <em>Imported At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImportedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant IMPORTED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getImportedAt() <em>Imported At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImportedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant importedAt = IMPORTED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected String note = NOTE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ImportRecordImpl()
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
		return AnalyticsPackage.Literals.IMPORT_RECORD;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SourceKind getKind()
	{
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(SourceKind newKind)
	{
		SourceKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnalyticsPackage.IMPORT_RECORD__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOrigin()
	{
		return origin;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrigin(String newOrigin)
	{
		String oldOrigin = origin;
		origin = newOrigin;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnalyticsPackage.IMPORT_RECORD__ORIGIN, oldOrigin, origin));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getImportedAt()
	{
		return importedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setImportedAt(Instant newImportedAt)
	{
		Instant oldImportedAt = importedAt;
		importedAt = newImportedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnalyticsPackage.IMPORT_RECORD__IMPORTED_AT, oldImportedAt, importedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNote()
	{
		return note;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNote(String newNote)
	{
		String oldNote = note;
		note = newNote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AnalyticsPackage.IMPORT_RECORD__NOTE, oldNote, note));
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
			case AnalyticsPackage.IMPORT_RECORD__KIND:
				return getKind();
			case AnalyticsPackage.IMPORT_RECORD__ORIGIN:
				return getOrigin();
			case AnalyticsPackage.IMPORT_RECORD__IMPORTED_AT:
				return getImportedAt();
			case AnalyticsPackage.IMPORT_RECORD__NOTE:
				return getNote();
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
			case AnalyticsPackage.IMPORT_RECORD__KIND:
				setKind((SourceKind)newValue);
				return;
			case AnalyticsPackage.IMPORT_RECORD__ORIGIN:
				setOrigin((String)newValue);
				return;
			case AnalyticsPackage.IMPORT_RECORD__IMPORTED_AT:
				setImportedAt((Instant)newValue);
				return;
			case AnalyticsPackage.IMPORT_RECORD__NOTE:
				setNote((String)newValue);
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
			case AnalyticsPackage.IMPORT_RECORD__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case AnalyticsPackage.IMPORT_RECORD__ORIGIN:
				setOrigin(ORIGIN_EDEFAULT);
				return;
			case AnalyticsPackage.IMPORT_RECORD__IMPORTED_AT:
				setImportedAt(IMPORTED_AT_EDEFAULT);
				return;
			case AnalyticsPackage.IMPORT_RECORD__NOTE:
				setNote(NOTE_EDEFAULT);
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
			case AnalyticsPackage.IMPORT_RECORD__KIND:
				return kind != KIND_EDEFAULT;
			case AnalyticsPackage.IMPORT_RECORD__ORIGIN:
				return ORIGIN_EDEFAULT == null ? origin != null : !ORIGIN_EDEFAULT.equals(origin);
			case AnalyticsPackage.IMPORT_RECORD__IMPORTED_AT:
				return IMPORTED_AT_EDEFAULT == null ? importedAt != null : !IMPORTED_AT_EDEFAULT.equals(importedAt);
			case AnalyticsPackage.IMPORT_RECORD__NOTE:
				return NOTE_EDEFAULT == null ? note != null : !NOTE_EDEFAULT.equals(note);
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
		result.append(" (kind: "); //$NON-NLS-1$
		result.append(kind);
		result.append(", origin: "); //$NON-NLS-1$
		result.append(origin);
		result.append(", importedAt: "); //$NON-NLS-1$
		result.append(importedAt);
		result.append(", note: "); //$NON-NLS-1$
		result.append(note);
		result.append(')');
		return result.toString();
	}

} //ImportRecordImpl
