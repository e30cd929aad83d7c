package io.github.chorus.channels.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the shared external test data ({@code shared/external-tests}): the twitter-text conformance
 * suite and the networks' documentation samples. They are read where they are, not copied.
 * <p>
 * Lookup order: the system property {@code chorus.externalTests}, the environment variable
 * {@code CHORUS_EXTERNAL_TESTS}, then {@code shared/external-tests} next to any ancestor of the
 * working directory (a clone at {@code <somewhere>/<clone>} has {@code <somewhere>/shared}; Tycho
 * runs tests in {@code <clone>/bundles/<bundle>/target/work}). When nothing is found the tests fail
 * with the list of places tried: they are never skipped silently.
 * </p>
 */
public final class ExternalTestData {

	private static final String PROPERTY = "chorus.externalTests"; //$NON-NLS-1$
	private static final String VARIABLE = "CHORUS_EXTERNAL_TESTS"; //$NON-NLS-1$

	private ExternalTestData() {
	}

	/**
	 * @param relative a path inside {@code shared/external-tests}, for example
	 *                 {@code twitter-text/validate.yml}
	 * @return the existing file
	 * @throws IllegalStateException when the data cannot be found
	 */
	public static Path file(String relative) {
		List<Path> tried = new ArrayList<>();
		String property = System.getProperty(PROPERTY);
		if (property != null && !property.isBlank()) {
			return existing(Path.of(property).resolve(relative), tried, true);
		}
		String variable = System.getenv(VARIABLE);
		if (variable != null && !variable.isBlank()) {
			return existing(Path.of(variable).resolve(relative), tried, true);
		}
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) { //$NON-NLS-1$
			Path candidate = existing(dir.resolve("shared").resolve("external-tests").resolve(relative), tried, false); //$NON-NLS-1$ //$NON-NLS-2$
			if (candidate != null) {
				return candidate;
			}
		}
		throw new IllegalStateException("external test data " + relative + " not found; tried " + tried //$NON-NLS-1$ //$NON-NLS-2$
				+ ". Set -D" + PROPERTY + "=<path to shared/external-tests> or " + VARIABLE); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static Path existing(Path candidate, List<Path> tried, boolean required) {
		tried.add(candidate);
		if (Files.isRegularFile(candidate)) {
			return candidate;
		}
		if (required) {
			throw new IllegalStateException("external test data not found at " + candidate //$NON-NLS-1$
					+ " (given by -D" + PROPERTY + " or " + VARIABLE + ')'); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return null;
	}
}
