// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.channel.mastodon.ui.internal;

import java.net.URI;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

import io.github.chorus.channels.connector.AccountProfile;
import io.github.chorus.channels.ui.AccountPage;

/**
 * Connects a Mastodon account: the user names the instance; the connector registers Chorus as an app
 * there and runs OAuth with PKCE in the system browser with a loopback redirect.
 */
public final class MastodonAccountPage extends AccountPage {

	/** The connector's parameter: the instance, as a host name or URL. */
	static final String INSTANCE = "instance"; //$NON-NLS-1$

	private Text instance;

	@Override
	public void createControl(Composite parent) {
		Composite grid = createGrid(parent);
		instance = addField(grid, INSTANCE, Messages.instance, reconnecting().map(AccountProfile::baseUrl).orElse(null),
				SWT.NONE, true);
		instance.setMessage(Messages.instanceHint);
		addExplanation(grid, Messages.explanation);
		setDescription(Messages.description);
		validate();
	}

	@Override
	protected String check() {
		String text = instance.getText().strip();
		String url = text.contains("://") ? text : "https://" + text; //$NON-NLS-1$ //$NON-NLS-2$
		try {
			URI uri = URI.create(url);
			if (uri.getHost() != null && uri.getHost().contains(".") || "localhost".equals(uri.getHost())) { //$NON-NLS-1$ //$NON-NLS-2$
				return null;
			}
		} catch (IllegalArgumentException e) {
			// reported below
		}
		return Messages.notAnInstance;
	}

	@Override
	public boolean opensBrowser() {
		return true;
	}
}
