// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.workspace.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.sort.command.SortColumnCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.chorus.calendar.ui.internal.Cadence;
import io.github.chorus.calendar.ui.internal.CalendarEditor;
import io.github.chorus.calendar.ui.internal.CalendarModel;
import io.github.chorus.calendar.ui.internal.CalendarPage;
import io.github.chorus.calendar.ui.internal.CalendarPreferences;
import io.github.chorus.calendar.ui.internal.Entry;
import io.github.chorus.calendar.ui.internal.ListView;
import io.github.chorus.calendar.ui.internal.WeekView;
import io.github.chorus.content.model.ScheduledPublication;
import io.github.chorus.plan.model.ChannelPresence;
import io.github.chorus.ui.ChorusWorkbench;
import io.github.chorus.workspace.ui.WorkspaceEditors;
import io.github.chorus.workspace.ui.WorkspaceSession;

/** The calendar's week and list views, its shared filters, colouring, gaps and overloads. */
class CalendarViewsTest {

	private IWorkbenchPage page;
	private WorkspaceSession session;
	private CalendarEditor editor;

	@BeforeEach
	void setUp() throws Exception {
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry()
				.findPerspectiveWithId(ChorusWorkbench.PERSPECTIVE_CONTENT));
		session = WorkspaceSession.of(PlatformUI.getWorkbench());
		editor = (CalendarEditor) WorkspaceEditors.open(page, session, session.workspace().content());
		page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
		Ui.processEvents();
	}

	@AfterEach
	void tearDown() throws Exception {
		page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_RESTORED);
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

	private static void paint(Control control) {
		control.redraw();
		control.update();
		Ui.processEvents();
	}

	private List<ScheduledPublication> allPublications() {
		return session.workspace().content().getItems().stream().flatMap(i -> i.getVariants().stream())
				.flatMap(v -> v.getPublications().stream()).toList();
	}

	@Test
	void draggingABlockInTheWeekViewMovesItToAnotherDayAndHourAndUndoRestoresIt() throws Exception {
		CalendarPage calendar = editor.calendarPage();
		calendar.show(CalendarPage.Mode.WEEK);
		WeekView week = calendar.weekView();
		paint(week.control());
		assertThat(week.control().isVisible()).isTrue();

		// a publication of the week shown whose block is on screen
		Entry entry = null;
		for (int d = 0; d < 7 && entry == null; d++) {
			for (Entry candidate : week.entries(week.weekStart().plusDays(d)).stream().filter(CalendarModel::movable)
					.toList()) {
				week.scrollTo(candidate.when().getHour());
				paint(week.control());
				if (week.chipBounds(candidate) != null) {
					entry = candidate;
					break;
				}
			}
		}
		assertThat(entry).as("a publication not yet out, drawn in the demo's current week").isNotNull();
		ScheduledPublication publication = entry.publication();
		Instant before = publication.getScheduledAt();
		LocalDate from = entry.when().toLocalDate();
		LocalDate to = from.getDayOfWeek().getValue() < 7 ? from.plusDays(1) : from.minusDays(1);
		LocalTime time = LocalTime.of(entry.when().getHour() == 16 ? 17 : 16, 15);

		week.scrollTo(entry.when().getHour());
		paint(week.control());
		Rectangle block = week.chipBounds(entry);
		Point grab = new Point(block.x + 3, block.y + 3);
		mouse(week.control(), SWT.MouseDown, grab, 0);
		week.scrollTo(time.getHour());
		paint(week.control());
		Point slot = week.slot(to, time);
		Point drop = new Point(slot.x + 10, slot.y + 1 + (grab.y - block.y));
		mouse(week.control(), SWT.MouseMove, drop, SWT.BUTTON1);
		paint(week.control());
		mouse(week.control(), SWT.MouseUp, drop, SWT.BUTTON1);
		paint(week.control());

		ZonedDateTime expected = ZonedDateTime.of(to, time, week.zone());
		assertThat(publication.getScheduledAt()).isEqualTo(expected.toInstant());
		assertThat(week.entries(to)).extracting(Entry::publication).contains(publication);
		assertThat(editor.isDirty()).isTrue();
		Ui.screenshot("content-calendar-week");

		editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId()).run();
		Ui.processEvents();
		assertThat(publication.getScheduledAt()).isEqualTo(before);
		assertThat(week.entries(from)).extracting(Entry::publication).contains(publication);
		assertThat(editor.isDirty()).isFalse();

		// a publication already out stays where it went out
		Entry out = week.model().entries().stream().filter(e -> e.when() != null && !CalendarModel.movable(e))
				.findFirst().orElseThrow();
		Instant outAt = out.publication().getScheduledAt();
		week.select(out.when().toLocalDate());
		week.scrollTo(out.when().getHour());
		paint(week.control());
		Rectangle outBlock = week.chipBounds(out);
		assertThat(outBlock).isNotNull();
		Point outGrab = new Point(outBlock.x + 3, outBlock.y + 3);
		Point elsewhere = new Point(outGrab.x, outGrab.y + 60);
		mouse(week.control(), SWT.MouseDown, outGrab, 0);
		mouse(week.control(), SWT.MouseMove, elsewhere, SWT.BUTTON1);
		mouse(week.control(), SWT.MouseUp, elsewhere, SWT.BUTTON1);
		Ui.processEvents();
		assertThat(out.publication().getScheduledAt()).isEqualTo(outAt);
		assertThat(editor.isDirty()).isFalse();
	}

	@Test
	void theWeekViewMovesItsSelectionByKeyboard() throws Exception {
		CalendarPage calendar = editor.calendarPage();
		calendar.show(CalendarPage.Mode.WEEK);
		WeekView week = calendar.weekView();
		LocalDate day = week.selected();
		int hour = week.selectedHour();
		for (int key : new int[] { SWT.ARROW_RIGHT, SWT.ARROW_DOWN, SWT.PAGE_DOWN }) {
			Event event = new Event();
			event.keyCode = key;
			week.control().notifyListeners(SWT.KeyDown, event);
		}
		assertThat(week.selected()).isEqualTo(day.plusDays(1).plusWeeks(1));
		assertThat(week.selectedHour()).isEqualTo(Math.min(23, hour + 1));
		assertThat(week.weekStart()).isEqualTo(week.selected().minusDays(week.selected().getDayOfWeek().getValue() - 1));
	}

	@Test
	void moreBlocksAtOneTimeThanFitSideBySideShowHowManyMoreInsteadOfSlivers() throws Exception {
		CalendarPage calendar = editor.calendarPage();
		calendar.show(CalendarPage.Mode.WEEK);
		WeekView week = calendar.weekView();
		LocalDate day = week.weekStart().plusDays(2);
		java.time.ZoneId zone = java.time.ZoneId.of(session.workspace().plan().getTimeZone());
		ChannelPresence channel = session.workspace().plan().getChannels().get(0);
		List<io.github.chorus.content.model.ContentItem> burst = new java.util.ArrayList<>();
		for (int i = 0; i < 120; i++) {
			io.github.chorus.content.model.ContentItem item = io.github.chorus.content.model.ContentFactory.eINSTANCE
					.createContentItem();
			item.setName("Burst " + i);
			io.github.chorus.content.model.Variant variant = io.github.chorus.content.model.ContentFactory.eINSTANCE
					.createVariant();
			variant.setChannel(channel);
			item.getVariants().add(variant);
			ScheduledPublication publication = io.github.chorus.content.model.ContentFactory.eINSTANCE
					.createScheduledPublication();
			publication.setState(io.github.chorus.content.model.PublicationState.SCHEDULED);
			publication.setScheduledAt(day.atTime(10, 0).atZone(zone).toInstant());
			variant.getPublications().add(publication);
			burst.add(item);
		}
		session.domain().getCommandStack().execute(org.eclipse.emf.edit.command.AddCommand.create(session.domain(),
				session.workspace().content(), io.github.chorus.content.model.ContentPackage.Literals.CONTENT_LIBRARY__ITEMS,
				burst));
		Ui.processEvents();
		week.scrollTo(10);
		paint(week.control());

		List<Entry> atTen = week.entries(day).stream().filter(entry -> burst.contains(entry.item())).toList();
		assertThat(atTen).hasSize(120);
		List<Rectangle> drawn = atTen.stream().map(week::chipBounds).filter(Objects::nonNull).toList();
		assertThat(drawn).as("blocks drawn side by side").isNotEmpty().hasSizeLessThan(120);
		assertThat(drawn).allSatisfy(block -> assertThat(block.width).isGreaterThanOrEqualTo(WeekView.MIN_LANE_WIDTH - 1));
		Ui.screenshot("calendar-week-burst");
	}

	@Test
	void theListViewShowsEveryPublicationAndSortsByAClickedColumn() throws Exception {
		CalendarPage calendar = editor.calendarPage();
		calendar.show(CalendarPage.Mode.LIST);
		ListView list = calendar.listView();
		NatTable table = list.table();
		paint(table);

		List<ScheduledPublication> all = allPublications();
		assertThat(list.rows()).extracting(Entry::publication).containsExactlyInAnyOrderElementsOf(all);
		assertThat(list.rowCount()).isEqualTo(all.size());

		// a click on the Date and time header sorts ascending, a second click descending
		table.doCommand(new SortColumnCommand(table, ListView.Column.WHEN.ordinal()));
		paint(table);
		List<Instant> ascending = list.rows().stream().map(e -> e.publication().getScheduledAt()).toList();
		assertThat(ascending.stream().filter(Objects::nonNull).toList()).isSorted();
		Entry first = list.rows().get(0);
		assertThat(table.getDataValueByPosition(ListView.Column.WHEN.ordinal(), 1))
				.isEqualTo(list.text(first, ListView.Column.WHEN));
		Ui.screenshot("content-calendar-list");

		table.doCommand(new SortColumnCommand(table, ListView.Column.WHEN.ordinal()));
		paint(table);
		Entry last = list.rows().get(list.rows().size() - 1);
		assertThat(last.publication().getScheduledAt()).isEqualTo(ascending.get(0));

		table.doCommand(new SortColumnCommand(table, ListView.Column.STATE.ordinal()));
		paint(table);
		assertThat(list.rows()).extracting(e -> e.publication().getState()).isSorted();
	}

	@Test
	void doubleClickingARowOfTheListOpensTheComposerOfItsItem() throws Exception {
		CalendarPage calendar = editor.calendarPage();
		calendar.show(CalendarPage.Mode.LIST);
		ListView list = calendar.listView();
		NatTable table = list.table();
		paint(table);
		Entry first = list.rows().get(0);
		Event click = new Event();
		click.x = table.getStartXOfColumnPosition(ListView.Column.TEXT.ordinal()) + 10;
		click.y = table.getStartYOfRowPosition(1) + table.getRowHeightByPosition(1) / 2;
		click.button = 1;
		click.count = 2;
		table.notifyListeners(SWT.MouseDown, click);
		table.notifyListeners(SWT.MouseUp, click);
		table.notifyListeners(SWT.MouseDoubleClick, click);
		Ui.waitFor(300);

		assertThat(page.getActiveEditor()).isNotSameAs(editor);
		assertThat(page.getActiveEditor().getEditorInput().getName()).contains(first.item().getName());
	}

	@Test
	void aFilterHidesRowsInEveryView() throws Exception {
		CalendarPage calendar = editor.calendarPage();
		calendar.show(CalendarPage.Mode.LIST);
		ListView list = calendar.listView();
		int everything = list.rows().size();
		Combo channels = calendar.filterCombos().get(0);
		ChannelPresence channel = session.workspace().plan().getChannels().get(0);
		assertThat(channels.getItem(1)).isEqualTo(channel.getName());
		channels.select(1);
		channels.notifyListeners(SWT.Selection, new Event());
		paint(list.table());

		assertThat(list.rows()).isNotEmpty().hasSizeLessThan(everything)
				.allMatch(e -> e.variant().getChannel() == channel);
		assertThat(list.rowCount()).isEqualTo(list.rows().size());
		long onChannel = session.workspace().content().getItems().stream().flatMap(i -> i.getVariants().stream())
				.filter(v -> v.getChannel() == channel).mapToLong(v -> v.getPublications().size()).sum();
		assertThat(list.rows()).hasSize((int) onChannel);
		LocalDate someDay = list.rows().stream().map(Entry::when).filter(Objects::nonNull).findFirst().orElseThrow()
				.toLocalDate();
		assertThat(calendar.monthView().entries(someDay)).allMatch(e -> e.variant().getChannel() == channel);
		Ui.screenshot("content-calendar-list-filtered");

		// the assignee filter narrows further, to the items each member owns
		Combo assignees = calendar.filterCombos().get(calendar.filterCombos().size() - 1);
		assertThat(assignees.getItemCount()).isGreaterThan(1);
		int shown = 0;
		for (int i = 1; i < assignees.getItemCount(); i++) {
			assignees.select(i);
			assignees.notifyListeners(SWT.Selection, new Event());
			String name = assignees.getItem(i);
			assertThat(list.rows()).allMatch(e -> e.variant().getChannel() == channel && e.item().getOwner() != null
					&& name.equals(e.item().getOwner().getName()));
			shown += list.rows().size();
		}
		long owned = session.workspace().content().getItems().stream().filter(i -> i.getOwner() != null)
				.flatMap(i -> i.getVariants().stream()).filter(v -> v.getChannel() == channel)
				.mapToLong(v -> v.getPublications().size()).sum();
		assertThat(shown).as("every owned publication on the channel, under one assignee or another")
				.isEqualTo((int) owned).isPositive();
	}

	@Test
	void colouringByCampaignIsRememberedForTheNextCalendar() throws Exception {
		IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(CalendarPreferences.NODE);
		try {
			Combo colourBy = findColourBy(editor.calendarPage());
			colourBy.select(1);
			colourBy.notifyListeners(SWT.Selection, new Event());
			assertThat(editor.calendarPage().model().colourByCampaign()).isTrue();
			assertThat(preferences.get(CalendarPreferences.COLOUR_BY, null)).isEqualTo(CalendarPreferences.COLOUR_BY_CAMPAIGN);

			page.closeAllEditors(false);
			editor = (CalendarEditor) WorkspaceEditors.open(page, session, session.workspace().content());
			Ui.processEvents();
			assertThat(editor.calendarPage().model().colourByCampaign()).isTrue();
			assertThat(findColourBy(editor.calendarPage()).getSelectionIndex()).isEqualTo(1);
		} finally {
			preferences.remove(CalendarPreferences.COLOUR_BY);
		}
	}

	private static Combo findColourBy(CalendarPage calendar) {
		List<Combo> combos = new java.util.ArrayList<>();
		collect(calendar.getManagedForm().getForm().getBody(), combos);
		return combos.stream().filter(c -> c.getItemCount() == 2 && (c.getStyle() & SWT.READ_ONLY) != 0
				&& !calendar.filterCombos().contains(c)).findFirst().orElseThrow();
	}

	private static void collect(Control control, List<Combo> into) {
		if (control instanceof Combo combo) {
			into.add(combo);
		} else if (control instanceof org.eclipse.swt.widgets.Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, into);
			}
		}
	}

	@Test
	void daysOverTheCadenceAndCommittedChannelsWithNothingPlannedAreFlagged() throws Exception {
		CalendarPage calendar = editor.calendarPage();
		CalendarModel model = calendar.model();
		model.setCadence(Cadence.parse("instagram=1, facebook=1, linkedin=1, mastodon=1, local=1"));
		// move a second publication of one channel onto a day that has one already
		Entry first = model.entries().stream().filter(e -> e.when() != null && e.variant().getChannel() != null)
				.filter(e -> model.entries(e.when().toLocalDate()).stream()
						.filter(o -> o.variant().getChannel() == e.variant().getChannel()).count() == 1)
				.findFirst().orElseThrow();
		ChannelPresence channel = first.variant().getChannel();
		LocalDate day = first.when().toLocalDate();
		assertThat(model.overloads(day)).doesNotContainKey(channel);
		Entry second = model.entries().stream().filter(e -> e.when() != null && e.variant().getChannel() == channel
				&& !e.when().toLocalDate().equals(day)).findFirst().orElseThrow();
		calendar.monthView().reschedule(second, day);
		Ui.processEvents();
		assertThat(model.overloads(day)).containsEntry(channel, 2);
		// a second channel over the cadence that day: the flags follow the plan's order of channels
		ChannelPresence other = session.workspace().plan().getChannels().stream()
				.filter(c -> c != channel && model.entries().stream()
						.filter(e -> e.when() != null && e.variant().getChannel() == c).count() >= 2)
				.findFirst().orElseThrow();
		model.entries().stream().filter(e -> e.when() != null && e.variant().getChannel() == other
				&& !e.when().toLocalDate().equals(day) && CalendarModel.movable(e)).limit(2).toList()
				.forEach(e -> calendar.monthView().reschedule(e, day));
		Ui.processEvents();
		List<ChannelPresence> flagged = List.copyOf(model.overloads(day).keySet());
		assertThat(flagged).contains(channel, other);
		assertThat(flagged).isEqualTo(session.workspace().plan().getChannels().stream().filter(flagged::contains).toList());
		calendar.monthView().select(day);
		Ui.screenshot("content-calendar-month-overload");
		model.setCadence(Cadence.parse("instagram=2, facebook=2, linkedin=2, mastodon=2, local=2"));
		assertThat(model.overloads(day)).doesNotContainKey(channel);

		// a coming day misses every committed channel it has nothing on, and only those
		LocalDate coming = LocalDate.now(model.zone()).plusDays(1);
		List<ChannelPresence> gaps = model.gaps(coming);
		for (ChannelPresence committed : session.workspace().plan().getChannels()) {
			boolean planned = model.entries(coming).stream().anyMatch(e -> e.variant().getChannel() == committed);
			assertThat(gaps.contains(committed)).as(committed.getName()).isEqualTo(committed.isActive() && !planned);
		}
		assertThat(model.gaps(LocalDate.now(model.zone()).minusDays(3))).as("the past has no gaps").isEmpty();
	}

	@Test
	void aCadenceThatCannotBeReadNamesTheBadEntry() {
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> Cadence.parse("x=5, instagram=two"))
				.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("instagram=two");
		assertThat(Cadence.parse("x=5, Instagram=2").maximumPerDay()).containsEntry("x", 5).containsEntry("instagram", 2);
	}
}
