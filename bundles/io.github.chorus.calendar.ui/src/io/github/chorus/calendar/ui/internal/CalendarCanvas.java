// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.calendar.ui.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;

import io.github.chorus.content.model.ContentItem;
import io.github.chorus.content.model.ContentPackage;
import io.github.chorus.plan.model.ChannelPresence;

/**
 * What the custom-drawn month and week views share: the canvas, chips and their hit-testing,
 * colouring, the gap and overload badges, dragging a publication to reschedule it as one undoable
 * command, double-click and Enter to open the composer, keyboard navigation of the selected day,
 * and tooltips. Subclasses lay the days out and say where a drop lands.
 */
public abstract class CalendarCanvas {

	/** Opens an item's editor. */
	public interface Opener {
		/**
		 * @param item the item to open
		 * @throws Exception when it cannot be opened
		 */
		void open(ContentItem item) throws Exception;
	}

	/** Time of day on chips. */
	protected static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm"); //$NON-NLS-1$
	private static final int DRAG_THRESHOLD = 4;

	/** The canvas. */
	protected final Canvas canvas;
	/** The shared calendar state. */
	protected final CalendarModel model;
	private final EditingDomain domain;
	private final Palette palette;
	private final Opener opener;
	private final List<Map.Entry<Rectangle, Entry>> chips = new ArrayList<>();
	private final List<Map.Entry<Rectangle, Supplier<String>>> tips = new ArrayList<>();
	private final List<Runnable> periodListeners = new CopyOnWriteArrayList<>();
	private final Runnable modelListener = this::redraw;
	/** The selected day. */
	protected LocalDate selected;
	private Entry dragged;
	private Rectangle draggedChip;
	private Point dragStart;
	private boolean dragging;
	private ZonedDateTime dropTarget;

	/**
	 * @param parent  the parent
	 * @param style   extra canvas style bits (scroll bars)
	 * @param model   the shared calendar state
	 * @param domain  the editing domain whose command stack takes reschedules
	 * @param palette the colours
	 * @param opener  opens an item's composer
	 */
	protected CalendarCanvas(Composite parent, int style, CalendarModel model, EditingDomain domain, Palette palette,
			Opener opener) {
		this.model = model;
		this.domain = domain;
		this.palette = palette;
		this.opener = opener;
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND | style);
		canvas.addListener(SWT.Paint, e -> {
			chips.clear();
			tips.clear();
			paint(e.gc);
		});
		canvas.addListener(SWT.Resize, e -> canvas.redraw());
		canvas.addListener(SWT.MouseDown, this::mouseDown);
		canvas.addListener(SWT.MouseMove, this::mouseMove);
		canvas.addListener(SWT.MouseUp, this::mouseUp);
		canvas.addListener(SWT.MouseDoubleClick, this::doubleClick);
		canvas.addListener(SWT.KeyDown, this::keyDown);
		canvas.addListener(SWT.Traverse, e -> e.doit = e.detail != SWT.TRAVERSE_RETURN);
		canvas.addListener(SWT.FocusIn, e -> canvas.redraw());
		canvas.addListener(SWT.FocusOut, e -> canvas.redraw());
		canvas.addListener(SWT.Dispose, e -> model.removeListener(modelListener));
		model.addListener(modelListener);
		selected = LocalDate.now(model.zone());
	}

	/** @return the canvas */
	public Control control() {
		return canvas;
	}

	/** @return the state this view shares with the calendar's other views */
	public CalendarModel model() {
		return model;
	}

	/** @return the time zone of the view */
	public ZoneId zone() {
		return model.zone();
	}

	/**
	 * @param newZone the time zone to show times in (for all views of the calendar)
	 */
	public void setZone(ZoneId newZone) {
		model.setZone(newZone);
		firePeriodChanged();
	}

	/**
	 * @param day a day
	 * @return the publications shown on that day, in time order
	 */
	public List<Entry> entries(LocalDate day) {
		return model.entries(day);
	}

	/** @return the selected day */
	public LocalDate selected() {
		return selected;
	}

	/** @return a title for the period shown, such as "March 2027" or "24 – 30 March 2027" */
	public abstract String periodTitle();

	/**
	 * Shows the previous or next period.
	 *
	 * @param direction -1 or +1
	 */
	public abstract void step(int direction);

	/** Shows the period of today and selects today. */
	public void showToday() {
		select(LocalDate.now(model.zone()));
	}

	/**
	 * Selects a day and shows its period.
	 *
	 * @param day the day
	 */
	public void select(LocalDate day) {
		selected = day;
		reveal(day);
		canvas.redraw();
	}

	/**
	 * Shows the period that holds a day.
	 *
	 * @param day a day
	 */
	protected abstract void reveal(LocalDate day);

	/** @param listener told when the period shown or the zone changes */
	public void addPeriodListener(Runnable listener) {
		periodListeners.add(listener);
	}

	/** Tells the period listeners. */
	protected void firePeriodChanged() {
		periodListeners.forEach(Runnable::run);
	}

	/** Paints the view; {@link #chip} and {@link #tip} record what was drawn where. */
	protected abstract void paint(GC gc);

	/**
	 * @param x canvas x
	 * @param y canvas y
	 * @return the day under the point, or {@code null}
	 */
	protected abstract LocalDate dayAt(int x, int y);

	/**
	 * @param entry     the dragged publication
	 * @param x         canvas x of the pointer
	 * @param y         canvas y of the pointer
	 * @param grabOffset where the pointer grabbed the chip, relative to its top left corner
	 * @return when the publication would be scheduled if dropped here, or {@code null}
	 */
	protected abstract ZonedDateTime dropTime(Entry entry, int x, int y, Point grabOffset);

	/**
	 * @param keyCode the key
	 * @return the day the key moves the selection to, or {@code null} when the key does not
	 *         navigate
	 */
	protected abstract LocalDate navigate(int keyCode);

	/** @return the drag's target time while a publication is dragged, else {@code null} */
	protected ZonedDateTime dropTarget() {
		return dragging ? dropTarget : null;
	}

	/** @return the publication being dragged, or {@code null} */
	protected Entry dragged() {
		return dragging ? dragged : null;
	}

	/** Redraws, unless disposed. */
	protected void redraw() {
		if (!canvas.isDisposed()) {
			canvas.redraw();
		}
	}

	/**
	 * @param entry an entry
	 * @return its colour by channel or campaign
	 */
	protected Color colour(Entry entry) {
		return palette.colour(model.colourIndex(entry));
	}

	/**
	 * Draws a publication chip and records it for hit-testing. The caller clips the label: set the
	 * clipping to the column of chips once, not per chip, since clipping is dear on every platform.
	 *
	 * @param gc    the GC, clipped to the chip's column
	 * @param chip  where
	 * @param entry what
	 * @param label the text
	 */
	protected void chip(GC gc, Rectangle chip, Entry entry, String label) {
		gc.setBackground(colour(entry));
		gc.fillRoundRectangle(chip.x, chip.y, chip.width, chip.height, 5, 5);
		gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
		gc.drawText(label, chip.x + 4, chip.y, true);
		if (dragging && entry.publication() == dragged.publication()) {
			gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
			gc.setLineStyle(SWT.LINE_DOT);
			gc.drawRoundRectangle(chip.x, chip.y, chip.width - 1, chip.height - 1, 5, 5);
			gc.setLineStyle(SWT.LINE_SOLID);
		}
		chips.add(Map.entry(chip, entry));
		tips.add(Map.entry(chip, () -> NLS.bind(CalendarModel.movable(entry) ? Messages.CalendarCanvas_chipTip
				: Messages.CalendarCanvas_publishedChipTip, new Object[] { entry.item().getName(),
						entry.variant().getChannel() == null ? "" : entry.variant().getChannel().getName(), //$NON-NLS-1$
						TIME.format(entry.when()), entry.publication().getState().getName() })));
	}

	/**
	 * Records a tooltip for a region.
	 *
	 * @param area where
	 * @param text makes the tooltip, when the pointer rests there
	 */
	protected void tip(Rectangle area, Supplier<String> text) {
		tips.add(Map.entry(area, text));
	}

	/**
	 * Paints where a dragged publication would land: its colour, half transparent, outlined.
	 *
	 * @param gc    the GC
	 * @param area  where
	 * @param label the text, or {@code null}
	 */
	protected void dropFeedback(GC gc, Rectangle area, String label) {
		Entry entry = dragged();
		gc.setAlpha(110);
		gc.setBackground(entry == null ? canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION) : colour(entry));
		gc.fillRoundRectangle(area.x, area.y, area.width, area.height, 5, 5);
		gc.setAlpha(255);
		gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION));
		gc.setLineWidth(2);
		gc.drawRoundRectangle(area.x + 1, area.y + 1, area.width - 2, area.height - 2, 5, 5);
		gc.setLineWidth(1);
		if (label != null) {
			gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
			gc.drawText(label, area.x + 4, area.y, true);
		}
	}

	/**
	 * Draws a day's gap and overload badges on one line: red for channels over their cadence,
	 * amber for channels the plan commits to with nothing planned.
	 *
	 * @param gc    the GC
	 * @param day   the day
	 * @param area  the line to draw in
	 * @param clip  the paint clip to restore
	 */
	protected void loadBadges(GC gc, LocalDate day, Rectangle area, Rectangle clip) {
		Map<ChannelPresence, Integer> over = model.overloads(day);
		List<ChannelPresence> gaps = model.gaps(day);
		if (over.isEmpty() && gaps.isEmpty()) {
			return;
		}
		gc.setClipping(area.intersection(clip));
		int x = area.x;
		if (!over.isEmpty()) {
			String text = "\u25B2 " + over.entrySet().stream() //$NON-NLS-1$
					.map(e -> Cadence.shortName(e.getKey()) + " " + e.getValue() + "/" + model.cadence().maximum(e.getKey())) //$NON-NLS-1$ //$NON-NLS-2$
					.collect(Collectors.joining(", ")); //$NON-NLS-1$
			gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_RED));
			gc.drawText(text, x, area.y, true);
			x += gc.textExtent(text).x + 6;
			tip(new Rectangle(area.x, area.y, x - area.x, area.height), () -> NLS.bind(Messages.CalendarCanvas_overloadTip,
					over.keySet().stream().map(c -> c.getName() + " (" + over.get(c) + " > " //$NON-NLS-1$ //$NON-NLS-2$
							+ model.cadence().maximum(c) + ")").collect(Collectors.joining(", ")))); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (!gaps.isEmpty()) {
			String text = "\u25CB " + gaps.stream().map(Cadence::shortName).collect(Collectors.joining(", ")); //$NON-NLS-1$ //$NON-NLS-2$
			gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_YELLOW));
			gc.drawText(text, x, area.y, true);
			tip(new Rectangle(x, area.y, area.x + area.width - x, area.height), () -> NLS.bind(Messages.CalendarCanvas_gapTip,
					gaps.stream().map(ChannelPresence::getName).collect(Collectors.joining(", ")))); //$NON-NLS-1$
		}
		gc.setClipping(clip);
	}

	/**
	 * @param x canvas x
	 * @param y canvas y
	 * @return the publication drawn there, or {@code null}
	 */
	protected Entry chipAt(int x, int y) {
		for (int i = chips.size() - 1; i >= 0; i--) {
			if (chips.get(i).getKey().contains(x, y)) {
				return chips.get(i).getValue();
			}
		}
		return null;
	}

	/**
	 * @param entry an entry shown
	 * @return where its chip was last drawn, or {@code null} when it is not drawn
	 */
	public Rectangle chipBounds(Entry entry) {
		for (Map.Entry<Rectangle, Entry> chip : chips) {
			if (chip.getValue().publication() == entry.publication()) {
				return chip.getKey();
			}
		}
		return null;
	}

	/**
	 * @param entry an entry shown
	 * @return the centre of its chip, or {@code null} when it is not drawn
	 */
	public Point chipCentre(Entry entry) {
		Rectangle r = chipBounds(entry);
		return r == null ? null : new Point(r.x + r.width / 2, r.y + r.height / 2);
	}

	/**
	 * Moves a publication to another time, as one undoable command on the session's stack.
	 *
	 * @param entry  the publication
	 * @param target its new time
	 */
	public void reschedule(Entry entry, ZonedDateTime target) {
		domain.getCommandStack().execute(SetCommand.create(domain, entry.publication(),
				ContentPackage.Literals.SCHEDULED_PUBLICATION__SCHEDULED_AT, target.toInstant()));
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
		if (dragged != null && !CalendarModel.movable(dragged)) {
			dragged = null; // published: it stays where it went out
		}
		draggedChip = dragged == null ? null : chipBounds(dragged);
		dragStart = new Point(event.x, event.y);
		dragging = false;
		dropTarget = null;
		canvas.redraw();
	}

	private void mouseMove(Event event) {
		if (dragged == null || (event.stateMask & SWT.BUTTON1) == 0) {
			String tip = null;
			for (Map.Entry<Rectangle, Supplier<String>> t : tips) {
				if (t.getKey().contains(event.x, event.y)) {
					tip = t.getValue().get();
				}
			}
			tip = tip == null ? null : tip.replace("&", "&&"); //$NON-NLS-1$ //$NON-NLS-2$
			if (!java.util.Objects.equals(tip, canvas.getToolTipText())) {
				canvas.setToolTipText(tip);
			}
			return;
		}
		if (!dragging && Math.abs(event.x - dragStart.x) + Math.abs(event.y - dragStart.y) < DRAG_THRESHOLD) {
			return;
		}
		dragging = true;
		Point grab = draggedChip == null ? new Point(0, 0)
				: new Point(dragStart.x - draggedChip.x, dragStart.y - draggedChip.y);
		ZonedDateTime target = dropTime(dragged, event.x, event.y, grab);
		if (!java.util.Objects.equals(target, dropTarget)) {
			dropTarget = target;
			canvas.setCursor(canvas.getDisplay().getSystemCursor(SWT.CURSOR_HAND));
			canvas.redraw();
		}
	}

	private void mouseUp(Event event) {
		Entry entry = dragged;
		ZonedDateTime target = dragging ? dropTarget : null;
		dragged = null;
		dragging = false;
		dropTarget = null;
		canvas.setCursor(null);
		if (entry != null && target != null && !target.toInstant().equals(entry.when().toInstant())) {
			reschedule(entry, target);
			select(target.toLocalDate());
		}
		canvas.redraw();
	}

	private void doubleClick(Event event) {
		Entry entry = chipAt(event.x, event.y);
		if (entry != null) {
			open(entry);
		}
	}

	/**
	 * Opens an entry's composer; beeps when it cannot.
	 *
	 * @param entry the entry
	 */
	protected void open(Entry entry) {
		try {
			opener.open(entry.item());
		} catch (Exception e) {
			canvas.getDisplay().beep();
		}
	}

	/**
	 * @return the publication Enter opens: by default the first of the selected day
	 */
	protected Entry focusedEntry() {
		List<Entry> entries = entries(selected);
		return entries.isEmpty() ? null : entries.get(0);
	}

	private void keyDown(Event event) {
		LocalDate target = navigate(event.keyCode);
		if (target != null) {
			select(target);
			event.doit = false;
		} else if (event.keyCode == SWT.CR || event.keyCode == SWT.KEYPAD_CR) {
			Entry entry = focusedEntry();
			if (entry != null) {
				open(entry);
			}
		}
	}
}
