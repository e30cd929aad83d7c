package io.github.chorus.channels.accounts;

import java.io.IOException;
import java.util.Objects;
import java.util.Optional;

import io.github.chorus.channels.connector.ChannelException;
import io.github.chorus.channels.connector.IAccountSecrets;
import io.github.chorus.core.secure.SecretStore;

/**
 * The secrets of one account in Chorus's {@link SecretStore} (Equinox secure storage), under the node
 * {@code accounts/<channel type>/<account id>}.
 *
 * @since 0.1
 * @noextend This class is not intended to be subclassed by clients.
 */
public final class StoredAccountSecrets implements IAccountSecrets {

	private final SecretStore store;
	private final String node;

	/**
	 * @param store         the secure storage
	 * @param channelTypeId the account's channel type
	 * @param accountId     the account's id
	 */
	public StoredAccountSecrets(SecretStore store, String channelTypeId, String accountId) {
		this.store = Objects.requireNonNull(store, "store"); //$NON-NLS-1$
		this.node = SecretStore.node("accounts", channelTypeId, accountId); //$NON-NLS-1$
	}

	@Override
	public Optional<String> get(String name) throws ChannelException {
		try {
			return store.get(node, name);
		} catch (IOException e) {
			throw storageFailure(e);
		}
	}

	@Override
	public void put(String name, String value) throws ChannelException {
		try {
			store.put(node, name, value);
		} catch (IOException e) {
			throw storageFailure(e);
		}
	}

	@Override
	public void remove(String name) throws ChannelException {
		try {
			store.remove(node, name);
		} catch (IOException e) {
			throw storageFailure(e);
		}
	}

	/**
	 * Removes every secret of the account (when it is disconnected).
	 *
	 * @throws ChannelException when the storage cannot be written
	 */
	public void removeAll() throws ChannelException {
		try {
			store.removeNode(node);
		} catch (IOException e) {
			throw storageFailure(e);
		}
	}

	/**
	 * Copies secrets a connector wrote into a temporary holder (before the account id was known).
	 *
	 * @param source the holder
	 * @throws ChannelException when the storage cannot be written
	 */
	public void putAll(MemoryAccountSecrets source) throws ChannelException {
		for (var entry : source.snapshot().entrySet()) {
			put(entry.getKey(), entry.getValue());
		}
	}

	private static ChannelException storageFailure(IOException e) {
		return new ChannelException(ChannelException.Kind.TRANSIENT, e.getMessage(), null, null, 0, null);
	}
}
