package io.github.chorus.channels.connector;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * What a connector needs to connect an account: parameters the user typed (a Mastodon instance URL, a
 * Bluesky handle and app password, a Local feed folder), how to show an authorization page, and how
 * long to wait for the user.
 *
 * @param parameters connector-defined parameters; connectors document the names they read. Secret
 *                   parameters (an app password) are used for the call and never stored
 * @param browser    opens an authorization page for OAuth connectors
 * @param timeout    how long to wait for the user to authorize (the loopback redirect)
 * @since 0.1
 */
public record ConnectRequest(Map<String, String> parameters, IAuthorizationBrowser browser, Duration timeout) {

	/** Copies the parameters. */
	public ConnectRequest {
		parameters = Map.copyOf(parameters);
		Objects.requireNonNull(browser, "browser"); //$NON-NLS-1$
		Objects.requireNonNull(timeout, "timeout"); //$NON-NLS-1$
	}

	/**
	 * @param name a parameter name
	 * @return its value
	 * @throws ChannelException {@link ChannelException.Kind#REJECTED} when it is missing or blank
	 */
	public String require(String name) throws ChannelException {
		String value = parameters.get(name);
		if (value == null || value.isBlank()) {
			throw new ChannelException(ChannelException.Kind.REJECTED, "Missing connection parameter: " + name); //$NON-NLS-1$
		}
		return value.strip();
	}

	/**
	 * Opens an authorization page: the system browser in the workbench, a printed link on the command
	 * line, an HTTP client in tests.
	 */
	@FunctionalInterface
	public interface IAuthorizationBrowser {
		/**
		 * @param authorizationPage the page where the user grants access; the network then redirects to
		 *                          the loopback address the connector listens on
		 * @throws java.io.IOException when the page cannot be shown
		 */
		void open(java.net.URI authorizationPage) throws java.io.IOException;
	}
}
