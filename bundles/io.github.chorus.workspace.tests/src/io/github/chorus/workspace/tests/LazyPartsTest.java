// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.workspace.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.chorus.analytics.model.AnalyticsPackage;
import io.github.chorus.analytics.model.MetricSeries;
import io.github.chorus.community.model.CommunityFactory;
import io.github.chorus.community.model.Inbox;
import io.github.chorus.community.model.Message;
import io.github.chorus.community.model.MessageThread;
import io.github.chorus.workspace.ChorusWorkspace;
import io.github.chorus.workspace.LoadProblem;
import io.github.chorus.workspace.WorkspacePart;
import io.github.chorus.workspace.demo.DemoWorkspace;
import io.github.chorus.workspace.internal.cli.ValidateCommand;

/** The community and analytics parts are read on their first use, not when the workspace opens. */
class LazyPartsTest {

    /** Enough threads and series for several segments per part. */
    private static final DemoWorkspace.Options MEDIUM = new DemoWorkspace.Options(5, 1_500, 12_000, 20_000, Fixtures.ANCHOR);

    @TempDir
    Path folder;

    private ChorusWorkspace savedAndOpened() throws Exception {
        DemoWorkspace.generate(folder, MEDIUM).save();
        return ChorusWorkspace.open(folder);
    }

    /** Counts how often a part's contents were read in: once per load, whatever the number of callers. */
    private static final class Loads extends AdapterImpl {
        final List<Thread> threads = new CopyOnWriteArrayList<>();

        @Override
        public void notifyChanged(Notification notification) {
            if (notification.getFeatureID(Resource.class) == Resource.RESOURCE__IS_LOADED && notification.getNewBooleanValue()) {
                threads.add(Thread.currentThread());
            }
        }
    }

    private static Map<Path, FileTime> stamps(Path folder) throws Exception {
        Map<Path, FileTime> stamps = new HashMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                stamps.put(file, Files.getLastModifiedTime(file));
            }
        }
        return stamps;
    }

    private static List<Path> rewritten(Map<Path, FileTime> before) throws Exception {
        List<Path> rewritten = new ArrayList<>();
        for (Map.Entry<Path, FileTime> entry : before.entrySet()) {
            if (!Files.exists(entry.getKey()) || !Files.getLastModifiedTime(entry.getKey()).equals(entry.getValue())) {
                rewritten.add(entry.getKey());
            }
        }
        return rewritten;
    }

    private static Path largestSegment(ChorusWorkspace workspace, WorkspacePart part) {
        return workspace.files(part).stream().skip(1).max(Comparator.comparingLong(file -> file.toFile().length()))
                .orElseThrow();
    }

    @Test
    void openReadsThePlanAndContentButNotTheBulkParts() throws Exception {
        ChorusWorkspace workspace = savedAndOpened();

        assertThat(workspace.isInMemory(WorkspacePart.PLAN)).isTrue();
        assertThat(workspace.isInMemory(WorkspacePart.CONTENT)).isTrue();
        assertThat(workspace.isInMemory(WorkspacePart.COMMUNITY)).isFalse();
        assertThat(workspace.isInMemory(WorkspacePart.ANALYTICS)).isFalse();
        assertThat(workspace.resource(WorkspacePart.COMMUNITY).isLoaded()).isFalse();
        assertThat(workspace.problems()).isEmpty();
        // the files are known from the head without reading the segments
        assertThat(workspace.files(WorkspacePart.COMMUNITY)).hasSizeGreaterThan(3)
                .allSatisfy(file -> assertThat(file).exists());
        assertThat(workspace.changedOnDisk()).isEmpty();

        assertThat(workspace.analytics().getSeries()).isNotEmpty();
        assertThat(workspace.isInMemory(WorkspacePart.ANALYTICS)).isTrue();
        assertThat(workspace.isInMemory(WorkspacePart.COMMUNITY)).as("only what was used is read").isFalse();
    }

    @Test
    void theFirstUseLoadsOnceAlsoFromManyThreadsAtOnce() throws Exception {
        ChorusWorkspace workspace = savedAndOpened();
        Loads loads = new Loads();
        workspace.resource(WorkspacePart.COMMUNITY).eAdapters().add(loads);
        int callers = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Future<Inbox>> inboxes = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                inboxes.add(pool.submit(() -> {
                    start.await();
                    return workspace.community();
                }));
            }
            start.countDown();
            Inbox first = inboxes.get(0).get();
            assertThat(first.getThreads()).hasSizeGreaterThan(100);
            for (Future<Inbox> inbox : inboxes) {
                assertThat(inbox.get()).isSameAs(first);
                assertThat(inbox.get().getThreads()).hasSameSizeAs(first.getThreads());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(loads.threads).hasSize(1);
        assertThat(workspace.community().getThreads()).hasSize(workspace.community().getThreads().size());
        assertThat(loads.threads).as("used again: not read again").hasSize(1);
        assertThat(workspace.resource(WorkspacePart.COMMUNITY).getContents()).containsExactly(workspace.community());
    }

    @Test
    void aProxyIntoAnUnreadPartResolvesAndReadsIt() throws Exception {
        DemoWorkspace.generate(folder, MEDIUM).save();
        String id = ChorusWorkspace.open(folder).community().getThreads().get(7).getId();
        ChorusWorkspace workspace = ChorusWorkspace.open(folder);
        assertThat(workspace.isInMemory(WorkspacePart.COMMUNITY)).isFalse();

        MessageThread proxy = CommunityFactory.eINSTANCE.createMessageThread();
        ((InternalEObject) proxy).eSetProxyURI(workspace.resource(WorkspacePart.COMMUNITY).getURI().appendFragment(id));
        EObject resolved = EcoreUtil.resolve(proxy, workspace.resourceSet());

        assertThat(resolved).isNotSameAs(proxy).isInstanceOf(MessageThread.class);
        assertThat(resolved.eIsProxy()).isFalse();
        assertThat(((MessageThread) resolved).getId()).isEqualTo(id);
        assertThat(resolved.eResource()).isSameAs(workspace.resource(WorkspacePart.COMMUNITY));
        assertThat(workspace.isInMemory(WorkspacePart.COMMUNITY)).isTrue();
        assertThat(workspace.problems()).isEmpty();
    }

    @Test
    void referencesFromAReadPartIntoTheContentResolve() throws Exception {
        ChorusWorkspace workspace = savedAndOpened();
        MetricSeries series = workspace.analytics().getSeries().stream()
                .filter(each -> each.eGet(AnalyticsPackage.Literals.METRIC_SERIES__SUBJECT, false) != null).findFirst()
                .orElseThrow();
        EObject unresolved = (EObject) series.eGet(AnalyticsPackage.Literals.METRIC_SERIES__SUBJECT, false);
        assertThat(unresolved.eIsProxy()).as("a reference by id into the content file").isTrue();

        assertThat(series.getSubject().eIsProxy()).isFalse();
        assertThat(series.getSubject().eResource()).isSameAs(workspace.resource(WorkspacePart.CONTENT));
    }

    @Test
    void aSaveWritesNothingOfPartsNeverRead() throws Exception {
        ChorusWorkspace workspace = savedAndOpened();
        Map<Path, FileTime> before = stamps(folder);
        Thread.sleep(20);

        workspace.plan().setName("renamed");
        assertThat(workspace.unsavedParts()).containsOnlyKeys(WorkspacePart.PLAN);
        workspace.save();

        assertThat(rewritten(before)).containsExactly(folder.resolve("plan.xmi"));
        assertThat(workspace.isInMemory(WorkspacePart.COMMUNITY)).isFalse();
        assertThat(workspace.isInMemory(WorkspacePart.ANALYTICS)).isFalse();
        workspace.revert();
        assertThat(workspace.isInMemory(WorkspacePart.COMMUNITY)).as("revert leaves it alone").isFalse();
        assertThat(ChorusWorkspace.open(folder).community().getThreads())
                .hasSameSizeAs(workspace.community().getThreads());
    }

    @Test
    void anEditAfterTheFirstUseRewritesOnlyItsSegment() throws Exception {
        ChorusWorkspace workspace = savedAndOpened();
        List<MessageThread> threads = workspace.community().getThreads();
        Map<Path, FileTime> before = stamps(folder);
        Thread.sleep(20);
        assertThat(workspace.unsavedParts()).as("read, not changed").isEmpty();

        MessageThread thread = threads.get(threads.size() / 2);
        thread.setSubject("edited after the first use");
        workspace.save();

        assertThat(rewritten(before)).singleElement().satisfies(file -> {
            assertThat(file.getParent()).isEqualTo(folder.resolve("community.segments"));
        });
        ChorusWorkspace reopened = ChorusWorkspace.open(folder);
        assertThat(((MessageThread) reopened.resource(WorkspacePart.COMMUNITY).getEObject(thread.getId())).getSubject())
                .isEqualTo("edited after the first use");
    }

    @Test
    void nestedObjectsAreFoundByIdAndTheirEditsSavedInTheirSegment() throws Exception {
        ChorusWorkspace workspace = savedAndOpened();
        Resource resource = workspace.resource(WorkspacePart.COMMUNITY);
        List<MessageThread> threads = workspace.community().getThreads();
        Message message = threads.stream().filter(thread -> thread.getMessages().size() > 1)
                .skip(threads.size() / 3).findFirst().orElseThrow().getMessages().get(1);
        Map<String, EObject> ids = ((ResourceImpl) resource).getIntrinsicIDToEObjectMap();
        assertThat(ids).as("every object with an id, nested ones too").containsEntry(message.getId(), message);
        int identified = 0;
        for (var all = resource.getAllContents(); all.hasNext();) {
            if (EcoreUtil.getID(all.next()) != null) {
                identified++;
            }
        }
        assertThat(ids).hasSize(identified);
        Map<Path, FileTime> before = stamps(folder);
        Thread.sleep(20);

        message.setText("edited deep inside a thread");
        workspace.save();

        assertThat(rewritten(before)).singleElement()
                .satisfies(file -> assertThat(file.getParent()).isEqualTo(folder.resolve("community.segments")));
        assertThat(((Message) ChorusWorkspace.open(folder).resource(WorkspacePart.COMMUNITY).getEObject(message.getId()))
                .getText()).isEqualTo("edited deep inside a thread");
    }

    @Test
    void aCorruptSegmentIsReportedAtFirstUseAndNeverSavedOver() throws Exception {
        DemoWorkspace.generate(folder, MEDIUM).save();
        ChorusWorkspace workspace = ChorusWorkspace.open(folder);
        Path segment = largestSegment(workspace, WorkspacePart.COMMUNITY);
        byte[] bytes = Files.readAllBytes(segment);
        for (int i = 100; i < 400; i++) {
            bytes[i] = (byte) 0xA5;
        }
        Files.write(segment, bytes);
        workspace = ChorusWorkspace.open(folder);
        List<LoadProblem> told = new CopyOnWriteArrayList<>();
        workspace.addProblemListener(told::add);
        assertThat(workspace.problems()).isEmpty();
        assertThat(workspace.isLoaded(WorkspacePart.COMMUNITY)).as("not known before the first use").isTrue();

        Resource resource = workspace.resource(WorkspacePart.COMMUNITY);
        assertThat(resource.getContents()).as("the part is empty, not half read").isEmpty();
        assertThat(workspace.community()).isNull();
        assertThat(workspace.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(segment);
            assertThat(problem.offset()).isGreaterThan(0);
            assertThat(problem.describe()).contains(segment.getFileName().toString()).contains("corrupt binary data");
        });
        assertThat(told).isEqualTo(workspace.problems());
        assertThat(workspace.isLoaded(WorkspacePart.COMMUNITY)).isFalse();
        assertThat(workspace.isInMemory(WorkspacePart.COMMUNITY)).isTrue();
        assertThat(workspace.analytics().getSeries()).as("the other parts are read").isNotEmpty();

        Map<Path, FileTime> before = stamps(folder);
        Thread.sleep(20);
        workspace.plan().setName("saved with a damaged inbox");
        workspace.save();
        assertThat(Files.readAllBytes(segment)).isEqualTo(bytes);
        assertThat(rewritten(before)).containsExactly(folder.resolve("plan.xmi"));
    }

    @Test
    void validateReportsACorruptSegmentOfAPartReadOnFirstUse() throws Exception {
        DemoWorkspace.generate(folder, MEDIUM).save();
        Path segment = largestSegment(ChorusWorkspace.open(folder), WorkspacePart.COMMUNITY);
        byte[] bytes = Files.readAllBytes(segment);
        for (int i = 100; i < 400; i++) {
            bytes[i] = (byte) 0xA5;
        }
        Files.write(segment, bytes);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = ValidateCommand.validate(folder, List.of(), Fixtures.CLOCK, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(printed).isEqualTo(2);
        assertThat(printed).containsPattern("error\t" + segment.getFileName().toString().replace(".", "\\.") + "\t-\t.*"
                + segment.getFileName().toString().replace(".", "\\.") + " \\(read up to byte \\d+\\): corrupt binary data");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("1 unreadable file");
        assertThat(Files.readAllBytes(segment)).isEqualTo(bytes);
    }

    @Test
    void changedOnDiskSeesAReplacedSegmentOfAnUnreadPart() throws Exception {
        DemoWorkspace.generate(folder, MEDIUM).save();
        ChorusWorkspace workspace = ChorusWorkspace.open(folder);
        assertThat(workspace.changedOnDisk()).isEmpty();

        ChorusWorkspace other = ChorusWorkspace.open(folder);
        MessageThread thread = other.community().getThreads().get(other.community().getThreads().size() / 2);
        thread.setSubject("changed by another writer");
        Thread.sleep(20);
        other.save();

        assertThat(workspace.changedOnDisk()).containsExactly(WorkspacePart.COMMUNITY);
        assertThat(workspace.isInMemory(WorkspacePart.COMMUNITY)).as("found without reading the part").isFalse();
        // nothing of it is in memory: its first use reads what is on disk now
        assertThat(((MessageThread) workspace.resource(WorkspacePart.COMMUNITY).getEObject(thread.getId())).getSubject())
                .isEqualTo("changed by another writer");
        assertThat(workspace.changedOnDisk()).isEmpty();
    }

    @Test
    void reloadLeavesAnUnreadPartUnread() throws Exception {
        ChorusWorkspace workspace = savedAndOpened();
        workspace.reload(WorkspacePart.COMMUNITY);
        assertThat(workspace.isInMemory(WorkspacePart.COMMUNITY)).isFalse();
        assertThat(workspace.community().getThreads()).isNotEmpty();

        workspace.reload(WorkspacePart.COMMUNITY);
        assertThat(workspace.isInMemory(WorkspacePart.COMMUNITY)).as("it was in memory: read again").isTrue();
        assertThat(workspace.community().getThreads()).isNotEmpty();
    }

    @Test
    void crashRecoveryReadsTheRecoveredPartAtOnceAndLeavesTheOtherUnread() throws Exception {
        ChorusWorkspace workspace = savedAndOpened();
        MessageThread thread = workspace.community().getThreads().get(3);
        thread.setSubject("edited before the crash");
        Map<WorkspacePart, byte[]> unsaved = workspace.unsavedParts();
        assertThat(unsaved).containsOnlyKeys(WorkspacePart.COMMUNITY);

        ChorusWorkspace recovered = ChorusWorkspace.open(folder, unsaved);
        assertThat(recovered.isInMemory(WorkspacePart.COMMUNITY)).isTrue();
        assertThat(recovered.isInMemory(WorkspacePart.ANALYTICS)).isFalse();
        assertThat(recovered.unsavedParts()).containsOnlyKeys(WorkspacePart.COMMUNITY);
        recovered.save();
        assertThat(recovered.isInMemory(WorkspacePart.ANALYTICS)).isFalse();
        assertThat(((MessageThread) ChorusWorkspace.open(folder).resource(WorkspacePart.COMMUNITY)
                .getEObject(thread.getId())).getSubject()).isEqualTo("edited before the crash");
    }
}
