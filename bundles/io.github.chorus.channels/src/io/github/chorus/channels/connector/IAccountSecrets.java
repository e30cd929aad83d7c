package io.github.chorus.channels.connector;

import java.util.Optional;

/**
 * The secrets of one account (access and refresh tokens, app credentials, an app password), as the
 * caller hands them to a connector. Chorus's implementation keeps them only in Equinox secure
 * storage, never in the workspace, the preferences or a log.
 * <p>
 * Names are connector-defined ({@code accessToken}, {@code refreshToken}, {@code clientSecret}...).
 * A {@code null} or empty value never replaces a stored one: a refresh answer that lacks a new
 * refresh token keeps the good one. Use {@link #remove(String)} to delete a secret.
 * </p>
 *
 * @since 0.1
 */
public interface IAccountSecrets {

	/**
	 * @param name the secret's name
	 * @return the secret, when one is stored
	 * @throws ChannelException ({@link ChannelException.Kind#TRANSIENT}) when the storage cannot be read
	 */
	Optional<String> get(String name) throws ChannelException;

	/**
	 * Stores a secret; a {@code null} or empty value is ignored and keeps the stored one.
	 *
	 * @param name  the secret's name
	 * @param value the secret
	 * @throws ChannelException ({@link ChannelException.Kind#TRANSIENT}) when the storage cannot be written
	 */
	void put(String name, String value) throws ChannelException;

	/**
	 * @param name the secret's name; removing an unknown one does nothing
	 * @throws ChannelException ({@link ChannelException.Kind#TRANSIENT}) when the storage cannot be written
	 */
	void remove(String name) throws ChannelException;

	/**
	 * Reads a secret the operation cannot do without.
	 *
	 * @param name the secret's name
	 * @return the secret
	 * @throws ChannelException {@link ChannelException.Kind#AUTH_EXPIRED} when it is missing: the account
	 *                          must be connected (again)
	 */
	default String require(String name) throws ChannelException {
		return get(name).orElseThrow(() -> new ChannelException(ChannelException.Kind.AUTH_EXPIRED,
				"The account is not connected: its " + name + " is missing; connect it again.")); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
