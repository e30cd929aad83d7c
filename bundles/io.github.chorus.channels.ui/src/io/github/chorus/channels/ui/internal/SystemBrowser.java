// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.channels.ui.internal;

import java.io.IOException;
import java.net.URI;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Display;

import io.github.chorus.channels.connector.ConnectRequest;

/** Opens an OAuth authorization page in the user's default browser, where their sessions are. */
final class SystemBrowser implements ConnectRequest.IAuthorizationBrowser {

	private final Display display;

	SystemBrowser(Display display) {
		this.display = display;
	}

	@Override
	public void open(URI authorizationPage) throws IOException {
		AtomicBoolean launched = new AtomicBoolean();
		display.syncExec(() -> launched.set(Program.launch(authorizationPage.toString())));
		if (!launched.get()) {
			throw new IOException("no system browser could be started"); //$NON-NLS-1$
		}
	}
}
