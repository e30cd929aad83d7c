package io.github.chorus.channels.accounts;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import io.github.chorus.channels.connector.IAccountSecrets;

/**
 * Secrets held in memory while an account is being connected, before its id is known; the caller then
 * moves them into secure storage with {@link StoredAccountSecrets#putAll(MemoryAccountSecrets)}. Follows
 * the same rule: an empty value never replaces a stored one. Its {@link #toString()} shows no value.
 *
 * @since 0.1
 * @noextend This class is not intended to be subclassed by clients.
 */
public final class MemoryAccountSecrets implements IAccountSecrets {

	private final Map<String, String> secrets = new TreeMap<>();

	@Override
	public synchronized Optional<String> get(String name) {
		return Optional.ofNullable(secrets.get(name));
	}

	@Override
	public synchronized void put(String name, String value) {
		if (value != null && !value.isEmpty()) {
			secrets.put(name, value);
		}
	}

	@Override
	public synchronized void remove(String name) {
		secrets.remove(name);
	}

	/** @return a copy of the secrets */
	public synchronized Map<String, String> snapshot() {
		return Map.copyOf(secrets);
	}

	@Override
	public synchronized String toString() {
		return "MemoryAccountSecrets" + secrets.keySet(); //$NON-NLS-1$
	}
}
