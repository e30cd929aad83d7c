// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.publishing.ui.internal;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.ui.PlatformUI;

import io.github.chorus.publishing.ui.internal.OutboxRow.Status;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

/**
 * The status bar's summary of the outbox ("Outbox: 3 due · 1 failed"), contributed to the window's status
 * trim by this bundle's model fragment; a click shows the Outbox view.
 */
public final class OutboxStatusControl {

	/** When the outbox is read at the latest, painted or not. */
	private static final int LATEST_START_MILLIS = 3000;
	/** The largest count the status bar makes room for. */
	private static final int LARGEST_COUNT = 99_999;

	private Link link;
	private OutboxMonitor monitor;
	private final Runnable listener = this::update;

	/**
	 * @param parent the trim bar
	 */
	@PostConstruct
	public void create(Composite parent) {
		Composite box = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(6, 2).applyTo(box);
		link = new Link(box, SWT.NONE);
		link.setText(Messages.Trim_starting);
		link.setToolTipText(Messages.Trim_tooltip);
		// the trim bar sizes its controls once: room for the longest summary from the start, with
		// counts of an agency's size (tens of thousands of posts)
		String counts = NLS.bind(Messages.Trim_failed, LARGEST_COUNT) + NLS.bind(Messages.Trim_held, LARGEST_COUNT);
		GC gc = new GC(link);
		int width = 8 + Math.max(gc.textExtent(NLS.bind(Messages.Trim_due, LARGEST_COUNT) + counts).x,
				Math.max(gc.textExtent(Messages.Trim_nothingDue + counts).x,
						gc.textExtent(Messages.Trim_publishing + counts).x));
		gc.dispose();
		GridDataFactory.fillDefaults().grab(true, true).align(SWT.FILL, SWT.CENTER).hint(width, SWT.DEFAULT)
				.applyTo(link);
		link.addListener(SWT.Selection, event -> ShowOutboxHandler
				.show(PlatformUI.getWorkbench().getActiveWorkbenchWindow(), null));
		// the outbox is read (accounts included) once the window has been painted, so that it
		// never delays the first frame; at the latest after a few seconds, should the trim be hidden
		link.addListener(SWT.Paint, new Listener() {
			@Override
			public void handleEvent(Event event) {
				link.removeListener(SWT.Paint, this);
				link.getDisplay().asyncExec(OutboxStatusControl.this::startMonitor);
			}
		});
		link.getDisplay().timerExec(LATEST_START_MILLIS, this::startMonitor);
	}

	private void startMonitor() {
		if (link.isDisposed() || monitor != null || !PlatformUI.isWorkbenchRunning()
				|| PlatformUI.getWorkbench().isClosing()) {
			return;
		}
		monitor = OutboxMonitor.of(PlatformUI.getWorkbench());
		monitor.addListener(listener);
		update();
	}

	/** @return the summary shown */
	String text() {
		return link.getText().replaceAll("</?a>", ""); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private void update() {
		if (link == null || link.isDisposed() || monitor == null) {
			return;
		}
		long due = monitor.count(Status.DUE);
		long failed = monitor.count(Status.FAILED);
		long held = monitor.count(Status.HELD);
		StringBuilder text = new StringBuilder(monitor.isPublishing() ? Messages.Trim_publishing
				: due == 0 ? Messages.Trim_nothingDue : NLS.bind(Messages.Trim_due, due));
		if (failed > 0) {
			text.append(NLS.bind(Messages.Trim_failed, failed));
		}
		if (held > 0) {
			text.append(NLS.bind(Messages.Trim_held, held));
		}
		link.setText("<a>" + text + "</a>"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Stops following the outbox. */
	@PreDestroy
	public void dispose() {
		if (monitor != null) {
			monitor.removeListener(listener);
		}
	}
}
