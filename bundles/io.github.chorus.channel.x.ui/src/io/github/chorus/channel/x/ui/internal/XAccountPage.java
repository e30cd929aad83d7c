// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.channel.x.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

import io.github.chorus.channels.ui.AccountPage;

/**
 * Connects X with the user's own app: the OAuth 2.0 client id, and the client secret of a confidential app, then OAuth in the system browser with
 * the redirect to 127.0.0.1 on the port registered with the app.
 */
public final class XAccountPage extends AccountPage {

	/** The connector's redirect port parameter and its default. */
	static final String REDIRECT_PORT = "redirectPort"; //$NON-NLS-1$
	static final int DEFAULT_REDIRECT_PORT = 8765;

	@Override
	public void createControl(Composite parent) {
		Composite grid = createGrid(parent);
		addField(grid, "clientId", Messages.clientId, null, SWT.NONE, true); //$NON-NLS-1$
		addField(grid, "clientSecret", Messages.clientSecret, null, SWT.PASSWORD, false); //$NON-NLS-1$
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
