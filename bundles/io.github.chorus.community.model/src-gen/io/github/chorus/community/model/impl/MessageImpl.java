/**
 * SPDX-License-Identifier: EPL-2.0
 * Copyright (c) 2026 the Chorus authors
 */
package io.github.chorus.community.model.impl;

import io.github.chorus.community.model.CommunityPackage;
import io.github.chorus.community.model.Contact;
import io.github.chorus.community.model.Message;
import io.github.chorus.community.model.MessageDirection;

import io.github.chorus.plan.model.Member;

import io.github.chorus.plan.model.impl.IdentifiedImpl;

import java.lang.reflect.InvocationTargetException;

import java.time.Instant;

import java.util.Map;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Message</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.github.chorus.community.model.impl.MessageImpl#getDirection <em>Direction</em>}</li>
 *   <li>{@link io.github.chorus.community.model.impl.MessageImpl#getAuthor <em>Author</em>}</li>
 *   <li>{@link io.github.chorus.community.model.impl.MessageImpl#getSender <em>Sender</em>}</li>
 *   <li>{@link io.github.chorus.community.model.impl.MessageImpl#getRemoteId <em>Remote Id</em>}</li>
 *   <li>{@link io.github.chorus.community.model.impl.MessageImpl#getText <em>Text</em>}</li>
 *   <li>{@link io.github.chorus.community.model.impl.MessageImpl#getSentAt <em>Sent At</em>}</li>
 *   <li>{@link io.github.chorus.community.model.impl.MessageImpl#getSentiment <em>Sentiment</em>}</li>
 *   <li>{@link io.github.chorus.community.model.impl.MessageImpl#isHidden <em>Hidden</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MessageImpl extends IdentifiedImpl implements Message
{
	/**
	 * The default value of the '{@link #getDirection() <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirection()
	 * @generated
	 * @ordered
	 */
	protected static final MessageDirection DIRECTION_EDEFAULT = MessageDirection.INBOUND;

	/**
	 * The cached value of the '{@link #getDirection() <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirection()
	 * @generated
	 * @ordered
	 */
	protected MessageDirection direction = DIRECTION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAuthor() <em>Author</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthor()
	 * @generated
	 * @ordered
	 */
	protected Contact author;

	/**
	 * The cached value of the '{@link #getSender() <em>Sender</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSender()
	 * @generated
	 * @ordered
	 */
	protected Member sender;

	/**
	 * The default value of the '{@link #getRemoteId() <em>Remote Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRemoteId()
	 * @generated
	 * @ordered
	 */
	protected static final String REMOTE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRemoteId() <em>Remote Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRemoteId()
	 * @generated
	 * @ordered
	 */
	protected String remoteId = REMOTE_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected String text = TEXT_EDEFAULT;

	/**
	 * The default value of the '{@link #getSentAt() <em>Sent At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSentAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant SENT_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSentAt() <em>Sent At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSentAt()
	 * @generated
	 * @ordered
	 */
	protected Instant sentAt = SENT_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getSentiment() <em>Sentiment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSentiment()
	 * @generated
	 * @ordered
	 */
	protected static final float SENTIMENT_EDEFAULT = 0.0F;

	/**
	 * The cached value of the '{@link #getSentiment() <em>Sentiment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSentiment()
	 * @generated
	 * @ordered
	 */
	protected float sentiment = SENTIMENT_EDEFAULT;

	/**
	 * The default value of the '{@link #isHidden() <em>Hidden</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isHidden()
	 * @generated
	 * @ordered
	 */
	protected static final boolean HIDDEN_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isHidden() <em>Hidden</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isHidden()
	 * @generated
	 * @ordered
	 */
	protected boolean hidden = HIDDEN_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MessageImpl()
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
		return CommunityPackage.Literals.MESSAGE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MessageDirection getDirection()
	{
		return direction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDirection(MessageDirection newDirection)
	{
		MessageDirection oldDirection = direction;
		direction = newDirection == null ? DIRECTION_EDEFAULT : newDirection;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommunityPackage.MESSAGE__DIRECTION, oldDirection, direction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Contact getAuthor()
	{
		if (author != null && author.eIsProxy())
		{
			InternalEObject oldAuthor = (InternalEObject)author;
			author = (Contact)eResolveProxy(oldAuthor);
			if (author != oldAuthor)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CommunityPackage.MESSAGE__AUTHOR, oldAuthor, author));
			}
		}
		return author;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Contact basicGetAuthor()
	{
		return author;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAuthor(Contact newAuthor)
	{
		Contact oldAuthor = author;
		author = newAuthor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommunityPackage.MESSAGE__AUTHOR, oldAuthor, author));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Member getSender()
	{
		if (sender != null && sender.eIsProxy())
		{
			InternalEObject oldSender = (InternalEObject)sender;
			sender = (Member)eResolveProxy(oldSender);
			if (sender != oldSender)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CommunityPackage.MESSAGE__SENDER, oldSender, sender));
			}
		}
		return sender;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Member basicGetSender()
	{
		return sender;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSender(Member newSender)
	{
		Member oldSender = sender;
		sender = newSender;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommunityPackage.MESSAGE__SENDER, oldSender, sender));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRemoteId()
	{
		return remoteId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRemoteId(String newRemoteId)
	{
		String oldRemoteId = remoteId;
		remoteId = newRemoteId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommunityPackage.MESSAGE__REMOTE_ID, oldRemoteId, remoteId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText()
	{
		return text;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setText(String newText)
	{
		String oldText = text;
		text = newText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommunityPackage.MESSAGE__TEXT, oldText, text));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getSentAt()
	{
		return sentAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSentAt(Instant newSentAt)
	{
		Instant oldSentAt = sentAt;
		sentAt = newSentAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommunityPackage.MESSAGE__SENT_AT, oldSentAt, sentAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public float getSentiment()
	{
		return sentiment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSentiment(float newSentiment)
	{
		float oldSentiment = sentiment;
		sentiment = newSentiment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommunityPackage.MESSAGE__SENTIMENT, oldSentiment, sentiment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isHidden()
	{
		return hidden;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHidden(boolean newHidden)
	{
		boolean oldHidden = hidden;
		hidden = newHidden;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommunityPackage.MESSAGE__HIDDEN, oldHidden, hidden));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean hasValidSentimentAndAuthor(final DiagnosticChain diagnostics, final Map<Object, Object> context)
	{
		return io.github.chorus.community.model.internal.validation.CommunityConstraints.hasValidSentimentAndAuthor(this, diagnostics, context);
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
			case CommunityPackage.MESSAGE__DIRECTION:
				return getDirection();
			case CommunityPackage.MESSAGE__AUTHOR:
				if (resolve) return getAuthor();
				return basicGetAuthor();
			case CommunityPackage.MESSAGE__SENDER:
				if (resolve) return getSender();
				return basicGetSender();
			case CommunityPackage.MESSAGE__REMOTE_ID:
				return getRemoteId();
			case CommunityPackage.MESSAGE__TEXT:
				return getText();
			case CommunityPackage.MESSAGE__SENT_AT:
				return getSentAt();
			case CommunityPackage.MESSAGE__SENTIMENT:
				return getSentiment();
			case CommunityPackage.MESSAGE__HIDDEN:
				return isHidden();
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
			case CommunityPackage.MESSAGE__DIRECTION:
				setDirection((MessageDirection)newValue);
				return;
			case CommunityPackage.MESSAGE__AUTHOR:
				setAuthor((Contact)newValue);
				return;
			case CommunityPackage.MESSAGE__SENDER:
				setSender((Member)newValue);
				return;
			case CommunityPackage.MESSAGE__REMOTE_ID:
				setRemoteId((String)newValue);
				return;
			case CommunityPackage.MESSAGE__TEXT:
				setText((String)newValue);
				return;
			case CommunityPackage.MESSAGE__SENT_AT:
				setSentAt((Instant)newValue);
				return;
			case CommunityPackage.MESSAGE__SENTIMENT:
				setSentiment((Float)newValue);
				return;
			case CommunityPackage.MESSAGE__HIDDEN:
				setHidden((Boolean)newValue);
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
			case CommunityPackage.MESSAGE__DIRECTION:
				setDirection(DIRECTION_EDEFAULT);
				return;
			case CommunityPackage.MESSAGE__AUTHOR:
				setAuthor((Contact)null);
				return;
			case CommunityPackage.MESSAGE__SENDER:
				setSender((Member)null);
				return;
			case CommunityPackage.MESSAGE__REMOTE_ID:
				setRemoteId(REMOTE_ID_EDEFAULT);
				return;
			case CommunityPackage.MESSAGE__TEXT:
				setText(TEXT_EDEFAULT);
				return;
			case CommunityPackage.MESSAGE__SENT_AT:
				setSentAt(SENT_AT_EDEFAULT);
				return;
			case CommunityPackage.MESSAGE__SENTIMENT:
				setSentiment(SENTIMENT_EDEFAULT);
				return;
			case CommunityPackage.MESSAGE__HIDDEN:
				setHidden(HIDDEN_EDEFAULT);
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
			case CommunityPackage.MESSAGE__DIRECTION:
				return direction != DIRECTION_EDEFAULT;
			case CommunityPackage.MESSAGE__AUTHOR:
				return author != null;
			case CommunityPackage.MESSAGE__SENDER:
				return sender != null;
			case CommunityPackage.MESSAGE__REMOTE_ID:
				return REMOTE_ID_EDEFAULT == null ? remoteId != null : !REMOTE_ID_EDEFAULT.equals(remoteId);
			case CommunityPackage.MESSAGE__TEXT:
				return TEXT_EDEFAULT == null ? text != null : !TEXT_EDEFAULT.equals(text);
			case CommunityPackage.MESSAGE__SENT_AT:
				return SENT_AT_EDEFAULT == null ? sentAt != null : !SENT_AT_EDEFAULT.equals(sentAt);
			case CommunityPackage.MESSAGE__SENTIMENT:
				return sentiment != SENTIMENT_EDEFAULT;
			case CommunityPackage.MESSAGE__HIDDEN:
				return hidden != HIDDEN_EDEFAULT;
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
			case CommunityPackage.MESSAGE___HAS_VALID_SENTIMENT_AND_AUTHOR__DIAGNOSTICCHAIN_MAP:
				return hasValidSentimentAndAuthor((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
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
		result.append(" (direction: "); //$NON-NLS-1$
		result.append(direction);
		result.append(", remoteId: "); //$NON-NLS-1$
		result.append(remoteId);
		result.append(", text: "); //$NON-NLS-1$
		result.append(text);
		result.append(", sentAt: "); //$NON-NLS-1$
		result.append(sentAt);
		result.append(", sentiment: "); //$NON-NLS-1$
		result.append(sentiment);
		result.append(", hidden: "); //$NON-NLS-1$
		result.append(hidden);
		result.append(')');
		return result.toString();
	}

} //MessageImpl
