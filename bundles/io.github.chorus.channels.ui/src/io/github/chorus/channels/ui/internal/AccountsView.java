// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.channels.ui.internal;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.osgi.service.event.EventHandler;

import io.github.chorus.channels.IChannelConnector;
import io.github.chorus.channels.IChannelTypeRegistry;
import io.github.chorus.channels.connector.AccountProfile;
import io.github.chorus.channels.connector.ChannelException;
import io.github.chorus.channels.connector.ConnectorOperation;

/**
 * The Accounts view: every connected account of the workspace with its network, name, status and
 * token expiry, flagged when its token expires within the warning period, expired, or when the
 * publishing engine paused it. Connect…, Reconnect…, Refresh Token and Disconnect act on it.
 * <p>
 * A 3.x view part, like the other Chorus views, so that it has the workbench's toolbar, context menu
 * and status line without further wiring.
 * </p>
 */
public final class AccountsView extends ViewPart {

	private static final DateTimeFormatter EXPIRY_FORMAT = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM,
			FormatStyle.SHORT);

	private WorkspaceAccounts accounts;
	private Label summary;
	private TableViewer viewer;
	private ResourceManager resources;
	private List<AccountRow> rows = List.of();
	private IAction connect;
	private IAction reconnect;
	private IAction refreshToken;
	private IAction disconnect;
	private final EventHandler changed = event -> {
		Display display = viewer == null ? null : viewer.getControl().getDisplay();
		if (display != null && !display.isDisposed()) {
			display.asyncExec(this::refresh);
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		accounts = ChannelsUi.accounts(getSite());
		resources = new LocalResourceManager(JFaceResources.getResources(), parent);
		GridLayoutFactory.fillDefaults().spacing(0, 4).applyTo(parent);
		summary = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).indent(6, 4).applyTo(summary);
		viewer = new TableViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column(Messages.View_columnChannel, 170, new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return ((AccountRow) element).channelName();
			}

			@Override
			public Image getImage(Object element) {
				return ChannelImages.icon(((AccountRow) element).channel(), resources);
			}
		});
		column(Messages.View_columnAccount, 220, new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return ((AccountRow) element).profile().displayName();
			}

			@Override
			public String getToolTipText(Object element) {
				return ((AccountRow) element).profile().accountId();
			}
		});
		column(Messages.View_columnStatus, 300, new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return ((AccountRow) element).state().label();
			}

			@Override
			public String getToolTipText(Object element) {
				return ((AccountRow) element).state().label();
			}

			@Override
			public Image getImage(Object element) {
				return switch (((AccountRow) element).state().kind()) {
				case CONNECTED -> null;
				case EXPIRING -> sharedImage(ISharedImages.IMG_OBJS_WARN_TSK);
				case EXPIRED, PAUSED -> sharedImage(ISharedImages.IMG_OBJS_ERROR_TSK);
				};
			}
		});
		column(Messages.View_columnExpiry, 190, new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				Instant expiry = ((AccountRow) element).profile().tokenExpiry();
				return expiry == null ? Messages.View_noExpiry : EXPIRY_FORMAT.format(expiry.atZone(ZoneId.systemDefault()));
			}
		});
		org.eclipse.jface.viewers.ColumnViewerToolTipSupport.enableFor(viewer);
		createActions();
		viewer.addSelectionChangedListener(event -> updateActions());
		viewer.addDoubleClickListener(event -> {
			if (reconnect.isEnabled() && selected().map(r -> r.state().needsAttention()).orElse(false)) {
				reconnect.run();
			}
		});
		getSite().setSelectionProvider(viewer);
		IEventBroker broker = getSite().getService(IEventBroker.class);
		if (broker != null) {
			broker.subscribe(ChannelsUi.ACCOUNTS_CHANGED, changed);
		}
		refresh();
	}

	private Image sharedImage(String name) {
		return PlatformUI.getWorkbench().getSharedImages().getImage(name);
	}

	private void column(String title, int width, ColumnLabelProvider labels) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(labels);
	}

	private void createActions() {
		connect = action(Messages.View_connect, Messages.View_connectTooltip, ISharedImages.IMG_OBJ_ADD, () -> openWizard(null));
		reconnect = action(Messages.View_reconnect, Messages.View_reconnectTooltip, ISharedImages.IMG_TOOL_REDO,
				() -> selected().ifPresent(row -> openWizard(row.profile())));
		refreshToken = action(Messages.View_refreshToken, Messages.View_refreshTokenTooltip, ISharedImages.IMG_ELCL_SYNCED,
				() -> selected().ifPresent(this::refreshToken));
		disconnect = action(Messages.View_disconnect, Messages.View_disconnectTooltip, ISharedImages.IMG_ELCL_REMOVE,
				() -> selected().ifPresent(this::disconnect));
		IToolBarManager toolbar = getViewSite().getActionBars().getToolBarManager();
		toolbar.add(connect);
		toolbar.add(reconnect);
		toolbar.add(refreshToken);
		toolbar.add(disconnect);
		MenuManager menu = new MenuManager();
		menu.add(connect);
		menu.add(reconnect);
		menu.add(refreshToken);
		menu.add(disconnect);
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
		getSite().registerContextMenu(menu, viewer);
		updateActions();
	}

	private static IAction action(String text, String tooltip, String image, Runnable run) {
		IAction action = new Action(text) {
			@Override
			public void run() {
				run.run();
			}
		};
		action.setToolTipText(tooltip);
		if (image != null) {
			ImageDescriptor descriptor = PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(image);
			action.setImageDescriptor(descriptor);
		}
		return action;
	}

	private Optional<AccountRow> selected() {
		IStructuredSelection selection = viewer.getStructuredSelection();
		return selection.size() == 1 ? Optional.of((AccountRow) selection.getFirstElement()) : Optional.empty();
	}

	private void updateActions() {
		Optional<AccountRow> row = selected();
		AccountPageRegistry pages = AccountPageRegistry.platform();
		reconnect.setEnabled(row.map(r -> r.channel().isPresent() && pages.hasPage(r.profile().channelTypeId())).orElse(false));
		refreshToken.setEnabled(row.flatMap(r -> connector(r.profile().channelTypeId())).isPresent());
		disconnect.setEnabled(row.isPresent());
	}

	private Optional<IChannelConnector> connector(String channelTypeId) {
		try {
			Optional<IChannelTypeRegistry> registry = ChannelsUi.registry();
			return registry.isEmpty() ? Optional.empty()
					: registry.get().connector(channelTypeId).filter(c -> c.operations().contains(ConnectorOperation.CONNECT));
		} catch (CoreException e) {
			ILog.of(AccountsView.class).log(e.getStatus());
			return Optional.empty();
		}
	}

	/** Reads the accounts again and shows them. */
	public void refresh() {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		try {
			rows = accounts.rows(ChannelsUi.registry().orElse(null), Instant.now(), ZoneId.systemDefault(),
					ChannelsUi.warningDays());
			long attention = rows.stream().filter(r -> r.state().needsAttention()).count();
			summary.setText(rows.isEmpty() ? Messages.View_summaryNone
					: attention == 0 ? rows.size() == 1 ? Messages.View_summaryOne : NLS.bind(Messages.View_summary, rows.size())
							: NLS.bind(Messages.View_summaryAttention, rows.size(), attention));
		} catch (IOException e) {
			rows = List.of();
			summary.setText(NLS.bind(Messages.View_unreadable, e.getMessage()));
		}
		viewer.setInput(rows);
		summary.getParent().layout(true);
		updateActions();
	}

	/**
	 * Opens the Connect Account wizard and shows the accounts again once it is closed.
	 *
	 * @param account the account to reconnect, or {@code null} for a new one
	 */
	void openWizard(AccountProfile account) {
		Optional<IChannelTypeRegistry> registry = ChannelsUi.registry();
		if (registry.isEmpty()) {
			return;
		}
		ConnectWizard wizard = new ConnectWizard(accounts, registry.get(), AccountPageRegistry.platform(),
				new SystemBrowser(viewer.getControl().getDisplay()), account);
		new ConnectWizardDialog(getSite().getShell(), wizard).open();
		refresh();
	}

	private void refreshToken(AccountRow row) {
		Optional<IChannelConnector> connector = connector(row.profile().channelTypeId());
		if (connector.isEmpty()) {
			return;
		}
		AccountProfile profile = row.profile();
		Display display = viewer.getControl().getDisplay();
		Job job = Job.create(NLS.bind(Messages.View_refreshJob, profile.displayName()), monitor -> {
			String failure;
			try {
				AccountProfile refreshed = connector.get().refresh(profile.account(), WorkspaceAccounts.secrets(profile));
				accounts.updated(refreshed);
				ChannelsUi.fireAccountsChanged();
				display.asyncExec(() -> getViewSite().getActionBars().getStatusLineManager()
						.setMessage(NLS.bind(Messages.View_refreshed, profile.displayName())));
				return;
			} catch (ChannelException e) {
				failure = ChannelsUi.describe(e);
			} catch (IOException e) {
				failure = NLS.bind(Messages.Failure_storage, e.getMessage());
			} catch (RuntimeException e) {
				ILog.of(AccountsView.class).error("Refreshing " + profile.channelTypeId() + " failed", e); //$NON-NLS-1$ //$NON-NLS-2$
				failure = NLS.bind(Messages.Failure_unexpected, row.channelName(), e.getClass().getSimpleName());
			}
			String message = failure;
			display.asyncExec(() -> {
				if (!viewer.getControl().isDisposed()) {
					MessageDialog.openError(getSite().getShell(), Messages.View_refreshFailedTitle, message);
				}
			});
		});
		job.setUser(true);
		job.schedule();
	}

	private void disconnect(AccountRow row) {
		AccountProfile profile = row.profile();
		MessageDialog question = new MessageDialog(getSite().getShell(), Messages.View_disconnectTitle, null,
				NLS.bind(Messages.View_disconnectQuestion, row.channelName(), profile.displayName()), MessageDialog.QUESTION, 1,
				Messages.View_disconnectButton, IDialogConstants.CANCEL_LABEL);
		if (question.open() != 0) {
			return;
		}
		try {
			accounts.disconnect(profile);
		} catch (ChannelException | IOException e) {
			MessageDialog.openError(getSite().getShell(), Messages.View_disconnectTitle,
					NLS.bind(Messages.View_disconnectFailed, profile.displayName(), e.getMessage()));
		}
		ChannelsUi.fireAccountsChanged();
		refresh();
	}

	/** @return the table, for tests */
	public TableViewer viewer() {
		return viewer;
	}

	/** @return the summary line, for tests */
	public Label summary() {
		return summary;
	}

	/** @return the shown rows, for tests */
	public List<AccountRow> rows() {
		return rows;
	}

	/** @return the Connect…, Reconnect…, Refresh Token and Disconnect actions, in this order, for tests */
	public List<IAction> actions() {
		return List.of(connect, reconnect, refreshToken, disconnect);
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		IEventBroker broker = getSite().getService(IEventBroker.class);
		if (broker != null) {
			broker.unsubscribe(changed);
		}
		super.dispose();
	}
}
