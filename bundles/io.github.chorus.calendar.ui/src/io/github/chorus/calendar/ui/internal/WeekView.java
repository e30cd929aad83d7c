// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.calendar.ui.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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
import org.eclipse.swt.widgets.ScrollBar;

/**
 * A custom-drawn week (Monday first): hours down, seven days across, each publication a block at
 * its time in the view's zone. Publications at overlapping times share the column side by side.
 * Drag a block to another day and time (snapped to {@value #SNAP_MINUTES} minutes) to
 * reschedule it; arrows move the selected day and hour, Page Up/Down the week, Home goes to
 * today and Enter opens the selected hour's publication. The header shows each day's overloads
 * and gaps, as the month view does.
 */
public final class WeekView extends CalendarCanvas {

	/** Drops snap to this many minutes. */
	public static final int SNAP_MINUTES = 15;
	/** A block shows this many minutes: publications are instants, blocks need a height. */
	private static final int BLOCK_MINUTES = 30;
	/** The narrowest block drawn side by side with others: narrower, neither its label nor a click would work. */
	public static final int MIN_LANE_WIDTH = 24;
	private static final int HOUR = 44;
	private static final int HEADER = 40;
	private static final int GUTTER = 48;
	private static final int FIRST_HOUR_SHOWN = 7;
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy"); //$NON-NLS-1$

	private LocalDate weekStart;
	private int selectedHour = FIRST_HOUR_SHOWN + 2;
	private int scrollY = FIRST_HOUR_SHOWN * HOUR;

	/**
	 * @param parent  the parent
	 * @param model   the shared calendar state
	 * @param domain  the editing domain whose command stack takes reschedules
	 * @param palette the colours
	 * @param opener  opens an item's composer
	 */
	public WeekView(Composite parent, CalendarModel model, EditingDomain domain, Palette palette, Opener opener) {
		super(parent, SWT.V_SCROLL, model, domain, palette, opener);
		weekStart = mondayOf(selected);
		ScrollBar bar = canvas.getVerticalBar();
		bar.addListener(SWT.Selection, e -> {
			scrollY = bar.getSelection();
			canvas.redraw();
		});
		canvas.addListener(SWT.Resize, e -> updateScrollBar());
		updateScrollBar();
	}

	private static LocalDate mondayOf(LocalDate day) {
		return day.minusDays(day.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue());
	}

	private void updateScrollBar() {
		ScrollBar bar = canvas.getVerticalBar();
		int visible = Math.max(1, canvas.getClientArea().height - HEADER);
		int total = 24 * HOUR;
		scrollY = Math.max(0, Math.min(scrollY, total - visible));
		bar.setValues(scrollY, 0, total, Math.min(visible, total), HOUR / 4, visible);
	}

	/** @return the Monday of the week shown */
	public LocalDate weekStart() {
		return weekStart;
	}

	/**
	 * @param day a day of the week to show
	 */
	public void showWeek(LocalDate day) {
		weekStart = mondayOf(day);
		if (ChronoUnit.DAYS.between(weekStart, selected) < 0 || ChronoUnit.DAYS.between(weekStart, selected) > 6) {
			selected = weekStart.plusDays(selected.getDayOfWeek().getValue() - 1L);
		}
		canvas.redraw();
		firePeriodChanged();
	}

	@Override
	public String periodTitle() {
		LocalDate end = weekStart.plusDays(6);
		String from = weekStart.getMonth() == end.getMonth() ? String.valueOf(weekStart.getDayOfMonth())
				: weekStart.format(DateTimeFormatter.ofPattern("d MMM")); //$NON-NLS-1$
		return from + " \u2013 " + end.format(DAY); //$NON-NLS-1$
	}

	@Override
	public void step(int direction) {
		showWeek(weekStart.plusWeeks(direction));
	}

	@Override
	protected void reveal(LocalDate day) {
		if (!mondayOf(day).equals(weekStart)) {
			showWeek(day);
		}
	}

	/** @return the selected hour of the selected day */
	public int selectedHour() {
		return selectedHour;
	}

	/**
	 * Scrolls so that an hour is in view.
	 *
	 * @param hour 0 to 23
	 */
	public void scrollTo(int hour) {
		int visible = Math.max(1, canvas.getClientArea().height - HEADER);
		int top = hour * HOUR;
		if (top < scrollY) {
			scrollY = top;
		} else if (top + HOUR > scrollY + visible) {
			scrollY = top + HOUR - visible;
		}
		updateScrollBar();
		canvas.redraw();
	}

	private int columnWidth() {
		return Math.max(1, (canvas.getClientArea().width - GUTTER) / 7);
	}

	private int yOf(int minuteOfDay) {
		return HEADER + minuteOfDay * HOUR / 60 - scrollY;
	}

	/**
	 * @param day  a day of the week shown
	 * @param time a time of day
	 * @return the canvas point at the left edge of that day's column, at that time
	 */
	public Point slot(LocalDate day, LocalTime time) {
		int column = (int) ChronoUnit.DAYS.between(weekStart, day);
		return new Point(GUTTER + column * columnWidth(), yOf(time.getHour() * 60 + time.getMinute()));
	}

	@Override
	protected LocalDate dayAt(int x, int y) {
		if (x < GUTTER) {
			return null;
		}
		int column = Math.min(6, (x - GUTTER) / columnWidth());
		if (y >= HEADER) {
			selectedHour = Math.max(0, Math.min(23, (y - HEADER + scrollY) / HOUR));
		}
		return weekStart.plusDays(column);
	}

	@Override
	protected ZonedDateTime dropTime(Entry entry, int x, int y, Point grabOffset) {
		if (x < GUTTER) {
			return null;
		}
		LocalDate day = weekStart.plusDays(Math.min(6, (x - GUTTER) / columnWidth()));
		int minutes = (y - grabOffset.y - HEADER + scrollY) * 60 / HOUR;
		minutes = Math.floorDiv(minutes + SNAP_MINUTES / 2, SNAP_MINUTES) * SNAP_MINUTES;
		minutes = Math.max(0, Math.min(24 * 60 - SNAP_MINUTES, minutes));
		return ZonedDateTime.of(day, LocalTime.of(minutes / 60, minutes % 60), model.zone());
	}

	@Override
	protected LocalDate navigate(int keyCode) {
		switch (keyCode) {
		case SWT.ARROW_UP, SWT.ARROW_DOWN:
			selectedHour = Math.max(0, Math.min(23, selectedHour + (keyCode == SWT.ARROW_UP ? -1 : 1)));
			scrollTo(selectedHour);
			return selected;
		case SWT.ARROW_LEFT:
			return selected.minusDays(1);
		case SWT.ARROW_RIGHT:
			return selected.plusDays(1);
		case SWT.PAGE_UP:
			return selected.minusWeeks(1);
		case SWT.PAGE_DOWN:
			return selected.plusWeeks(1);
		case SWT.HOME:
			return LocalDate.now(model.zone());
		default:
			return null;
		}
	}

	@Override
	protected Entry focusedEntry() {
		for (Entry entry : entries(selected)) {
			if (entry.when().getHour() == selectedHour) {
				return entry;
			}
		}
		return super.focusedEntry();
	}

	@Override
	protected void paint(GC gc) {
		Rectangle clip = gc.getClipping();
		Rectangle area = canvas.getClientArea();
		Color background = canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND);
		Color line = canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW);
		Color light = canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_LIGHT_SHADOW);
		Color grey = canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY);
		Color text = canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND);
		gc.setBackground(background);
		gc.fillRectangle(area);
		int width = columnWidth();
		LocalDate today = LocalDate.now(model.zone());

		// the hour grid, clipped below the header
		Rectangle body = new Rectangle(0, HEADER, area.width, Math.max(0, area.height - HEADER)).intersection(clip);
		gc.setClipping(body);
		int selectedColumn = (int) ChronoUnit.DAYS.between(weekStart, selected);
		for (int hour = 0; hour < 24; hour++) {
			int y = yOf(hour * 60);
			gc.setForeground(line);
			gc.drawLine(GUTTER, y, area.width, y);
			gc.setForeground(light);
			gc.drawLine(GUTTER, y + HOUR / 2, area.width, y + HOUR / 2);
			gc.setForeground(grey);
			gc.drawText(String.format("%02d:00", hour), 6, y + 2, true); //$NON-NLS-1$
		}
		for (int column = 0; column <= 7; column++) {
			gc.setForeground(line);
			gc.drawLine(GUTTER + column * width, HEADER, GUTTER + column * width, area.height);
		}
		if (selectedColumn >= 0 && selectedColumn < 7) {
			gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION));
			gc.setLineWidth(canvas.isFocusControl() ? 2 : 1);
			gc.drawRectangle(GUTTER + selectedColumn * width + 1, yOf(selectedHour * 60) + 1, width - 2, HOUR - 2);
			gc.setLineWidth(1);
		}
		int blockHeight = Math.max(HOUR * BLOCK_MINUTES / 60, gc.getFontMetrics().getHeight() + 2) - 2;
		for (int column = 0; column < 7; column++) {
			paintDay(gc, weekStart.plusDays(column), GUTTER + column * width, width, blockHeight, body);
		}
		if (ChronoUnit.DAYS.between(weekStart, today) >= 0 && ChronoUnit.DAYS.between(weekStart, today) < 7) {
			ZonedDateTime now = ZonedDateTime.now(model.zone());
			int x = GUTTER + (int) ChronoUnit.DAYS.between(weekStart, today) * width;
			int y = yOf(now.getHour() * 60 + now.getMinute());
			gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_RED));
			gc.setLineWidth(2);
			gc.drawLine(x, y, x + width, y);
			gc.setLineWidth(1);
		}
		ZonedDateTime target = dropTarget();
		if (target != null) {
			int column = (int) ChronoUnit.DAYS.between(weekStart, target.toLocalDate());
			Rectangle ghost = new Rectangle(GUTTER + column * width + 2, yOf(target.getHour() * 60 + target.getMinute()),
					width - 5, blockHeight);
			dropFeedback(gc, ghost, TIME.format(target) + " " + dragged().item().getName()); //$NON-NLS-1$
		}

		// the header: day names, dates, overloads and gaps
		gc.setClipping(clip);
		Rectangle header = new Rectangle(0, 0, area.width, HEADER);
		gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
		gc.fillRectangle(header);
		gc.setForeground(line);
		gc.drawLine(0, HEADER - 1, area.width, HEADER - 1);
		gc.setForeground(grey);
		gc.drawText(model.zone().getId().replaceAll(".*/", ""), 4, 4, true); //$NON-NLS-1$ //$NON-NLS-2$
		for (int column = 0; column < 7; column++) {
			LocalDate day = weekStart.plusDays(column);
			int x = GUTTER + column * width;
			String name = day.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.getDefault()) + " " //$NON-NLS-1$
					+ day.getDayOfMonth();
			if (day.equals(today)) {
				Point size = gc.textExtent(name);
				gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION));
				gc.fillRoundRectangle(x + 3, 2, size.x + 8, size.y + 2, 8, 8);
				gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION_TEXT));
			} else {
				gc.setForeground(day.equals(selected) ? canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION) : text);
			}
			gc.drawText(name, x + 7, 3, true);
			loadBadges(gc, day, new Rectangle(x + 4, 21, width - 6, HEADER - 22), clip);
		}
	}

	/**
	 * Draws a day's publications as blocks at their times. Publications whose blocks overlap share the
	 * column in lanes side by side, as many lanes as fit at {@value #MIN_LANE_WIDTH} pixels each; when
	 * more overlap than that (an agency posts hundreds an hour), the right of the column says how many
	 * more there are at that time instead of drawing blocks too thin to see or click.
	 */
	private void paintDay(GC gc, LocalDate day, int x, int width, int blockHeight, Rectangle body) {
		List<Entry> entries = entries(day);
		int n = entries.size();
		int maxLanes = Math.max(1, (width - 5) / MIN_LANE_WIDTH);
		// a crowded cluster gives the right of the column to its "+N more" and the rest to lanes
		int moreWidth = Math.min(width - 5, gc.textExtent(NLS.bind(Messages.MonthView_more, 9999)).x + 6);
		int crowdedLanes = Math.max(1, (width - 5 - moreWidth) / MIN_LANE_WIDTH);
		int[] lane = new int[n]; // -1: not drawn, counted in its cluster's "more"
		int[] lanes = new int[n];
		boolean[] crowded = new boolean[n];
		int[] laneEnds = new int[maxLanes];
		List<int[]> overflows = new ArrayList<>(); // minute of the hour, blocks of that hour not drawn
		int clusterStart = 0;
		int clusterEnd = Integer.MIN_VALUE;
		int used = 0;
		boolean overflow = false;
		for (int i = 0; i <= n; i++) {
			int start = i < n ? minuteOfDay(entries.get(i)) : Integer.MAX_VALUE;
			if (start >= clusterEnd) {
				closeCluster(entries, lane, lanes, crowded, clusterStart, i, overflow ? crowdedLanes : used, overflow,
						overflows);
				clusterStart = i;
				clusterEnd = Integer.MIN_VALUE;
				used = 0;
				overflow = false;
			}
			if (i == n) {
				break;
			}
			int free = -1;
			for (int l = 0; l < used && free < 0; l++) {
				if (laneEnds[l] <= start) {
					free = l;
				}
			}
			if (free < 0 && used < maxLanes) {
				free = used++;
			}
			lane[i] = free;
			if (free >= 0) {
				laneEnds[free] = start + BLOCK_MINUTES;
			} else {
				overflow = true;
			}
			clusterEnd = Math.max(clusterEnd, start + BLOCK_MINUTES);
		}
		Rectangle column = new Rectangle(x, body.y, width, body.height).intersection(body);
		gc.setClipping(column);
		for (int i = 0; i < n; i++) {
			if (lane[i] < 0) {
				continue;
			}
			Entry entry = entries.get(i);
			int laneWidth = (width - 5 - (crowded[i] ? moreWidth : 0)) / Math.max(1, lanes[i]);
			Rectangle block = new Rectangle(x + 2 + lane[i] * laneWidth, yOf(minuteOfDay(entry)) + 1, laneWidth - 1,
					blockHeight);
			if (block.intersects(body)) {
				if (lanes[i] > 1) {
					// side by side blocks clip their labels to themselves
					gc.setClipping(block.intersection(body));
				}
				chip(gc, block, entry, TIME.format(entry.when()) + " " + entry.item().getName()); //$NON-NLS-1$
				if (lanes[i] > 1) {
					gc.setClipping(column);
				}
			}
		}
		for (int[] more : overflows) {
			Rectangle marker = new Rectangle(x + 2 + width - 5 - moreWidth, yOf(more[0]) + 1, moreWidth, blockHeight);
			if (marker.intersects(body)) {
				gc.setClipping(marker.intersection(body));
				gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_DARK_GRAY));
				gc.drawText(NLS.bind(Messages.MonthView_more, more[1]), marker.x + 2, marker.y + 1, true);
				gc.setClipping(column);
			}
		}
		gc.setClipping(body);
	}

	/**
	 * Ends a cluster of overlapping blocks: each gets the cluster's number of lanes. When some did not
	 * fit, the cluster is crowded: it keeps {@code laneCount} lanes beside a "+N more" in each hour
	 * where blocks of the other lanes are not drawn.
	 */
	private static void closeCluster(List<Entry> entries, int[] lane, int[] lanes, boolean[] crowded, int from,
			int to, int laneCount, boolean overflow, List<int[]> overflows) {
		for (int j = from; j < to; j++) {
			lanes[j] = laneCount;
			crowded[j] = overflow;
		}
		if (!overflow) {
			return;
		}
		int[] hiddenPerHour = new int[24];
		for (int j = from; j < to; j++) {
			if (lane[j] < 0 || lane[j] >= laneCount) {
				lane[j] = -1;
				hiddenPerHour[minuteOfDay(entries.get(j)) / 60]++;
			}
		}
		for (int hour = 0; hour < 24; hour++) {
			if (hiddenPerHour[hour] > 0) {
				overflows.add(new int[] { hour * 60, hiddenPerHour[hour] });
			}
		}
	}

	private static int minuteOfDay(Entry entry) {
		return entry.when().getHour() * 60 + entry.when().getMinute();
	}
}
