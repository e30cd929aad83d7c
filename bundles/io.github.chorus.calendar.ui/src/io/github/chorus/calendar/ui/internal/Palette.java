// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.calendar.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;

/** The colours of channels or campaigns, the same in all views of one calendar. */
public final class Palette {

	private static final RGB[] RGBS = { new RGB(66, 133, 244), new RGB(219, 68, 55), new RGB(15, 157, 88),
			new RGB(171, 71, 188), new RGB(230, 124, 30), new RGB(0, 150, 170), new RGB(104, 159, 56),
			new RGB(92, 107, 192), new RGB(141, 110, 99) };

	private final Display display;
	private final Color[] colours = new Color[CalendarModel.PALETTE_SIZE];

	/** @param display the display the colours belong to */
	public Palette(Display display) {
		this.display = display;
		for (int i = 0; i < colours.length; i++) {
			colours[i] = new Color(display, RGBS[i % RGBS.length]);
		}
	}

	/**
	 * @param index a palette slot from {@link CalendarModel#colourIndex(Entry)}
	 * @return its colour, dark grey for -1
	 */
	public Color colour(int index) {
		return index < 0 ? display.getSystemColor(SWT.COLOR_DARK_GRAY) : colours[index];
	}

	/** Frees the colours. */
	public void dispose() {
		for (Color colour : colours) {
			colour.dispose();
		}
	}
}
