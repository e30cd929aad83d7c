// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.calendar.ui.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;

/**
 * A custom-drawn month grid (Monday first) of scheduled publications. Painting a month costs the
 * publications of that month only, however many the library holds (the {@link CalendarModel}
 * indexes them by day). Drag a publication to another day to reschedule it at the same local
 * time; arrows, Page Up/Down, Home and Enter work from the keyboard. Each day shows its
 * overloads (channels over their cadence) and gaps (channels the plan commits to with nothing
 * planned).
 */
public final class MonthView extends CalendarCanvas {

	private static final int HEADER = 22;
	private static final int CHIP = 17;
	private static final int DAY_LINE = 19;

	private YearMonth month;

	/**
	 * @param parent  the parent
	 * @param model   the shared calendar state
	 * @param domain  the editing domain whose command stack takes reschedules
	 * @param palette the colours
	 * @param opener  opens an item's composer
	 */
	public MonthView(Composite parent, CalendarModel model, EditingDomain domain, Palette palette, Opener opener) {
		super(parent, SWT.NONE, model, domain, palette, opener);
		month = YearMonth.from(selected);
	}

	/** @return the month shown */
	public YearMonth month() {
		return month;
	}

	/**
	 * @param newMonth the month to show
	 */
	public void showMonth(YearMonth newMonth) {
		month = newMonth;
		if (!YearMonth.from(selected).equals(newMonth)) {
			selected = newMonth.atDay(Math.min(selected.getDayOfMonth(), newMonth.lengthOfMonth()));
		}
		canvas.redraw();
		firePeriodChanged();
	}

	@Override
	public String periodTitle() {
		return month.getMonth().getDisplayName(TextStyle.FULL, Locale.getDefault()) + " " + month.getYear(); //$NON-NLS-1$
	}

	@Override
	public void step(int direction) {
		showMonth(month.plusMonths(direction));
	}

	@Override
	protected void reveal(LocalDate day) {
		if (!YearMonth.from(day).equals(month)) {
			showMonth(YearMonth.from(day));
		}
	}

	private LocalDate firstShownDay() {
		LocalDate first = month.atDay(1);
		return first.minusDays(first.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue());
	}

	/**
	 * @param day a day shown
	 * @return its cell, in canvas coordinates
	 */
	public Rectangle cell(LocalDate day) {
		Rectangle area = canvas.getClientArea();
		int index = (int) ChronoUnit.DAYS.between(firstShownDay(), day);
		int width = area.width / 7;
		int height = (area.height - HEADER) / 6;
		return new Rectangle(index % 7 * width, HEADER + index / 7 * height, width, height);
	}

	@Override
	protected LocalDate dayAt(int x, int y) {
		Rectangle area = canvas.getClientArea();
		int width = Math.max(1, area.width / 7);
		int height = Math.max(1, (area.height - HEADER) / 6);
		if (y < HEADER || x < 0) {
			return null;
		}
		int column = Math.min(6, x / width);
		int row = Math.min(5, (y - HEADER) / height);
		return firstShownDay().plusDays(row * 7L + column);
	}

	@Override
	protected ZonedDateTime dropTime(Entry entry, int x, int y, Point grabOffset) {
		LocalDate day = dayAt(x, y);
		return day == null ? null : entry.when().with(day);
	}

	@Override
	protected LocalDate navigate(int keyCode) {
		return switch (keyCode) {
		case SWT.ARROW_LEFT -> selected.minusDays(1);
		case SWT.ARROW_RIGHT -> selected.plusDays(1);
		case SWT.ARROW_UP -> selected.minusWeeks(1);
		case SWT.ARROW_DOWN -> selected.plusWeeks(1);
		case SWT.PAGE_UP -> selected.minusMonths(1);
		case SWT.PAGE_DOWN -> selected.plusMonths(1);
		case SWT.HOME -> LocalDate.now(model.zone());
		default -> null;
		};
	}

	/**
	 * Moves a publication to another day at the same local time in the view's zone, as one
	 * undoable command.
	 *
	 * @param entry  the publication
	 * @param target the new day
	 */
	public void reschedule(Entry entry, LocalDate target) {
		reschedule(entry, entry.when().with(target));
	}

	@Override
	protected void paint(GC gc) {
		// the paint event's clip also excludes what the scrolled form hides: restore it, never clear it
		Rectangle clip = gc.getClipping();
		Rectangle area = canvas.getClientArea();
		gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		gc.fillRectangle(area);
		int width = area.width / 7;
		Color text = canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND);
		Color grey = canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY);
		for (int i = 0; i < 7; i++) {
			gc.setForeground(grey);
			gc.drawText(DayOfWeek.of(i + 1).getDisplayName(TextStyle.SHORT, Locale.getDefault()), i * width + 6, 3, true);
		}
		LocalDate today = LocalDate.now(model.zone());
		ZonedDateTime target = dropTarget();
		LocalDate dropDay = target == null ? null : target.toLocalDate();
		LocalDate day = firstShownDay();
		for (int i = 0; i < 42; i++, day = day.plusDays(1)) {
			Rectangle cell = cell(day);
			if (!cell.intersects(clip)) {
				continue;
			}
			boolean inMonth = YearMonth.from(day).equals(month);
			if (!inMonth) {
				gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
				gc.fillRectangle(cell);
			}
			gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
			gc.drawRectangle(cell.x, cell.y, cell.width, cell.height);
			if (day.equals(selected)) {
				gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION));
				gc.setLineWidth(canvas.isFocusControl() ? 3 : 2);
				gc.drawRectangle(cell.x + 1, cell.y + 1, cell.width - 2, cell.height - 2);
				gc.setLineWidth(1);
			}
			gc.setForeground(inMonth ? text : grey);
			String number = String.valueOf(day.getDayOfMonth());
			Point size = gc.textExtent(number);
			if (day.equals(today)) {
				gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION));
				gc.fillOval(cell.x + 2, cell.y + 2, Math.max(size.x, size.y) + 4, size.y + 2);
				gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION_TEXT));
			}
			gc.drawText(number, cell.x + 5, cell.y + 3, true);
			int badgeX = cell.x + Math.max(size.x, size.y) + 12;
			loadBadges(gc, day, new Rectangle(badgeX, cell.y + 3, cell.x + cell.width - badgeX - 3, DAY_LINE - 3), clip);
			List<Entry> entries = entries(day);
			int y = cell.y + DAY_LINE + 2;
			int room = Math.max(0, (cell.y + cell.height - y) / CHIP);
			if (!entries.isEmpty() && room > 0) {
				gc.setClipping(new Rectangle(cell.x + 3, y, cell.width - 6, cell.y + cell.height - y).intersection(clip));
			}
			for (int k = 0; k < entries.size() && room > 0; k++) {
				if (k == room - 1 && entries.size() > room) {
					gc.setForeground(grey);
					gc.drawText(NLS.bind(Messages.MonthView_more, entries.size() - k), cell.x + 6, y, true);
					break;
				}
				Entry entry = entries.get(k);
				chip(gc, new Rectangle(cell.x + 3, y, cell.width - 6, CHIP - 2), entry,
						TIME.format(entry.when()) + " " + entry.item().getName()); //$NON-NLS-1$
				y += CHIP;
			}
			gc.setClipping(clip);
			if (day.equals(dropDay)) {
				dropFeedback(gc, new Rectangle(cell.x + 2, cell.y + 2, cell.width - 3, cell.height - 3), null);
			}
		}
	}
}
