// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.channels.ui.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;

import io.github.chorus.channels.ui.AccountPage;

/** Helpers for the UI tests: the event loop, widgets, clicks and screenshots. */
final class Ui {

	private Ui() {
	}

	static Display display() {
		return PlatformUI.getWorkbench().getDisplay();
	}

	/** Runs the event loop until the condition holds, failing after ten seconds. */
	static void waitUntil(String what, BooleanSupplier condition) {
		Display display = display();
		long end = System.currentTimeMillis() + 10_000;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > end) {
				throw new AssertionError("timed out waiting for " + what);
			}
			if (!display.readAndDispatch()) {
				try {
					Thread.sleep(10);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
	}

	static void processEvents() {
		while (display().readAndDispatch()) {
			// run pending UI work
		}
	}

	/** @return the text field an account page made for a connector parameter */
	static Text field(Control root, String parameter) {
		return all(root, Text.class).stream().filter(t -> parameter.equals(t.getData(AccountPage.PARAMETER_KEY))).findFirst()
				.orElseThrow(() -> new AssertionError("no field for " + parameter));
	}

	static <T extends Control> List<T> all(Control root, Class<T> type) {
		List<T> found = new ArrayList<>();
		collect(root, type, found);
		return found;
	}

	private static <T extends Control> void collect(Control control, Class<T> type, List<T> found) {
		if (type.isInstance(control)) {
			found.add(type.cast(control));
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, type, found);
			}
		}
	}

	/** Presses a button the way a click does. */
	static void click(Button button) {
		button.notifyListeners(SWT.Selection, new Event());
		processEvents();
	}

	/** Saves what is on the screen inside the given bounds under {@code target/screenshots/NAME.png}. */
	static Path screenshot(String name, Rectangle bounds) throws Exception {
		Display display = display();
		processEvents();
		long end = System.currentTimeMillis() + 300;
		while (System.currentTimeMillis() < end) {
			if (!display.readAndDispatch()) {
				Thread.sleep(10);
			}
		}
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, bounds.x, bounds.y);
		} finally {
			gc.dispose();
		}
		try {
			ImageLoader loader = new ImageLoader();
			loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
			Path folder = Path.of(System.getProperty("chorus.screenshots", "target/screenshots"));
			Files.createDirectories(folder);
			Path file = folder.resolve(name + ".png");
			loader.save(file.toString(), SWT.IMAGE_PNG);
			return file;
		} finally {
			image.dispose();
		}
	}
}
