// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.channel.bluesky.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

import io.github.chorus.channels.connector.AccountProfile;
import io.github.chorus.channels.ui.AccountPage;

/**
 * Connects a Bluesky account with a handle and an app password, on bsky.social or on the user's own
 * server (PDS). The app password is used once to open a session and never stored.
 */
public final class BlueskyAccountPage extends AccountPage {

	static final String HANDLE = "handle"; //$NON-NLS-1$
	static final String APP_PASSWORD = "appPassword"; //$NON-NLS-1$
	static final String SERVICE = "service"; //$NON-NLS-1$
	static final String DEFAULT_SERVICE = "https://bsky.social"; //$NON-NLS-1$

	private Text handle;
	private Text service;

	@Override
	public void createControl(Composite parent) {
		Composite grid = createGrid(parent);
		String knownHandle = reconnecting().map(a -> a.settings().get(HANDLE)).orElse(null);
		String knownService = reconnecting().map(AccountProfile::baseUrl).filter(s -> !DEFAULT_SERVICE.equals(s)).orElse(null);
		handle = addField(grid, HANDLE, Messages.handle, knownHandle, SWT.NONE, true);
		handle.setMessage(Messages.handleHint);
		addField(grid, APP_PASSWORD, Messages.appPassword, null, SWT.PASSWORD, true);
		service = addField(grid, SERVICE, Messages.service, knownService, SWT.NONE, false);
		service.setMessage(DEFAULT_SERVICE);
		addExplanation(grid, Messages.explanation);
		setDescription(Messages.description);
		validate();
	}

	@Override
	protected String check() {
		if (handle.getText().strip().contains(" ")) { //$NON-NLS-1$
			return Messages.badHandle;
		}
		String server = service.getText().strip();
		if (!server.isEmpty() && !server.startsWith("https://") && !server.startsWith("http://")) { //$NON-NLS-1$ //$NON-NLS-2$
			return Messages.badService;
		}
		return null;
	}
}
