/**
 * Access to Equinox secure storage for the secrets Chorus keeps: account tokens, app credentials.
 * {@link io.github.chorus.core.secure.SecretStore} is the only way Chorus code reads or writes them;
 * they never go into the workspace, the preferences or a log.
 *
 * @since 0.1
 */
package io.github.chorus.core.secure;
