// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.publishing;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;

import io.github.chorus.channels.accounts.AccountDirectory;

/**
 * The publishing state of a workspace that the model does not hold: the approval policy, the freezes
 * (workspace-wide and per campaign), the paused accounts with the reason, and when each publication that
 * failed temporarily may be tried again. Kept in {@value #FILE_NAME} in the workspace folder and written
 * atomically (a temporary file moved into place), so a crash leaves the old or the new settings.
 * <p>
 * The model stays the authority on each publication's state and attempts; a lost retry time only makes
 * a retry come earlier, never twice.
 * </p>
 * <p>
 * Not thread-safe: one outbox works on one workspace at a time.
 * </p>
 *
 * @since 0.1
 * @noextend This class is not intended to be subclassed by clients.
 */
public final class PublishingSettings {

	/** The file's name in the workspace folder. */
	public static final String FILE_NAME = "publishing.properties"; //$NON-NLS-1$

	private static final String APPROVAL = "approval"; //$NON-NLS-1$
	private static final String FREEZE = "freeze"; //$NON-NLS-1$
	private static final String FREEZE_CAMPAIGN = "freeze.campaign."; //$NON-NLS-1$
	private static final String PAUSED = "paused."; //$NON-NLS-1$
	private static final String NOT_BEFORE = "notBefore."; //$NON-NLS-1$

	private final Path file;
	private ApprovalPolicy approval;
	private String workspaceFreeze;
	private final Map<String, String> frozenCampaigns = new TreeMap<>();
	private final Map<String, String> pausedAccounts = new TreeMap<>();
	private final Map<String, Instant> notBefore = new TreeMap<>();

	private PublishingSettings(Path file) {
		this.file = file;
	}

	/**
	 * Reads the settings of a workspace; a missing file gives the defaults (approval by one approver,
	 * nothing frozen or paused).
	 *
	 * @param workspaceFolder the workspace folder
	 * @return the settings
	 * @throws IOException when the file exists but cannot be read
	 */
	public static PublishingSettings load(Path workspaceFolder) throws IOException {
		PublishingSettings settings = new PublishingSettings(workspaceFolder.resolve(FILE_NAME));
		Properties properties = new Properties();
		try {
			properties.load(new StringReader(Files.readString(settings.file, StandardCharsets.UTF_8)));
		} catch (NoSuchFileException e) {
			// defaults
		}
		try {
			String policy = properties.getProperty(APPROVAL);
			settings.approval = policy == null ? null : ApprovalPolicy.decode(policy);
		} catch (IllegalArgumentException e) {
			throw new IOException(settings.file + ": invalid approval policy: " + e.getMessage(), e); //$NON-NLS-1$
		}
		settings.workspaceFreeze = properties.getProperty(FREEZE);
		for (String key : properties.stringPropertyNames()) {
			String value = properties.getProperty(key);
			if (key.startsWith(FREEZE_CAMPAIGN)) {
				settings.frozenCampaigns.put(key.substring(FREEZE_CAMPAIGN.length()), value);
			} else if (key.startsWith(PAUSED)) {
				settings.pausedAccounts.put(key.substring(PAUSED.length()), value);
			} else if (key.startsWith(NOT_BEFORE)) {
				try {
					settings.notBefore.put(key.substring(NOT_BEFORE.length()), Instant.parse(value));
				} catch (DateTimeParseException e) {
					throw new IOException(settings.file + ": invalid time for " + key, e); //$NON-NLS-1$
				}
			}
		}
		return settings;
	}

	/**
	 * Writes the settings atomically.
	 *
	 * @throws IOException when the file cannot be written; it then holds the previous settings
	 */
	public void save() throws IOException {
		Properties properties = new Properties() {
			private static final long serialVersionUID = 1L;

			@Override
			public java.util.Set<Map.Entry<Object, Object>> entrySet() { // sorted, so the file diffs well
				java.util.Set<Map.Entry<Object, Object>> sorted = new java.util.TreeSet<>(
						(a, b) -> a.getKey().toString().compareTo(b.getKey().toString()));
				sorted.addAll(super.entrySet());
				return sorted;
			}
		};
		if (approval != null) {
			properties.setProperty(APPROVAL, approval.encode());
		}
		if (workspaceFreeze != null) {
			properties.setProperty(FREEZE, workspaceFreeze);
		}
		frozenCampaigns.forEach((k, v) -> properties.setProperty(FREEZE_CAMPAIGN + k, v));
		pausedAccounts.forEach((k, v) -> properties.setProperty(PAUSED + k, v));
		notBefore.forEach((k, v) -> properties.setProperty(NOT_BEFORE + k, v.toString()));
		StringWriter writer = new StringWriter();
		properties.store(writer, "Chorus publishing settings"); //$NON-NLS-1$
		AccountDirectory.writeAtomically(file, writer.toString());
	}

	/** @return the file the settings are kept in */
	public Path file() {
		return file;
	}

	/**
	 * @param planRequiresApproval the plan's {@code approvalRequired} flag
	 * @return the approval policy: {@link ApprovalPolicy#none()} when the plan requires no approval, else
	 *         the configured one (by default one approver)
	 */
	public ApprovalPolicy approvalPolicy(boolean planRequiresApproval) {
		if (!planRequiresApproval) {
			return ApprovalPolicy.none();
		}
		return approval == null ? ApprovalPolicy.oneApprover() : approval;
	}

	/** @param policy the approval policy, or {@code null} for the default */
	public void setApprovalPolicy(ApprovalPolicy policy) {
		this.approval = policy;
	}

	/** @return the reason of the workspace-wide freeze, when the workspace is frozen */
	public Optional<String> workspaceFreeze() {
		return Optional.ofNullable(workspaceFreeze);
	}

	/**
	 * Freezes or releases the whole workspace.
	 *
	 * @param reason why (shown to the user), or {@code null} to release
	 */
	public void setWorkspaceFreeze(String reason) {
		this.workspaceFreeze = reason == null ? null : reason.isBlank() ? "frozen" : reason; //$NON-NLS-1$
	}

	/**
	 * @param campaignId a campaign's id
	 * @return the reason of its freeze, when it is frozen
	 */
	public Optional<String> campaignFreeze(String campaignId) {
		return Optional.ofNullable(frozenCampaigns.get(campaignId));
	}

	/**
	 * Freezes or releases one campaign.
	 *
	 * @param campaignId the campaign's id
	 * @param reason     why, or {@code null} to release
	 */
	public void setCampaignFreeze(String campaignId, String reason) {
		if (reason == null) {
			frozenCampaigns.remove(campaignId);
		} else {
			frozenCampaigns.put(campaignId, reason.isBlank() ? "frozen" : reason); //$NON-NLS-1$
		}
	}

	/** @return the frozen campaigns' ids */
	public java.util.Set<String> frozenCampaigns() {
		return new TreeSet<>(frozenCampaigns.keySet());
	}

	/**
	 * @param channelTypeId a channel type
	 * @param accountId     an account
	 * @return why the account is paused, when it is
	 */
	public Optional<String> accountPause(String channelTypeId, String accountId) {
		return Optional.ofNullable(pausedAccounts.get(accountKey(channelTypeId, accountId)));
	}

	/**
	 * Pauses or resumes an account: nothing is published through a paused account.
	 *
	 * @param channelTypeId a channel type
	 * @param accountId     an account
	 * @param reason        why (for example the network's message on an expired token), or {@code null} to resume
	 */
	public void setAccountPause(String channelTypeId, String accountId, String reason) {
		String key = accountKey(channelTypeId, accountId);
		if (reason == null) {
			pausedAccounts.remove(key);
		} else {
			pausedAccounts.put(key, reason);
		}
	}

	/** @return the paused accounts, as {@code channelTypeId|accountId}, with the reasons */
	public Map<String, String> pausedAccounts() {
		return Map.copyOf(pausedAccounts);
	}

	/**
	 * @param publicationId a publication's id
	 * @return the earliest time it may be tried again, when it failed temporarily
	 */
	public Optional<Instant> notBefore(String publicationId) {
		return Optional.ofNullable(notBefore.get(publicationId));
	}

	/**
	 * @param publicationId a publication's id
	 * @param at            the earliest time of its next attempt, or {@code null} for no constraint
	 */
	public void setNotBefore(String publicationId, Instant at) {
		if (at == null) {
			notBefore.remove(publicationId);
		} else {
			notBefore.put(publicationId, at);
		}
	}

	private static String accountKey(String channelTypeId, String accountId) {
		return channelTypeId + '|' + accountId;
	}
}
