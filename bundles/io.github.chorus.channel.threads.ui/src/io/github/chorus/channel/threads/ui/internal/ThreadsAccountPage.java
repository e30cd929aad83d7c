// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.channel.threads.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

import io.github.chorus.channels.ui.AccountPage;

/**
 * Connects a Threads profile with the user's own app: the Threads app id and secret, then OAuth in the system browser with
 * the redirect to 127.0.0.1 on the port registered with the app. The app secret is used for the token exchange and not kept.
 */
public final class ThreadsAccountPage extends AccountPage {

	/** The connector's redirect port parameter and its default. */
	static final String REDIRECT_PORT = "redirectPort"; //$NON-NLS-1$
	static final int DEFAULT_REDIRECT_PORT = 8765;

	@Override
	public void createControl(Composite parent) {
		Composite grid = createGrid(parent);
		addField(grid, "appId", Messages.appId, null, SWT.NONE, true); //$NON-NLS-1$
		addField(grid, "appSecret", Messages.appSecret, null, SWT.PASSWORD, true); //$NON-NLS-1$
		addPortField(grid, REDIRECT_PORT, Messages.redirectPort, DEFAULT_REDIRECT_PORT);
		addExplanation(grid, Messages.explanation);
		setDescription(Messages.description);
		validate();
	}

	@Override
	public boolean opensBrowser() {
		return true;
	}
}
