// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.publishing.ui.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

import io.github.chorus.channels.IChannelTypeRegistry;
import io.github.chorus.publishing.Outbox;
import io.github.chorus.publishing.OutboxEvent;
import io.github.chorus.publishing.PublisherLock;
import io.github.chorus.publishing.internal.Publisher;
import io.github.chorus.publishing.internal.RegistryResolver;

/**
 * Publish Due Now: one pass of the engine behind {@code chorus publish --once}, in the background with
 * progress. It works on its own copy of the workspace read from disk, never on the session's model (see
 * {@link OutboxMonitor} for how its outcomes reach the session). Cancelling stops after the call in progress:
 * that call's outcome is recorded, nothing else is sent. It holds the workspace's {@link PublisherLock}, so
 * it does not run beside a {@code chorus publish --daemon}; when one holds it, the job ends with a message
 * naming it.
 */
final class PublishDueJob extends Job {

	/** The family of the job, for tests and the Progress view. */
	static final Object FAMILY = PublishDueJob.class;

	private final Path folder;
	private final int expected;
	private final Runnable afterEachOutcome;
	private final List<OutboxEvent> events = new ArrayList<>();
	private volatile Publisher publisher;

	/**
	 * @param folder           the workspace folder
	 * @param expected         the publications due when the job was started (for the progress bar)
	 * @param afterEachOutcome run on the job's thread after each outcome
	 */
	PublishDueJob(Path folder, int expected, Runnable afterEachOutcome) {
		super(Messages.Job_name);
		this.folder = folder;
		this.expected = expected;
		this.afterEachOutcome = afterEachOutcome;
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	/** @return the outcomes so far */
	List<OutboxEvent> events() {
		synchronized (events) {
			return List.copyOf(events);
		}
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		monitor.beginTask(Messages.Job_name, expected > 0 ? expected : IProgressMonitor.UNKNOWN);
		BundleContext context = FrameworkUtil.getBundle(PublishDueJob.class).getBundleContext();
		ServiceReference<IChannelTypeRegistry> reference = context.getServiceReference(IChannelTypeRegistry.class);
		IChannelTypeRegistry registry = reference == null ? null : context.getService(reference);
		if (registry == null) {
			return Status.error(Messages.Job_noRegistry);
		}
		ByteArrayOutputStream notes = new ByteArrayOutputStream();
		try (PrintStream out = new PrintStream(notes, true, StandardCharsets.UTF_8)) {
			publisher = new Publisher(folder, new RegistryResolver(registry, folder), Clock.systemUTC(),
					Outbox.Options.defaults(), out, Messages.Job_owner, event -> {
						synchronized (events) {
							events.add(event);
						}
						monitor.subTask(event.line());
						monitor.worked(1);
						afterEachOutcome.run();
					});
			if (monitor.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			publisher.once();
		} catch (PublisherLock.HeldException e) {
			return Status.warning(e.getMessage(), e);
		} catch (IOException e) {
			return Status.error(NLS.bind(Messages.Job_failed, e.getMessage()), e);
		} finally {
			context.ungetService(reference);
			monitor.done();
		}
		String written = notes.toString(StandardCharsets.UTF_8).strip();
		if (!written.isEmpty()) {
			ILog.of(PublishDueJob.class).info(written);
		}
		if (monitor.isCanceled()) {
			return Status.CANCEL_STATUS;
		}
		long failed = events().stream().filter(e -> e.result().failure()).count();
		long published = events().stream().filter(e -> e.result() == OutboxEvent.Result.PUBLISHED).count();
		return new Status(IStatus.OK, PublishDueJob.class, NLS.bind(Messages.Job_done, published, failed));
	}

	@Override
	protected void canceling() {
		Publisher running = publisher;
		if (running != null) {
			running.stop();
		}
	}
}
