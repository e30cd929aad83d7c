package io.github.chorus.core.secure;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.EncodingUtils;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.equinox.security.storage.provider.IProviderHints;

/**
 * Chorus's secrets in Equinox secure storage: every value is stored encrypted, under a node named by
 * the caller (for accounts: the channel type and the account id).
 * <p>
 * The storage is an Equinox secure-storage file outside any workspace ({@code ~/.chorus/secure_storage}
 * by default). Its master password is a random key kept in a file next to it that only the user can
 * read ({@code secure_storage.key}, mode {@code 0600} where the file system has POSIX permissions) and
 * passed to Equinox as its default password, so Chorus runs headless on a server without a password
 * prompt. This is the protection of Eclipse's own {@code -eclipse.password} option: it keeps secrets out
 * of the workspace, the preferences and the logs, and away from other users, not from the user's own
 * processes. An OS keyring provider can replace the key file later without changing callers.
 * </p>
 * <p>
 * A {@code null} or empty value never replaces a stored one ({@link #put(String, String, String)}), so
 * an answer without a new refresh token keeps the good one.
 * </p>
 *
 * @since 0.1
 * @noextend This class is not intended to be subclassed by clients.
 */
public final class SecretStore {

	/** The system property that moves the default storage folder (used by tests and server installs). */
	public static final String FOLDER_PROPERTY = "chorus.secureStorage.folder"; //$NON-NLS-1$

	private static final String STORAGE_FILE = "secure_storage"; //$NON-NLS-1$
	private static final String KEY_FILE = "secure_storage.key"; //$NON-NLS-1$
	private static final String ROOT_NODE = "io.github.chorus"; //$NON-NLS-1$

	private final ISecurePreferences root;
	private final Path file;

	private SecretStore(ISecurePreferences root, Path file) {
		this.root = root;
		this.file = file;
	}

	/**
	 * Opens the storage in the folder named by {@value #FOLDER_PROPERTY}, else {@code ~/.chorus}.
	 *
	 * @return the store
	 * @throws IOException when it cannot be opened or its key cannot be created
	 */
	public static SecretStore openDefault() throws IOException {
		String folder = System.getProperty(FOLDER_PROPERTY);
		Path path = folder != null && !folder.isBlank() ? Path.of(folder)
				: Path.of(System.getProperty("user.home"), ".chorus"); //$NON-NLS-1$ //$NON-NLS-2$
		return open(path);
	}

	/**
	 * Opens (or creates) the storage in a folder: {@code secure_storage} and its key file.
	 *
	 * @param folder the folder; created when missing
	 * @return the store
	 * @throws IOException when it cannot be opened or its key cannot be created
	 */
	public static SecretStore open(Path folder) throws IOException {
		Files.createDirectories(folder);
		char[] key = readOrCreateKey(folder.resolve(KEY_FILE));
		Map<Object, Object> options = new HashMap<>();
		options.put(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec(key));
		options.put(IProviderHints.PROMPT_USER, Boolean.FALSE);
		URL location;
		try {
			location = folder.resolve(STORAGE_FILE).toUri().toURL();
		} catch (MalformedURLException e) {
			throw new IOException("Bad secure storage location " + folder, e); //$NON-NLS-1$
		}
		ISecurePreferences preferences = SecurePreferencesFactory.open(location, options);
		if (preferences == null) {
			throw new IOException("Equinox secure storage is not available"); //$NON-NLS-1$
		}
		return new SecretStore(preferences.node(ROOT_NODE), folder.resolve(STORAGE_FILE));
	}

	private static char[] readOrCreateKey(Path keyFile) throws IOException {
		if (!Files.exists(keyFile)) {
			byte[] random = new byte[32];
			new SecureRandom().nextBytes(random);
			Path temporary = Files.createTempFile(keyFile.getParent(), KEY_FILE, ".tmp"); //$NON-NLS-1$
			try {
				restrictToOwner(temporary);
				Files.writeString(temporary, Base64.getEncoder().encodeToString(random), StandardCharsets.US_ASCII);
				try {
					Files.move(temporary, keyFile, StandardCopyOption.ATOMIC_MOVE);
				} catch (FileAlreadyExistsException e) {
					// another process created it first: use theirs
				}
			} finally {
				Files.deleteIfExists(temporary);
			}
		}
		String key = Files.readString(keyFile, StandardCharsets.US_ASCII).strip();
		if (key.isEmpty()) {
			throw new IOException("The secure storage key file is empty: " + keyFile); //$NON-NLS-1$
		}
		return key.toCharArray();
	}

	private static void restrictToOwner(Path file) throws IOException {
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------")); //$NON-NLS-1$
		} catch (UnsupportedOperationException e) {
			// not a POSIX file system (Windows): the user profile folder is private already
		}
	}

	/**
	 * @param node the node, such as {@code accounts/io.github.chorus.channel.mastodon/@me@example.social}
	 * @param key  the secret's name
	 * @return the secret, when stored
	 * @throws IOException when the storage cannot be read or decrypted
	 */
	public Optional<String> get(String node, String key) throws IOException {
		String path = path(node);
		if (!root.nodeExists(path)) {
			return Optional.empty();
		}
		try {
			return Optional.ofNullable(root.node(path).get(key, null));
		} catch (StorageException e) {
			throw new IOException("Secure storage cannot be read (" + e.getErrorCode() + ')', e); //$NON-NLS-1$
		}
	}

	/**
	 * Stores a secret, encrypted, and saves the storage. A {@code null} or empty value is ignored.
	 *
	 * @param node  the node
	 * @param key   the secret's name
	 * @param value the secret
	 * @throws IOException when the storage cannot be written
	 */
	public void put(String node, String key, String value) throws IOException {
		Objects.requireNonNull(key, "key"); //$NON-NLS-1$
		if (value == null || value.isEmpty()) {
			return;
		}
		try {
			root.node(path(node)).put(key, value, true);
			flush();
		} catch (StorageException e) {
			throw new IOException("Secure storage cannot be written (" + e.getErrorCode() + ')', e); //$NON-NLS-1$
		}
	}

	/**
	 * Removes one secret; an unknown one is ignored.
	 *
	 * @param node the node
	 * @param key  the secret's name
	 * @throws IOException when the storage cannot be saved
	 */
	public void remove(String node, String key) throws IOException {
		String path = path(node);
		if (root.nodeExists(path)) {
			root.node(path).remove(key);
			flush();
		}
	}

	/**
	 * Removes a node with all its secrets, for example when an account is disconnected.
	 *
	 * @param node the node
	 * @throws IOException when the storage cannot be saved
	 */
	public void removeNode(String node) throws IOException {
		String path = path(node);
		if (root.nodeExists(path)) {
			root.node(path).removeNode();
			flush();
		}
	}

	/** Saves the storage and keeps its file readable by the user only (it is encrypted either way). */
	private void flush() throws IOException {
		root.flush();
		if (Files.exists(file)) {
			restrictToOwner(file);
		}
	}

	/**
	 * @param node the node
	 * @return the names of the secrets stored under it
	 */
	public List<String> keys(String node) {
		String path = path(node);
		return root.nodeExists(path) ? List.of(root.node(path).keys()) : List.of();
	}

	/**
	 * @param segments the parts of a node name, each of which may contain {@code /}
	 * @return a node name made of the segments, with slashes inside them encoded
	 */
	public static String node(String... segments) {
		StringBuilder builder = new StringBuilder();
		for (String segment : segments) {
			if (!builder.isEmpty()) {
				builder.append('/');
			}
			builder.append(EncodingUtils.encodeSlashes(segment));
		}
		return builder.toString();
	}

	private static String path(String node) {
		Objects.requireNonNull(node, "node"); //$NON-NLS-1$
		if (node.isEmpty() || node.startsWith("/")) { //$NON-NLS-1$
			throw new IllegalArgumentException("relative node name expected: " + node); //$NON-NLS-1$
		}
		return node;
	}
}
