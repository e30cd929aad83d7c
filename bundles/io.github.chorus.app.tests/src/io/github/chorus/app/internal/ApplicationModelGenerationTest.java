package io.github.chorus.app.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApplicationModelGenerationTest {

	@TempDir
	Path instance;

	private Path model;
	private ApplicationModelGeneration generation;

	@BeforeEach
	void setUp() throws IOException {
		model = instance.resolve(".metadata/.plugins/org.eclipse.e4.workbench/workbench.xmi");
		Files.createDirectories(model.getParent());
		generation = new ApplicationModelGeneration(model, instance.resolve(".metadata/.plugins/io.github.chorus.app"));
	}

	@Test
	void firstStartHasNothingToRetire() throws IOException {
		Files.delete(model.getParent());
		assertThat(generation.retireIfStale(1)).isEmpty();
		assertThat(generation.recordedGeneration()).isEmpty();
	}

	@Test
	void modelOfTheSameGenerationIsKept() throws IOException {
		Files.writeString(model, "<saved/>");
		generation.record(3);
		assertThat(generation.retireIfStale(3)).isEmpty();
		assertThat(model).hasContent("<saved/>");
	}

	@Test
	void modelOfAnotherGenerationIsMovedAsideIntact() throws IOException {
		Files.writeString(model, "<saved by 2/>");
		generation.record(2);
		Optional<Path> backup = generation.retireIfStale(3);
		assertThat(backup).isPresent();
		assertThat(model).doesNotExist();
		assertThat(backup.get()).hasFileName("workbench.xmi.generation-2.bak").hasContent("<saved by 2/>");
	}

	@Test
	void modelWithoutARecordedGenerationIsMovedAside() throws IOException {
		Files.writeString(model, "<older chorus/>");
		assertThat(generation.retireIfStale(1)).hasValueSatisfying(
				backup -> assertThat(backup).hasFileName("workbench.xmi.generation-unknown.bak"));
	}

	@Test
	void recordedGenerationIsReadBack() throws IOException {
		generation.record(7);
		generation.record(8);
		assertThat(generation.recordedGeneration()).hasValue(8);
		try (var files = Files.list(instance.resolve(".metadata/.plugins/io.github.chorus.app"))) {
			assertThat(files.map(p -> p.getFileName().toString())).containsExactly("application-model.generation");
		}
	}
}
