// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.publishing.internal.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import io.github.chorus.channels.IChannelTypeRegistry;
import io.github.chorus.cli.CommandContext;
import io.github.chorus.cli.ICommand;
import io.github.chorus.cli.UsageException;
import io.github.chorus.publishing.Outbox;
import io.github.chorus.publishing.internal.Publisher;
import io.github.chorus.publishing.internal.RegistryResolver;

/**
 * {@code chorus publish --workspace DIR --once|--daemon [--poll SECONDS] [--batch N]}: publishes the due
 * publications, one line per publication; exit 0 when none failed, 3 when some did.
 */
public final class PublishCommand implements ICommand {

	private static final long SERVICE_TIMEOUT_MILLIS = 10_000;

	@Override
	public int run(CommandContext context) throws Exception {
		Path workspace = Path.of(context.requiredOption("--workspace")); //$NON-NLS-1$
		if (!Files.isDirectory(workspace)) {
			throw new UsageException("no workspace folder at " + workspace); //$NON-NLS-1$
		}
		boolean once = context.flag("--once"); //$NON-NLS-1$
		boolean daemon = context.flag("--daemon"); //$NON-NLS-1$
		if (once == daemon) {
			throw new UsageException("give exactly one of --once and --daemon"); //$NON-NLS-1$
		}
		int batch = context.intOption("--batch", Outbox.Options.defaults().batchSize()); //$NON-NLS-1$
		if (batch < 1) {
			throw new UsageException("--batch must be positive"); //$NON-NLS-1$
		}
		int parallel = context.intOption("--parallel", 1); //$NON-NLS-1$
		if (parallel < 1) {
			throw new UsageException("--parallel must be positive"); //$NON-NLS-1$
		}
		long poll = context.longOption("--poll", 30); //$NON-NLS-1$
		Bundle bundle = FrameworkUtil.getBundle(PublishCommand.class);
		if (bundle == null || bundle.getBundleContext() == null) {
			throw new IllegalStateException("io.github.chorus.publishing is not started"); //$NON-NLS-1$
		}
		ServiceTracker<IChannelTypeRegistry, IChannelTypeRegistry> tracker = new ServiceTracker<>(bundle.getBundleContext(),
				IChannelTypeRegistry.class, null);
		tracker.open();
		try {
			IChannelTypeRegistry registry = tracker.waitForService(SERVICE_TIMEOUT_MILLIS);
			if (registry == null) {
				throw new IllegalStateException("the channel type registry service is not available"); //$NON-NLS-1$
			}
			Publisher publisher = new Publisher(workspace, new RegistryResolver(registry, workspace), Clock.systemUTC(),
					Outbox.Options.defaults().withBatchSize(batch).withParallelism(parallel), context.out());
			return once ? publisher.once()
					: publisher.daemonWithShutdownHook(Duration.ofSeconds(Math.max(1, poll)), Duration.ofSeconds(60));
		} finally {
			tracker.close();
		}
	}
}
