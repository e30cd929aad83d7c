package io.github.chorus.channels.internal.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.chorus.channels.accounts.AccountDirectory;
import io.github.chorus.channels.connector.AccountProfile;
import io.github.chorus.cli.CommandContext;
import io.github.chorus.cli.ICommand;
import io.github.chorus.cli.UsageException;

/**
 * {@code chorus accounts --workspace DIR [--json]}: lists the connected accounts of a workspace with
 * channel, name and token expiry, read from {@link AccountDirectory}. Secrets are never read: they stay
 * in secure storage. An expiry within {@value #WARNING_DAYS} days is flagged ({@code expires soon}), a
 * past one {@code expired}; both say {@code (refreshable)} when the connector can renew the token
 * itself (setting {@code refreshable=true}, as X's two-hour tokens).
 */
public final class AccountsCommand implements ICommand {

	static final int WARNING_DAYS = 7;

	private final Clock clock;

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
