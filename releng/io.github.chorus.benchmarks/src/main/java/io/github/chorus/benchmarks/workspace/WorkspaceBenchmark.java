// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.benchmarks.workspace;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

import io.github.chorus.analytics.model.AnalyticsPackage;
import io.github.chorus.benchmarks.Figure;
import io.github.chorus.benchmarks.Stats;
import io.github.chorus.community.model.MessageThread;
import io.github.chorus.community.model.CommunityPackage;
import io.github.chorus.content.model.ContentPackage;
import io.github.chorus.plan.model.PlanPackage;
import io.github.chorus.workspace.ChorusWorkspace;
import io.github.chorus.workspace.WorkspacePart;
import io.github.chorus.workspace.demo.DemoWorkspace;

/**
 * Targets 2 and 3 on the "agency" workspace (100,000 posts with variants, 1,000,000 messages,
 * 10,000,000 observations), generated once into the work folder with the demo generator and
 * reused:
 * <ul>
 * <li>opening it with {@link ChorusWorkspace#open} vs loading the same model from plain EMF XMI
 * files (an XMI copy made once from the workspace: one {@code XMIResourceImpl} per part, default
 * options) and vs a raw sequential read of the workspace's bytes; heap after open; for
 * information, the first use of the community and analytics parts (which open does not read)
 * and the heap with every part in memory;</li>
 * <li>saving after a one-field edit vs a full save of the same model (the opened model given to
 * {@link ChorusWorkspace#create} on an empty folder, then saved).</li>
 * </ul>
 * Each round measures every side once, alternating; figures are medians of per-round ratios.
 */
public final class WorkspaceBenchmark {

    /** Posts, messages and observations of the agency workspace (issue 8). */
    static final int POSTS = 100_000;
    static final int MESSAGES = 1_000_000;
    static final int OBSERVATIONS = 10_000_000;
    private static final long SEED = 8;
    private static final String[] PARTS = { "plan", "content", "community", "analytics" };
    private static final int EDITS = 5;

    private final Path work;
    private final int rounds;

    /**
     * @param work   scratch folder (the agency workspace stays there between runs)
     * @param rounds measured rounds
     */
    public WorkspaceBenchmark(Path work, int rounds) {
        this.work = work;
        this.rounds = rounds;
    }

    /** @return the open, heap and save figures */
    public List<Figure> run() throws IOException {
        Path agency = agency();
        Path xmi = xmiCopy(agency);
        List<Figure> figures = new ArrayList<>();
        figures.addAll(open(agency, xmi));
        figures.add(save(agency));
        return figures;
    }

    private Path agency() throws IOException {
        Path folder = work.resolve("agency");
        Path done = work.resolve("agency.done");
        String stamp = POSTS + " " + MESSAGES + " " + OBSERVATIONS + " " + SEED + " " + formatVersion();
        if (Files.exists(done) && Files.readString(done).equals(stamp)) {
            return folder;
        }
        deleteTree(folder);
        long start = System.nanoTime();
        ChorusWorkspace workspace = DemoWorkspace.generate(folder,
                new DemoWorkspace.Options(SEED, POSTS, MESSAGES, OBSERVATIONS, LocalDate.of(2026, 11, 26)));
        workspace.save();
        System.out.printf(Locale.ROOT, "generated the agency workspace in %.1f s: %s%n", seconds(start), folder);
        Files.writeString(done, stamp);
        return folder;
    }

    /** Changes when the workspace storage changes, so an old agency copy is made again. */
    private static String formatVersion() {
        return "segmented-1"; //$NON-NLS-1$
    }

    private Path xmiCopy(Path agency) throws IOException {
        Path folder = work.resolve("agency-xmi");
        Path done = work.resolve("agency-xmi.done");
        if (Files.exists(done) && Files.readString(done).equals(Files.readString(work.resolve("agency.done")))) {
            return folder;
        }
        deleteTree(folder);
        Files.createDirectories(folder);
        ChorusWorkspace workspace = ChorusWorkspace.open(agency);
        List<Resource> copies = new ArrayList<>();
        for (int i = 0; i < PARTS.length; i++) {
            Resource copy = new XMIResourceImpl(URI.createFileURI(folder.resolve(PARTS[i] + ".xmi").toString()));
            workspace.resourceSet().getResources().add(copy);
            copies.add(copy);
        }
        for (int i = 0; i < PARTS.length; i++) { // moved, not copied: references follow their targets
            copies.get(i).getContents().addAll(workspace.resource(WorkspacePart.values()[i]).getContents());
        }
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_ENCODING, "UTF-8");
        for (Resource copy : copies) {
            copy.save(options);
        }
        Files.writeString(done, Files.readString(work.resolve("agency.done")));
        return folder;
    }

    private List<Figure> open(Path agency, Path xmi) throws IOException {
        double[] openSeconds = new double[rounds];
        double[] xmiSeconds = new double[rounds];
        double[] rawSeconds = new double[rounds];
        double[] heapMb = new double[rounds];
        double[] xmiHeapMb = new double[rounds];
        double[] communitySeconds = new double[rounds];
        double[] analyticsSeconds = new double[rounds];
        double[] allHeapMb = new double[rounds];
        long bytes = 0;
        // one unmeasured open of each kind first: class loading and JIT
        ChorusWorkspace.open(agency);
        loadXmi(xmi);
        for (int round = 0; round < rounds; round++) {
            long start = System.nanoTime();
            bytes = rawRead(agency);
            rawSeconds[round] = seconds(start);

            gc();
            start = System.nanoTime();
            ChorusWorkspace workspace = ChorusWorkspace.open(agency);
            openSeconds[round] = seconds(start);
            if (!workspace.problems().isEmpty()) {
                throw new IOException("the agency workspace does not load: " + workspace.problems());
            }
            heapMb[round] = usedHeapMb();
            // informational: the bulk parts are read on first use, not by open
            start = System.nanoTime();
            int threads = workspace.community().getThreads().size();
            communitySeconds[round] = seconds(start);
            start = System.nanoTime();
            int series = workspace.analytics().getSeries().size();
            analyticsSeconds[round] = seconds(start);
            if (threads == 0 || series == 0 || !workspace.problems().isEmpty()) {
                throw new IOException("the agency workspace's bulk parts do not load: " + workspace.problems());
            }
            allHeapMb[round] = usedHeapMb();
            Reference.reachabilityFence(workspace);
            workspace = null;

            gc();
            start = System.nanoTime();
            ResourceSet model = loadXmi(xmi);
            xmiSeconds[round] = seconds(start);
            xmiHeapMb[round] = usedHeapMb();
            Reference.reachabilityFence(model);
            model = null;
        }
        double[] toXmi = new double[rounds];
        double[] toRaw = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            toXmi[i] = openSeconds[i] / xmiSeconds[i];
            toRaw[i] = openSeconds[i] / rawSeconds[i];
        }
        String size = String.format(Locale.ROOT, "%.0f MB in %d files", bytes / 1e6, fileCount(agency));
        double[] openAndFirstUse = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            openAndFirstUse[i] = openSeconds[i] + communitySeconds[i] + analyticsSeconds[i];
        }
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure("workspace: open agency vs plain XMI", Stats.median(openSeconds), "s",
                "EMF XMI load", Stats.median(xmiSeconds), Stats.median(toXmi), Figure.Target.atMost(0.2),
                rounds + " rounds after one warm-up each; open " + Stats.list(openSeconds) + " s, XMI "
                        + Stats.list(xmiSeconds) + " s (" + xmiBytes(xmi) + "); ratios " + Stats.list(toXmi)
                        + "; open reads the plan and content only, the community and analytics parts are read on first use"
                        + " (no target): community " + Stats.list(communitySeconds) + " s, analytics "
                        + Stats.list(analyticsSeconds) + " s, open plus both first uses " + Stats.list(openAndFirstUse)
                        + " s"));
        figures.add(new Figure("workspace: open agency vs raw read", Stats.median(openSeconds), "s",
                "raw sequential read", Stats.median(rawSeconds), Stats.median(toRaw), Figure.Target.atMost(10),
                "raw read of the workspace's " + size + " (page cache warm); raw " + Stats.list(rawSeconds)
                        + " s; ratios " + Stats.list(toRaw)));
        figures.add(new Figure("workspace: heap after open", Stats.median(heapMb), "MB", "after XMI load",
                Stats.median(xmiHeapMb), Figure.Target.valueAtMost(1024, "MB"),
                "used heap after a full GC with the opened workspace reachable; " + Stats.list(heapMb) + " MB; XMI "
                        + Stats.list(xmiHeapMb) + " MB; with every part in memory (after the first use of community and"
                        + " analytics, no target) " + Stats.list(allHeapMb) + " MB"));
        return figures;
    }

    private Figure save(Path agency) throws IOException {
        double[] fullSeconds = new double[rounds];
        double[] editSeconds = new double[rounds];
        List<String> edits = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            ChorusWorkspace opened = ChorusWorkspace.open(agency);
            Map<WorkspacePart, EObject> roots = new HashMap<>();
            Map<WorkspacePart, io.github.chorus.workspace.StorageFormat> formats = new HashMap<>();
            for (WorkspacePart part : WorkspacePart.values()) {
                roots.put(part, opened.resource(part).getContents().get(0));
                formats.put(part, opened.format(part));
            }
            Path copy = work.resolve("save-copy");
            deleteTree(copy);
            ChorusWorkspace workspace = ChorusWorkspace.create(copy, formats, roots);
            gc();
            long start = System.nanoTime();
            workspace.save();
            fullSeconds[round] = seconds(start);
            double[] one = new double[EDITS];
            List<MessageThread> threads = workspace.community().getThreads();
            for (int i = 0; i < EDITS; i++) {
                MessageThread thread = threads.get((int) ((round * 7919L + i * 104729L) % threads.size()));
                thread.setSubject(thread.getSubject() + " (edited)");
                start = System.nanoTime();
                workspace.save();
                one[i] = seconds(start);
            }
            editSeconds[round] = Stats.median(one);
            edits.add(Stats.list(one));
        }
        double[] ratios = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            ratios[i] = editSeconds[i] / fullSeconds[i];
        }
        return new Figure("workspace: save one-field edit vs full save", Stats.median(editSeconds), "s", "full save",
                Stats.median(fullSeconds), Stats.median(ratios), Figure.Target.atMost(0.05),
                rounds + " rounds; each: a full save of the opened agency model to an empty folder ("
                        + Stats.list(fullSeconds) + " s), then " + EDITS
                        + " saves each after changing one thread's subject (" + String.join(" | ", edits)
                        + " s; median per round); ratios " + Stats.list(ratios));
    }

    private static ResourceSet loadXmi(Path folder) {
        ResourceSetImpl resourceSet = new ResourceSetImpl();
        resourceSet.getPackageRegistry().put(PlanPackage.eNS_URI, PlanPackage.eINSTANCE);
        resourceSet.getPackageRegistry().put(ContentPackage.eNS_URI, ContentPackage.eINSTANCE);
        resourceSet.getPackageRegistry().put(CommunityPackage.eNS_URI, CommunityPackage.eINSTANCE);
        resourceSet.getPackageRegistry().put(AnalyticsPackage.eNS_URI, AnalyticsPackage.eINSTANCE);
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
        for (String part : PARTS) {
            Resource resource = resourceSet.getResource(URI.createFileURI(folder.resolve(part + ".xmi").toString()), true);
            if (!resource.getErrors().isEmpty()) {
                throw new IllegalStateException(part + ".xmi: " + resource.getErrors());
            }
        }
        return resourceSet;
    }

    private static long rawRead(Path folder) throws IOException {
        long total = 0;
        ByteBuffer buffer = ByteBuffer.allocateDirect(1 << 20);
        for (Path file : files(folder)) {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                int n;
                while ((n = channel.read(buffer)) >= 0) {
                    total += n;
                    buffer.clear();
                }
            }
        }
        return total;
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> stream = Files.walk(folder)) {
            return stream.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith(".bak")).sorted()
                    .toList();
        }
    }

    private static long fileCount(Path folder) throws IOException {
        return files(folder).size();
    }

    private static String xmiBytes(Path folder) throws IOException {
        long total = 0;
        for (Path file : files(folder)) {
            total += Files.size(file);
        }
        return String.format(Locale.ROOT, "%.0f MB of XMI", total / 1e6);
    }

    private static void gc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
    }

    private static double usedHeapMb() {
        gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    /**
     * @param folder a folder to delete with everything in it (nothing when missing)
     */
    public static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> stream = Files.walk(folder)) {
            for (Path path : stream.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
