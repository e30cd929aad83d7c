// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.channels.ui.internal;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.services.IServiceLocator;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

import io.github.chorus.channels.IChannelTypeRegistry;
import io.github.chorus.channels.connector.ChannelException;
import io.github.chorus.workspace.ui.WorkspaceSession;

/** What the account UI shares: the channel registry, the preferences, change events, messages. */
public final class ChannelsUi {

	/** This bundle's symbolic name and preference node. */
	public static final String PLUGIN_ID = "io.github.chorus.channels.ui"; //$NON-NLS-1$
	/** The preference: how many days before a token expires to warn. */
	public static final String WARNING_DAYS = "expiryWarningDays"; //$NON-NLS-1$
	/** Its default. */
	public static final int DEFAULT_WARNING_DAYS = 7;
	/** The Accounts view's id. */
	public static final String ACCOUNTS_VIEW = "io.github.chorus.channels.ui.accounts"; //$NON-NLS-1$
	/** The event topic posted when accounts were connected, refreshed, disconnected or checked. */
	public static final String ACCOUNTS_CHANGED = "io/github/chorus/channels/ui/accountsChanged"; //$NON-NLS-1$

	private ChannelsUi() {
	}

	/** @return the channel type registry service, when it is running */
	public static Optional<IChannelTypeRegistry> registry() {
		Bundle bundle = FrameworkUtil.getBundle(ChannelsUi.class);
		BundleContext context = bundle == null ? null : bundle.getBundleContext();
		if (context == null) {
			return Optional.empty();
		}
		ServiceReference<IChannelTypeRegistry> reference = context.getServiceReference(IChannelTypeRegistry.class);
		return reference == null ? Optional.empty() : Optional.ofNullable(context.getService(reference));
	}

	/** @return the preference: days before an expiry to warn (never negative) */
	public static int warningDays() {
		return Math.max(0, Platform.getPreferencesService().getInt(PLUGIN_ID, WARNING_DAYS, DEFAULT_WARNING_DAYS, null));
	}

	/**
	 * @param locator the workbench, a window or a part site
	 * @return the open workspace's accounts
	 */
	public static WorkspaceAccounts accounts(IServiceLocator locator) {
		Path folder = WorkspaceSession.of(locator).workspace().folder();
		return new WorkspaceAccounts(folder);
	}

	/** Tells the Accounts views that the accounts changed; any thread. */
	public static void fireAccountsChanged() {
		if (PlatformUI.isWorkbenchRunning()) {
			IEventBroker broker = PlatformUI.getWorkbench().getService(IEventBroker.class);
			if (broker != null) {
				broker.post(ACCOUNTS_CHANGED, Map.of());
			}
		}
	}

	/**
	 * @param e a connector failure
	 * @return the message a user reads: what kind of failure, the connector's message and the network's
	 *         own explanation; never a stack trace, and connectors keep secrets out of their messages
	 */
	public static String describe(ChannelException e) {
		String message = e.getMessage() == null ? "" : e.getMessage(); //$NON-NLS-1$
		if (e.networkMessage().isPresent() && !message.contains(e.networkMessage().get())) {
			message = NLS.bind(Messages.Failure_network, message, e.networkMessage().get());
		}
		return switch (e.kind()) {
		case AUTH_EXPIRED -> NLS.bind(Messages.Failure_AUTH_EXPIRED, message);
		case RATE_LIMITED -> e.retryAfter().isPresent()
				? NLS.bind(Messages.Failure_RATE_LIMITED_retry, message, e.retryAfter().get().toSeconds())
				: NLS.bind(Messages.Failure_RATE_LIMITED, message);
		case TRANSIENT -> NLS.bind(Messages.Failure_TRANSIENT, message);
		case REJECTED -> NLS.bind(Messages.Failure_REJECTED, message);
		case GONE -> NLS.bind(Messages.Failure_GONE, message);
		};
	}
}
