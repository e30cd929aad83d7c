// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.channels.ui.internal;

import java.lang.reflect.InvocationTargetException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;

import io.github.chorus.channels.ChannelTypeDescriptor;
import io.github.chorus.channels.IChannelConnector;
import io.github.chorus.channels.IChannelTypeRegistry;
import io.github.chorus.channels.connector.AccountProfile;
import io.github.chorus.channels.connector.ConnectRequest;
import io.github.chorus.channels.connector.ConnectorOperation;
import io.github.chorus.channels.ui.AccountPage;

/**
 * Connect Account: the first page picks the network among the channel types that have a connector and
 * a contributed {@link AccountPage}; the second is that network's page. Connect runs a
 * {@link ConnectJob} while the wizard shows its progress and a Cancel; a failure is shown on the
 * network's page, which stays open. Reconnecting an account starts on its network's page.
 */
public final class ConnectWizard extends Wizard {

	/** How long to wait for the user to authorize Chorus in the browser. */
	static final Duration AUTHORIZATION_TIMEOUT = Duration.ofMinutes(5);

	private final WorkspaceAccounts accounts;
	private final IChannelTypeRegistry registry;
	private final AccountPageRegistry pages;
	private final ConnectRequest.IAuthorizationBrowser browser;
	private final AccountProfile reconnecting;
	private final Map<String, AccountPage> accountPages = new HashMap<>();
	private ChannelChoicePage choice;
	private AccountProfile connected;

	/**
	 * @param accounts     the workspace's accounts, where the new one goes
	 * @param registry     the installed channel types
	 * @param pages        the contributed account pages
	 * @param browser      opens authorization pages (the system browser)
	 * @param reconnecting the account to reconnect, or {@code null} to connect a new one
	 */
	public ConnectWizard(WorkspaceAccounts accounts, IChannelTypeRegistry registry, AccountPageRegistry pages,
			ConnectRequest.IAuthorizationBrowser browser, AccountProfile reconnecting) {
		this.accounts = accounts;
		this.registry = registry;
		this.pages = pages;
		this.browser = browser;
		this.reconnecting = reconnecting;
		setWindowTitle(reconnecting == null ? Messages.Wizard_title : Messages.Wizard_reconnectTitle);
		setNeedsProgressMonitor(true);
	}

	/**
	 * @param registry the installed channel types
	 * @param pages    the contributed account pages
	 * @return the channel types a user can connect an account of here, by name
	 */
	public static List<ChannelTypeDescriptor> connectable(IChannelTypeRegistry registry, AccountPageRegistry pages) {
		return registry.channelTypes().stream().filter(c -> c.hasConnector() && pages.hasPage(c.id()))
				.sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList();
	}

	@Override
	public void addPages() {
		if (reconnecting == null) {
			choice = new ChannelChoicePage(connectable(registry, pages));
			addPage(choice);
		} else {
			registry.channelType(reconnecting.channelTypeId()).map(this::accountPage).ifPresent(this::addPage);
		}
	}

	/**
	 * @param channel a channel type
	 * @return its account page, created on first use, or {@code null} when it cannot be created
	 */
	AccountPage accountPage(ChannelTypeDescriptor channel) {
		AccountPage page = accountPages.get(channel.id());
		if (page == null) {
			page = pages.createPage(channel.id()).orElse(null);
			if (page == null) {
				return null;
			}
			page.init(channel, reconnecting);
			page.setWizard(this);
			accountPages.put(channel.id(), page);
		}
		return page;
	}

	/** @return the network choice page, or {@code null} when reconnecting */
	ChannelChoicePage choicePage() {
		return choice;
	}

	@Override
	public boolean needsPreviousAndNextButtons() {
		return reconnecting == null; // the network's page is added once the user picked the network
	}

	@Override
	public boolean canFinish() {
		IWizardPage current = getContainer() == null ? null : getContainer().getCurrentPage();
		return current instanceof AccountPage && current.isPageComplete();
	}

	@Override
	public boolean performFinish() {
		AccountPage page = (AccountPage) getContainer().getCurrentPage();
		ChannelTypeDescriptor channel = accountPages.entrySet().stream().filter(e -> e.getValue() == page).findFirst()
				.flatMap(e -> registry.channelType(e.getKey())).orElseThrow();
		IChannelConnector connector;
		try {
			connector = registry.connector(channel.id()).filter(c -> c.operations().contains(ConnectorOperation.CONNECT))
					.orElse(null);
		} catch (CoreException e) {
			ILog.of(ConnectWizard.class).log(e.getStatus());
			connector = null;
		}
		if (connector == null) {
			page.setErrorMessage(NLS.bind(Messages.Wizard_noConnector, channel.name()));
			return false;
		}
		page.setErrorMessage(null);
		page.setMessage(null);
		ConnectJob job = new ConnectJob(channel, connector, page.parameters(), browser, AUTHORIZATION_TIMEOUT, accounts);
		String task = page.opensBrowser() ? Messages.Wizard_waitingForBrowser : NLS.bind(Messages.Wizard_connecting, channel.name());
		try {
			getContainer().run(true, true, monitor -> {
				monitor.beginTask(task, IProgressMonitor.UNKNOWN);
				job.schedule();
				try {
					job.join(0, monitor);
				} catch (OperationCanceledException e) {
					job.cancel();
					job.join();
					throw new InterruptedException();
				} finally {
					monitor.done();
				}
			});
		} catch (InvocationTargetException e) {
			ILog.of(ConnectWizard.class).error("Connecting failed", e.getCause()); //$NON-NLS-1$
			page.setErrorMessage(NLS.bind(Messages.Failure_unexpected, channel.name(), e.getCause().getClass().getSimpleName()));
			return false;
		} catch (InterruptedException e) {
			page.setMessage(Messages.Wizard_cancelled, IMessageProvider.WARNING);
			return false;
		}
		Optional<AccountProfile> profile = job.connected();
		if (profile.isEmpty()) {
			job.failure().ifPresentOrElse(page::setErrorMessage,
					() -> page.setMessage(Messages.Wizard_cancelled, IMessageProvider.WARNING));
			return false;
		}
		connected = profile.get();
		return true;
	}

	/** @return the account connected by Finish */
	public Optional<AccountProfile> connected() {
		return Optional.ofNullable(connected);
	}

	@Override
	public void dispose() {
		super.dispose();
		for (AccountPage page : accountPages.values()) {
			if (page.getWizard() == this && !getPagesList().contains(page)) {
				page.dispose();
			}
		}
	}

	private List<IWizardPage> getPagesList() {
		return List.of(getPages());
	}
}
