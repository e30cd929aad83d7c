/**
 * SPDX-License-Identifier: EPL-2.0
 * Copyright (c) 2026 the Chorus authors
 */
package io.github.chorus.content.model.impl;

import io.github.chorus.content.model.Asset;
import io.github.chorus.content.model.ContentPackage;

import io.github.chorus.plan.model.impl.NamedImpl;

import java.lang.reflect.InvocationTargetException;

import java.util.Map;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Asset</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.github.chorus.content.model.impl.AssetImpl#getUri <em>Uri</em>}</li>
 *   <li>{@link io.github.chorus.content.model.impl.AssetImpl#getMimeType <em>Mime Type</em>}</li>
 *   <li>{@link io.github.chorus.content.model.impl.AssetImpl#getSizeBytes <em>Size Bytes</em>}</li>
 *   <li>{@link io.github.chorus.content.model.impl.AssetImpl#getWidth <em>Width</em>}</li>
 *   <li>{@link io.github.chorus.content.model.impl.AssetImpl#getHeight <em>Height</em>}</li>
 *   <li>{@link io.github.chorus.content.model.impl.AssetImpl#getDurationMillis <em>Duration Millis</em>}</li>
 *   <li>{@link io.github.chorus.content.model.impl.AssetImpl#getAltText <em>Alt Text</em>}</li>
 *   <li>{@link io.github.chorus.content.model.impl.AssetImpl#getSha256 <em>Sha256</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AssetImpl extends NamedImpl implements Asset
{
	/**
	 * The default value of the '{@link #getUri() <em>Uri</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUri()
	 * @generated
	 * @ordered
	 */
	protected static final String URI_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUri() <em>Uri</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUri()
	 * @generated
	 * @ordered
	 */
	protected String uri = URI_EDEFAULT;

	/**
	 * The default value of the '{@link #getMimeType() <em>Mime Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMimeType()
	 * @generated
	 * @ordered
	 */
	protected static final String MIME_TYPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMimeType() <em>Mime Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMimeType()
	 * @generated
	 * @ordered
	 */
	protected String mimeType = MIME_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSizeBytes() <em>Size Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSizeBytes()
	 * @generated
	 * @ordered
	 */
	protected static final long SIZE_BYTES_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getSizeBytes() <em>Size Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSizeBytes()
	 * @generated
	 * @ordered
	 */
	protected long sizeBytes = SIZE_BYTES_EDEFAULT;

	/**
	 * The default value of the '{@link #getWidth() <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWidth()
	 * @generated
	 * @ordered
	 */
	protected static final int WIDTH_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getWidth() <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWidth()
	 * @generated
	 * @ordered
	 */
	protected int width = WIDTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getHeight() <em>Height</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeight()
	 * @generated
	 * @ordered
	 */
	protected static final int HEIGHT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getHeight() <em>Height</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeight()
	 * @generated
	 * @ordered
	 */
	protected int height = HEIGHT_EDEFAULT;

	/**
	 * The default value of the '{@link #getDurationMillis() <em>Duration Millis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDurationMillis()
	 * @generated
	 * @ordered
	 */
	protected static final long DURATION_MILLIS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getDurationMillis() <em>Duration Millis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDurationMillis()
	 * @generated
	 * @ordered
	 */
	protected long durationMillis = DURATION_MILLIS_EDEFAULT;

	/**
	 * The default value of the '{@link #getAltText() <em>Alt Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAltText()
	 * @generated
	 * @ordered
	 */
	protected static final String ALT_TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAltText() <em>Alt Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAltText()
	 * @generated
	 * @ordered
	 */
	protected String altText = ALT_TEXT_EDEFAULT;

	/**
	 * The default value of the '{@link #getSha256() <em>Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSha256()
	 * @generated
	 * @ordered
	 */
	protected static final String SHA256_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSha256() <em>Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSha256()
	 * @generated
	 * @ordered
	 */
	protected String sha256 = SHA256_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AssetImpl()
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
		return ContentPackage.Literals.ASSET;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUri()
	{
		return uri;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUri(String newUri)
	{
		String oldUri = uri;
		uri = newUri;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ContentPackage.ASSET__URI, oldUri, uri));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMimeType()
	{
		return mimeType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMimeType(String newMimeType)
	{
		String oldMimeType = mimeType;
		mimeType = newMimeType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ContentPackage.ASSET__MIME_TYPE, oldMimeType, mimeType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getSizeBytes()
	{
		return sizeBytes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSizeBytes(long newSizeBytes)
	{
		long oldSizeBytes = sizeBytes;
		sizeBytes = newSizeBytes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ContentPackage.ASSET__SIZE_BYTES, oldSizeBytes, sizeBytes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getWidth()
	{
		return width;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWidth(int newWidth)
	{
		int oldWidth = width;
		width = newWidth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ContentPackage.ASSET__WIDTH, oldWidth, width));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getHeight()
	{
		return height;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHeight(int newHeight)
	{
		int oldHeight = height;
		height = newHeight;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ContentPackage.ASSET__HEIGHT, oldHeight, height));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getDurationMillis()
	{
		return durationMillis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDurationMillis(long newDurationMillis)
	{
		long oldDurationMillis = durationMillis;
		durationMillis = newDurationMillis;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ContentPackage.ASSET__DURATION_MILLIS, oldDurationMillis, durationMillis));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAltText()
	{
		return altText;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAltText(String newAltText)
	{
		String oldAltText = altText;
		altText = newAltText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ContentPackage.ASSET__ALT_TEXT, oldAltText, altText));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSha256()
	{
		return sha256;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSha256(String newSha256)
	{
		String oldSha256 = sha256;
		sha256 = newSha256;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ContentPackage.ASSET__SHA256, oldSha256, sha256));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean hasMimeTypeAndAltText(final DiagnosticChain diagnostics, final Map<Object, Object> context)
	{
		return io.github.chorus.content.model.internal.validation.ContentConstraints.hasMimeTypeAndAltText(this, diagnostics, context);
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
			case ContentPackage.ASSET__URI:
				return getUri();
			case ContentPackage.ASSET__MIME_TYPE:
				return getMimeType();
			case ContentPackage.ASSET__SIZE_BYTES:
				return getSizeBytes();
			case ContentPackage.ASSET__WIDTH:
				return getWidth();
			case ContentPackage.ASSET__HEIGHT:
				return getHeight();
			case ContentPackage.ASSET__DURATION_MILLIS:
				return getDurationMillis();
			case ContentPackage.ASSET__ALT_TEXT:
				return getAltText();
			case ContentPackage.ASSET__SHA256:
				return getSha256();
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
			case ContentPackage.ASSET__URI:
				setUri((String)newValue);
				return;
			case ContentPackage.ASSET__MIME_TYPE:
				setMimeType((String)newValue);
				return;
			case ContentPackage.ASSET__SIZE_BYTES:
				setSizeBytes((Long)newValue);
				return;
			case ContentPackage.ASSET__WIDTH:
				setWidth((Integer)newValue);
				return;
			case ContentPackage.ASSET__HEIGHT:
				setHeight((Integer)newValue);
				return;
			case ContentPackage.ASSET__DURATION_MILLIS:
				setDurationMillis((Long)newValue);
				return;
			case ContentPackage.ASSET__ALT_TEXT:
				setAltText((String)newValue);
				return;
			case ContentPackage.ASSET__SHA256:
				setSha256((String)newValue);
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
			case ContentPackage.ASSET__URI:
				setUri(URI_EDEFAULT);
				return;
			case ContentPackage.ASSET__MIME_TYPE:
				setMimeType(MIME_TYPE_EDEFAULT);
				return;
			case ContentPackage.ASSET__SIZE_BYTES:
				setSizeBytes(SIZE_BYTES_EDEFAULT);
				return;
			case ContentPackage.ASSET__WIDTH:
				setWidth(WIDTH_EDEFAULT);
				return;
			case ContentPackage.ASSET__HEIGHT:
				setHeight(HEIGHT_EDEFAULT);
				return;
			case ContentPackage.ASSET__DURATION_MILLIS:
				setDurationMillis(DURATION_MILLIS_EDEFAULT);
				return;
			case ContentPackage.ASSET__ALT_TEXT:
				setAltText(ALT_TEXT_EDEFAULT);
				return;
			case ContentPackage.ASSET__SHA256:
				setSha256(SHA256_EDEFAULT);
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
			case ContentPackage.ASSET__URI:
				return URI_EDEFAULT == null ? uri != null : !URI_EDEFAULT.equals(uri);
			case ContentPackage.ASSET__MIME_TYPE:
				return MIME_TYPE_EDEFAULT == null ? mimeType != null : !MIME_TYPE_EDEFAULT.equals(mimeType);
			case ContentPackage.ASSET__SIZE_BYTES:
				return sizeBytes != SIZE_BYTES_EDEFAULT;
			case ContentPackage.ASSET__WIDTH:
				return width != WIDTH_EDEFAULT;
			case ContentPackage.ASSET__HEIGHT:
				return height != HEIGHT_EDEFAULT;
			case ContentPackage.ASSET__DURATION_MILLIS:
				return durationMillis != DURATION_MILLIS_EDEFAULT;
			case ContentPackage.ASSET__ALT_TEXT:
				return ALT_TEXT_EDEFAULT == null ? altText != null : !ALT_TEXT_EDEFAULT.equals(altText);
			case ContentPackage.ASSET__SHA256:
				return SHA256_EDEFAULT == null ? sha256 != null : !SHA256_EDEFAULT.equals(sha256);
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
			case ContentPackage.ASSET___HAS_MIME_TYPE_AND_ALT_TEXT__DIAGNOSTICCHAIN_MAP:
				return hasMimeTypeAndAltText((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
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
		result.append(" (uri: "); //$NON-NLS-1$
		result.append(uri);
		result.append(", mimeType: "); //$NON-NLS-1$
		result.append(mimeType);
		result.append(", sizeBytes: "); //$NON-NLS-1$
		result.append(sizeBytes);
		result.append(", width: "); //$NON-NLS-1$
		result.append(width);
		result.append(", height: "); //$NON-NLS-1$
		result.append(height);
		result.append(", durationMillis: "); //$NON-NLS-1$
		result.append(durationMillis);
		result.append(", altText: "); //$NON-NLS-1$
		result.append(altText);
		result.append(", sha256: "); //$NON-NLS-1$
		result.append(sha256);
		result.append(')');
		return result.toString();
	}

} //AssetImpl
