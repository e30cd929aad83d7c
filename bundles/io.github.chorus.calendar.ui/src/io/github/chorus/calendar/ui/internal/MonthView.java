// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.calendar.ui.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;

import io.github.chorus.content.model.ContentItem;
import io.github.chorus.content.model.ContentLibrary;
import io.github.chorus.content.model.ContentPackage;
import io.github.chorus.content.model.PublicationState;
import io.github.chorus.content.model.ScheduledPublication;
import io.github.chorus.content.model.Variant;
import io.github.chorus.plan.model.Campaign;
import io.github.chorus.plan.model.ChannelPresence;

/**
 * A custom-drawn month grid (Monday first) of scheduled publications. Publications are indexed
 * by day once per model change, so painting a month costs the publications of that month only,
 * however many the library holds. Drag a publication to another day to reschedule it (same
 * local time, undoable); double-click opens its composer; arrows, Page Up/Down, Home and Enter
 * work from the keyboard. Days with more than {@value #OVERLOAD} publications are flagged as
 * overloaded, days in the current month with none as gaps.
 */
public final class MonthView {

	/** More publications than this on one day is flagged as an overload. */
	public static final int OVERLOAD = 6;
	private static final int HEADER = 22;
	private static final int CHIP = 17;
	private static final RGB[] PALETTE = { new RGB(66, 133, 244), new RGB(219, 68, 55), new RGB(15, 157, 88),
			new RGB(171, 71, 188), new RGB(255, 112, 67), new RGB(0, 172, 193), new RGB(124, 179, 66),
			new RGB(92, 107, 192), new RGB(141, 110, 99) };
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm"); //$NON-NLS-1$

	/** Opens an item's editor. */
	public interface Opener {
		/**
		 * @param item the item to open
		 * @throws Exception when it cannot be opened
		 */
		void open(ContentItem item) throws Exception;
	}

	private final Canvas canvas;
	private final EditingDomain domain;
	private final ContentLibrary library;
	private final Opener opener;
	private final Map<Object, Color> colours = new HashMap<>();
	private final List<Runnable> monthListeners = new CopyOnWriteArrayList<>();
	private ZoneId zone;
	private YearMonth month;
	private LocalDate selected;
	private boolean colourByCampaign;
	private ChannelPresence channelFilter;
	private PublicationState stateFilter;
	private Campaign campaignFilter;
	private Map<LocalDate, List<Entry>> byDay = new HashMap<>();
	private final List<Map.Entry<Rectangle, Entry>> chips = new ArrayList<>();
	private Entry dragged;
	private Point dragStart;
	private LocalDate dropTarget;

	MonthView(Composite parent, EditingDomain domain, ContentLibrary library, ZoneId zone, Opener opener) {
		this.domain = domain;
		this.library = library;
		this.zone = zone;
		this.opener = opener;
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
		canvas.addListener(SWT.Paint, e -> paint(e.gc));
		canvas.addListener(SWT.Resize, e -> canvas.redraw());
		canvas.addListener(SWT.MouseDown, this::mouseDown);
		canvas.addListener(SWT.MouseMove, this::mouseMove);
		canvas.addListener(SWT.MouseUp, this::mouseUp);
		canvas.addListener(SWT.MouseDoubleClick, this::doubleClick);
		canvas.addListener(SWT.KeyDown, this::keyDown);
		canvas.addListener(SWT.Traverse, e -> e.doit = e.detail != SWT.TRAVERSE_RETURN);
		canvas.addListener(SWT.FocusIn, e -> canvas.redraw());
		canvas.addListener(SWT.Dispose, e -> colours.values().forEach(Color::dispose));
		LocalDate today = LocalDate.now(zone);
		month = YearMonth.from(today);
		selected = today;
		reindex();
	}

	/** @return the canvas */
	public Control control() {
		return canvas;
	}

	/** Rebuilds the day index from the model (after any command, undo or redo). */
	public void reindex() {
		Map<LocalDate, List<Entry>> index = new HashMap<>();
		for (ContentItem item : library.getItems()) {
			if (campaignFilter != null && item.getCampaign() != campaignFilter) {
				continue;
			}
			for (Variant variant : item.getVariants()) {
				if (channelFilter != null && variant.getChannel() != channelFilter) {
					continue;
				}
				for (ScheduledPublication publication : variant.getPublications()) {
					Instant at = publication.getScheduledAt();
					if (at == null || (stateFilter != null && publication.getState() != stateFilter)) {
						continue;
					}
					ZonedDateTime when = at.atZone(zone);
					index.computeIfAbsent(when.toLocalDate(), d -> new ArrayList<>())
							.add(new Entry(publication, variant, item, when));
				}
			}
		}
		index.values().forEach(list -> list.sort(Comparator.comparing(Entry::when)));
		byDay = index;
		if (!canvas.isDisposed()) {
			canvas.redraw();
		}
	}

	/**
	 * @param day a day
	 * @return the publications shown on that day, in time order
	 */
	public List<Entry> entries(LocalDate day) {
		return byDay.getOrDefault(day, List.of());
	}

	/** @return the month shown */
	public YearMonth month() {
		return month;
	}

	/** @return the time zone of the view */
	public ZoneId zone() {
		return zone;
	}

	/** @return the selected day */
	public LocalDate selected() {
		return selected;
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
		monthListeners.forEach(Runnable::run);
	}

	/** Shows the current month and selects today. */
	public void showToday() {
		selected = LocalDate.now(zone);
		showMonth(YearMonth.from(selected));
	}

	/**
	 * @param newZone the time zone to show times in
	 */
	public void setZone(ZoneId newZone) {
		zone = newZone;
		reindex();
		monthListeners.forEach(Runnable::run);
	}

	void setColourByCampaign(boolean byCampaign) {
		colourByCampaign = byCampaign;
		canvas.redraw();
	}

	void setChannelFilter(ChannelPresence channel) {
		channelFilter = channel;
		reindex();
	}

	void setStateFilter(PublicationState state) {
		stateFilter = state;
		reindex();
	}

	void setCampaignFilter(Campaign campaign) {
		campaignFilter = campaign;
		reindex();
	}

	void addMonthListener(Runnable listener) {
		monthListeners.add(listener);
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
		int index = (int) java.time.temporal.ChronoUnit.DAYS.between(firstShownDay(), day);
		int width = area.width / 7;
		int height = (area.height - HEADER) / 6;
		return new Rectangle(index % 7 * width, HEADER + index / 7 * height, width, height);
	}

	private LocalDate dayAt(int x, int y) {
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

	private Entry chipAt(int x, int y) {
		for (Map.Entry<Rectangle, Entry> chip : chips) {
			if (chip.getKey().contains(x, y)) {
				return chip.getValue();
			}
		}
		return null;
	}

	/**
	 * @param entry an entry shown
	 * @return the centre of its chip, or {@code null} when it is not drawn
	 */
	public Point chipCentre(Entry entry) {
		for (Map.Entry<Rectangle, Entry> chip : chips) {
			if (chip.getValue().publication() == entry.publication()) {
				Rectangle r = chip.getKey();
				return new Point(r.x + r.width / 2, r.y + r.height / 2);
			}
		}
		return null;
	}

	private Color colour(Entry entry) {
		Object key;
		if (colourByCampaign) {
			key = entry.item().getCampaign();
		} else {
			ChannelPresence channel = entry.variant().getChannel();
			key = channel == null ? null : channel.getChannelTypeId();
		}
		if (key == null) {
			return canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY);
		}
		return colours.computeIfAbsent(key,
				k -> new Color(canvas.getDisplay(), PALETTE[Math.floorMod(k.hashCode(), PALETTE.length)]));
	}

	private void paint(GC gc) {
		chips.clear();
		// the paint event's clip also excludes what the scrolled form hides: restore it, never clear it
		Rectangle clip = gc.getClipping();
		Rectangle area = canvas.getClientArea();
		gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		gc.fillRectangle(area);
		gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
		int width = area.width / 7;
		Color text = canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND);
		Color grey = canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY);
		for (int i = 0; i < 7; i++) {
			String name = DayOfWeek.of(i + 1).getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
			gc.setForeground(grey);
			gc.drawText(name, i * width + 6, 3, true);
		}
		LocalDate today = LocalDate.now(zone);
		LocalDate day = firstShownDay();
		for (int i = 0; i < 42; i++, day = day.plusDays(1)) {
			Rectangle cell = cell(day);
			boolean inMonth = YearMonth.from(day).equals(month);
			if (!inMonth) {
				gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
				gc.fillRectangle(cell);
			}
			if (day.equals(dropTarget)) {
				gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_INFO_BACKGROUND));
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
			List<Entry> entries = entries(day);
			gc.setForeground(inMonth ? text : grey);
			String number = String.valueOf(day.getDayOfMonth());
			if (day.equals(today)) {
				gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION));
				Point size = gc.textExtent(number);
				gc.fillOval(cell.x + 2, cell.y + 2, Math.max(size.x, size.y) + 4, size.y + 2);
				gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION_TEXT));
			}
			gc.drawText(number, cell.x + 5, cell.y + 3, true);
			if (entries.size() > OVERLOAD) {
				String badge = entries.size() + " posts: overloaded"; //$NON-NLS-1$
				gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_RED));
				gc.drawText(badge, cell.x + cell.width - gc.textExtent(badge).x - 4, cell.y + 3, true);
			} else if (entries.isEmpty() && inMonth) {
				gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_YELLOW));
				String gap = "nothing planned"; //$NON-NLS-1$
				gc.drawText(gap, cell.x + cell.width - gc.textExtent(gap).x - 4, cell.y + 3, true);
			}
			int y = cell.y + 21;
			int room = Math.max(0, (cell.y + cell.height - y) / CHIP);
			for (int k = 0; k < entries.size() && room > 0; k++) {
				if (k == room - 1 && entries.size() > room) {
					gc.setForeground(grey);
					gc.drawText("+" + (entries.size() - k) + " more", cell.x + 6, y, true); //$NON-NLS-1$ //$NON-NLS-2$
					break;
				}
				Entry entry = entries.get(k);
				Rectangle chip = new Rectangle(cell.x + 3, y, cell.width - 6, CHIP - 2);
				gc.setBackground(colour(entry));
				gc.fillRoundRectangle(chip.x, chip.y, chip.width, chip.height, 5, 5);
				gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
				String label = TIME.format(entry.when()) + " " + String.valueOf(entry.item().getName()); //$NON-NLS-1$
				gc.setClipping(chip.intersection(clip));
				gc.drawText(label, chip.x + 4, chip.y, true);
				gc.setClipping(clip);
				if (entry == dragged) {
					gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
					gc.drawRoundRectangle(chip.x, chip.y, chip.width - 1, chip.height - 1, 5, 5);
				}
				chips.add(Map.entry(chip, entry));
				y += CHIP;
			}
		}
	}

	private void mouseDown(Event event) {
		canvas.setFocus();
		if (event.button != 1) {
			return;
		}
		LocalDate day = dayAt(event.x, event.y);
		if (day != null) {
			selected = day;
		}
		dragged = chipAt(event.x, event.y);
		dragStart = new Point(event.x, event.y);
		dropTarget = null;
		canvas.redraw();
	}

	private void mouseMove(Event event) {
		if (dragged == null || (event.stateMask & SWT.BUTTON1) == 0) {
			return;
		}
		if (Math.abs(event.x - dragStart.x) + Math.abs(event.y - dragStart.y) < 4) {
			return;
		}
		LocalDate target = dayAt(event.x, event.y);
		if (target != null && !target.equals(dropTarget)) {
			dropTarget = target;
			canvas.setCursor(canvas.getDisplay().getSystemCursor(SWT.CURSOR_HAND));
			canvas.redraw();
		}
	}

	private void mouseUp(Event event) {
		Entry entry = dragged;
		LocalDate target = dropTarget;
		dragged = null;
		dropTarget = null;
		canvas.setCursor(null);
		if (entry != null && target != null && !target.equals(entry.when().toLocalDate())) {
			reschedule(entry, target);
			selected = target;
		}
		canvas.redraw();
	}

	/**
	 * Moves a publication to another day at the same local time in the view's zone, as one
	 * undoable command.
	 *
	 * @param entry  the publication
	 * @param target the new day
	 */
	public void reschedule(Entry entry, LocalDate target) {
		Instant at = entry.when().with(target).withZoneSameLocal(zone).toInstant();
		domain.getCommandStack().execute(SetCommand.create(domain, entry.publication(),
				ContentPackage.Literals.SCHEDULED_PUBLICATION__SCHEDULED_AT, at));
	}

	private void doubleClick(Event event) {
		Entry entry = chipAt(event.x, event.y);
		if (entry != null) {
			open(entry);
		}
	}

	private void open(Entry entry) {
		try {
			opener.open(entry.item());
		} catch (Exception e) {
			canvas.getDisplay().beep();
		}
	}

	private void keyDown(Event event) {
		LocalDate target = switch (event.keyCode) {
		case SWT.ARROW_LEFT -> selected.minusDays(1);
		case SWT.ARROW_RIGHT -> selected.plusDays(1);
		case SWT.ARROW_UP -> selected.minusWeeks(1);
		case SWT.ARROW_DOWN -> selected.plusWeeks(1);
		case SWT.PAGE_UP -> selected.minusMonths(1);
		case SWT.PAGE_DOWN -> selected.plusMonths(1);
		case SWT.HOME -> LocalDate.now(zone);
		default -> null;
		};
		if (target != null) {
			selected = target;
			if (!YearMonth.from(target).equals(month)) {
				showMonth(YearMonth.from(target));
			}
			canvas.redraw();
			event.doit = false;
		} else if ((event.keyCode == SWT.CR || event.keyCode == SWT.KEYPAD_CR) && !entries(selected).isEmpty()) {
			open(entries(selected).get(0));
		}
	}
}
