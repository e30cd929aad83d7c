package io.github.chorus.channels.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.chorus.channels.accounts.AccountDirectory;
import io.github.chorus.channels.accounts.StoredAccountSecrets;
import io.github.chorus.channels.connector.AccountProfile;
import io.github.chorus.channels.connector.HttpExchange;
import io.github.chorus.cli.CommandContext;
import io.github.chorus.cli.ICommand;
import io.github.chorus.cli.UsageException;
import io.github.chorus.core.secure.SecretStore;

/**
 * The account list of a workspace, {@code chorus accounts}, secure storage and the retry delays of
 * {@link HttpExchange}.
 */
class AccountsTest {

	@TempDir
	Path workspace;

	@TempDir
	Path secure;

	private static AccountProfile profile(String channel, String id, String name, Instant expiry) {
		return new AccountProfile(channel, id, name, "https://example.social", expiry, Map.of("remoteId", "42")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void theDirectoryKeepsProfilesAtomicallyAndReplacesById() throws IOException {
		AccountDirectory directory = new AccountDirectory(workspace);
		assertThat(directory.accounts()).isEmpty();
		AccountProfile first = profile("io.github.chorus.channel.mastodon", "@me@example.social", "Me", null); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		directory.save(first);
		AccountProfile renamed = profile("io.github.chorus.channel.mastodon", "@me@example.social", "Me again", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				Instant.parse("2027-01-01T00:00:00Z")); //$NON-NLS-1$
		directory.save(renamed);
		AccountProfile other = profile("io.github.chorus.channel.bluesky", "did:plc:abc", "@me.bsky.social", null); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		directory.save(other);

		assertThat(new AccountDirectory(workspace).accounts()).containsExactly(other, renamed);
		try (var files = Files.list(workspace)) {
			assertThat(files.map(p -> p.getFileName().toString())).containsExactly(AccountDirectory.FILE_NAME);
		}
		assertThat(directory.remove("io.github.chorus.channel.bluesky", "did:plc:abc")).isTrue(); //$NON-NLS-1$ //$NON-NLS-2$
		assertThat(directory.remove("io.github.chorus.channel.bluesky", "did:plc:abc")).isFalse(); //$NON-NLS-1$ //$NON-NLS-2$
		assertThat(directory.accounts()).containsExactly(renamed);

		Files.writeString(directory.file(), "{\"accounts\": [", StandardCharsets.UTF_8); //$NON-NLS-1$
		assertThatThrownBy(directory::accounts).isInstanceOf(IOException.class).hasMessageContaining(AccountDirectory.FILE_NAME);
	}

	@Test
	void accountsCommandListsChannelNameAndExpiryWithoutSecrets() throws Exception {
		Instant now = Instant.now();
		AccountDirectory directory = new AccountDirectory(workspace);
		directory.save(profile("io.github.chorus.channel.mastodon", "@me@example.social", "Chorus team", null)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		directory.save(profile("io.github.chorus.channel.bluesky", "did:plc:abc", "@chorus.bsky.social", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				now.plus(Duration.ofDays(2)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
		directory.save(profile("io.github.chorus.channel.x", "1234", "@chorus", now.minus(Duration.ofDays(1)) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
		directory.save(new AccountProfile("io.github.chorus.channel.x", "5678", "@chorus2", null, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				now.plus(Duration.ofHours(1)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS), Map.of("refreshable", "true"))); //$NON-NLS-1$ //$NON-NLS-2$
		SecretStore store = SecretStore.open(secure);
		new StoredAccountSecrets(store, "io.github.chorus.channel.mastodon", "@me@example.social").put("accessToken", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				"secret-token-value"); //$NON-NLS-1$

		ICommand command = command();
		String table = run(command, "--workspace", workspace.toString()); //$NON-NLS-1$
		assertThat(table.lines().toList()).hasSize(5);
		assertThat(table).contains("CHANNEL").contains("TOKEN EXPIRY") //$NON-NLS-1$ //$NON-NLS-2$
				.containsPattern("io\\.github\\.chorus\\.channel\\.bluesky +did:plc:abc +@chorus\\.bsky\\.social +\\S+Z +expires soon") //$NON-NLS-1$
				.containsPattern("io\\.github\\.chorus\\.channel\\.mastodon +@me@example\\.social +Chorus team +- +ok") //$NON-NLS-1$
				.containsPattern("(?m)io\\.github\\.chorus\\.channel\\.x +1234 +@chorus +\\S+ +expired$") //$NON-NLS-1$
				.containsPattern("io\\.github\\.chorus\\.channel\\.x +5678 +@chorus2 +\\S+ +expires soon \\(refreshable\\)") //$NON-NLS-1$
				.doesNotContain("secret-token-value"); //$NON-NLS-1$
		String json = run(command, "--workspace", workspace.toString(), "--json"); //$NON-NLS-1$ //$NON-NLS-2$
		assertThat(json.lines().toList()).hasSize(4).allSatisfy(line -> assertThat(line).startsWith("{\"channel\":")); //$NON-NLS-1$
		assertThat(json).contains("\"status\":\"expires soon\"").doesNotContain("secret-token-value"); //$NON-NLS-1$ //$NON-NLS-2$

		Path empty = Files.createDirectory(workspace.resolve("empty")); //$NON-NLS-1$
		assertThat(run(command, "--workspace", empty.toString())).startsWith("No connected accounts"); //$NON-NLS-1$ //$NON-NLS-2$
		assertThatThrownBy(() -> run(command, "--workspace", workspace.resolve("missing").toString())) //$NON-NLS-1$ //$NON-NLS-2$
				.isInstanceOf(UsageException.class);
	}

	@Test
	void accountsCommandConnectsAndDisconnectsALocalFeed() throws Exception {
		String previous = System.setProperty(SecretStore.FOLDER_PROPERTY, secure.toString());
		try {
			ICommand command = command();
			Path feed = workspace.resolve("published"); //$NON-NLS-1$
			String connected = run(command, "--workspace", workspace.toString(), "--connect", "local", "folder=" + feed); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			assertThat(connected).contains("Connected Local feed account " + feed.toAbsolutePath()); //$NON-NLS-1$
			assertThat(feed).isDirectory();
			assertThat(new AccountDirectory(workspace).accounts()).singleElement().satisfies(a -> {
				assertThat(a.channelTypeId()).isEqualTo("io.github.chorus.channel.local"); //$NON-NLS-1$
				assertThat(a.settings()).containsEntry("folder", feed.toAbsolutePath().toString()); //$NON-NLS-1$
			});
			assertThat(run(command, "--workspace", workspace.toString())).contains("io.github.chorus.channel.local"); //$NON-NLS-1$ //$NON-NLS-2$
			assertThatThrownBy(() -> run(command, "--workspace", workspace.toString(), "--connect", //$NON-NLS-1$ //$NON-NLS-2$
					"io.github.chorus.channels.tests.fake")).as("the test channel's connector only refines") //$NON-NLS-1$
					.isInstanceOf(UsageException.class).hasMessageContaining("cannot connect accounts"); //$NON-NLS-1$
			assertThatThrownBy(() -> run(command, "--workspace", workspace.toString(), "--connect", "local", "folder")) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
					.isInstanceOf(UsageException.class);
			String disconnected = run(command, "--workspace", workspace.toString(), "--disconnect", "local", "--account", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
					feed.toAbsolutePath().toString());
			assertThat(disconnected).startsWith("Disconnected"); //$NON-NLS-1$
			assertThat(new AccountDirectory(workspace).accounts()).isEmpty();
		} finally {
			if (previous == null) {
				System.clearProperty(SecretStore.FOLDER_PROPERTY);
			} else {
				System.setProperty(SecretStore.FOLDER_PROPERTY, previous);
			}
		}
	}

	@Test
	void secretsSurviveReopeningAndEmptyValuesNeverReplaceThem() throws Exception {
		String folderAccount = "/home/me/feeds/launch"; // a Local feed account id has slashes //$NON-NLS-1$
		StoredAccountSecrets secrets = new StoredAccountSecrets(SecretStore.open(secure), "io.github.chorus.channel.local", //$NON-NLS-1$
				folderAccount);
		secrets.put("refreshToken", "good"); //$NON-NLS-1$ //$NON-NLS-2$
		secrets.put("refreshToken", ""); //$NON-NLS-1$ //$NON-NLS-2$
		secrets.put("refreshToken", null); //$NON-NLS-1$
		StoredAccountSecrets reopened = new StoredAccountSecrets(SecretStore.open(secure), "io.github.chorus.channel.local", //$NON-NLS-1$
				folderAccount);
		assertThat(reopened.get("refreshToken")).contains("good"); //$NON-NLS-1$ //$NON-NLS-2$
		assertThat(new StoredAccountSecrets(SecretStore.open(secure), "io.github.chorus.channel.local", "/home/me/feeds") //$NON-NLS-1$ //$NON-NLS-2$
				.get("refreshToken")).as("no node confusion through slashes").isEmpty(); //$NON-NLS-1$
		try (var files = Files.walk(secure)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				assertThat(Files.readString(file, StandardCharsets.ISO_8859_1)).doesNotContain("good"); //$NON-NLS-1$
			}
		}
		if (secure.getFileSystem().supportedFileAttributeViews().contains("posix")) { //$NON-NLS-1$
			assertThat(java.nio.file.attribute.PosixFilePermissions
					.toString(Files.getPosixFilePermissions(secure.resolve("secure_storage.key")))).isEqualTo("rw-------"); //$NON-NLS-1$ //$NON-NLS-2$
			assertThat(java.nio.file.attribute.PosixFilePermissions
					.toString(Files.getPosixFilePermissions(secure.resolve("secure_storage")))).isEqualTo("rw-------"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		reopened.remove("refreshToken"); //$NON-NLS-1$
		assertThat(reopened.get("refreshToken")).isEmpty(); //$NON-NLS-1$
	}

	@Test
	void retryDelaysFromEveryHeaderNetworksUse() {
		Instant now = Instant.parse("2026-11-26T10:00:00Z"); //$NON-NLS-1$
		assertThat(HttpExchange.retryAfter(headers("Retry-After", "120"), now)).contains(Duration.ofSeconds(120)); //$NON-NLS-1$ //$NON-NLS-2$
		String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(now.plusSeconds(90).atOffset(ZoneOffset.UTC));
		assertThat(HttpExchange.retryAfter(headers("Retry-After", date), now)).contains(Duration.ofSeconds(90)); //$NON-NLS-1$
		assertThat(HttpExchange.retryAfter(headers("ratelimit-reset", Long.toString(now.getEpochSecond() + 300)), now)) //$NON-NLS-1$
				.contains(Duration.ofSeconds(300));
		assertThat(HttpExchange.retryAfter(headers("X-RateLimit-Reset", "2026-11-26T10:05:00.000Z"), now)) //$NON-NLS-1$ //$NON-NLS-2$
				.contains(Duration.ofMinutes(5));
		assertThat(HttpExchange.retryAfter(headers("X-RateLimit-Reset", "2026-11-26T09:00:00Z"), now)) //$NON-NLS-1$ //$NON-NLS-2$
				.as("a reset in the past: retry now").contains(Duration.ZERO);
		assertThat(HttpExchange.retryAfter(headers("Retry-After", "soon"), now)).isEmpty(); //$NON-NLS-1$ //$NON-NLS-2$
		assertThat(HttpExchange.retryAfter(headers("Content-Type", "text/plain"), now)).isEmpty(); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static HttpHeaders headers(String name, String value) {
		return HttpHeaders.of(Map.of(name, List.of(value)), (a, b) -> true);
	}

	private static ICommand command() throws Exception {
		IConfigurationElement contribution = List
				.of(RegistryFactory.getRegistry().getConfigurationElementsFor("io.github.chorus.cli.commands")) //$NON-NLS-1$
				.stream().filter(element -> "accounts".equals(element.getAttribute("name"))).findFirst() //$NON-NLS-1$ //$NON-NLS-2$
				.orElseThrow(() -> new AssertionError("accounts is not contributed")); //$NON-NLS-1$
		assertThat(contribution.getAttribute("description")).doesNotStartWith("%"); //$NON-NLS-1$ //$NON-NLS-2$
		return (ICommand) contribution.createExecutableExtension("class"); //$NON-NLS-1$
	}

	private static String run(ICommand command, String... arguments) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int exit = command.run(new CommandContext("accounts", List.of(arguments), //$NON-NLS-1$
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream())));
		assertThat(exit).isZero();
		return out.toString(StandardCharsets.UTF_8);
	}
}
