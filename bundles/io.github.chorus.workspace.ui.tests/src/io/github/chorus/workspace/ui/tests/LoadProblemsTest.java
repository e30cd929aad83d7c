// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.workspace.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;

import io.github.chorus.workspace.ChorusWorkspace;
import io.github.chorus.workspace.WorkspacePart;
import io.github.chorus.workspace.demo.DemoWorkspace;
import io.github.chorus.workspace.ui.WorkspaceSession;

/** The workbench reports a damaged file of a part read on first use, when that use finds it. */
class LoadProblemsTest {

	@Test
	void aDamagedCommunitySegmentIsLoggedAtTheFirstUseOfTheInbox() throws Exception {
		Path folder = Files.createTempDirectory("chorus-load-problems");
		List<IStatus> logged = new CopyOnWriteArrayList<>();
		ILogListener listener = (status, plugin) -> logged.add(status);
		try {
			DemoWorkspace.generate(folder, new DemoWorkspace.Options(3, 200, 3_000, 2_000, LocalDate.of(2026, 11, 26)))
					.save();
			Path segment = ChorusWorkspace.open(folder).files(WorkspacePart.COMMUNITY).stream().skip(1)
					.max(Comparator.comparingLong(file -> file.toFile().length())).orElseThrow();
			byte[] bytes = Files.readAllBytes(segment);
			for (int i = 100; i < 400 && i < bytes.length; i++) {
				bytes[i] = (byte) 0xA5;
			}
			Files.write(segment, bytes);
			String name = segment.getFileName().toString();
			Platform.addLogListener(listener);

			ChorusWorkspace workspace = WorkspaceSession.open(WorkspaceSession.openOrCreate(folder), false).workspace();
			assertThat(logged).noneMatch(status -> status.getMessage().contains(name));

			assertThat(workspace.community()).isNull();
			assertThat(logged).anySatisfy(status -> {
				assertThat(status.getSeverity()).isEqualTo(IStatus.WARNING);
				assertThat(status.getMessage()).contains("Cannot load", name, "corrupt binary data");
			});
			assertThat(Files.readAllBytes(segment)).isEqualTo(bytes);
		} finally {
			Platform.removeLogListener(listener);
			try (Stream<Path> files = Files.walk(folder)) {
				for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
					Files.delete(file);
				}
			}
		}
	}
}
