package io.github.chorus.channels.internal.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.chorus.channels.ChannelTypeDescriptor;
import io.github.chorus.channels.IChannelConnector;
import io.github.chorus.channels.IChannelTypeRegistry;
import io.github.chorus.channels.accounts.AccountDirectory;
import io.github.chorus.channels.accounts.MemoryAccountSecrets;
import io.github.chorus.channels.accounts.StoredAccountSecrets;
import io.github.chorus.channels.connector.AccountProfile;
import io.github.chorus.channels.connector.ChannelException;
import io.github.chorus.channels.connector.ConnectRequest;
import io.github.chorus.channels.connector.ConnectorOperation;
import io.github.chorus.cli.CommandContext;
import io.github.chorus.cli.ICommand;
import io.github.chorus.cli.UsageException;
import io.github.chorus.core.secure.SecretStore;

/**
 * {@code chorus accounts --workspace DIR [--json]}: lists the connected accounts of a workspace with
 * channel, name and token expiry, read from {@link AccountDirectory}. Secrets are never read: they stay
 * in secure storage. An expiry within {@value #WARNING_DAYS} days is flagged ({@code expires soon}), a
 * past one {@code expired}; both say {@code (refreshable)} when the connector can renew the token
 * itself (setting {@code refreshable=true}, as X's two-hour tokens).
 * <p>
 * {@code chorus accounts --workspace DIR --connect CHANNEL [name=value ...] [--timeout SECONDS]}
 * connects an account headless: the parameters are the connector's ({@code folder=...} for the Local
 * feed, {@code instance=...} for Mastodon, {@code handle=... appPassword=-} for Bluesky); a value
 * {@code -} is read from standard input, so a password stays out of the shell history. An
 * authorization page is printed for the user to open. The profile goes to the workspace, the secrets
 * to secure storage. {@code --disconnect CHANNEL --account ID} removes both.
 * </p>
 */
public final class AccountsCommand implements ICommand {

	static final int WARNING_DAYS = 7;

	private static final long SERVICE_TIMEOUT_MILLIS = 10_000;

	private final Clock clock;
	private ServiceTracker<IChannelTypeRegistry, IChannelTypeRegistry> tracker;

	/** Created by the extension registry. */
	public AccountsCommand() {
		this(Clock.systemUTC());
	}

	AccountsCommand(Clock clock) {
		this.clock = clock;
	}

	@Override
	public int run(CommandContext context) throws Exception {
		Path workspace = Path.of(context.requiredOption("--workspace")); //$NON-NLS-1$
		if (!Files.isDirectory(workspace)) {
			throw new UsageException("no workspace folder at " + workspace); //$NON-NLS-1$
		}
		try {
			if (context.option("--connect").isPresent()) { //$NON-NLS-1$
				return connect(context, workspace, this::registryService);
			}
			if (context.option("--disconnect").isPresent()) { //$NON-NLS-1$
				return disconnect(context, workspace, this::registryService);
			}
			return list(context, workspace);
		} finally {
			if (tracker != null) {
				tracker.close();
				tracker = null;
			}
		}
	}

	private int connect(CommandContext context, Path workspace, Supplier<IChannelTypeRegistry> registry) throws Exception {
		ChannelTypeDescriptor channel = channel(registry.get(), context.requiredOption("--connect")); //$NON-NLS-1$
		IChannelConnector connector = registry.get().connector(channel.id())
				.filter(c -> c.operations().contains(ConnectorOperation.CONNECT))
				.orElseThrow(() -> new UsageException(channel.name() + " cannot connect accounts (no connector)")); //$NON-NLS-1$
		Map<String, String> parameters = new LinkedHashMap<>();
		BufferedReader stdin = new BufferedReader(new InputStreamReader(context.in(), StandardCharsets.UTF_8));
		for (String argument : context.positionalArguments()) {
			int equals = argument.indexOf('=');
			if (equals <= 0) {
				throw new UsageException("connection parameters are name=value, not " + argument); //$NON-NLS-1$
			}
			String value = argument.substring(equals + 1);
			if ("-".equals(value)) { //$NON-NLS-1$
				value = stdin.readLine();
				if (value == null) {
					throw new UsageException("no value on standard input for " + argument.substring(0, equals)); //$NON-NLS-1$
				}
			}
			parameters.put(argument.substring(0, equals), value);
		}
		long timeout = context.longOption("--timeout", 300); //$NON-NLS-1$
		MemoryAccountSecrets pending = new MemoryAccountSecrets();
		AccountProfile profile;
		try {
			profile = connector.connect(new ConnectRequest(parameters, page -> {
				context.out().println("Open this address in a browser to authorize Chorus:"); //$NON-NLS-1$
				context.out().println(page);
			}, Duration.ofSeconds(Math.max(1, timeout))), pending);
		} catch (ChannelException e) {
			context.err().println("Could not connect " + channel.name() + " (" + e.kind() + "): " + e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			return 1;
		}
		if (!pending.snapshot().isEmpty()) {
			new StoredAccountSecrets(SecretStore.openDefault(), profile.channelTypeId(), profile.accountId()).putAll(pending);
		}
		new AccountDirectory(workspace).save(profile);
		context.out().println("Connected " + channel.name() + " account " + profile.accountId() + " (" + profile.displayName() + ')'); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return 0;
	}

	private int disconnect(CommandContext context, Path workspace, Supplier<IChannelTypeRegistry> registry) throws Exception {
		String channelName = context.requiredOption("--disconnect"); //$NON-NLS-1$
		String account = context.requiredOption("--account"); //$NON-NLS-1$
		String channelId = channel(registry.get(), channelName).id();
		boolean removed = new AccountDirectory(workspace).remove(channelId, account);
		new StoredAccountSecrets(SecretStore.openDefault(), channelId, account).removeAll();
		context.out().println(removed ? "Disconnected " + account : "No such account: " + account); //$NON-NLS-1$ //$NON-NLS-2$
		return removed ? 0 : 1;
	}

	private static ChannelTypeDescriptor channel(IChannelTypeRegistry registry, String name) {
		try {
			return CheckTextCommand.resolve(registry, name);
		} catch (IllegalArgumentException e) {
			throw new UsageException(e.getMessage());
		}
	}

	private IChannelTypeRegistry registryService() {
		if (tracker != null) {
			return tracker.getService();
		}
		Bundle bundle = FrameworkUtil.getBundle(AccountsCommand.class);
		if (bundle == null || bundle.getBundleContext() == null) {
			throw new IllegalStateException("io.github.chorus.channels is not started"); //$NON-NLS-1$
		}
		tracker = new ServiceTracker<>(bundle.getBundleContext(), IChannelTypeRegistry.class, null);
		tracker.open();
		try {
			IChannelTypeRegistry service = tracker.waitForService(SERVICE_TIMEOUT_MILLIS);
			if (service == null) {
				throw new IllegalStateException("the channel type registry service is not available"); //$NON-NLS-1$
			}
			return service;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private int list(CommandContext context, Path workspace) throws IOException {
		boolean json = context.flag("--json"); //$NON-NLS-1$
		List<AccountProfile> accounts = new AccountDirectory(workspace).accounts();
		Instant now = clock.instant();
		if (json) {
			ObjectMapper mapper = new ObjectMapper();
			for (AccountProfile a : accounts) {
				ObjectNode node = mapper.createObjectNode();
				node.put("channel", a.channelTypeId()); //$NON-NLS-1$
				node.put("account", a.accountId()); //$NON-NLS-1$
				node.put("name", a.displayName()); //$NON-NLS-1$
				if (a.baseUrl() != null) {
					node.put("baseUrl", a.baseUrl()); //$NON-NLS-1$
				}
				if (a.tokenExpiry() != null) {
					node.put("tokenExpiry", a.tokenExpiry().toString()); //$NON-NLS-1$
				}
				node.put("status", status(a, now)); //$NON-NLS-1$
				context.out().println(mapper.writeValueAsString(node));
			}
			return 0;
		}
		if (accounts.isEmpty()) {
			context.out().println("No connected accounts in " + workspace); //$NON-NLS-1$
			return 0;
		}
		String format = "%-34s %-32s %-24s %-22s %s%n"; //$NON-NLS-1$
		context.out().printf(format, "CHANNEL", "ACCOUNT", "NAME", "TOKEN EXPIRY", "STATUS"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		for (AccountProfile a : accounts) {
			context.out().printf(format, a.channelTypeId(), a.accountId(), a.displayName(),
					a.tokenExpiry() == null ? "-" : a.tokenExpiry().toString(), status(a, now)); //$NON-NLS-1$
		}
		return 0;
	}

	private static String status(AccountProfile account, Instant now) {
		if (account.tokenExpiry() == null) {
			return "ok"; //$NON-NLS-1$
		}
		String refreshable = "true".equals(account.settings().get("refreshable")) ? " (refreshable)" : ""; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		if (!account.tokenExpiry().isAfter(now)) {
			return "expired" + refreshable; //$NON-NLS-1$
		}
		return account.tokenExpiry().isBefore(now.plus(Duration.ofDays(WARNING_DAYS))) ? "expires soon" + refreshable : "ok"; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
