// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.workspace.tests;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import io.github.chorus.plan.model.validation.IConstraintContributor;
import io.github.chorus.workspace.ChorusWorkspace;
import io.github.chorus.workspace.WorkspaceValidator;
import io.github.chorus.workspace.demo.DemoWorkspace;

/** A small demo workspace and a fixed clock, shared by the tests. */
final class Fixtures {

    static final LocalDate ANCHOR = LocalDate.of(2026, 11, 26);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);
    /** Small but complete: every state, 200+ threads, both campaigns, metrics. */
    static final DemoWorkspace.Options SMALL = new DemoWorkspace.Options(7, 30, 260, 9_000, ANCHOR);

    private Fixtures() {
    }

    static ChorusWorkspace demo(Path folder) {
        return DemoWorkspace.generate(folder, SMALL);
    }

    static List<WorkspaceValidator.Finding> validate(ChorusWorkspace workspace, IConstraintContributor... contributors) {
        return WorkspaceValidator.validate(workspace, List.of(contributors), CLOCK);
    }
}
