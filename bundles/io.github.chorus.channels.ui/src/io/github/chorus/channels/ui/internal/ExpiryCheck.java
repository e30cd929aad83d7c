// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.channels.ui.internal;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.notifications.NotificationPopup;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

/**
 * The token check: at start-up and then once a day, reads the workspace's accounts and, when some
 * token expires within the warning period (preference {@value ChannelsUi#WARNING_DAYS}), expired, or
 * an account was paused by the publishing engine, shows a notification that fades away by itself
 * and tells the Accounts views, which flag those accounts. Nothing is sent to any network.
 */
public final class ExpiryCheck extends Job implements IStartup {

	/** How often the check runs while Chorus stays open. */
	static final Duration PERIOD = Duration.ofDays(1);
	/** How many accounts the notification names before it says how many more. */
	private static final int NAMED = 4;
	/** The width the notification's lines wrap at, in pixels. */
	private static final int POPUP_TEXT_WIDTH = 360;

	/** Created by the workbench for {@code org.eclipse.ui.startup}. */
	public ExpiryCheck() {
		super(Messages.Expiry_job);
		setSystem(true);
	}

	@Override
	public void earlyStartup() {
		schedule();
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		if (!PlatformUI.isWorkbenchRunning()) {
			return Status.OK_STATUS;
		}
		IWorkbench workbench = PlatformUI.getWorkbench();
		Display display = workbench.getDisplay();
		AtomicReference<WorkspaceAccounts> accounts = new AtomicReference<>();
		display.syncExec(() -> accounts.set(ChannelsUi.accounts(workbench)));
		try {
			List<AccountRow> attention = needingAttention(accounts.get(), Instant.now(), ZoneId.systemDefault(),
					ChannelsUi.warningDays());
			if (!attention.isEmpty()) {
				display.asyncExec(() -> notify(display, attention));
			}
			ChannelsUi.fireAccountsChanged();
		} catch (IOException e) {
			ILog.of(ExpiryCheck.class).warn("The account tokens could not be checked: " + e.getMessage()); //$NON-NLS-1$
		}
		schedule(PERIOD.toMillis());
		return Status.OK_STATUS;
	}

	/**
	 * @param accounts    a workspace's accounts
	 * @param now         the time to judge at
	 * @param zone        the user's time zone
	 * @param warningDays days before an expiry to warn
	 * @return the accounts that expire soon, expired or are paused
	 * @throws IOException when the accounts cannot be read
	 */
	public static List<AccountRow> needingAttention(WorkspaceAccounts accounts, Instant now, ZoneId zone, int warningDays)
			throws IOException {
		return accounts.rows(ChannelsUi.registry().orElse(null), now, zone, warningDays).stream()
				.filter(row -> row.state().needsAttention()).toList();
	}

	/**
	 * @param attention accounts that need attention
	 * @return the notification's text: one line per account, at most {@value #NAMED}
	 */
	public static String text(List<AccountRow> attention) {
		StringBuilder text = new StringBuilder();
		for (AccountRow row : attention.subList(0, Math.min(NAMED, attention.size()))) {
			text.append(NLS.bind(Messages.Expiry_line,
					new Object[] { row.channelName(), row.profile().displayName(), row.state().label() })).append('\n');
		}
		if (attention.size() > NAMED) {
			text.append(NLS.bind(Messages.Expiry_more, attention.size() - NAMED)).append('\n');
		}
		return text.toString().strip();
	}

	/**
	 * Shows the notification: non-modal, in the corner of the screen, gone after a while.
	 *
	 * @param display   the display
	 * @param attention the accounts that need attention
	 * @return the open popup
	 */
	public static NotificationPopup notify(Display display, List<AccountRow> attention) {
		NotificationPopup popup = NotificationPopup.forDisplay(display).title(Messages.Expiry_title, true)
				.content(parent -> {
					Composite content = new Composite(parent, SWT.NONE);
					GridLayoutFactory.fillDefaults().applyTo(content);
					Label lines = new Label(content, SWT.WRAP);
					lines.setText(text(attention).replace("&", "&&")); // names are not mnemonics //$NON-NLS-1$ //$NON-NLS-2$
					GridDataFactory.fillDefaults().grab(true, false).hint(POPUP_TEXT_WIDTH, SWT.DEFAULT).applyTo(lines);
					Link open = new Link(content, SWT.NONE);
					open.setText(Messages.Expiry_open);
					open.addListener(SWT.Selection, event -> showAccountsView());
					return content;
				}).delay(20_000).build();
		popup.open();
		return popup;
	}

	private static void showAccountsView() {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		if (window == null && PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0) {
			window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		}
		IWorkbenchPage page = window == null ? null : window.getActivePage();
		if (page != null) {
			try {
				page.showView(ChannelsUi.ACCOUNTS_VIEW);
			} catch (PartInitException e) {
				ILog.of(ExpiryCheck.class).log(e.getStatus());
			}
		}
	}
}
