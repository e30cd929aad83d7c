// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.workspace.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.chorus.content.model.PublicationState;
import io.github.chorus.workspace.ChorusWorkspace;
import io.github.chorus.workspace.StorageFormat;
import io.github.chorus.workspace.WorkspacePart;
import io.github.chorus.workspace.demo.DemoWorkspace;
import io.github.chorus.workspace.internal.AtomicCommit;

class RoundTripTest {

    @TempDir
    Path folder;

    @Test
    void demoWorkspaceSurvivesSaveAndLoadAcrossAllResources() throws Exception {
        ChorusWorkspace original = Fixtures.demo(folder);
        original.save();

        ChorusWorkspace loaded = ChorusWorkspace.open(folder);

        assertThat(loaded.problems()).isEmpty();
        EcoreUtil.resolveAll(loaded.resourceSet());
        assertThat(EcoreUtil.UnresolvedProxyCrossReferencer.find(loaded.resourceSet())).isEmpty();
        for (WorkspacePart part : WorkspacePart.values()) {
            assertThat(new EcoreUtil.EqualityHelper().equals(original.resource(part).getContents(),
                    loaded.resource(part).getContents())).as(part.name()).isTrue();
        }
        // a reference across files points at the object of the other loaded file, not a copy
        EObject goal = loaded.content().getItems().get(0).getGoals().get(0);
        assertThat(goal.eResource()).isSameAs(loaded.resource(WorkspacePart.PLAN));
        assertThat(loaded.format(WorkspacePart.PLAN)).isEqualTo(StorageFormat.XMI);
        assertThat(loaded.format(WorkspacePart.ANALYTICS)).isEqualTo(StorageFormat.BINARY);
    }

    @Test
    void equalityHelperSeesADifference() throws Exception {
        ChorusWorkspace original = Fixtures.demo(folder);
        original.save();
        ChorusWorkspace loaded = ChorusWorkspace.open(folder);
        loaded.community().getThreads().get(3).getMessages().get(0).setText("changed");
        assertThat(new EcoreUtil.EqualityHelper().equals(original.resource(WorkspacePart.COMMUNITY).getContents(),
                loaded.resource(WorkspacePart.COMMUNITY).getContents())).isFalse();
    }

    @Test
    void allXmiAndAllBinaryLayoutsRoundTripToo() throws Exception {
        for (StorageFormat format : StorageFormat.values()) {
            Path dir = Files.createDirectory(folder.resolve(format.name()));
            ChorusWorkspace demo = Fixtures.demo(dir);
            Map<WorkspacePart, StorageFormat> formats = Map.of(WorkspacePart.PLAN, format, WorkspacePart.CONTENT, format,
                    WorkspacePart.COMMUNITY, format, WorkspacePart.ANALYTICS, format);
            ChorusWorkspace workspace = ChorusWorkspace.create(dir, formats,
                    Map.of(WorkspacePart.PLAN, demo.plan(), WorkspacePart.CONTENT, demo.content(),
                            WorkspacePart.COMMUNITY, demo.community(), WorkspacePart.ANALYTICS, demo.analytics()));
            workspace.save();
            ChorusWorkspace loaded = ChorusWorkspace.open(dir);
            assertThat(loaded.problems()).isEmpty();
            for (WorkspacePart part : WorkspacePart.values()) {
                assertThat(loaded.format(part)).isEqualTo(format);
                assertThat(new EcoreUtil.EqualityHelper().equals(workspace.resource(part).getContents(),
                        loaded.resource(part).getContents())).as(format + " " + part).isTrue();
            }
        }
    }

    @Test
    void demoIsDeterministicForASeedAndDiffersForAnother() {
        ChorusWorkspace a = Fixtures.demo(folder);
        ChorusWorkspace b = Fixtures.demo(folder);
        DemoWorkspace.Options other = new DemoWorkspace.Options(8, Fixtures.SMALL.posts(), Fixtures.SMALL.messages(),
                Fixtures.SMALL.observations(), Fixtures.ANCHOR);
        ChorusWorkspace c = DemoWorkspace.generate(folder, other);
        for (WorkspacePart part : WorkspacePart.values()) {
            assertThat(new EcoreUtil.EqualityHelper().equals(a.resource(part).getContents(), b.resource(part).getContents()))
                    .as(part.name()).isTrue();
        }
        assertThat(new EcoreUtil.EqualityHelper().equals(a.resource(WorkspacePart.CONTENT).getContents(),
                c.resource(WorkspacePart.CONTENT).getContents())).isFalse();
    }

    @Test
    void demoHasWhatTheProductNeeds() {
        ChorusWorkspace demo = DemoWorkspace.generate(folder, DemoWorkspace.Options.defaults(Fixtures.ANCHOR));
        assertThat(demo.plan().getPersonas()).hasSize(3);
        assertThat(demo.plan().getCampaigns()).hasSize(2).allSatisfy(c -> assertThat(c.getSpend()).isNotEmpty());
        assertThat(demo.community().getThreads()).hasSizeGreaterThanOrEqualTo(200);
        assertThat(demo.community().getThreads().stream().flatMap(t -> t.getMessages().stream())
                .map(m -> Math.signum(m.getSentiment())).distinct()).contains(-1f, 1f);
        assertThat(demo.community().getLeads()).isNotEmpty();
        assertThat(demo.content().getItems().stream().flatMap(i -> i.getVariants().stream())
                .flatMap(v -> v.getPublications().stream()).map(p -> p.getState()).distinct())
                .containsExactlyInAnyOrder(PublicationState.values());
        long days = demo.analytics().getSeries().stream().filter(s -> s.getSubject() == null)
                .mapToLong(s -> (s.getObservations().epochSecond(s.getObservations().size() - 1)
                        - s.getObservations().epochSecond(0)) / 86_400 + 1)
                .max().orElse(0);
        assertThat(days).isGreaterThanOrEqualTo(180);
        assertThat(demo.analytics().getSeries().stream().mapToInt(s -> s.getObservations().size()).sum())
                .isEqualTo(DemoWorkspace.Options.defaults(Fixtures.ANCHOR).observations());
    }

    @Test
    void unknownFutureAttributesAreKeptOnSave() throws Exception {
        Fixtures.demo(folder).save();
        Path plan = folder.resolve("plan.xmi");
        String text = Files.readString(plan);
        Files.writeString(plan, text.replaceFirst("<goals ", "<goals futureScore=\"42\" "));

        ChorusWorkspace workspace = ChorusWorkspace.open(folder);
        assertThat(workspace.problems()).isEmpty();
        workspace.plan().setDescription("edited after an upgrade");
        workspace.save();

        String saved = Files.readString(plan);
        assertThat(saved).contains("futureScore=\"42\"").contains("edited after an upgrade");
        assertThat(AtomicCommit.backup(plan)).exists();
        EStructuralFeature description = workspace.plan().eClass().getEStructuralFeature("description");
        assertThat(ChorusWorkspace.open(folder).plan().eGet(description)).isEqualTo("edited after an upgrade");
    }

    @Test
    void saveWritesOnlyChangedFiles() throws Exception {
        ChorusWorkspace workspace = Fixtures.demo(folder);
        workspace.save();
        long analyticsModified = Files.getLastModifiedTime(folder.resolve("analytics.chorusbin")).toMillis();
        Thread.sleep(20);
        workspace.plan().setName("renamed");
        workspace.save();
        assertThat(Files.getLastModifiedTime(folder.resolve("analytics.chorusbin")).toMillis()).isEqualTo(analyticsModified);
        assertThat(Files.readString(folder.resolve("plan.xmi"))).contains("renamed");
        assertThat(folder.resolve("analytics.chorusbin.bak")).doesNotExist();
        assertThat(folder.resolve("plan.xmi.bak")).exists();
    }
}
