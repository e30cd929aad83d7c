// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.workspace.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.chorus.community.model.CommunityFactory;
import io.github.chorus.community.model.MessageThread;
import io.github.chorus.workspace.ChorusWorkspace;
import io.github.chorus.workspace.LoadProblem;
import io.github.chorus.workspace.StorageFormat;
import io.github.chorus.workspace.WorkspacePart;
import io.github.chorus.workspace.demo.DemoWorkspace;

/** Binary parts split into segment files: what a save writes, and what a load makes of it. */
class SegmentedStorageTest {

    /** Enough threads and posts for several segments per list. */
    private static final DemoWorkspace.Options MEDIUM = new DemoWorkspace.Options(5, 2_500, 12_000, 20_000, Fixtures.ANCHOR);

    @TempDir
    Path folder;

    @Test
    void aOneFieldEditRewritesOneSegmentOnly() throws Exception {
        ChorusWorkspace workspace = DemoWorkspace.generate(folder, MEDIUM);
        workspace.save();
        List<Path> files = workspace.files(WorkspacePart.COMMUNITY);
        assertThat(files).hasSizeGreaterThan(3);
        Map<Path, FileTime> before = new HashMap<>();
        for (Path file : Files.list(folder).toList()) {
            if (Files.isRegularFile(file)) {
                before.put(file, Files.getLastModifiedTime(file));
            }
        }
        for (Path file : files) {
            before.put(file, Files.getLastModifiedTime(file));
        }
        Thread.sleep(20);
        MessageThread thread = workspace.community().getThreads().get(workspace.community().getThreads().size() / 2);
        thread.setSubject("edited");
        workspace.save();

        List<Path> rewritten = before.keySet().stream()
                .filter(file -> !Files.exists(file) || !before.get(file).equals(modified(file))).toList();
        assertThat(rewritten).singleElement().satisfies(file -> {
            assertThat(file.getParent().getFileName().toString()).isEqualTo("community.segments");
            assertThat(file.getFileName().toString()).startsWith("threads-");
        });
        ChorusWorkspace reopened = ChorusWorkspace.open(folder);
        assertThat(reopened.problems()).isEmpty();
        assertThat(((MessageThread) reopened.resource(WorkspacePart.COMMUNITY).getEObject(thread.getId())).getSubject())
                .isEqualTo("edited");
    }

    @Test
    void addedRemovedAndMovedElementsComeBackInOrderWithTheirReferences() throws Exception {
        DemoWorkspace.generate(folder, MEDIUM).save();
        ChorusWorkspace workspace = ChorusWorkspace.open(folder);
        EList<MessageThread> threads = workspace.community().getThreads();
        threads.remove(threads.size() / 3);
        MessageThread first = CommunityFactory.eINSTANCE.createMessageThread();
        first.setId("thread-new-first");
        threads.add(0, first);
        MessageThread last = CommunityFactory.eINSTANCE.createMessageThread();
        last.setId("thread-new-last");
        last.setPublication(workspace.content().getItems().get(7).getVariants().get(0).getPublications().get(0));
        threads.add(last);
        workspace.save();
        threads.move(1, threads.size() - 2); // against the order of the segments: the list is cut anew
        workspace.save();

        ChorusWorkspace reopened = ChorusWorkspace.open(folder);
        assertThat(reopened.problems()).isEmpty();
        assertThat(reopened.community().getThreads()).extracting(MessageThread::getId)
                .containsExactlyElementsOf(threads.stream().map(MessageThread::getId).toList());
        for (WorkspacePart part : WorkspacePart.values()) {
            assertThat(new EcoreUtil.EqualityHelper().equals(workspace.resource(part).getContents(),
                    reopened.resource(part).getContents())).as(part.name()).isTrue();
        }
        MessageThread reloadedLast = reopened.community().getThreads().get(reopened.community().getThreads().size() - 1);
        assertThat(reloadedLast.getPublication().eIsProxy()).isFalse();
        assertThat(reloadedLast.getPublication().getId()).isEqualTo(last.getPublication().getId());
        try (var files = Files.walk(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".new"));
        }
        assertThat(reopened.files(WorkspacePart.COMMUNITY)).allSatisfy(file -> assertThat(file).exists());
    }

    @Test
    void aLargeTextPartMovesToBinaryAndOlderSingleFileBinaryPartsStillLoad() throws Exception {
        ChorusWorkspace workspace = DemoWorkspace.generate(folder, MEDIUM);
        Map<WorkspacePart, StorageFormat> formats = ChorusWorkspace.DEFAULT_FORMATS;
        assertThat(formats.get(WorkspacePart.CONTENT)).isEqualTo(StorageFormat.XMI);
        // an analytics file as an older Chorus wrote it: one EMF binary file, observations as base64
        Path legacy = folder.resolve("analytics.chorusbin");
        workspace.save();
        assertThat(workspace.format(WorkspacePart.CONTENT)).isEqualTo(StorageFormat.BINARY); // 2,500 posts
        assertThat(folder.resolve("content.xmi")).doesNotExist();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Resource analytics = workspace.resource(WorkspacePart.ANALYTICS);
        BinaryResourceImpl older = new BinaryResourceImpl(analytics.getURI());
        older.getContents().addAll(EcoreUtil.copyAll(analytics.getContents()));
        older.save(bytes, Map.of(BinaryResourceImpl.OPTION_VERSION, BinaryResourceImpl.BinaryIO.Version.VERSION_1_1));
        Files.write(legacy, bytes.toByteArray());
        deleteTree(folder.resolve("analytics.segments"));

        ChorusWorkspace reopened = ChorusWorkspace.open(folder);
        assertThat(reopened.problems()).isEmpty();
        assertThat(reopened.analytics().getSeries()).hasSameSizeAs(workspace.analytics().getSeries());
        assertThat(reopened.analytics().getSeries().get(3).getObservations())
                .isEqualTo(workspace.analytics().getSeries().get(3).getObservations());
        reopened.save(); // rewritten segmented
        assertThat(folder.resolve("analytics.segments")).isDirectory();
        assertThat(ChorusWorkspace.open(folder).analytics().getSeries().get(3).getObservations())
                .isEqualTo(workspace.analytics().getSeries().get(3).getObservations());
    }

    @Test
    void aDamagedSegmentIsNamedWithItsOffsetAndLeftAlone() throws Exception {
        ChorusWorkspace workspace = DemoWorkspace.generate(folder, MEDIUM);
        workspace.save();
        Path segment = workspace.files(WorkspacePart.COMMUNITY).stream().skip(1)
                .max(java.util.Comparator.comparingLong(file -> file.toFile().length())).orElseThrow();
        byte[] bytes = Files.readAllBytes(segment);
        for (int i = 100; i < 400; i++) {
            bytes[i] = (byte) 0xA5;
        }
        Files.write(segment, bytes);

        ChorusWorkspace reopened = ChorusWorkspace.open(folder);
        assertThat(reopened.problems()).as("the community part is read on first use").isEmpty();
        assertThat(reopened.community()).isNull();
        assertThat(reopened.problems()).singleElement().satisfies((LoadProblem problem) -> {
            assertThat(problem.file()).isEqualTo(segment);
            assertThat(problem.offset()).isGreaterThan(0);
            assertThat(problem.describe()).contains(segment.getFileName().toString()).contains("corrupt binary data");
        });
        assertThat(reopened.isLoaded(WorkspacePart.COMMUNITY)).isFalse();
        reopened.plan().setName("saved with a damaged inbox");
        reopened.save();
        assertThat(Files.readAllBytes(segment)).isEqualTo(bytes);
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path folder) throws java.io.IOException {
        try (var files = Files.walk(folder)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
