// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.publishing.tests;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import io.github.chorus.channel.mastodon.internal.MastodonConnector;
import io.github.chorus.content.model.ContentItem;
import io.github.chorus.content.model.PublicationState;
import io.github.chorus.content.model.ScheduledPublication;
import io.github.chorus.content.model.Variant;
import io.github.chorus.publishing.Outbox;
import io.github.chorus.publishing.internal.Publisher;
import io.github.chorus.workspace.ChorusWorkspace;

/**
 * The crash test's child, run in a plain JVM: publishes a workspace's due publications to a loopback
 * Mastodon instance until none is left, printing {@code ready} when it starts and {@code done} at the end.
 * Arguments: the workspace folder, the instance URL, and {@code daemon} to run the polling daemon with its
 * SIGTERM hook instead.
 */
public final class CrashChild {

	private CrashChild() {
	}

	/**
	 * @param args workspace folder, instance URL[, daemon]
	 * @throws Exception on failure
	 */
	public static void main(String[] args) throws Exception {
		Path folder = Path.of(args[0]);
		MastodonConnector connector = new MastodonConnector(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(),
				Duration.ofSeconds(5), Clock.systemUTC(), Duration.ofMillis(10), 1);
		Publisher publisher = new Publisher(folder, Fixture.resolver(args[1], connector), Clock.systemUTC(),
				Outbox.Options.defaults().withBatchSize(CrashTest.BATCH), System.out);
		System.out.println("ready");
		System.out.flush();
		if (args.length > 2 && "daemon".equals(args[2])) {
			System.exit(publisher.daemonWithShutdownHook(Duration.ofMillis(200), Duration.ofSeconds(20)));
		}
		while (!finished(folder)) {
			publisher.once();
		}
		System.out.println("done");
		System.out.flush();
	}

	private static boolean finished(Path folder) throws java.io.IOException {
		ChorusWorkspace workspace = ChorusWorkspace.open(folder);
		for (ContentItem item : workspace.content().getItems()) {
			for (Variant variant : item.getVariants()) {
				for (ScheduledPublication publication : variant.getPublications()) {
					if (publication.getState() == PublicationState.SCHEDULED
							|| publication.getState() == PublicationState.PUBLISHING) {
						return false;
					}
				}
			}
		}
		return true;
	}
}
