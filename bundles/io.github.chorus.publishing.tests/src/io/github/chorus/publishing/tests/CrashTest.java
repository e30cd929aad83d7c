// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.publishing.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.FileLocator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.chorus.content.model.AttemptOutcome;
import io.github.chorus.content.model.PublicationState;
import io.github.chorus.content.model.ScheduledPublication;
import io.github.chorus.plan.model.ChannelPresence;
import io.github.chorus.publishing.Outbox;
import io.github.chorus.workspace.ChorusWorkspace;

/**
 * A publisher child process on 200 due publications is killed with SIGKILL at random moments and started
 * again until it is done; the loopback instance must then hold each publication exactly once, and the
 * workspace must show each PUBLISHED with the remote id of that post. A second test stops the daemon with
 * SIGTERM and checks that nothing is left in flight.
 */
class CrashTest {

	private static final int PUBLICATIONS = 200;
	private static final int KILLS = 20;
	/** The child's batch size: publications marked and saved together (see CrashChild). */
	static final int BATCH = 2;

	@TempDir
	Path temp;

	@Test
	void killedPublishersLoseNothingAndDuplicateNothing() throws Exception {
		Path folder = temp.resolve("ws");
		Fixture fixture = new Fixture(folder);
		ChannelPresence alice = fixture.mastodon("alice");
		ChannelPresence bob = fixture.mastodon("bob");
		Instant due = Instant.now().minusSeconds(3600);
		Map<String, String> textById = new HashMap<>();
		for (int i = 0; i < PUBLICATIONS; i++) {
			ScheduledPublication publication = fixture.scheduled(i % 2 == 0 ? alice : bob, "Post number " + i, due.plusMillis(i));
			textById.put(publication.getId(), "Post number " + i);
		}
		fixture.workspace.save();

		long started = System.nanoTime();
		long seed = System.nanoTime();
		Random random = new Random(seed);
		int kills = 0;
		int children = 0;
		try (LoopbackMastodon server = new LoopbackMastodon()) {
			server.latency(4);
			String classPath = childClassPath();
			String archive = "-XX:SharedArchiveFile=" + temp.resolve("child.jsa");
			boolean done = false;
			while (!done) {
				assertThat(children++).as("children (seed %d)", seed).isLessThan(200);
				Process child = new ProcessBuilder(javaExecutable(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
						"-XX:+AutoCreateSharedArchive", archive, "-cp", classPath, CrashChild.class.getName(), folder.toString(),
						server.url()).redirectErrorStream(true).start();
				List<String> output = Collections.synchronizedList(new ArrayList<>());
				Thread reader = new Thread(() -> read(child, output));
				reader.start();
				boolean killed = false;
				try {
					if (kills < KILLS) {
						// kill while it publishes: after its first outcome line, at a random moment
						long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
						while (output.stream().noneMatch(l -> l.contains(" PUBLISHED ") || l.equals("done")) && child.isAlive()
								&& System.nanoTime() < deadline) {
							Thread.sleep(1);
						}
						assertThat(output).as("child did not publish (seed %d)", seed).anyMatch(l -> l.contains(" PUBLISHED ") || l.equals("done"));
						Thread.sleep(random.nextInt(100));
						if (child.isAlive()) {
							child.destroyForcibly(); // SIGKILL
							kills++;
							killed = true;
						}
					}
					assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("child finished (seed %d)", seed).isTrue();
				} finally {
					child.destroyForcibly();
				}
				reader.join(10_000);
				done = output.contains("done");
				if (!done && !killed) {
					assertThat(child.exitValue()).as("an unkilled child failed: %s", output).isZero();
				}
			}
			System.out.println("CrashTest: " + kills + " kills, " + children + " children in "
					+ Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms, " + server.requests()
					+ " requests, " + server.repeatedKeys() + " reconciled repeats (seed " + seed + ")");
			assertThat(kills).isGreaterThanOrEqualTo(KILLS);

			// each publication exactly once on the server
			List<LoopbackMastodon.Post> posts = server.posts();
			assertThat(posts).hasSize(PUBLICATIONS);
			assertThat(posts).extracting(LoopbackMastodon.Post::text).doesNotHaveDuplicates()
					.containsExactlyInAnyOrderElementsOf(textById.values());
			// only calls whose outcome was not yet saved are repeated (at most one batch per kill): nothing
			// already recorded is sent again
			assertThat(server.repeatedKeys()).as("seed %d", seed).isLessThanOrEqualTo(kills * BATCH);

			// and each PUBLISHED in the workspace, with the remote id of its post
			Map<String, String> remoteIdByKey = new HashMap<>();
			posts.forEach(p -> remoteIdByKey.put(p.key(), p.id()));
			ChorusWorkspace loaded = ChorusWorkspace.open(folder);
			assertThat(loaded.problems()).isEmpty();
			int published = 0;
			for (var item : loaded.content().getItems()) {
				for (var variant : item.getVariants()) {
					for (ScheduledPublication publication : variant.getPublications()) {
						assertThat(publication.getState()).as(publication.getId()).isEqualTo(PublicationState.PUBLISHED);
						assertThat(publication.getRemoteId()).as(publication.getId())
								.isEqualTo(remoteIdByKey.get(Outbox.idempotencyKey(publication) + "#0"));
						assertThat(publication.getAttempts().get(publication.getAttempts().size() - 1).getOutcome())
								.isEqualTo(AttemptOutcome.SUCCESS);
						published++;
					}
				}
			}
			assertThat(published).isEqualTo(PUBLICATIONS);
		}
	}

	@Test
	void aDaemonStopsCleanlyOnSigterm() throws Exception {
		Path folder = temp.resolve("ws");
		Fixture fixture = new Fixture(folder);
		ChannelPresence alice = fixture.mastodon("alice");
		for (int i = 0; i < 60; i++) {
			fixture.scheduled(alice, "Daemon post " + i, Instant.now().minusSeconds(60));
		}
		fixture.workspace.save();
		try (LoopbackMastodon server = new LoopbackMastodon()) {
			server.latency(20); // slow enough that SIGTERM arrives mid-run
			Process child = new ProcessBuilder(javaExecutable(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp",
					childClassPath(), CrashChild.class.getName(), folder.toString(), server.url(), "daemon")
					.redirectErrorStream(true).start();
			List<String> output = Collections.synchronizedList(new ArrayList<>());
			Thread reader = new Thread(() -> read(child, output));
			reader.start();
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
			while (output.stream().noneMatch(l -> l.contains(" PUBLISHED ")) && child.isAlive() && System.nanoTime() < deadline) {
				Thread.sleep(2);
			}
			child.toHandle().destroy(); // SIGTERM; Process.destroy() would also close our end of its output
			assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
			reader.join(10_000);
			assertThat(output).as("output, exit %d", child.exitValue()).contains("publisher stopped");

			ChorusWorkspace loaded = ChorusWorkspace.open(folder);
			int published = 0;
			for (var item : loaded.content().getItems()) {
				for (var variant : item.getVariants()) {
					for (ScheduledPublication publication : variant.getPublications()) {
						// finished or rolled back: nothing is left in flight
						assertThat(publication.getState()).isIn(PublicationState.PUBLISHED, PublicationState.SCHEDULED);
						if (publication.getState() == PublicationState.PUBLISHED) {
							published++;
						} else {
							assertThat(publication.getAttempts()).isEmpty();
						}
					}
				}
			}
			assertThat(published).isEqualTo(server.posts().size()).isLessThan(60).isPositive();
			assertThat(server.repeatedKeys()).isZero();
		}
	}

	private static void read(Process child, List<String> output) {
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (output.size() < 2000) {
					output.add(line);
				}
			}
		} catch (IOException e) {
			// the child was killed
		}
	}

	private static String javaExecutable() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	/** The class path entries (jars or folders) of the bundles the child needs, found through OSGi. */
	private static String childClassPath() throws IOException, URISyntaxException {
		Set<String> entries = new LinkedHashSet<>();
		for (Class<?> type : List.of(CrashChild.class, Outbox.class, ChorusWorkspace.class,
				io.github.chorus.plan.model.PlanPackage.class, io.github.chorus.content.model.ContentPackage.class,
				io.github.chorus.community.model.CommunityPackage.class, io.github.chorus.analytics.model.AnalyticsPackage.class,
				org.eclipse.emf.ecore.util.EcoreUtil.class, org.eclipse.emf.common.util.URI.class,
				org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl.class, io.github.chorus.channels.IChannelConnector.class,
				io.github.chorus.channel.mastodon.internal.MastodonConnector.class,
				com.fasterxml.jackson.databind.ObjectMapper.class, com.fasterxml.jackson.core.JsonParser.class,
				com.fasterxml.jackson.annotation.JsonProperty.class, org.eclipse.core.runtime.IStatus.class,
				org.eclipse.core.runtime.CoreException.class)) {
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
