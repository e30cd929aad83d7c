// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.channels.ui.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

import io.github.chorus.channels.ChannelTypeDescriptor;
import io.github.chorus.channels.IChannelConnector;
import io.github.chorus.channels.accounts.MemoryAccountSecrets;
import io.github.chorus.channels.connector.AccountProfile;
import io.github.chorus.channels.connector.ChannelException;
import io.github.chorus.channels.connector.ConnectRequest;

/**
 * Connects one account in the background: runs the connector's {@code connect}, then stores the
 * secrets in secure storage and the profile in the workspace. Cancelling interrupts the connector
 * (the wait for the browser, a network call); a connection that completes after a cancel is not
 * saved. A failure is kept as a message for the wizard page, not reported as an error status, so
 * no error dialog or log entry with a stack trace comes of a refused password.
 */
final class ConnectJob extends Job {

	private final ChannelTypeDescriptor channel;
	private final IChannelConnector connector;
	private final Map<String, String> parameters;
	private final ConnectRequest.IAuthorizationBrowser browser;
	private final Duration timeout;
	private final WorkspaceAccounts accounts;
	private volatile Thread worker;
	private volatile AccountProfile connected;
	private volatile String failure;

	ConnectJob(ChannelTypeDescriptor channel, IChannelConnector connector, Map<String, String> parameters,
			ConnectRequest.IAuthorizationBrowser browser, Duration timeout, WorkspaceAccounts accounts) {
		super(NLS.bind(Messages.Wizard_connectJob, channel.name()));
		this.channel = channel;
		this.connector = connector;
		this.parameters = Map.copyOf(parameters);
		this.browser = browser;
		this.timeout = timeout;
		this.accounts = accounts;
		setUser(false);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		worker = Thread.currentThread();
		monitor.beginTask(NLS.bind(Messages.Wizard_connecting, channel.name()), IProgressMonitor.UNKNOWN);
		try {
			MemoryAccountSecrets secrets = new MemoryAccountSecrets();
			AccountProfile profile;
			try {
				profile = connector.connect(new ConnectRequest(parameters, browser, timeout), secrets);
			} catch (ChannelException e) {
				if (monitor.isCanceled()) {
					return Status.CANCEL_STATUS;
				}
				failure = ChannelsUi.describe(e);
				return Status.OK_STATUS;
			} catch (RuntimeException e) {
				ILog.of(ConnectJob.class).error("The " + channel.id() + " connector failed while connecting", e); //$NON-NLS-1$ //$NON-NLS-2$
				failure = NLS.bind(Messages.Failure_unexpected, channel.name(), e.getClass().getSimpleName());
				return Status.OK_STATUS;
			}
			if (monitor.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			try {
				accounts.connected(profile, secrets);
			} catch (ChannelException | IOException e) {
				failure = NLS.bind(Messages.Failure_storage, e.getMessage());
				return Status.OK_STATUS;
			}
			connected = profile;
			ChannelsUi.fireAccountsChanged();
			return Status.OK_STATUS;
		} finally {
			worker = null;
			Thread.interrupted(); // a cancel may have interrupted this worker thread: clear it for the next job
			monitor.done();
		}
	}

	@Override
	protected void canceling() {
		Thread thread = worker;
		if (thread != null) {
			thread.interrupt();
		}
	}

	/** @return the connected account, once the job ended well */
	Optional<AccountProfile> connected() {
		return Optional.ofNullable(connected);
	}

	/** @return why connecting failed, for the page, once the job ended badly */
	Optional<String> failure() {
		return Optional.ofNullable(failure);
	}
}
