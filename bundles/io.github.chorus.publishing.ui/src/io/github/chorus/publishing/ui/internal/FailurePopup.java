// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.publishing.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;

/**
 * A small non-modal notification in the bottom right corner of the workbench window that does not take the
 * focus: one per failed publication, naming it, its channel and the reason, with a link to the Outbox. It
 * closes itself after {@value #VISIBLE_MILLIS} ms. (The platform's {@code org.eclipse.jface.notifications}
 * is not on Maven Central.)
 */
final class FailurePopup {

	/** How long a notification stays. */
	static final int VISIBLE_MILLIS = 12_000;
	private static final int WIDTH = 360;
	private static final int MARGIN = 12;
	private static final List<FailurePopup> OPEN = new ArrayList<>();

	private final Shell shell;
	private final String title;
	private final String text;

	private FailurePopup(Shell shell, String title, String text) {
		this.shell = shell;
		this.title = title;
		this.text = text;
	}

	/**
	 * Shows a notification above those already open.
	 *
	 * @param parent     the workbench window's shell
	 * @param title      the headline
	 * @param text       the details
	 * @param showOutbox run when the user follows the link
	 */
	static void open(Shell parent, String title, String text, Runnable showOutbox) {
		Shell shell = new Shell(parent, SWT.NO_TRIM | SWT.ON_TOP | SWT.TOOL);
		FailurePopup popup = new FailurePopup(shell, title, text);
		GridLayoutFactory.fillDefaults().margins(1, 1).applyTo(shell);
		shell.setBackground(shell.getDisplay().getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
		Composite body = new Composite(shell, SWT.NONE);
		body.setBackground(shell.getDisplay().getSystemColor(SWT.COLOR_INFO_BACKGROUND));
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 8).applyTo(body);
		Label headline = new Label(body, SWT.WRAP);
		headline.setText(title.replace("&", "&&")); //$NON-NLS-1$ //$NON-NLS-2$
		headline.setFont(JFaceResources.getBannerFont());
		headline.setBackground(body.getBackground());
		headline.setForeground(shell.getDisplay().getSystemColor(SWT.COLOR_INFO_FOREGROUND));
		GridDataFactory.fillDefaults().grab(true, false).hint(WIDTH - 60, SWT.DEFAULT).applyTo(headline);
		Link close = new Link(body, SWT.NONE);
		close.setText("<a>\u00d7</a>"); //$NON-NLS-1$
		close.setToolTipText(Messages.Popup_dismiss);
		close.setBackground(body.getBackground());
		close.addListener(SWT.Selection, event -> popup.close());
		GridDataFactory.swtDefaults().align(SWT.END, SWT.BEGINNING).applyTo(close);
		Label details = new Label(body, SWT.WRAP);
		details.setText(text.replace("&", "&&")); //$NON-NLS-1$ //$NON-NLS-2$
		details.setBackground(body.getBackground());
		details.setForeground(shell.getDisplay().getSystemColor(SWT.COLOR_INFO_FOREGROUND));
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(WIDTH - 30, SWT.DEFAULT).applyTo(details);
		Link link = new Link(body, SWT.NONE);
		link.setText("<a>" + Messages.Popup_showOutbox + "</a>"); //$NON-NLS-1$ //$NON-NLS-2$
		link.setBackground(body.getBackground());
		link.addListener(SWT.Selection, event -> {
			popup.close();
			showOutbox.run();
		});
		GridDataFactory.fillDefaults().span(2, 1).applyTo(link);
		OPEN.add(popup);
		popup.place();
		shell.setVisible(true); // not open(): a notification does not take the focus
		shell.getDisplay().timerExec(VISIBLE_MILLIS, popup::close);
		shell.addDisposeListener(event -> {
			OPEN.remove(popup);
			placeAll();
		});
	}

	private void place() {
		Shell parent = (Shell) shell.getParent();
		Point size = shell.computeSize(WIDTH, SWT.DEFAULT);
		Rectangle area = parent.getBounds();
		int bottom = area.y + area.height - MARGIN - 28; // above the status line
		for (FailurePopup other : OPEN) {
			if (other == this) {
				break;
			}
			bottom -= other.shell.getSize().y + MARGIN / 2;
		}
		shell.setBounds(area.x + area.width - size.x - MARGIN, bottom - size.y, size.x, size.y);
	}

	private static void placeAll() {
		for (FailurePopup popup : List.copyOf(OPEN)) {
			if (!popup.shell.isDisposed()) {
				popup.place();
			}
		}
	}

	private void close() {
		if (!shell.isDisposed()) {
			shell.dispose();
		}
	}

	/** @return the headline and text of each notification open now, oldest first (for tests) */
	static List<String> openNotifications() {
		return OPEN.stream().map(popup -> popup.title + '\n' + popup.text).toList();
	}

	/** Closes every notification (for tests). */
	static void closeAll() {
		List.copyOf(OPEN).forEach(FailurePopup::close);
	}
}
