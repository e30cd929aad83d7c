// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.publishing.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;

import io.github.chorus.channels.IChannelConnector;
import io.github.chorus.channels.IChannelTypeRegistry;
import io.github.chorus.channels.accounts.AccountDirectory;
import io.github.chorus.channels.accounts.StoredAccountSecrets;
import io.github.chorus.channels.connector.AccountProfile;
import io.github.chorus.channels.connector.ChannelException;
import io.github.chorus.channels.connector.IAccountSecrets;
import io.github.chorus.core.secure.SecretStore;
import io.github.chorus.plan.model.ChannelPresence;
import io.github.chorus.publishing.IConnectorResolver;

/**
 * Resolves a channel of the plan through the channel type registry and the workspace's
 * {@link AccountDirectory}: the account whose id equals the channel's account handle, or else the only
 * account connected for its channel type. Secure storage is opened only when a connector asks for a secret,
 * so channels without secrets (the Local feed) never touch it.
 */
public final class RegistryResolver implements IConnectorResolver {

	private final IChannelTypeRegistry registry;
	private final AccountDirectory accounts;

	/**
	 * @param registry        the channel type registry
	 * @param workspaceFolder the workspace folder
	 */
	public RegistryResolver(IChannelTypeRegistry registry, Path workspaceFolder) {
		this.registry = registry;
		this.accounts = new AccountDirectory(workspaceFolder);
	}

	@Override
	public Binding resolve(ChannelPresence channel) throws ChannelException {
		String type = channel.getChannelTypeId();
		if (type == null) {
			throw new ChannelException(ChannelException.Kind.GONE, channel.getName() + " has no channel type"); //$NON-NLS-1$
		}
		IChannelConnector connector;
		try {
			connector = registry.connector(type).orElseThrow(() -> new ChannelException(ChannelException.Kind.GONE,
					"channel type " + type + " is not installed")); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (CoreException e) {
			throw new ChannelException(ChannelException.Kind.GONE, "the connector of " + type + " cannot be created: " //$NON-NLS-1$ //$NON-NLS-2$
					+ e.getStatus().getMessage(), null, null, 0, e);
		}
		List<AccountProfile> candidates;
		try {
			candidates = accounts.accounts().stream().filter(a -> a.channelTypeId().equals(type)).toList();
		} catch (IOException e) {
			throw new ChannelException(ChannelException.Kind.TRANSIENT, e.getMessage(), null, null, 0, e);
		}
		Optional<AccountProfile> account = candidates.stream()
				.filter(a -> a.accountId().equals(channel.getAccountHandle())).findFirst();
		if (account.isEmpty() && candidates.size() == 1) {
			account = Optional.of(candidates.get(0));
		}
		AccountProfile profile = account.orElseThrow(() -> new ChannelException(ChannelException.Kind.GONE,
				"no account is connected for " + channel.getName() + " (chorus accounts --connect)")); //$NON-NLS-1$ //$NON-NLS-2$
		return new Binding(connector, profile.account(), new LazySecrets(profile));
	}

	/** Opens secure storage on first use. */
	private static final class LazySecrets implements IAccountSecrets {
		private final AccountProfile profile;
		private IAccountSecrets delegate;

		LazySecrets(AccountProfile profile) {
			this.profile = profile;
		}

		private synchronized IAccountSecrets delegate() throws ChannelException {
			if (delegate == null) {
				try {
					delegate = new StoredAccountSecrets(SecretStore.openDefault(), profile.channelTypeId(), profile.accountId());
				} catch (IOException e) {
					throw new ChannelException(ChannelException.Kind.AUTH_EXPIRED,
							"secure storage cannot be opened: " + e.getMessage(), null, null, 0, e); //$NON-NLS-1$
				}
			}
			return delegate;
		}

		@Override
		public Optional<String> get(String name) throws ChannelException {
			return delegate().get(name);
		}

		@Override
		public void put(String name, String value) throws ChannelException {
			delegate().put(name, value);
		}

		@Override
		public void remove(String name) throws ChannelException {
			delegate().remove(name);
		}
	}
}
