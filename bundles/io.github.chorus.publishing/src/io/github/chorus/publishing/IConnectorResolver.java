// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.publishing;

import java.util.Objects;

import io.github.chorus.channels.ChannelAccount;
import io.github.chorus.channels.IChannelConnector;
import io.github.chorus.channels.connector.ChannelException;
import io.github.chorus.channels.connector.IAccountSecrets;
import io.github.chorus.plan.model.ChannelPresence;

/**
 * Finds the connector, the connected account and its secrets for a channel of the plan. The product's
 * resolver reads the channel type registry and the workspace's account directory; tests give their own.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface IConnectorResolver {

	/**
	 * @param channel a channel of the plan
	 * @return how to publish on it
	 * @throws ChannelException {@link ChannelException.Kind#GONE} when no account is connected for it, or its
	 *                          channel type is not installed
	 */
	Binding resolve(ChannelPresence channel) throws ChannelException;

	/**
	 * How to publish on one channel.
	 *
	 * @param connector the connector
	 * @param account   the connected account
	 * @param secrets   its secrets
	 */
	record Binding(IChannelConnector connector, ChannelAccount account, IAccountSecrets secrets) {
		/** Checks the arguments. */
		public Binding {
			Objects.requireNonNull(connector, "connector"); //$NON-NLS-1$
			Objects.requireNonNull(account, "account"); //$NON-NLS-1$
			Objects.requireNonNull(secrets, "secrets"); //$NON-NLS-1$
		}
	}
}
