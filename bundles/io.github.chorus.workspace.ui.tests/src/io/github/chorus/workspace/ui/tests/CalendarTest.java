// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.workspace.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.chorus.calendar.ui.internal.CalendarEditor;
import io.github.chorus.calendar.ui.internal.CalendarModel;
import io.github.chorus.calendar.ui.internal.Entry;
import io.github.chorus.calendar.ui.internal.MonthView;
import io.github.chorus.content.model.ScheduledPublication;
import io.github.chorus.ui.ChorusWorkbench;
import io.github.chorus.workspace.ui.WorkspaceEditors;
import io.github.chorus.workspace.ui.WorkspaceSession;

/** Drags a publication in the month view, checks the new date, undoes. */
class CalendarTest {

	private IWorkbenchPage page;
	private WorkspaceSession session;

	@BeforeEach
	void setUp() {
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry()
				.findPerspectiveWithId(ChorusWorkbench.PERSPECTIVE_CONTENT));
		session = WorkspaceSession.of(PlatformUI.getWorkbench());
	}

	@AfterEach
	void tearDown() throws Exception {
		page.closeAllEditors(false);
		Ui.revertUnsaved(session);
		Ui.assertNoLoggedErrors();
	}

	private static void mouse(Control control, int type, Point at, int stateMask) {
		Event event = new Event();
		event.x = at.x;
		event.y = at.y;
		event.button = 1;
		event.stateMask = stateMask;
		control.notifyListeners(type, event);
	}

	@Test
	void dragReschedulesAndUndoRestores() throws Exception {
		CalendarEditor editor = (CalendarEditor) WorkspaceEditors.open(page, session, session.workspace().content());
		page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
		Ui.processEvents();
		MonthView view = editor.calendarPage().monthView();
		Control canvas = view.control();
		canvas.redraw();
		canvas.update();
		Ui.processEvents();
		assertThat(view.zone()).isEqualTo(ZoneId.of(session.workspace().plan().getTimeZone()));

		// a publication not yet out, on a day of the month shown
		Entry entry = view.model().entries().stream().filter(CalendarModel::movable)
				.filter(e -> YearMonth.from(e.when()).equals(view.month())).findFirst().orElseThrow();
		LocalDate from = entry.when().toLocalDate();
		ScheduledPublication publication = entry.publication();
		Instant before = publication.getScheduledAt();
		Point start = view.chipCentre(entry);
		assertThat(start).as("chip drawn").isNotNull();
		LocalDate to = from.plusDays(1);
		Rectangle target = view.cell(to);
		Point drop = new Point(target.x + target.width / 2, target.y + target.height / 2);

		mouse(canvas, SWT.MouseDown, start, 0);
		mouse(canvas, SWT.MouseMove, drop, SWT.BUTTON1);
		mouse(canvas, SWT.MouseUp, drop, SWT.BUTTON1);
		Ui.processEvents();

		assertThat(publication.getScheduledAt()).isEqualTo(entry.when().plusDays(1).toInstant());
		assertThat(view.entries(to)).extracting(Entry::publication).contains(publication);
		assertThat(view.entries(from)).extracting(Entry::publication).doesNotContain(publication);
		assertThat(editor.isDirty()).isTrue();
		Ui.screenshot("content-calendar-month");

		editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId()).run();
		Ui.processEvents();
		assertThat(publication.getScheduledAt()).isEqualTo(before);
		assertThat(view.entries(from)).extracting(Entry::publication).contains(publication);
		assertThat(editor.isDirty()).isFalse();
		page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_RESTORED);
	}

	@Test
	void switchingTheTimeZoneMovesTheTimesShown() throws Exception {
		CalendarEditor editor = (CalendarEditor) WorkspaceEditors.open(page, session, session.workspace().content());
		Ui.processEvents();
		MonthView view = editor.calendarPage().monthView();
		LocalDate day = view.month().atDay(1);
		while (view.entries(day).isEmpty() && day.getMonth() == view.month().getMonth()) {
			day = day.plusDays(1);
		}
		Entry paris = view.entries(day).get(0);
		view.setZone(ZoneId.of("Asia/Tokyo"));
		Entry tokyo = view.entries(paris.when().withZoneSameInstant(ZoneId.of("Asia/Tokyo")).toLocalDate()).stream()
				.filter(e -> e.publication() == paris.publication()).findFirst().orElseThrow();
		assertThat(tokyo.when().toInstant()).isEqualTo(paris.when().toInstant());
		assertThat(tokyo.when().getZone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
		assertThat(editor.calendarPage().getManagedForm().getForm().getText()).contains("Asia/Tokyo");
	}

	@Test
	void theDefaultTimeZonePreferenceIsUsedWhenTheCalendarOpens() throws Exception {
		org.eclipse.core.runtime.preferences.IEclipsePreferences preferences = org.eclipse.core.runtime.preferences.InstanceScope.INSTANCE
				.getNode(io.github.chorus.calendar.ui.internal.CalendarPreferences.NODE);
		preferences.put(io.github.chorus.calendar.ui.internal.CalendarPreferences.TIME_ZONE, "America/New_York");
		try {
			CalendarEditor editor = (CalendarEditor) WorkspaceEditors.open(page, session,
					session.workspace().content());
			Ui.processEvents();
			assertThat(editor.calendarPage().monthView().zone()).isEqualTo(ZoneId.of("America/New_York"));
			assertThat(editor.calendarPage().getManagedForm().getForm().getText()).contains("America/New_York");
		} finally {
			preferences.remove(io.github.chorus.calendar.ui.internal.CalendarPreferences.TIME_ZONE);
		}
	}

	@Test
	void keyboardMovesTheSelectedDay() throws Exception {
		CalendarEditor editor = (CalendarEditor) WorkspaceEditors.open(page, session, session.workspace().content());
		Ui.processEvents();
		MonthView view = editor.calendarPage().monthView();
		LocalDate start = view.selected();
		Event right = new Event();
		right.keyCode = SWT.ARROW_RIGHT;
		view.control().notifyListeners(SWT.KeyDown, right);
		Event down = new Event();
		down.keyCode = SWT.ARROW_DOWN;
		view.control().notifyListeners(SWT.KeyDown, down);
		assertThat(view.selected()).isEqualTo(start.plusDays(8));
		Event pageDown = new Event();
		pageDown.keyCode = SWT.PAGE_DOWN;
		view.control().notifyListeners(SWT.KeyDown, pageDown);
		assertThat(view.month()).isEqualTo(YearMonth.from(start.plusDays(8).plusMonths(1)));
	}
}
