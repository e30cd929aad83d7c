// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.publishing.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.github.chorus.publishing.IConnectorResolver;
import io.github.chorus.publishing.Outbox;
import io.github.chorus.publishing.OutboxEvent;
import io.github.chorus.workspace.ChorusWorkspace;

/**
 * The headless publisher behind {@code chorus publish}: one pass ({@link #once}) or a polling daemon
 * ({@link #daemon}) that stops cleanly on SIGTERM. Free of OSGi, so crash tests can run it in a plain JVM.
 */
public final class Publisher {

	/** Exit code when some publication failed. */
	public static final int SOME_FAILED = 3;

	private final Path folder;
	private final IConnectorResolver resolver;
	private final Clock clock;
	private final Outbox.Options options;
	private final PrintStream out;
	private final Object wake = new Object();
	private volatile boolean stopping;
	private volatile Outbox current;

	/**
	 * @param folder   the workspace folder
	 * @param resolver finds connectors and accounts
	 * @param clock    gives "now"
	 * @param options  outbox tuning
	 * @param out      where the one-line outcomes go
	 */
	public Publisher(Path folder, IConnectorResolver resolver, Clock clock, Outbox.Options options, PrintStream out) {
		this.folder = folder;
		this.resolver = resolver;
		this.clock = clock;
		this.options = options;
		this.out = out;
	}

	/**
	 * Publishes what is due now, printing one line per due publication.
	 *
	 * @return 0 when nothing failed, {@link #SOME_FAILED} otherwise
	 * @throws IOException when the workspace cannot be read or saved
	 */
	public int once() throws IOException {
		ChorusWorkspace workspace = ChorusWorkspace.open(folder);
		if (workspace.content() == null || workspace.plan() == null) {
			throw new IOException("the workspace " + folder + " cannot be loaded: " + workspace.problems()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		Outbox outbox = new Outbox(workspace, resolver, clock, options, event -> {
			synchronized (out) {
				out.println(event.line());
				out.flush();
			}
		});
		current = outbox;
		if (stopping) {
			outbox.requestStop();
		}
		try {
			List<OutboxEvent> events = outbox.publishDue();
			return events.stream().anyMatch(e -> e.result().failure()) ? SOME_FAILED : 0;
		} finally {
			current = null;
		}
	}

	/**
	 * Publishes what is due, again and again, until {@link #stop()} (a JVM shutdown hook calls it on SIGTERM).
	 * The workspace is read afresh for every pass, so edits saved by the workbench in between are seen.
	 *
	 * @param poll the longest sleep between passes
	 * @return 0 when the last pass failed nothing, else {@link #SOME_FAILED}
	 * @throws IOException when the workspace cannot be read or saved
	 */
	public int daemon(Duration poll) throws IOException {
		int code = 0;
		while (!stopping) {
			code = once();
			if (stopping) {
				break;
			}
			synchronized (wake) {
				if (!stopping) {
					try {
						wake.wait(Math.max(1, poll.toMillis()));
					} catch (InterruptedException e) {
						Thread.currentThread().interrupt();
						break;
					}
				}
			}
		}
		return code;
	}

	/**
	 * Asks the publisher to stop: the call in progress finishes and is recorded, the rest of its batch is
	 * rolled back (nothing was sent for it), and {@link #daemon} returns.
	 */
	public void stop() {
		stopping = true;
		Outbox outbox = current;
		if (outbox != null) {
			outbox.requestStop();
		}
		synchronized (wake) {
			wake.notifyAll();
		}
	}

	/**
	 * Runs the daemon with a JVM shutdown hook that stops it and waits (bounded) until its state is saved.
	 *
	 * @param poll        the longest sleep between passes
	 * @param gracePeriod how long the hook waits for the current attempt to finish
	 * @return the daemon's exit code
	 * @throws IOException when the workspace cannot be read or saved
	 */
	public int daemonWithShutdownHook(Duration poll, Duration gracePeriod) throws IOException {
		CountDownLatch finished = new CountDownLatch(1);
		Thread hook = new Thread(() -> {
			stop();
			try {
				finished.await(gracePeriod.toMillis(), TimeUnit.MILLISECONDS);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}, "chorus-publisher-shutdown"); //$NON-NLS-1$
		Runtime.getRuntime().addShutdownHook(hook);
		try {
			out.println("publisher started on " + folder + " at " + Instant.now(clock)); //$NON-NLS-1$ //$NON-NLS-2$
			out.flush();
			int code = daemon(poll);
			out.println("publisher stopped"); //$NON-NLS-1$
			out.flush();
			return code;
		} catch (IOException | RuntimeException | Error e) {
			// reported here: once the latch is released, a shutting-down JVM halts before a stack trace is printed
			out.println("publisher failed: " + e); //$NON-NLS-1$
			out.flush();
			throw e;
		} finally {
			finished.countDown();
			try {
				Runtime.getRuntime().removeShutdownHook(hook);
			} catch (IllegalStateException e) {
				// the JVM is shutting down: the hook is running
			}
		}
	}
}
