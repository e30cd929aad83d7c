// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.channels.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.github.chorus.channels.ChannelTypeDescriptor;
import io.github.chorus.channels.IChannelTypeRegistry;
import io.github.chorus.channels.accounts.AccountDirectory;
import io.github.chorus.channels.accounts.MemoryAccountSecrets;
import io.github.chorus.channels.accounts.StoredAccountSecrets;
import io.github.chorus.channels.connector.AccountProfile;
import io.github.chorus.channels.connector.ChannelException;
import io.github.chorus.core.secure.SecretStore;
import io.github.chorus.publishing.PublishingSettings;

/**
 * The connected accounts of one workspace folder, as the workbench reads and changes them: the
 * profiles in {@link AccountDirectory}, the secrets in secure storage, and the pauses the publishing
 * engine records in {@link PublishingSettings}. Reconnecting or refreshing an account resumes it.
 */
public final class WorkspaceAccounts {

	private final Path folder;

	/**
	 * @param folder the workspace folder
	 */
	public WorkspaceAccounts(Path folder) {
		this.folder = folder;
	}

	/** @return the workspace folder */
	public Path folder() {
		return folder;
	}

	/**
	 * @param registry    the installed channel types, or {@code null} when the service is not there
	 * @param now         the time to judge expiries at
	 * @param zone        the user's time zone
	 * @param warningDays how many days before an expiry to warn
	 * @return the accounts with their state, sorted by channel type and account id
	 * @throws IOException when the account list or the publishing settings cannot be read
	 */
	public List<AccountRow> rows(IChannelTypeRegistry registry, Instant now, ZoneId zone, int warningDays) throws IOException {
		PublishingSettings publishing = PublishingSettings.load(folder);
		List<AccountRow> rows = new ArrayList<>();
		for (AccountProfile profile : new AccountDirectory(folder).accounts()) {
			Optional<ChannelTypeDescriptor> channel = registry == null ? Optional.empty()
					: registry.channelType(profile.channelTypeId());
			String pause = publishing.accountPause(profile.channelTypeId(), profile.accountId()).orElse(null);
			rows.add(new AccountRow(profile, channel, AccountState.of(profile, pause, now, zone, warningDays)));
		}
		return rows;
	}

	/**
	 * Records a newly (re)connected account: its secrets into secure storage, its profile into the
	 * workspace, and lifts a pause of the publishing engine.
	 *
	 * @param profile the account the connector returned
	 * @param secrets the secrets the connector wrote
	 * @throws ChannelException when the secure storage cannot be written
	 * @throws IOException      when the workspace files cannot be written
	 */
	public void connected(AccountProfile profile, MemoryAccountSecrets secrets) throws ChannelException, IOException {
		if (!secrets.snapshot().isEmpty()) {
			new StoredAccountSecrets(SecretStore.openDefault(), profile.channelTypeId(), profile.accountId()).putAll(secrets);
		}
		updated(profile);
	}

	/**
	 * Records a refreshed profile (new token expiry) and lifts a pause of the publishing engine.
	 *
	 * @param profile the account the connector returned
	 * @throws IOException when the workspace files cannot be written
	 */
	public void updated(AccountProfile profile) throws IOException {
		new AccountDirectory(folder).save(profile);
		PublishingSettings publishing = PublishingSettings.load(folder);
		if (publishing.accountPause(profile.channelTypeId(), profile.accountId()).isPresent()) {
			publishing.setAccountPause(profile.channelTypeId(), profile.accountId(), null);
			publishing.save();
		}
	}

	/**
	 * @param profile an account
	 * @return its secrets in secure storage
	 * @throws IOException when the secure storage cannot be opened
	 */
	public static StoredAccountSecrets secrets(AccountProfile profile) throws IOException {
		return new StoredAccountSecrets(SecretStore.openDefault(), profile.channelTypeId(), profile.accountId());
	}

	/**
	 * Removes an account: its profile, its secrets and its pause.
	 *
	 * @param profile the account
	 * @throws ChannelException when the secure storage cannot be written
	 * @throws IOException      when the workspace files cannot be written
	 */
	public void disconnect(AccountProfile profile) throws ChannelException, IOException {
		secrets(profile).removeAll();
		new AccountDirectory(folder).remove(profile.channelTypeId(), profile.accountId());
		PublishingSettings publishing = PublishingSettings.load(folder);
		if (publishing.accountPause(profile.channelTypeId(), profile.accountId()).isPresent()) {
			publishing.setAccountPause(profile.channelTypeId(), profile.accountId(), null);
			publishing.save();
		}
	}
}
