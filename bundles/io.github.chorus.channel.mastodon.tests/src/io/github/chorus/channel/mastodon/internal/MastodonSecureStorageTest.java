package io.github.chorus.channel.mastodon.internal;

import io.github.chorus.channels.testing.FakeServer;

import static io.github.chorus.channel.mastodon.internal.MastodonConnectorTest.CLIENT_SECRET;
import static io.github.chorus.channel.mastodon.internal.MastodonConnectorTest.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.chorus.channels.accounts.AccountDirectory;
import io.github.chorus.channels.accounts.MemoryAccountSecrets;
import io.github.chorus.channels.accounts.StoredAccountSecrets;
import io.github.chorus.channels.connector.AccountProfile;
import io.github.chorus.channels.connector.ConnectRequest;
import io.github.chorus.core.secure.SecretStore;

/**
 * After connecting an account and saving it, no token is in any file of the workspace folder, in the
 * secure storage file in clear, or in the log; the tokens come back from secure storage.
 */
class MastodonSecureStorageTest {

	@TempDir
	Path workspace;

	@TempDir
	Path secureFolder;

	@Test
	void tokensLiveOnlyInSecureStorage() throws Exception {
		List<String> log = new CopyOnWriteArrayList<>();
		ILogListener listener = (status, plugin) -> log.add(status.toString());
		Platform.addLogListener(listener);
		try (FakeServer server = new FakeServer("{\"error\":\"Record not found\"}")) {
			MastodonConnectorTest.serveOAuth(server);
			server.on("GET", "/api/v1/notifications", r -> FakeServer.Reply.json(401, "{\"error\":\"The access token is invalid\"}"));
			MastodonConnector connector = new MastodonConnector();
			MemoryAccountSecrets pending = new MemoryAccountSecrets();
			AccountProfile profile = connector.connect(new ConnectRequest(Map.of("instance", server.base()),
					MastodonConnectorTest.browser(), Duration.ofSeconds(10)), pending);

			SecretStore store = SecretStore.open(secureFolder);
			StoredAccountSecrets secrets = new StoredAccountSecrets(store, profile.channelTypeId(), profile.accountId());
			secrets.putAll(pending);
			new AccountDirectory(workspace).save(profile);
			connector.refine(new io.github.chorus.channels.ChannelCapabilities(
					io.github.chorus.channels.TextRules.of(500, io.github.chorus.channels.CountingMethod.GRAPHEMES), List.of(),
					java.util.Set.of()), profile.account());
			try {
				connector.fetchConversations(profile.account(), secrets, null);
			} catch (io.github.chorus.channels.connector.ChannelException expected) {
				assertThat(expected.kind()).isEqualTo(io.github.chorus.channels.connector.ChannelException.Kind.AUTH_EXPIRED);
			}

			// the account is saved, without secrets
			assertThat(new AccountDirectory(workspace).accounts()).containsExactly(profile);
			assertThat(workspace.resolve(AccountDirectory.FILE_NAME)).exists();
			try (Stream<Path> files = Files.walk(workspace)) {
				for (Path file : files.filter(Files::isRegularFile).toList()) {
					String content = Files.readString(file, StandardCharsets.ISO_8859_1);
					assertThat(content).as(file.toString()).doesNotContain(TOKEN).doesNotContain(CLIENT_SECRET);
				}
			}
			// the secure storage file holds them encrypted
			try (Stream<Path> files = Files.walk(secureFolder)) {
				for (Path file : files.filter(Files::isRegularFile).toList()) {
					assertThat(Files.readString(file, StandardCharsets.ISO_8859_1)).as(file.toString()).doesNotContain(TOKEN)
							.doesNotContain(CLIENT_SECRET);
				}
			}
			assertThat(String.join("\n", log)).doesNotContain(TOKEN).doesNotContain(CLIENT_SECRET);

			// and a new process reads them back
			StoredAccountSecrets reopened = new StoredAccountSecrets(SecretStore.open(secureFolder), profile.channelTypeId(),
					profile.accountId());
			assertThat(reopened.get("accessToken")).contains(TOKEN);
			assertThat(reopened.get("clientSecret")).contains(CLIENT_SECRET);
			reopened.put("accessToken", "");
			assertThat(reopened.get("accessToken")).as("an empty value never replaces a secret").contains(TOKEN);
			reopened.removeAll();
			assertThat(new StoredAccountSecrets(SecretStore.open(secureFolder), profile.channelTypeId(), profile.accountId())
					.get("accessToken")).isEmpty();
		} finally {
			Platform.removeLogListener(listener);
		}
	}
}
