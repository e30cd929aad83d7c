// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.channel.x.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The strings of the account page. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "io.github.chorus.channel.x.ui.internal.messages"; //$NON-NLS-1$

	public static String description;
	public static String clientId;
	public static String clientSecret;
	public static String redirectPort;
	public static String explanation;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
