// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.plan.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;

import io.github.chorus.workspace.ui.WorkspaceSession;

/** Helpers for the plan editor's UI tests: running pending UI work, finding widgets, screenshots. */
final class PlanUi {

	private PlanUi() {
	}

	static void processEvents() {
		Display display = PlatformUI.getWorkbench().getDisplay();
		while (display.readAndDispatch()) {
			// run pending UI work
		}
	}

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
	static void revertUnsaved(WorkspaceSession session) {
		CommandStack stack = session.domain().getCommandStack();
		while (session.isDirty() && stack.canUndo()) {
			stack.undo();
		}
	}

	/** Fails when the workbench logged an error (an exception in an event handler, say). */
	static void assertNoLoggedErrors() throws IOException {
		processEvents();
		Path log = Platform.getLogFileLocation().toPath();
		List<String> errors = Files.exists(log)
				? Files.readAllLines(log).stream().filter(line -> line.matches("!ENTRY \\S+ 4 .*")).toList()
				: List.of();
		assertThat(errors).as("error entries in " + log).isEmpty();
	}

	/** @return the first visible descendant of a composite of a type (a cell editor's text, say) */
	static <T extends Control> T find(Composite parent, Class<T> type) {
		for (Control child : parent.getChildren()) {
			if (type.isInstance(child) && child.isVisible()) {
				return type.cast(child);
			}
			if (child instanceof Composite composite && find(composite, type) instanceof Control found) {
				return type.cast(found);
			}
		}
		return null;
	}

	/** Saves a screenshot of the workbench window under {@code target/screenshots/NAME.png}. */
	static Path screenshot(String name) throws IOException {
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
}
