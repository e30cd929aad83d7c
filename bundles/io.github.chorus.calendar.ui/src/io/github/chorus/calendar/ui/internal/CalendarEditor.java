// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.calendar.ui.internal;

import org.eclipse.ui.PartInitException;

import io.github.chorus.content.model.ContentLibrary;
import io.github.chorus.workspace.ui.WorkspaceFormEditor;

/**
 * The content calendar: every scheduled publication of the content library in a month, week or
 * list view, in a visible, switchable time zone, coloured by channel or campaign, filtered,
 * rescheduled by drag and drop (undoable), with gaps and overloads flagged.
 */
public final class CalendarEditor extends WorkspaceFormEditor {

	/** The editor id. */
	public static final String ID = "io.github.chorus.calendar.ui.editor"; //$NON-NLS-1$

	private CalendarPage page;

	@Override
	protected void addPages() {
		try {
			page = new CalendarPage(this);
			addPage(page);
		} catch (PartInitException e) {
			throw new IllegalStateException(e);
		}
	}

	/** @return the content library */
	public ContentLibrary library() {
		return (ContentLibrary) object();
	}

	@Override
	protected void modelChanged() {
		if (page != null) {
			page.modelChanged();
		}
	}

	/** @return the calendar page, for tests */
	public CalendarPage calendarPage() {
		return page;
	}
}
