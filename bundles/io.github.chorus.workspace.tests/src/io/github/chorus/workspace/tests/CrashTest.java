// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.workspace.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.chorus.analytics.model.AnalyticsPackage;
import io.github.chorus.community.model.CommunityPackage;
import io.github.chorus.content.model.ContentPackage;
import io.github.chorus.plan.model.PlanPackage;
import io.github.chorus.workspace.ChorusWorkspace;
import io.github.chorus.workspace.WorkspacePart;
import io.github.chorus.workspace.demo.DemoWorkspace;
import io.github.chorus.workspace.internal.AtomicCommit;

/**
 * A child JVM saves the workspace in a loop and is killed with SIGKILL at random moments;
 * after each kill the workspace must load without problem and equal exactly the state of
 * the last save the child reported, or of the one after it (killed after the commit point
 * but before it could report).
 */
class CrashTest {

    private static final int KILLS = 50;

    @TempDir
    Path temp;

    @Test
    void killedSavesLeaveEitherTheOldOrTheNewWorkspace() throws Exception {
        Path pristine = temp.resolve("pristine");
        Path workspaceDir = temp.resolve("workspace");
        // small, so that each child starts fast; every part still has content in every file
        ChorusWorkspace base = DemoWorkspace.generate(pristine, new DemoWorkspace.Options(11, 8, 200, 600, Fixtures.ANCHOR));
        CrashChild.applyRevision(base, 0);
        base.save();
        copy(pristine, workspaceDir);

        long seed = System.nanoTime();
        Random random = new Random(seed);
        String classPath = childClassPath();
        // a class-data archive made by the first child makes the next 49 start faster
        String archive = "-XX:SharedArchiveFile=" + temp.resolve("child.jsa");
        int killedMidSave = 0;
        ChorusWorkspace expected = ChorusWorkspace.open(pristine);
        for (int kill = 0; kill < KILLS; kill++) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:+AutoCreateSharedArchive", archive, "-cp", classPath,
                    CrashChild.class.getName(), workspaceDir.toString()).redirectErrorStream(true).start();
            AtomicInteger lastSaved = new AtomicInteger(-1);
            List<String> output = new ArrayList<>();
            Thread reader = new Thread(() -> read(child, lastSaved, output));
            try {
                reader.start();
                // wait until the child is saving, then kill it at a random moment
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
                while (lastSaved.get() < 0 && child.isAlive() && System.nanoTime() < deadline) {
                    Thread.sleep(2);
                }
                assertThat(child.isAlive()).as("child died: %s", output).isTrue();
                Thread.sleep(random.nextInt(120));
            } finally {
                // SIGKILL through the handle: Process.destroyForcibly() would also close our end of
                // the child's output, losing "saved" lines it wrote just before the kill.
                child.toHandle().destroyForcibly();
            }
            assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
            // the pipe is closed now: the reader gets every line the child wrote before it died
            reader.join(60_000);
            assertThat(reader.isAlive()).as("output reader still running").isFalse();
            int reported = lastSaved.get();

            ChorusWorkspace loaded = ChorusWorkspace.open(workspaceDir);
            assertThat(loaded.problems()).as("kill %d (seed %d)", kill, seed).isEmpty();
            int revision = CrashChild.revisionOf(loaded);
            assertThat(revision).as("kill %d (seed %d)", kill, seed).isBetween(reported, reported + 1);
            if (revision == reported + 1) {
                killedMidSave++;
            }
            CrashChild.applyRevision(expected, revision); // sets every touched value: no history needed
            for (WorkspacePart part : WorkspacePart.values()) {
                assertThat(new EcoreUtil.EqualityHelper().equals(expected.resource(part).getContents(),
                        loaded.resource(part).getContents())).as("kill %d, %s, revision %d (seed %d)", kill, part, revision, seed)
                        .isTrue();
            }
            try (var files = Files.walk(workspaceDir)) {
                assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".new") || n.startsWith(".chorus-commit"));
            }
        }
        System.out.println("CrashTest: " + KILLS + " kills, " + killedMidSave + " after the commit point but before the report");
    }

    private static void read(Process child, AtomicInteger lastSaved, List<String> output) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("saved ")) {
                    lastSaved.set(Integer.parseInt(line.substring(6)));
                } else if (output.size() < 50) {
                    output.add(line);
                }
            }
        } catch (IOException e) {
            // the child was killed
        }
    }

    /** Copies a workspace folder with its sub-folders (the segments of binary parts). */
    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path file : files.toList()) {
                if (Files.isDirectory(file)) {
                    copy(file, to.resolve(file.getFileName()));
                } else {
                    Files.copy(file, to.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** The class path entries (jars or folders) of the bundles the child needs, found through OSGi. */
    static String childClassPath() throws IOException, URISyntaxException {
        Set<String> entries = new LinkedHashSet<>();
        for (Class<?> type : List.of(AtomicCommit.class, CrashChild.class, ChorusWorkspace.class, PlanPackage.class, ContentPackage.class,
                CommunityPackage.class, AnalyticsPackage.class, EcoreUtil.class, org.eclipse.emf.common.util.URI.class,
                XMIResourceImpl.class)) {
            String resource = type.getName().replace('.', '/') + ".class";
            URL url = FileLocator.resolve(type.getClassLoader().getResource(resource));
            String text = url.toString();
            if (text.startsWith("jar:")) {
                entries.add(new File(new URL(text.substring(4, text.indexOf("!/"))).toURI()).getPath());
            } else {
                String path = new File(url.toURI()).getPath();
                entries.add(path.substring(0, path.length() - resource.length()));
            }
        }
        return String.join(File.pathSeparator, entries);
    }
}
