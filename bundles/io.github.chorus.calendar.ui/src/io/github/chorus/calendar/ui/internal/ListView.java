// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.calendar.ui.internal;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.AbstractRegistryConfiguration;
import org.eclipse.nebula.widgets.nattable.config.AbstractUiBindingConfiguration;
import org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes;
import org.eclipse.nebula.widgets.nattable.config.DefaultNatTableStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.coordinate.PositionCoordinate;
import org.eclipse.nebula.widgets.nattable.data.IColumnAccessor;
import org.eclipse.nebula.widgets.nattable.data.ListDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultColumnHeaderDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.layer.ColumnHeaderLayer;
import org.eclipse.nebula.widgets.nattable.layer.CompositeLayer;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.layer.LayerUtil;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.sort.ISortModel;
import org.eclipse.nebula.widgets.nattable.sort.SortDirectionEnum;
import org.eclipse.nebula.widgets.nattable.sort.SortHeaderLayer;
import org.eclipse.nebula.widgets.nattable.sort.config.SingleClickSortConfiguration;
import org.eclipse.nebula.widgets.nattable.style.CellStyleAttributes;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.nebula.widgets.nattable.style.HorizontalAlignmentEnum;
import org.eclipse.nebula.widgets.nattable.style.Style;
import org.eclipse.nebula.widgets.nattable.ui.binding.UiBindingRegistry;
import org.eclipse.nebula.widgets.nattable.ui.matcher.KeyEventMatcher;
import org.eclipse.nebula.widgets.nattable.ui.matcher.MouseEventMatcher;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

import io.github.chorus.calendar.ui.internal.CalendarCanvas.Opener;
import io.github.chorus.core.runtime.ServiceLoaderMediator;

/**
 * Every publication that passes the calendar's filter as a NatTable: time in the view's zone,
 * channel, campaign, text excerpt, state and assignee. NatTable paints only the rows in view,
 * so it scrolls over 100,000 rows as over 100; a click on a column header sorts (again: the other
 * way, a third time: back to library order); double-click or Enter opens the composer. The
 * channel or campaign cell carries the colour the month and week views use.
 */
public final class ListView {

	/** The columns, in order. */
	public enum Column {
		/** Date and time in the view's zone. */
		WHEN,
		/** The variant's channel. */
		CHANNEL,
		/** The item's campaign. */
		CAMPAIGN,
		/** The start of the variant's text. */
		TEXT,
		/** The publication's state. */
		STATE,
		/** Who owns the item. */
		ASSIGNEE
	}

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd  HH:mm"); //$NON-NLS-1$
	private static final int EXCERPT = 56;
	private static final String COLOUR_LABEL = "io.github.chorus.calendar.colour."; //$NON-NLS-1$

	private final CalendarModel model;
	private final Opener opener;
	private final List<Entry> rows = new ArrayList<>();
	private final DataLayer bodyData;
	private final SelectionLayer selection;
	private final NatTable table;
	private final Runnable modelListener = this::refresh;
	private Column sortColumn;
	private SortDirectionEnum sortDirection = SortDirectionEnum.NONE;

	/**
	 * @param parent  the parent
	 * @param model   the shared calendar state
	 * @param palette the colours
	 * @param opener  opens an item's composer
	 */
	public ListView(Composite parent, CalendarModel model, Palette palette, Opener opener) {
		// NatTable uses Eclipse Collections, which finds its implementations through the service
		// loader mediator; the product starts the mediator only when needed
		ServiceLoaderMediator.ensureStarted();
		this.model = model;
		this.opener = opener;
		rows.addAll(model.entries());
		IColumnAccessor<Entry> accessor = new IColumnAccessor<>() {
			@Override
			public Object getDataValue(Entry entry, int column) {
				return text(entry, Column.values()[column]);
			}

			@Override
			public void setDataValue(Entry entry, int column, Object value) {
				// read-only: times change by drag and drop in the month and week views or in the composer
			}

			@Override
			public int getColumnCount() {
				return Column.values().length;
			}
		};
		bodyData = new DataLayer(new ListDataProvider<>(rows, accessor));
		// wide enough for what the cells hold: NatTable measures a text again for every character it trims
		int[] widths = { 130, 220, 160, 430, 100, 140 };
		for (int i = 0; i < widths.length; i++) {
			bodyData.setColumnWidthByPosition(i, widths[i]);
		}
		bodyData.setConfigLabelAccumulator((labels, column, row) -> {
			Column colouredColumn = model.colourByCampaign() ? Column.CAMPAIGN : Column.CHANNEL;
			if (column == colouredColumn.ordinal() && row < rows.size()) {
				int index = model.colourIndex(rows.get(row));
				if (index >= 0) {
					labels.add(COLOUR_LABEL + index);
				}
			}
		});
		selection = new SelectionLayer(bodyData);
		ViewportLayer viewport = new ViewportLayer(selection);
		String[] names = { Messages.ListView_when, Messages.ListView_channel, Messages.ListView_campaign,
				Messages.ListView_text, Messages.ListView_state, Messages.ListView_assignee };
		DataLayer headerData = new DataLayer(new DefaultColumnHeaderDataProvider(names));
		ColumnHeaderLayer header = new ColumnHeaderLayer(headerData, viewport, selection);
		SortHeaderLayer<Entry> sortHeader = new SortHeaderLayer<>(header, new SortModel());
		CompositeLayer composite = new CompositeLayer(1, 2);
		composite.setChildLayer(GridRegion.COLUMN_HEADER, sortHeader, 0, 0);
		composite.setChildLayer(GridRegion.BODY, viewport, 0, 1);

		table = new NatTable(parent, composite, false);
		table.addConfiguration(new DefaultNatTableStyleConfiguration());
		table.addConfiguration(new SingleClickSortConfiguration());
		table.addConfiguration(new AbstractRegistryConfiguration() {
			@Override
			public void configureRegistry(IConfigRegistry registry) {
				Style left = new Style();
				left.setAttributeValue(CellStyleAttributes.HORIZONTAL_ALIGNMENT, HorizontalAlignmentEnum.LEFT);
				registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, left, DisplayMode.NORMAL, GridRegion.BODY);
				for (int i = 0; i < CalendarModel.PALETTE_SIZE; i++) {
					Style style = new Style();
					style.setAttributeValue(CellStyleAttributes.BACKGROUND_COLOR, palette.colour(i));
					style.setAttributeValue(CellStyleAttributes.FOREGROUND_COLOR,
							parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
					registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, style, DisplayMode.NORMAL,
							COLOUR_LABEL + i);
				}
			}
		});
		table.addConfiguration(new AbstractUiBindingConfiguration() {
			@Override
			public void configureUiBindings(UiBindingRegistry registry) {
				registry.registerDoubleClickBinding(MouseEventMatcher.bodyLeftClick(SWT.NONE),
						(natTable, event) -> open(rowAt(event.y)));
				registry.registerKeyBinding(new KeyEventMatcher(SWT.NONE, SWT.CR), (natTable, event) -> open(selectedRow()));
				registry.registerKeyBinding(new KeyEventMatcher(SWT.NONE, SWT.KEYPAD_CR),
						(natTable, event) -> open(selectedRow()));
			}
		});
		table.configure();
		model.addListener(modelListener);
		table.addListener(SWT.Dispose, e -> model.removeListener(modelListener));
	}

	/** @return the table */
	public Control control() {
		return table;
	}

	/** @return the table, for tests */
	public NatTable table() {
		return table;
	}

	/** @return how many rows the table's data layer has */
	public int rowCount() {
		return bodyData.getRowCount();
	}

	/** @return the rows in the order shown */
	public List<Entry> rows() {
		return List.copyOf(rows);
	}

	/**
	 * @param entry  a row
	 * @param column a column
	 * @return the text the cell shows
	 */
	public String text(Entry entry, Column column) {
		return switch (column) {
		case WHEN -> entry.when() == null ? Messages.ListView_unscheduled : WHEN.format(entry.when());
		case CHANNEL -> entry.variant().getChannel() == null ? "" : entry.variant().getChannel().getName(); //$NON-NLS-1$
		case CAMPAIGN -> entry.item().getCampaign() == null ? "" : entry.item().getCampaign().getName(); //$NON-NLS-1$
		case TEXT -> excerpt(entry.variant().getText());
		case STATE -> entry.publication().getState().getName();
		case ASSIGNEE -> entry.item().getOwner() == null ? "" : entry.item().getOwner().getName(); //$NON-NLS-1$
		};
	}

	private static String excerpt(String text) {
		if (text == null) {
			return ""; //$NON-NLS-1$
		}
		String line = text.strip().replaceAll("\\s+", " "); //$NON-NLS-1$ //$NON-NLS-2$
		return line.length() <= EXCERPT ? line : line.substring(0, EXCERPT - 1) + "\u2026"; //$NON-NLS-1$
	}

	/**
	 * Sorts by a column, as a click on its header does.
	 *
	 * @param column    the column
	 * @param direction the direction; {@link SortDirectionEnum#NONE} for library order
	 */
	public void sort(Column column, SortDirectionEnum direction) {
		sortColumn = direction == SortDirectionEnum.NONE ? null : column;
		sortDirection = direction;
		applySort();
		table.refresh(false);
	}

	private void refresh() {
		rows.clear();
		rows.addAll(model.entries());
		applySort();
		if (!table.isDisposed()) {
			table.refresh(false);
		}
	}

	private void applySort() {
		if (sortColumn == null) {
			rows.clear();
			rows.addAll(model.entries());
			return;
		}
		Comparator<Entry> comparator = comparator(sortColumn);
		rows.sort(sortDirection == SortDirectionEnum.DESC ? comparator.reversed() : comparator);
	}

	private Comparator<Entry> comparator(Column column) {
		Function<Entry, String> text = e -> text(e, column);
		Comparator<Entry> primary = switch (column) {
		case WHEN -> CalendarModel.BY_TIME;
		case STATE -> Comparator.comparing(e -> e.publication().getState());
		case TEXT -> Comparator.comparing(e -> String.valueOf(e.variant().getText()), String.CASE_INSENSITIVE_ORDER);
		default -> Comparator.comparing(text, String.CASE_INSENSITIVE_ORDER);
		};
		// rows that tie stay in time order
		return column == Column.WHEN ? primary : primary.thenComparing(CalendarModel.BY_TIME);
	}

	private Entry rowAt(int y) {
		int position = LayerUtil.convertRowPosition(table, table.getRowPositionByY(y), bodyData);
		return position >= 0 && position < rows.size() ? rows.get(position) : null;
	}

	private Entry selectedRow() {
		PositionCoordinate cell = selection.getLastSelectedCellPosition();
		return cell == null || cell.rowPosition < 0 || cell.rowPosition >= rows.size() ? null : rows.get(cell.rowPosition);
	}

	/**
	 * Opens an entry's composer; beeps when it cannot.
	 *
	 * @param entry the entry, or {@code null} for nothing
	 */
	public void open(Entry entry) {
		if (entry == null) {
			return;
		}
		try {
			opener.open(entry.item());
		} catch (Exception e) {
			table.getDisplay().beep();
		}
	}

	/** The sort state NatTable's header shows and changes. */
	private final class SortModel implements ISortModel {

		@Override
		public List<Integer> getSortedColumnIndexes() {
			return sortColumn == null ? List.of() : List.of(sortColumn.ordinal());
		}

		@Override
		public boolean isColumnIndexSorted(int columnIndex) {
			return sortColumn != null && sortColumn.ordinal() == columnIndex;
		}

		@Override
		public SortDirectionEnum getSortDirection(int columnIndex) {
			return isColumnIndexSorted(columnIndex) ? sortDirection : SortDirectionEnum.NONE;
		}

		@Override
		public int getSortOrder(int columnIndex) {
			return isColumnIndexSorted(columnIndex) ? 0 : -1;
		}

		@SuppressWarnings("rawtypes")
		@Override
		public List<Comparator> getComparatorsForColumnIndex(int columnIndex) {
			return List.of(comparator(Column.values()[columnIndex]));
		}

		@Override
		public Comparator<?> getColumnComparator(int columnIndex) {
			return comparator(Column.values()[columnIndex]);
		}

		@Override
		public void sort(int columnIndex, SortDirectionEnum direction, boolean accumulate) {
			sortColumn = direction == SortDirectionEnum.NONE ? null : Column.values()[columnIndex];
			sortDirection = direction;
			applySort();
		}

		@Override
		public void clear() {
			sortColumn = null;
			sortDirection = SortDirectionEnum.NONE;
			applySort();
		}
	}
}
