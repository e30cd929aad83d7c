// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Regenerates the EMF model and edit code of every Chorus model bundle from its
 * {@code model/*.genmodel}, with EMF's own generator, or checks that the committed
 * {@code src-gen} folders are exactly what the generator produces.
 *
 * <pre>
 * ChorusCodegen generate &lt;repository root&gt;   rewrite src-gen of all model and edit bundles
 * ChorusCodegen check &lt;repository root&gt;      regenerate into a temporary copy, exit 1 on any difference
 * </pre>
 *
 * Before generating, each genmodel is reloaded from its .ecore (as "Reload" does in the
 * Eclipse IDE) so that model changes never need the IDE; settings are kept from the
 * committed genmodel.
 */
public final class ChorusCodegen {

    /** The model areas, in dependency order: a model may only use models before it. */
    static final List<String> AREAS = List.of("plan", "content", "community", "analytics");

    private ChorusCodegen() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2 || !Set.of("generate", "check").contains(args[0])) {
            throw new IllegalArgumentException("usage: ChorusCodegen generate|check <repository root>");
        }
        Path root = Path.of(args[1]).toAbsolutePath().normalize();
        int exit = "generate".equals(args[0]) ? generate(root) : check(root);
        if (exit != 0) {
            // an exception, not System.exit: exec:java runs inside the Maven JVM, also in the reactor
            throw new IllegalStateException("codegen " + args[0] + " failed; see the messages above");
        }
    }

    /** Regenerates all areas in {@code root}; returns 0, or 1 when the generator reported an error. */
    static int generate(Path root) throws IOException {
        Path bundles = root.resolve("bundles");
        GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);
        Map<String, URI> platformMap = EcorePlugin.getPlatformResourceMap();
        try (Stream<Path> dirs = Files.list(bundles)) {
            dirs.filter(Files::isDirectory).forEach(dir -> platformMap.put(dir.getFileName().toString(),
                    URI.createFileURI(dir.toString()).appendSegment("")));
        }
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());
        resourceSet.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
        // Register the model packages by nsURI so that references between genmodels resolve.
        resourceSet.getURIConverter().getURIMap().putAll(EcorePlugin.computePlatformURIMap(false));

        int exit = 0;
        for (String area : AREAS) {
            String bsn = "io.github.chorus." + area + ".model";
            URI genModelUri = URI.createPlatformResourceURI("/" + bsn + "/model/" + area + ".genmodel", true);
            Resource resource = resourceSet.getResource(genModelUri, true);
            GenModel genModel = reload((GenModel) resource.getContents().get(0));
            resource.getContents().set(0, genModel);
            resource.save(Map.of(Resource.OPTION_SAVE_ONLY_IF_CHANGED, Resource.OPTION_SAVE_ONLY_IF_CHANGED_MEMORY_BUFFER));

            Diagnostic diagnostic = genModel.diagnose();
            if (diagnostic.getSeverity() == Diagnostic.ERROR) {
                System.err.println(area + ": genmodel is invalid: " + diagnostic);
                return 1;
            }
            for (String layer : List.of("model", "edit")) {
                Path srcGen = bundles.resolve("io.github.chorus." + area + "." + layer).resolve("src-gen");
                if (Files.isDirectory(srcGen)) {
                    deleteTree(srcGen); // so that classes removed from the model do not linger
                }
            }
            Map<Path, byte[]> kept = keepHandWrittenFiles(bundles, area);
            genModel.setCanGenerate(true);
            Generator generator = new Generator();
            generator.setInput(genModel);
            for (String projectType : List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
                    GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE)) {
                Diagnostic result = generator.generate(genModel, projectType, new BasicMonitor.Printing(System.out));
                if (result.getSeverity() >= Diagnostic.ERROR) {
                    System.err.println(area + " " + projectType + ": " + result);
                    exit = 1;
                }
            }
            for (Map.Entry<Path, byte[]> entry : kept.entrySet()) {
                Files.write(entry.getKey(), entry.getValue());
            }
            System.out.println("generated " + area);
        }
        return exit;
    }

    /**
     * The bundle MANIFEST.MF and build.properties follow the house style (versioned exports,
     * x-internal impl, version ranges, src/ + src-gen/), which EMF's templates do not produce:
     * they are hand-maintained, so their committed content is put back after generation. The
     * generator only creates them for a bundle that has none yet.
     */
    private static Map<Path, byte[]> keepHandWrittenFiles(Path bundles, String area) throws IOException {
        Map<Path, byte[]> kept = new TreeMap<>();
        for (String layer : List.of("model", "edit")) {
            Path bundle = bundles.resolve("io.github.chorus." + area + "." + layer);
            for (Path file : List.of(bundle.resolve("META-INF/MANIFEST.MF"), bundle.resolve("build.properties"))) {
                if (Files.isRegularFile(file)) {
                    kept.put(file, Files.readAllBytes(file));
                }
            }
        }
        return kept;
    }

    /**
     * Builds a fresh genmodel from the current .ecore files and reconciles it with the
     * committed one, which keeps all of its settings (the equivalent of the IDE's Reload).
     */
    private static GenModel reload(GenModel committed) {
        List<EPackage> ePackages = new ArrayList<>();
        for (GenPackage genPackage : committed.getGenPackages()) {
            ePackages.add(genPackage.getEcorePackage());
        }
        EcoreUtil.resolveAll(committed);
        GenModel fresh = GenModelFactory.eINSTANCE.createGenModel();
        fresh.initialize(ePackages);
        fresh.getForeignModel().addAll(committed.getForeignModel());
        fresh.getUsedGenPackages().addAll(committed.getUsedGenPackages());
        fresh.reconcile(committed);
        fresh.reconcile();
        return fresh;
    }

    /**
     * Regenerates into a temporary copy of the repository and compares the src-gen folders and
     * genmodels with the committed ones. Returns 0 when identical, 1 otherwise.
     */
    static int check(Path root) throws IOException {
        Path copy = Files.createTempDirectory("chorus-codegen-check");
        try {
            List<Path> compared = new ArrayList<>();
            for (String area : AREAS) {
                for (String layer : List.of("model", "edit")) {
                    String bsn = "io.github.chorus." + area + "." + layer;
                    Path source = root.resolve("bundles").resolve(bsn);
                    if (!Files.isDirectory(source)) {
                        System.err.println("missing bundle " + source);
                        return 1;
                    }
                    copyTree(source, copy.resolve("bundles").resolve(bsn));
                    compared.add(Path.of("bundles", bsn, "src-gen"));
                }
                compared.add(Path.of("bundles", "io.github.chorus." + area + ".model", "model", area + ".genmodel"));
                for (String layer : List.of("model", "edit")) {
                    Path bundle = Path.of("bundles", "io.github.chorus." + area + "." + layer);
                    compared.add(bundle.resolve("plugin.xml"));
                    compared.add(bundle.resolve("plugin.properties"));
                }
            }
            if (generate(copy) != 0) {
                return 1;
            }
            List<String> differences = new ArrayList<>();
            for (Path relative : compared) {
                differences.addAll(compare(root.resolve(relative), copy.resolve(relative), relative));
            }
            if (differences.isEmpty()) {
                System.out.println("codegen check: committed generated code is up to date (" + compared.size()
                        + " folders and genmodels compared)");
                return 0;
            }
            System.err.println("codegen check FAILED: the committed generated code differs from what EMF generates.");
            differences.forEach(d -> System.err.println("  " + d));
            System.err.println("Run: ./mvnw -f releng/io.github.chorus.codegen/pom.xml -Pgenerate verify, and commit.");
            return 1;
        } finally {
            deleteTree(copy);
        }
    }

    private static List<String> compare(Path committed, Path generated, Path label) throws IOException {
        Map<String, Path> left = list(committed);
        Map<String, Path> right = list(generated);
        Set<String> names = new TreeSet<>(left.keySet());
        names.addAll(right.keySet());
        List<String> differences = new ArrayList<>();
        for (String name : names) {
            Path a = left.get(name);
            Path b = right.get(name);
            String shown = name.isEmpty() ? label.toString() : label.resolve(name).toString();
            if (a == null) {
                differences.add("not committed: " + shown);
            } else if (b == null) {
                differences.add("not generated (stale or hand-written): " + shown);
            } else if (!Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(b))) {
                differences.add("differs: " + shown);
            }
        }
        return differences;
    }

    private static Map<String, Path> list(Path path) throws IOException {
        Map<String, Path> files = new TreeMap<>();
        if (Files.isRegularFile(path)) {
            files.put("", path);
        } else if (Files.isDirectory(path)) {
            try (Stream<Path> walk = Files.walk(path)) {
                walk.filter(Files::isRegularFile).forEach(f -> files.put(path.relativize(f).toString(), f));
            }
        }
        return files;
    }

    private static void copyTree(Path source, Path target) throws IOException {
        try (Stream<Path> walk = Files.walk(source)) {
            walk.forEach(path -> {
                Path destination = target.resolve(source.relativize(path).toString());
                try {
                    if (Files.isDirectory(path)) {
                        Files.createDirectories(destination);
                    } else {
                        Files.copy(path, destination, StandardCopyOption.REPLACE_EXISTING);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static void deleteTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
