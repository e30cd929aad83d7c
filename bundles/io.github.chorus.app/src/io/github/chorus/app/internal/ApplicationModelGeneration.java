package io.github.chorus.app.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Decides whether the window layout saved by an earlier Chorus still fits this one.
 * <p>
 * The workbench saves its application model ({@code workbench.xmi}) on exit and restores it
 * on start, so users keep their layouts. When a Chorus release changes
 * {@code Application.e4xmi} or a model fragment in a way that a saved model cannot absorb
 * (removed or moved elements), it raises {@link #CURRENT}. On the next start the old saved
 * model is moved aside as a backup instead of being restored, the default layout is built,
 * and {@link ChorusLifeCycle} carries the user's own saved perspectives over from the backup.
 * Additions do not need a new generation: fragments are merged into a restored model.
 * </p>
 */
final class ApplicationModelGeneration {

	/**
	 * The generation of the shipped application model. 2: the Strategy and Content
	 * perspectives gained the Workspace navigator and the Problems view. 3: the Content
	 * perspective gained the Outbox, the status line the outbox summary.
	 */
	static final int CURRENT = 3;

	private static final String MARKER = "application-model.generation"; //$NON-NLS-1$

	private final Path workbenchModel;
	private final Path marker;

	/**
	 * @param workbenchModel the saved model, {@code .metadata/.plugins/org.eclipse.e4.workbench/workbench.xmi}
	 * @param stateFolder    where this bundle keeps its marker
	 */
	ApplicationModelGeneration(Path workbenchModel, Path stateFolder) {
		this.workbenchModel = workbenchModel;
		this.marker = stateFolder.resolve(MARKER);
	}

	/** @return the generation recorded when the layout was last saved, if any */
	OptionalInt recordedGeneration() throws IOException {
		if (!Files.isRegularFile(marker)) {
			return OptionalInt.empty();
		}
		String text = Files.readString(marker, StandardCharsets.UTF_8).strip();
		try {
			return OptionalInt.of(Integer.parseInt(text));
		} catch (NumberFormatException e) {
			return OptionalInt.empty();
		}
	}

	/**
	 * Moves the saved model aside when it was written by another generation (or by a Chorus
	 * that recorded none), so that the workbench starts from the shipped model.
	 *
	 * @param current the generation of the running Chorus
	 * @return the backup the saved model was moved to, or empty when it can be restored as is
	 */
	Optional<Path> retireIfStale(int current) throws IOException {
		if (!Files.isRegularFile(workbenchModel)) {
			return Optional.empty();
		}
		OptionalInt recorded = recordedGeneration();
		if (recorded.isPresent() && recorded.getAsInt() == current) {
			return Optional.empty();
		}
		String from = recorded.isPresent() ? Integer.toString(recorded.getAsInt()) : "unknown"; //$NON-NLS-1$
		Path backup = workbenchModel.resolveSibling(workbenchModel.getFileName() + ".generation-" + from + ".bak"); //$NON-NLS-1$ //$NON-NLS-2$
		Files.move(workbenchModel, backup, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		return Optional.of(backup);
	}

	/**
	 * Records the running generation, atomically.
	 *
	 * @param current the generation of the running Chorus
	 */
	void record(int current) throws IOException {
		Files.createDirectories(marker.getParent());
		Path temporary = Files.createTempFile(marker.getParent(), MARKER, ".tmp"); //$NON-NLS-1$
		try {
			Files.writeString(temporary, Integer.toString(current) + '\n', StandardCharsets.UTF_8);
			Files.move(temporary, marker, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(temporary);
		}
	}
}
