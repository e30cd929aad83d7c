// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.publishing;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The advisory lock that lets only one publisher at a time work on a workspace (a
 * {@code chorus publish --daemon}, a {@code --once} run, the workbench's Publish Due Now), so that two
 * never send the same due publication side by side. It is an operating-system lock on
 * {@value #FILE_NAME} in the workspace folder, so it is released when its holder exits or dies; the file
 * names the holder, so the one that is refused can say who holds it.
 *
 * @since 0.1
 * @noextend This class is not intended to be subclassed by clients.
 */
public final class PublisherLock implements AutoCloseable {

	/** The lock file's name in the workspace folder. */
	public static final String FILE_NAME = ".chorus-publisher.lock"; //$NON-NLS-1$

	/** The byte locked: past the holder's description, so that others can read it on every platform. */
	private static final long LOCKED_BYTE = Long.MAX_VALUE - 1;

	/** Thrown when another publisher holds the lock. */
	public static final class HeldException extends IOException {
		private static final long serialVersionUID = 1L;

		private final String holder;

		HeldException(Path folder, String holder) {
			super("Another publisher is already running on the workspace " + folder + ": " + holder //$NON-NLS-1$ //$NON-NLS-2$
					+ ". Wait until it ends, or stop it."); //$NON-NLS-1$
			this.holder = holder;
		}

		/** @return who holds the lock, as it described itself */
		public String holder() {
			return holder;
		}
	}

	private final FileChannel channel;
	private final FileLock lock;

	private PublisherLock(FileChannel channel, FileLock lock) {
		this.channel = channel;
		this.lock = lock;
	}

	/**
	 * Takes the lock of a workspace, without waiting.
	 *
	 * @param folder the workspace folder
	 * @param who    describes the publisher to others, for example {@code chorus publish --daemon}
	 * @return the lock; close it to release it
	 * @throws HeldException when another publisher (in this or another process) holds it
	 * @throws IOException   when the lock file cannot be written
	 */
	public static PublisherLock acquire(Path folder, String who) throws IOException {
		Path file = folder.resolve(FILE_NAME);
		FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
				StandardOpenOption.WRITE);
		FileLock lock;
		try {
			lock = channel.tryLock(LOCKED_BYTE, 1, false);
		} catch (OverlappingFileLockException e) {
			lock = null; // held by this process
		} catch (IOException | RuntimeException e) {
			channel.close();
			throw e;
		}
		if (lock == null) {
			channel.close();
			String holder = Files.readString(file, StandardCharsets.UTF_8).strip();
			throw new HeldException(folder, holder.isEmpty() ? "a publisher that is starting" : holder); //$NON-NLS-1$
		}
		try {
			String description = who + " (process " + ProcessHandle.current().pid() + " on " + host() //$NON-NLS-1$ //$NON-NLS-2$
					+ ", since " + Instant.now().truncatedTo(ChronoUnit.SECONDS) + ")\n"; //$NON-NLS-1$ //$NON-NLS-2$
			channel.truncate(0);
			channel.write(ByteBuffer.wrap(description.getBytes(StandardCharsets.UTF_8)), 0);
			channel.force(false);
		} catch (IOException | RuntimeException e) {
			lock.release();
			channel.close();
			throw e;
		}
		return new PublisherLock(channel, lock);
	}

	private static String host() {
		String host = System.getenv("HOSTNAME"); //$NON-NLS-1$
		if (host == null || host.isBlank()) {
			try {
				host = java.net.InetAddress.getLocalHost().getHostName();
			} catch (IOException e) {
				host = "this machine"; //$NON-NLS-1$
			}
		}
		return host;
	}

	/** Releases the lock. */
	@Override
	public void close() throws IOException {
		try {
			if (lock.isValid()) {
				lock.release();
			}
		} finally {
			channel.close();
		}
	}
}
