/**
 * Where connected accounts are kept: the non-secret {@link io.github.chorus.channels.connector.AccountProfile}s
 * in a small file of the workspace folder ({@link io.github.chorus.channels.accounts.AccountDirectory}),
 * and their secrets in Equinox secure storage ({@link io.github.chorus.channels.accounts.StoredAccountSecrets}).
 *
 * @since 0.1
 */
package io.github.chorus.channels.accounts;
