// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.publishing.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import io.github.chorus.publishing.IConnectorResolver;
import io.github.chorus.publishing.Outbox;
import io.github.chorus.publishing.OutboxEvent;
import io.github.chorus.publishing.PublicationOutcomes;
import io.github.chorus.publishing.PublisherLock;
import io.github.chorus.workspace.ChangedOnDiskException;
import io.github.chorus.workspace.ChorusWorkspace;

/**
 * The headless publisher behind {@code chorus publish} and the workbench's Publish Due Now: one pass
 * ({@link #once}) or a polling daemon ({@link #daemon}) that stops cleanly on SIGTERM. Free of OSGi, so
 * crash tests can run it in a plain JVM.
 * <p>
 * <b>One publisher per workspace.</b> A pass holds the workspace's {@link PublisherLock} (a daemon holds it
 * for its whole life), so a second publisher is refused with a message naming the first.
 * </p>
 * <p>
 * <b>Another process saved in between.</b> The workspace refuses to overwrite files another process (a
 * workbench) changed since the pass read them ({@link ChangedOnDiskException}). The pass then reads the
 * workspace again, re-applies the outcomes it recorded (attempts, states, remote ids) to the fresh copy
 * and saves that; nothing is sent again. When the refused save was the one before a network call, the
 * call was not made and the publication is simply due on the next pass.
 * </p>
 */
public final class Publisher {

	/** Exit code when some publication failed. */
	public static final int SOME_FAILED = 3;

	private final Path folder;
	private final IConnectorResolver resolver;
	private final Clock clock;
	private final Outbox.Options options;
	private final PrintStream out;
	private final Consumer<OutboxEvent> listener;
	private final String owner;
	private final Object wake = new Object();
	private volatile boolean stopping;
	private volatile Outbox current;
	private PublisherLock daemonLock;

	/** Conflicting saves in a row after which a pass gives up (its outcomes are then reconciled next time). */
	private static final int MAX_REAPPLY = 5;

	/**
	 * @param folder   the workspace folder
	 * @param resolver finds connectors and accounts
	 * @param clock    gives "now"
	 * @param options  outbox tuning
	 * @param out      where the one-line outcomes go
	 */
	public Publisher(Path folder, IConnectorResolver resolver, Clock clock, Outbox.Options options, PrintStream out) {
		this(folder, resolver, clock, options, out, "chorus publish", event -> { //$NON-NLS-1$
			synchronized (out) {
				out.println(event.line());
				out.flush();
			}
		});
	}

	/**
	 * @param folder   the workspace folder
	 * @param resolver finds connectors and accounts
	 * @param clock    gives "now"
	 * @param options  outbox tuning
	 * @param out      where notes about the passes go (conflicts, start and stop)
	 * @param owner    how this publisher is named to a second one refused by the lock
	 * @param listener told of every outcome as it happens, on the publishing thread
	 */
	public Publisher(Path folder, IConnectorResolver resolver, Clock clock, Outbox.Options options, PrintStream out,
			String owner, Consumer<OutboxEvent> listener) {
		this.folder = folder;
		this.resolver = resolver;
		this.clock = clock;
		this.options = options;
		this.out = out;
		this.owner = owner;
		this.listener = listener;
	}

	/**
	 * Publishes what is due now, printing one line per due publication.
	 *
	 * @return 0 when nothing failed, {@link #SOME_FAILED} otherwise
	 * @throws PublisherLock.HeldException when another publisher is running on the workspace
	 * @throws IOException                 when the workspace cannot be read or saved
	 */
	public int once() throws IOException {
		if (daemonLock != null) {
			return pass();
		}
		try (PublisherLock lock = PublisherLock.acquire(folder, owner)) {
			return pass();
		}
	}

	private int pass() throws IOException {
		ChorusWorkspace workspace = open();
		Set<String> recorded = new LinkedHashSet<>();
		List<OutboxEvent> events = new java.util.ArrayList<>();
		Outbox outbox = new Outbox(workspace, resolver, clock, options, event -> {
			synchronized (events) {
				events.add(event);
				if (event.result() != OutboxEvent.Result.HELD) {
					recorded.add(event.publicationId());
				}
			}
			listener.accept(event);
		});
		current = outbox;
		if (stopping) {
			outbox.requestStop();
		}
		try {
			outbox.publishDue();
		} catch (ChangedOnDiskException e) {
			reapply(workspace, recorded, e);
		} finally {
			current = null;
		}
		synchronized (events) {
			return events.stream().anyMatch(e -> e.result().failure()) ? SOME_FAILED : 0;
		}
	}

	private ChorusWorkspace open() throws IOException {
		ChorusWorkspace workspace = ChorusWorkspace.open(folder);
		if (workspace.content() == null || workspace.plan() == null) {
			throw new IOException("the workspace " + folder + " cannot be loaded: " + workspace.problems()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return workspace;
	}

	/** Reads the workspace again and saves the outcomes of this pass into it, until no one saved in between. */
	private void reapply(ChorusWorkspace stale, Set<String> recorded, ChangedOnDiskException conflict)
			throws IOException {
		ChangedOnDiskException last = conflict;
		for (int round = 0; round < MAX_REAPPLY; round++) {
			note("the workspace changed on disk during the pass (" + last.getMessage() //$NON-NLS-1$
					+ "): reading it again and re-applying " + recorded.size() + " outcome(s)"); //$NON-NLS-1$ //$NON-NLS-2$
			ChorusWorkspace fresh = open();
			PublicationOutcomes.merge(stale.content(), fresh.content(), recorded::contains);
			try {
				fresh.save();
				return;
			} catch (ChangedOnDiskException again) {
				last = again;
			}
		}
		throw last;
	}

	private void note(String line) {
		synchronized (out) {
			out.println(line);
			out.flush();
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
		try (PublisherLock lock = PublisherLock.acquire(folder, owner + " --daemon")) { //$NON-NLS-1$
			daemonLock = lock;
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
		} finally {
			daemonLock = null;
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
