// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.calendar.ui.internal;

import org.eclipse.ui.PartInitException;

import io.github.chorus.content.model.ContentLibrary;
import io.github.chorus.workspace.ui.WorkspaceFormEditor;

/**
 * The content calendar: every scheduled publication of the content library on a month grid,
 * in a visible, switchable time zone, coloured by channel or campaign, filtered, rescheduled by
 * drag and drop (undoable).
 */
public final class CalendarEditor extends WorkspaceFormEditor {

	/** The editor id. */
	public static final String ID = "io.github.chorus.calendar.ui.editor"; //$NON-NLS-1$

	private CalendarPage month;

	@Override
	protected void addPages() {
		try {
			month = new CalendarPage(this);
			addPage(month);
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
		if (month != null) {
			month.modelChanged();
		}
	}

	/** @return the month page, for tests */
	public CalendarPage calendarPage() {
		return month;
	}
}
