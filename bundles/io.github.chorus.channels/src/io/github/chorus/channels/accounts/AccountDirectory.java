package io.github.chorus.channels.accounts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.chorus.channels.connector.AccountProfile;

/**
 * The connected accounts of a workspace, without secrets, in the file {@value #FILE_NAME} of the
 * workspace folder. The Chorus model has no account concept of its own yet; when it does, this file
 * is what it replaces. Every save writes a temporary file and moves it into place atomically, so a
 * crash leaves the old or the new list, never half of one.
 *
 * @since 0.1
 * @noextend This class is not intended to be subclassed by clients.
 */
public final class AccountDirectory {

	/** The file's name in the workspace folder. */
	public static final String FILE_NAME = "channel-accounts.json"; //$NON-NLS-1$

	private static final ObjectMapper JSON = new ObjectMapper();

	private final Path file;

	/**
	 * @param workspaceFolder the workspace folder
	 */
	public AccountDirectory(Path workspaceFolder) {
		this.file = workspaceFolder.resolve(FILE_NAME);
	}

	/** @return the file the accounts are kept in */
	public Path file() {
		return file;
	}

	/**
	 * @return the accounts, sorted by channel type and account id; empty when the file does not exist
	 * @throws IOException when the file cannot be read or is not an account list
	 */
	public synchronized List<AccountProfile> accounts() throws IOException {
		JsonNode root;
		try {
			root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
		} catch (NoSuchFileException e) {
			return List.of();
		} catch (JsonProcessingException e) {
			throw new IOException(file + " is not a valid account list: " + e.getOriginalMessage(), e); //$NON-NLS-1$
		}
		List<AccountProfile> accounts = new ArrayList<>();
		for (JsonNode node : root.path("accounts")) { //$NON-NLS-1$
			try {
				Map<String, String> settings = new TreeMap<>();
				node.path("settings").properties().forEach(e -> settings.put(e.getKey(), e.getValue().asText())); //$NON-NLS-1$
				String expiry = text(node, "tokenExpiry"); //$NON-NLS-1$
				accounts.add(new AccountProfile(node.path("channelType").asText(null), node.path("accountId").asText(null), //$NON-NLS-1$ //$NON-NLS-2$
						node.path("displayName").asText(""), text(node, "baseUrl"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						expiry == null ? null : Instant.parse(expiry), settings));
			} catch (NullPointerException | DateTimeParseException e) {
				throw new IOException(file + " has an invalid account entry: " + e.getMessage(), e); //$NON-NLS-1$
			}
		}
		accounts.sort(Comparator.comparing(AccountProfile::channelTypeId).thenComparing(AccountProfile::accountId));
		return accounts;
	}

	/**
	 * @param channelTypeId a channel type
	 * @param accountId     an account id
	 * @return that account, when connected
	 * @throws IOException when the file cannot be read
	 */
	public synchronized Optional<AccountProfile> account(String channelTypeId, String accountId) throws IOException {
		return accounts().stream()
				.filter(a -> a.channelTypeId().equals(channelTypeId) && a.accountId().equals(accountId)).findFirst();
	}

	/**
	 * Adds an account, or replaces the one with the same channel type and id.
	 *
	 * @param profile the account
	 * @throws IOException when the file cannot be written
	 */
	public synchronized void save(AccountProfile profile) throws IOException {
		List<AccountProfile> accounts = new ArrayList<>(accounts());
		accounts.removeIf(a -> a.channelTypeId().equals(profile.channelTypeId()) && a.accountId().equals(profile.accountId()));
		accounts.add(profile);
		write(accounts);
	}

	/**
	 * @param channelTypeId a channel type
	 * @param accountId     an account id
	 * @return whether it was there
	 * @throws IOException when the file cannot be written
	 */
	public synchronized boolean remove(String channelTypeId, String accountId) throws IOException {
		List<AccountProfile> accounts = new ArrayList<>(accounts());
		boolean removed = accounts.removeIf(a -> a.channelTypeId().equals(channelTypeId) && a.accountId().equals(accountId));
		if (removed) {
			write(accounts);
		}
		return removed;
	}

	private void write(List<AccountProfile> accounts) throws IOException {
		accounts.sort(Comparator.comparing(AccountProfile::channelTypeId).thenComparing(AccountProfile::accountId));
		ObjectNode root = JSON.createObjectNode();
		root.put("version", 1); //$NON-NLS-1$
		ArrayNode array = root.putArray("accounts"); //$NON-NLS-1$
		for (AccountProfile a : accounts) {
			ObjectNode node = array.addObject();
			node.put("channelType", a.channelTypeId()); //$NON-NLS-1$
			node.put("accountId", a.accountId()); //$NON-NLS-1$
			node.put("displayName", a.displayName()); //$NON-NLS-1$
			if (a.baseUrl() != null) {
				node.put("baseUrl", a.baseUrl()); //$NON-NLS-1$
			}
			if (a.tokenExpiry() != null) {
				node.put("tokenExpiry", a.tokenExpiry().toString()); //$NON-NLS-1$
			}
			ObjectNode settings = node.putObject("settings"); //$NON-NLS-1$
			new TreeMap<>(a.settings()).forEach(settings::put);
		}
		writeAtomically(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + '\n');
	}

	/**
	 * Writes a file through a temporary sibling moved into place atomically (or, where the file system
	 * cannot, replaced in one move).
	 *
	 * @param target  the file
	 * @param content its new content
	 * @throws IOException when it cannot be written
	 */
	public static void writeAtomically(Path target, String content) throws IOException {
		Path folder = target.toAbsolutePath().getParent();
		Files.createDirectories(folder);
		Path temporary = Files.createTempFile(folder, '.' + target.getFileName().toString(), ".tmp"); //$NON-NLS-1$
		try {
			Files.writeString(temporary, content, StandardCharsets.UTF_8);
			try {
				Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
			}
		} finally {
			Files.deleteIfExists(temporary);
		}
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return value == null || value.isNull() ? null : value.asText();
	}
}
