// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.workspace.ui.tests;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;

/** Helpers for the UI tests: running pending UI work and saving screenshots. */
final class Ui {

	private Ui() {
	}

	static void processEvents() {
		Display display = PlatformUI.getWorkbench().getDisplay();
		while (display.readAndDispatch()) {
			// run pending UI work
		}
	}

	/** Runs the event loop for a while, for timers (the Problems view's delay). */
	static void waitFor(long millis) {
		Display display = PlatformUI.getWorkbench().getDisplay();
		long end = System.currentTimeMillis() + millis;
		while (System.currentTimeMillis() < end) {
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

	/** Undoes what a test left unsaved, so that the next test starts from the saved workspace. */
	static void revertUnsaved(io.github.chorus.workspace.ui.WorkspaceSession session) {
		org.eclipse.emf.common.command.CommandStack stack = session.domain().getCommandStack();
		while (session.isDirty() && stack.canUndo()) {
			stack.undo();
		}
	}

	/**
	 * Fails when the workbench logged an error (an unhandled event loop exception, say): such
	 * errors do not fail the test that caused them otherwise.
	 */
	static void assertNoLoggedErrors() throws java.io.IOException {
		processEvents();
		Path log = org.eclipse.core.runtime.Platform.getLogFileLocation().toPath();
		java.util.List<String> errors = Files.exists(log)
				? Files.readAllLines(log).stream().filter(line -> line.matches("!ENTRY \\S+ 4 .*")).toList()
				: java.util.List.of();
		org.assertj.core.api.Assertions.assertThat(errors).as("error entries in " + log).isEmpty();
	}

	/** Saves a screenshot of the workbench window under {@code target/screenshots/NAME.png}. */
	static Path screenshot(String name) throws Exception {
		processEvents();
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		shell.redraw();
		shell.update();
		waitFor(300);
		Display display = shell.getDisplay();
		Rectangle bounds = shell.getBounds();
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, bounds.x, bounds.y);
		} finally {
			gc.dispose();
		}
		try {
			ImageData data = image.getImageData();
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { data };
			Path folder = Path.of(System.getProperty("chorus.screenshots", "target/screenshots"));
			Files.createDirectories(folder);
			Path file = folder.resolve(name + ".png");
			loader.save(file.toString(), SWT.IMAGE_PNG);
			return file;
		} finally {
			image.dispose();
		}
	}

	/**
	 * Answers the next dialog with the given title, when it opens (dialogs are modal: the
	 * answer must be scheduled before the call that opens it).
	 *
	 * @param title  the dialog's title
	 * @param button the label of the button to press, without mnemonic
	 * @return a flag set once the dialog was answered
	 */
	static java.util.concurrent.atomic.AtomicBoolean answerDialog(String title, String button) {
		Display display = PlatformUI.getWorkbench().getDisplay();
		java.util.concurrent.atomic.AtomicBoolean answered = new java.util.concurrent.atomic.AtomicBoolean();
		long deadline = System.currentTimeMillis() + 20_000;
		display.timerExec(100, new Runnable() {
			@Override
			public void run() {
				for (Shell shell : display.getShells()) {
					if (shell.isVisible() && title.equals(shell.getText())) {
						org.eclipse.swt.widgets.Button target = find(shell, button);
						if (target != null) {
							answered.set(true);
							target.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
							return;
						}
					}
				}
				if (System.currentTimeMillis() < deadline) {
					display.timerExec(100, this);
				}
			}
		});
		return answered;
	}

	private static org.eclipse.swt.widgets.Button find(org.eclipse.swt.widgets.Composite parent, String label) {
		for (org.eclipse.swt.widgets.Control child : parent.getChildren()) {
			if (child instanceof org.eclipse.swt.widgets.Button button && label.equals(button.getText().replace("&", ""))) {
				return button;
			}
			if (child instanceof org.eclipse.swt.widgets.Composite composite) {
				org.eclipse.swt.widgets.Button found = find(composite, label);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/** @return the first widget of a type under a control, depth first, or {@code null} */
	static <T extends org.eclipse.swt.widgets.Control> T first(org.eclipse.swt.widgets.Control control, Class<T> type) {
		if (type.isInstance(control)) {
			return type.cast(control);
		}
		if (control instanceof org.eclipse.swt.widgets.Composite composite) {
			for (org.eclipse.swt.widgets.Control child : composite.getChildren()) {
				T found = first(child, type);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}
}
