package io.github.chorus.benchmarks.startup;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import io.github.chorus.benchmarks.Figure;
import io.github.chorus.benchmarks.Reference;
import io.github.chorus.benchmarks.Stats;
import io.github.chorus.benchmarks.startup.probe.FirstPaintFile;

/**
 * Target 1: time from process start to the first painted workbench window of the real product,
 * against a bare SWT shell ({@link BareSwtShell}) launched on the same JVM, with the same VM
 * flags, on the same display, in the same run.
 * <p>
 * The product is started the way users start it, through its {@code chorus} script, with the
 * start-up probe switched on through {@code CHORUS_VM_OPTIONS}
 * ({@code -Dio.github.chorus.startupProbe=FILE -Dio.github.chorus.startupProbe.exit=true}), on
 * the demo workspace that the product's {@code chorus demo} command creates first.
 * The clock starts just before the process is created and stops at the wall-clock time the
 * process writes on its first paint. Three sides are measured: the bare shell, Chorus as
 * shipped (with the start script's AOT cache, recorded by its warm-up run in a cache folder of
 * this run's own) and Chorus with {@code CHORUS_AOT=off}. Each side runs once unmeasured (page
 * cache, the workspace's first layout, the AOT cache), then the sides alternate {@code runs}
 * times, and the medians are compared.
 * </p>
 * <p>
 * Two reference sides run in the same alternation, printed with their ratio to the bare shell
 * but without a target ({@link #references()}): the product's framework and bundle set started
 * through the product's Equinox launcher with a probe application that only opens a bare shell
 * ({@link io.github.chorus.benchmarks.startup.probe.BareShellApplication}), and a minimal pure e4
 * application ({@code E4Application}: one window, two part stacks, the standard add-ons, a small
 * CSS theme; first paint reported by
 * {@link io.github.chorus.benchmarks.startup.probe.FirstPaintLifeCycle}) on the same bundles
 * without Chorus's own. They run in copies of the product under the work folder with the probe
 * bundle added, with the script's VM options and an AOT cache each that their warm-up run
 * records. They show how much of the ratio the framework and a bare e4 workbench already take on
 * this machine.
 * </p>
 */
public final class StartupBenchmark {

	/**
	 * The VM options of the {@code chorus} script that are not about the start-up cache; the
	 * baseline gets the same ones. {@link #run()} checks that the script still uses them.
	 */
	static final List<String> SCRIPT_VM_OPTIONS = List.of("-Dosgi.requiredJavaVersion=21", "-Dfile.encoding=UTF-8",
			"-Xms128m", "-Xmx2g");

	private static final long TIMEOUT_SECONDS = 180;

	/** Start of the symbolic names of Chorus's own bundles (the probe bundle is added after them). */
	private static final String CHORUS_BUNDLE_PREFIX = "io.github.chorus.";

	private final Path product;
	private final Path classes;
	private final Path probeBundle;
	private final Path work;
	private final int runs;
	/** Options to try on both sides ({@code -Dbench.startup.vmOptions="..."}), for experiments. */
	private final List<String> extraVmOptions = List
			.of(System.getProperty("bench.startup.vmOptions", "").trim().split("\\s+")).stream()
			.filter(option -> !option.isEmpty()).toList();
	private final Path javaExecutable = Path.of(System.getProperty("java.home"), "bin", "java");
	/** Whether this Java has the AOT cache (JEP 483/514), as the {@code chorus} script decides. */
	private final boolean aotCacheAvailable = Runtime.version().feature() >= 25;
	private final List<Reference> references = new ArrayList<>();

	/**
	 * @param product     the materialized Linux product (holds the {@code chorus} script)
	 * @param classes     this module's classes (for the baseline's class path)
	 * @param probeBundle the reference sides' probe bundle (this module's jar with classifier
	 *                    {@code probe})
	 * @param work        scratch folder (workspace, product copy, reports, logs)
	 * @param runs        measured runs per side
	 */
	public StartupBenchmark(Path product, Path classes, Path probeBundle, Path work, int runs) {
		this.product = product;
		this.classes = classes;
		this.probeBundle = probeBundle;
		this.work = work;
		this.runs = runs;
	}

	/** @return a new command line: this run's {@code java} with the script's VM options and the experiment's */
	private List<String> javaCommand() {
		List<String> command = new ArrayList<>();
		command.add(javaExecutable.toString());
		command.addAll(SCRIPT_VM_OPTIONS);
		command.addAll(extraVmOptions);
		return command;
	}

	/**
	 * @return the start-up figures; the reference measurements are then in {@link #references()}
	 * @throws IOException          when the product, the probe bundle or a report is missing
	 * @throws InterruptedException when interrupted
	 */
	public List<Figure> run() throws IOException, InterruptedException {
		Path script = product.resolve("chorus");
		if (!Files.isRegularFile(script)) {
			throw new IOException("No product at " + product + ": build it first (./mvnw -Pbench verify builds it)");
		}
		if (!Files.isRegularFile(probeBundle)) {
			throw new IOException("No probe bundle at " + probeBundle + ": the bench pom builds it (jar with classifier probe)");
		}
		String scriptText = Files.readString(script, StandardCharsets.UTF_8);
		for (String option : SCRIPT_VM_OPTIONS) {
			if (!scriptText.contains(option)) {
				throw new IOException("The chorus script no longer passes " + option
						+ ": update StartupBenchmark.SCRIPT_VM_OPTIONS so that the baseline runs with the same flags");
			}
		}
		deleteRecursively(work);
		Files.createDirectories(work);
		Path workspace = work.resolve("workspace");
		String workspaceNote = createDemoWorkspace(script, workspace);
		Path swt = single(product.resolve("plugins"), "org.eclipse.swt.gtk.linux.x86_64_*.jar");

		Path aotCaches = work.resolve("aot");
		Side chorus = new ProductSide("Chorus", work.resolve("chorus.log"), workspace, aotCaches, true);
		Side chorusNoCache = new ProductSide("Chorus without AOT cache", work.resolve("chorus-no-aot.log"),
				workspace, aotCaches, false);
		Side bare = new Side("bare SWT shell", work.resolve("bare-swt-shell.log")) {
			@Override
			ProcessBuilder command(Path report) {
				List<String> command = javaCommand();
				command.addAll(List.of("-cp", swt + File.pathSeparator + classes, BareSwtShell.class.getName(),
						report.toString()));
				return new ProcessBuilder(command);
			}
		};
		Path referenceCaches = work.resolve("aot-references");
		Files.createDirectories(referenceCaches);
		ReferenceSide osgiShell = new ReferenceSide("OSGi framework + bare shell", "osgi-bare-shell",
				createReferenceProduct(work.resolve("reference-product"), true),
				"io.github.chorus.benchmarks.startup.probe.bareShellProduct",
				"io.github.chorus.benchmarks.startup.probe.bareShell", referenceCaches,
				"the product's framework and bundle set");
		ReferenceSide pureE4 = new ReferenceSide("minimal pure e4 window", "pure-e4",
				createReferenceProduct(work.resolve("reference-product-e4"), false),
				"io.github.chorus.benchmarks.startup.probe.e4Product", "org.eclipse.e4.ui.workbench.swt.E4Application",
				referenceCaches, "the product's framework and bundle set without Chorus's own bundles (whose e4 model"
						+ " processors would otherwise run), one window, two part stacks with a tree each, the standard"
						+ " add-ons, a CSS theme");
		List<Side> sides = List.of(bare, chorus, chorusNoCache, osgiShell, pureE4);
		int firstReference = sides.indexOf(osgiShell);

		System.out.printf(Locale.ROOT, "startup: 1 warm-up + %d measured runs each of %s%n", runs,
				sides.stream().map(side -> side.name).toList());
		for (Side side : sides) {
			side.measure();
		}
		List<String> referenceCacheNotes = new ArrayList<>();
		for (ReferenceSide side : List.of(osgiShell, pureE4)) {
			referenceCacheNotes.add(side.cacheNote());
		}
		List<Path> caches;
		try (Stream<Path> files = Files.list(aotCaches)) {
			caches = files.filter(file -> file.getFileName().toString().endsWith(".aot")).toList();
		}
		String cacheNote = caches.isEmpty() ? "the warm-up run created NO AOT cache (Java < 25?)"
				: "the warm-up run created the AOT cache " + caches.get(0).getFileName() + " ("
						+ Files.size(caches.get(0)) / (1024 * 1024) + " MB)";
		double[][] times = new double[sides.size()][runs];
		for (int i = 0; i < runs; i++) {
			StringBuilder line = new StringBuilder("startup: run " + (i + 1) + ":");
			for (int s = 0; s < sides.size(); s++) {
				times[s][i] = sides.get(s).measure();
				line.append(String.format(Locale.ROOT, " %s %.3f s;", sides.get(s).name, times[s][i]));
			}
			System.out.println(line);
		}
		double baseline = median(times[0]);
		List<Figure> figures = new ArrayList<>();
		for (int s = 1; s < firstReference; s++) {
			String detail = String.format(Locale.ROOT,
					"median of %d alternating runs after one warm-up each; %s %s s, %s %s s; %s; %s;%s logs in %s",
					runs, sides.get(s).name, range(times[s]), bare.name, range(times[0]), workspaceNote, cacheNote,
					extraVmOptions.isEmpty() ? "" : " extra VM options on both sides " + extraVmOptions + ";", work);
			figures.add(new Figure("startup: " + sides.get(s).name + " first paint", median(times[s]), "s", bare.name,
					baseline, Figure.Target.atMost(3.0), detail));
		}
		references.clear();
		for (int s = firstReference; s < sides.size(); s++) {
			String detail = String.format(Locale.ROOT,
					"median of %d runs alternating with the figures' sides, after one warm-up; %s %s s; %s, in a copy"
							+ " of the product with the probe bundle added, started by its Equinox launcher (-nosplash) with"
							+ " the chorus script's VM options; %s;%s logs in %s",
					runs, sides.get(s).name, range(times[s]), ((ReferenceSide) sides.get(s)).setup,
					referenceCacheNotes.get(s - firstReference),
					extraVmOptions.isEmpty() ? "" : " extra VM options " + extraVmOptions + ";", work);
			references.add(new Reference("startup: " + sides.get(s).name + " first paint", median(times[s]), "s",
					bare.name, baseline, detail));
		}
		return figures;
	}

	/**
	 * @return the reference measurements of the last {@link #run()}: the OSGi framework with a
	 *         bare shell, and a minimal pure e4 window, each against the bare SWT shell
	 */
	public List<Reference> references() {
		return List.copyOf(references);
	}

	/**
	 * Copies the product into {@code copy} with the probe bundle added to its bundle list, for the
	 * reference sides; the product itself is left untouched. The configuration folder gets only
	 * what the build wrote ({@code config.ini} and the simple configurator's bundle list), not the
	 * framework state that earlier starts of the product left there.
	 *
	 * @param copy              the folder of the copy
	 * @param withChorusBundles whether the bundle list keeps Chorus's own bundles
	 *                          ({@value #CHORUS_BUNDLE_PREFIX}*), or only the platform and
	 *                          third-party ones
	 * @return the copy
	 */
	private Path createReferenceProduct(Path copy, boolean withChorusBundles) throws IOException {
		Path configuration = product.resolve("configuration");
		Path bundleList = configuration.resolve("org.eclipse.equinox.simpleconfigurator").resolve("bundles.info");
		try (Stream<Path> paths = Files.walk(product)) {
			for (Path source : paths.toList()) {
				Path relative = product.relativize(source);
				if (source.startsWith(configuration) && !source.equals(configuration)
						&& !source.equals(configuration.resolve("config.ini")) && !bundleList.startsWith(source)) {
					continue;
				}
				Path target = copy.resolve(relative.toString());
				if (Files.isDirectory(source)) {
					Files.createDirectories(target);
				} else {
					Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
				}
			}
		}
		Attributes manifest;
		try (JarFile jar = new JarFile(probeBundle.toFile())) {
			Manifest read = jar.getManifest();
			if (read == null) {
				throw new IOException(probeBundle + " has no manifest");
			}
			manifest = read.getMainAttributes();
		}
		String symbolicName = manifest.getValue("Bundle-SymbolicName").split(";")[0].strip();
		String version = manifest.getValue("Bundle-Version").strip();
		String fileName = symbolicName + "_" + version + ".jar";
		Files.copy(probeBundle, copy.resolve("plugins").resolve(fileName));
		List<String> bundles = new ArrayList<>();
		for (String line : Files.readAllLines(bundleList, StandardCharsets.UTF_8)) {
			if (withChorusBundles || !line.startsWith(CHORUS_BUNDLE_PREFIX)) {
				bundles.add(line);
			}
		}
		bundles.add(symbolicName + "," + version + ",plugins/" + fileName + ",4,false");
		Files.write(copy.resolve(product.relativize(bundleList).toString()), bundles, StandardCharsets.UTF_8);
		return copy;
	}

	/**
	 * Creates the demo workspace with the product's own headless {@code chorus demo} command (the
	 * workspace bundle, issue 3), so that Chorus starts on the demo workspace.
	 *
	 * @return what the workspace holds, for the figure's detail
	 */
	private String createDemoWorkspace(Path script, Path workspace) throws IOException, InterruptedException {
		Path log = work.resolve("demo.log");
		ProcessBuilder builder = new ProcessBuilder("sh", script.toString(), "demo", "--workspace", workspace.toString(),
				"--seed", "42", "--anchor", "2026-11-26").redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
		builder.environment().put("JAVA_HOME", javaExecutable.getParent().getParent().toString());
		Process process = builder.start();
		if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IOException("chorus demo did not finish within " + TIMEOUT_SECONDS + " s; see " + log);
		}
		if (process.exitValue() != 0) {
			throw new IOException("chorus demo failed with exit code " + process.exitValue() + "; see " + log);
		}
		return "demo workspace (chorus demo --seed 42 --anchor 2026-11-26)";
	}

	/**
	 * A reference side: the copy of the product started through its Equinox launcher, the way the
	 * {@code chorus} script starts it (same VM options, logging configuration, one AOT cache of the
	 * side's own that the warm-up run records), with one of the probe bundle's products.
	 */
	private final class ReferenceSide extends Side {
		private final Path installation;
		private final Path launcher;
		private final String productId;
		private final String applicationId;
		private final Path aotCache;
		private final Path instance;
		/** What runs, for the detail line. */
		final String setup;
		private boolean warmedUp;

		ReferenceSide(String name, String key, Path installation, String productId, String applicationId,
				Path aotCaches, String setup) throws IOException {
			super(name, work.resolve(key + ".log"));
			this.setup = setup;
			this.installation = installation;
			this.launcher = single(installation.resolve("plugins"), "org.eclipse.equinox.launcher_*.jar");
			this.productId = productId;
			this.applicationId = applicationId;
			this.aotCache = aotCaches.resolve(key + ".aot");
			this.instance = work.resolve(key + "-instance");
		}

		@Override
		ProcessBuilder command(Path report) {
			List<String> command = javaCommand();
			command.add("-Djava.util.logging.config.file=" + installation.resolve("logging.properties"));
			command.add("-D" + FirstPaintFile.REPORT_PROPERTY + "=" + report);
			if (aotCacheAvailable) {
				command.add((warmedUp ? "-XX:AOTCache=" : "-XX:AOTCacheOutput=") + aotCache);
			}
			warmedUp = true;
			command.addAll(List.of("-jar", launcher.toString(), "-nosplash", "-product", productId, "-application",
					applicationId, "-data", instance.toString()));
			return new ProcessBuilder(command);
		}

		/**
		 * @return what the warm-up run left as the side's AOT cache, for the detail line
		 * @throws IOException when this Java has the cache but the warm-up run did not record it
		 */
		String cacheNote() throws IOException {
			if (!aotCacheAvailable) {
				return "no AOT cache (Java < 25)";
			}
			if (!Files.isRegularFile(aotCache)) {
				throw new IOException("The warm-up run of " + name + " recorded no AOT cache " + aotCache + "; see " + log);
			}
			return "its warm-up run recorded the AOT cache " + aotCache.getFileName() + " ("
					+ Files.size(aotCache) / (1024 * 1024) + " MB)";
		}
	}

	/** The product started through its {@code chorus} script, with or without the AOT cache. */
	private final class ProductSide extends Side {
		private final Path workspace;
		private final Path aotCaches;
		private final boolean aot;

		ProductSide(String name, Path log, Path workspace, Path aotCaches, boolean aot) {
			super(name, log);
			this.workspace = workspace;
			this.aotCaches = aotCaches;
			this.aot = aot;
		}

		@Override
		ProcessBuilder command(Path report) {
			ProcessBuilder builder = new ProcessBuilder("sh", product.resolve("chorus").toString(), "--workspace",
					workspace.toString());
			builder.environment().put("JAVA_HOME", javaExecutable.getParent().getParent().toString());
			builder.environment().put("CHORUS_VM_OPTIONS",
					"-Dio.github.chorus.startupProbe=" + report + " -Dio.github.chorus.startupProbe.exit=true "
							+ String.join(" ", extraVmOptions));
			// A cache folder of this run's own, so that the warm-up run records the cache afresh.
			builder.environment().put("CHORUS_AOT_CACHE_DIR", aotCaches.toString());
			builder.environment().put("CHORUS_AOT", aot ? "on" : "off");
			return builder;
		}
	}

	private abstract class Side {
		final String name;
		final Path log;
		private int run;

		Side(String name, Path log) {
			this.name = name;
			this.log = log;
		}

		abstract ProcessBuilder command(Path report);

		/** @return seconds from process creation to first paint */
		double measure() throws IOException, InterruptedException {
			Path report = work.resolve("report-" + log.getFileName() + "-" + (run++) + ".properties");
			Files.deleteIfExists(report);
			ProcessBuilder builder = command(report).redirectErrorStream(true)
					.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
			Instant start = Instant.now();
			Process process = builder.start();
			if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
				process.descendants().forEach(ProcessHandle::destroyForcibly);
				process.destroyForcibly();
				throw new IOException(name + " did not exit within " + TIMEOUT_SECONDS + " s; see " + log);
			}
			if (!Files.isRegularFile(report)) {
				throw new IOException(name + " exited with " + process.exitValue() + " without reporting a first paint; see "
						+ log);
			}
			String text = Files.readString(report, StandardCharsets.UTF_8).strip();
			if (!text.startsWith(FirstPaintFile.KEY + "=")) {
				throw new IOException("Unexpected report from " + name + ": " + text);
			}
			long paintMicros = Long.parseLong(text.substring(FirstPaintFile.KEY.length() + 1));
			long startMicros = start.getEpochSecond() * 1_000_000L + start.getNano() / 1_000;
			return (paintMicros - startMicros) / 1e6;
		}
	}

	static double median(double[] values) {
		return Stats.median(values);
	}

	private static String range(double[] values) {
		double min = Arrays.stream(values).min().orElse(Double.NaN);
		double max = Arrays.stream(values).max().orElse(Double.NaN);
		return String.format(Locale.ROOT, "%.3f-%.3f", min, max);
	}

	private static Path single(Path folder, String glob) throws IOException {
		List<Path> matches = new ArrayList<>();
		try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, glob)) {
			stream.forEach(matches::add);
		}
		if (matches.size() != 1) {
			throw new IOException("Expected one " + glob + " in " + folder + ", found " + matches);
		}
		return matches.get(0);
	}

	private static void deleteRecursively(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}
}
