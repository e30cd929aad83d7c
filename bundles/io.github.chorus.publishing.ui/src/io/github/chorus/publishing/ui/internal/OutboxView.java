// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.publishing.ui.internal;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;

import io.github.chorus.content.model.ContentPackage;
import io.github.chorus.content.model.PublicationState;
import io.github.chorus.content.model.ScheduledPublication;
import io.github.chorus.publishing.ui.internal.OutboxRow.Filter;
import io.github.chorus.publishing.ui.internal.OutboxRow.Status;
import io.github.chorus.workspace.ui.WorkspaceEditors;
import io.github.chorus.workspace.ui.WorkspaceSession;

/**
 * The Outbox: every publication that is queued, publishing, failed, held or published, with its channel,
 * account, due time in the workspace's zone, last attempt and the network's message. Failed rows offer
 * Retry (only when the last outcome is known not to be a post, so nothing can go out twice) and Fix (the
 * composer on the item); published rows open their link in the system browser. It follows the engine live
 * through the {@link OutboxMonitor}.
 */
public final class OutboxView extends ViewPart {

	/** The view's id. */
	public static final String ID = "io.github.chorus.publishing.ui.outbox"; //$NON-NLS-1$

	private OutboxMonitor monitor;
	private WorkspaceSession session;
	private Label summary;
	private Combo filter;
	private TableViewer viewer;
	private Button publish;
	private Button retry;
	private Button fix;
	private Button openLink;
	private Filter shown = Filter.ALL;
	private List<OutboxRow> shownRows = List.of();
	private final Runnable listener = this::update;

	@Override
	public void createPartControl(Composite parent) {
		monitor = OutboxMonitor.of(getSite().getWorkbenchWindow().getWorkbench());
		session = monitor.session();
		GridLayoutFactory.swtDefaults().numColumns(6).applyTo(parent);

		summary = new Label(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(summary);
		new Label(parent, SWT.NONE).setText(Messages.View_show);
		filter = new Combo(parent, SWT.READ_ONLY);
		for (Filter each : Filter.values()) {
			filter.add(each.label());
		}
		filter.select(0);
		filter.addListener(SWT.Selection, event -> {
			shown = Filter.values()[filter.getSelectionIndex()];
			showRows();
			updateButtons();
		});
		publish = button(parent, Messages.View_publish, () -> PublishDueHandler.start(getSite().getWorkbenchWindow()));

		// virtual: an agency's outbox lists 100,000s of publications, and a table item per row made
		// the toolkit busy for as long as the view was open
		viewer = new TableViewer(parent,
				SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		GridDataFactory.fillDefaults().span(6, 1).grab(true, true).applyTo(viewer.getControl());
		viewer.setUseHashlookup(true);
		viewer.setContentProvider(new ILazyContentProvider() {
			@Override
			public void updateElement(int index) {
				if (index < shownRows.size()) {
					viewer.replace(shownRows.get(index), index);
				}
			}
		});
		column(Messages.Column_state, 110, row -> row.status().label(), true);
		column(NLS.bind(Messages.Column_due, zone()), 165, row -> row.due() == null ? "" //$NON-NLS-1$
				: formatter().format(row.due()), false);
		column(Messages.Column_publication, 220, OutboxRow::item, false);
		column(Messages.Column_channel, 150, OutboxRow::channel, false);
		column(Messages.Column_account, 150, OutboxRow::account, false);
		column(Messages.Column_outcome, 110, OutboxRow::lastOutcome, false);
		column(Messages.Column_message, 420, row -> row.link() != null ? row.link() : row.message(), false);
		viewer.addSelectionChangedListener(event -> updateButtons());
		viewer.addDoubleClickListener(event -> {
			OutboxRow row = selected();
			if (row != null && row.link() != null) {
				openLink();
			} else if (row != null && row.status() == Status.FAILED) {
				fix();
			}
		});

		Composite actions = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().span(6, 1).applyTo(actions);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(actions);
		retry = button(actions, Messages.View_retry, this::retry);
		fix = button(actions, Messages.View_fix, this::fix);
		openLink = button(actions, Messages.View_openLink, this::openLink);

		getSite().setSelectionProvider(viewer);
		monitor.addListener(listener);
		update();
	}

	private static Button button(Composite parent, String text, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.addListener(SWT.Selection, event -> action.run());
		return button;
	}

	private void column(String title, int width, java.util.function.Function<OutboxRow, String> text, boolean coloured) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((OutboxRow) element);
			}

			@Override
			public String getToolTipText(Object element) {
				return ((OutboxRow) element).message();
			}

			@Override
			public Color getForeground(Object element) {
				if (!coloured) {
					return null;
				}
				return switch (((OutboxRow) element).status()) {
				case FAILED -> viewer.getControl().getDisplay().getSystemColor(SWT.COLOR_RED);
				case PUBLISHED -> viewer.getControl().getDisplay().getSystemColor(SWT.COLOR_DARK_GREEN);
				case HELD -> viewer.getControl().getDisplay().getSystemColor(SWT.COLOR_DARK_YELLOW);
				case PUBLISHING, DUE -> viewer.getControl().getDisplay().getSystemColor(SWT.COLOR_DARK_BLUE);
				default -> null;
				};
			}
		});
	}

	private ZoneId zone() {
		try {
			String zone = session.workspace().plan() == null ? null : session.workspace().plan().getTimeZone();
			return zone == null ? ZoneId.systemDefault() : ZoneId.of(zone);
		} catch (DateTimeException e) {
			return ZoneId.systemDefault();
		}
	}

	private DateTimeFormatter formatter() {
		return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone()); //$NON-NLS-1$
	}

	private void update() {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		ScheduledPublication selected = selected() == null ? null : selected().publication();
		showRows();
		if (selected != null) {
			select(selected);
		}
		long due = monitor.count(Status.DUE);
		long failed = monitor.count(Status.FAILED);
		String text = NLS.bind(Messages.View_summary, new Object[] { due, monitor.count(Status.PUBLISHING), failed,
				monitor.count(Status.HELD), monitor.count(Status.PUBLISHED) });
		if (monitor.isPublishing()) {
			text = Messages.View_publishing + "  " + text; //$NON-NLS-1$
		}
		summary.setText(text);
		publish.setEnabled(!monitor.isPublishing());
		summary.getParent().layout(true);
		updateButtons();
	}

	private void updateButtons() {
		OutboxRow row = selected();
		retry.setEnabled(row != null && row.retryable() && !monitor.isPublishing());
		retry.setToolTipText(row != null && row.status() == Status.FAILED && !row.retryable() ? Messages.View_retryUnsafe
				: null);
		fix.setEnabled(row != null && row.status() == Status.FAILED);
		openLink.setEnabled(row != null && row.link() != null);
	}

	private OutboxRow selected() {
		IStructuredSelection selection = viewer.getStructuredSelection();
		return selection.getFirstElement() instanceof OutboxRow row ? row : null;
	}

	/**
	 * Selects the row of a publication, showing every row when the filter hides it.
	 *
	 * @param publication the publication
	 */
	void select(ScheduledPublication publication) {
		for (OutboxRow row : monitor.rows()) {
			if (row.publication() == publication) {
				if (!shown.accepts(row)) {
					shown = Filter.ALL;
					filter.select(0);
					showRows();
				}
				// the row's item first, so that selecting it does not make every item before it
				int index = shownRows.indexOf(row);
				if (index >= 0) {
					viewer.replace(row, index);
					viewer.setSelection(new StructuredSelection(row), true);
				}
				return;
			}
		}
	}

	/** Shows the rows the filter accepts; the table asks for those it paints. */
	private void showRows() {
		shownRows = monitor.rows().stream().filter(shown::accepts).toList();
		viewer.setInput(shownRows);
		viewer.setItemCount(shownRows.size());
		viewer.refresh();
	}

	/** Schedules a failed publication again and, when nothing else is unsaved, saves and publishes it now. */
	void retry() {
		OutboxRow row = selected();
		if (row == null || !row.retryable()) {
			return;
		}
		boolean clean = !session.isDirty();
		Command command = SetCommand.create(session.domain(), row.publication(),
				ContentPackage.Literals.SCHEDULED_PUBLICATION__STATE, PublicationState.SCHEDULED);
		session.domain().getCommandStack().execute(command);
		if (!clean) {
			return; // Publish Due Now asks to save the other edits too
		}
		try {
			session.save();
		} catch (IOException e) {
			ILog.of(OutboxView.class).warn(e.getMessage(), e);
			return; // the retry stays an unsaved edit, which Publish Due Now offers to save
		}
		PublishDueHandler.start(getSite().getWorkbenchWindow());
	}

	/** Opens the composer on the failed publication's content item. */
	void fix() {
		OutboxRow row = selected();
		if (row == null) {
			return;
		}
		try {
			WorkspaceEditors.open(getSite().getPage(), session, row.publication());
		} catch (PartInitException e) {
			ILog.of(OutboxView.class).error("Cannot open the composer", e); //$NON-NLS-1$
		}
	}

	private void openLink() {
		OutboxRow row = selected();
		if (row != null && row.link() != null && !Program.launch(row.link())) {
			ILog.of(OutboxView.class).warn("No program opens " + row.link()); //$NON-NLS-1$
		}
	}

	/** @return the table (for tests) */
	TableViewer viewer() {
		return viewer;
	}

	/** @return the filter (for tests) */
	Combo filter() {
		return filter;
	}

	/** @return the summary line (for tests) */
	String summary() {
		return summary.getText();
	}

	/** @return the Retry button (for tests) */
	Button retryButton() {
		return retry;
	}

	/** @return the Fix button (for tests) */
	Button fixButton() {
		return fix;
	}

	/** @return the rows the filter shows, in order */
	List<OutboxRow> shownRows() {
		return shownRows;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		if (monitor != null) {
			monitor.removeListener(listener);
		}
		super.dispose();
	}
}
