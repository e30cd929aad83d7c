package io.github.chorus.channels.connector;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.github.chorus.channels.connector.ChannelException.Kind;

/**
 * A run of bytes of a file, sent as (part of) a request body straight from the disk: chunked and
 * resumable uploads send a large video range by range without ever holding it in memory.
 *
 * @param file   the file
 * @param offset the first byte, from 0
 * @param length how many bytes
 * @since 0.1
 */
public record FileRange(Path file, long offset, long length) {

	/** Checks the arguments. */
	public FileRange {
		Objects.requireNonNull(file, "file"); //$NON-NLS-1$
		if (offset < 0 || length < 0) {
			throw new IllegalArgumentException("negative offset or length: " + offset + ", " + length); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/**
	 * @param file a media file
	 * @return the whole file
	 * @throws ChannelException {@link Kind#REJECTED} naming the file when it cannot be read
	 */
	public static FileRange whole(Path file) throws ChannelException {
		return new FileRange(file, 0, size(file));
	}

	/**
	 * @param file a media file
	 * @return its size in bytes
	 * @throws ChannelException {@link Kind#REJECTED} naming the file when it cannot be read
	 */
	public static long size(Path file) throws ChannelException {
		try {
			if (!Files.isReadable(file)) {
				throw new IOException("not readable"); //$NON-NLS-1$
			}
			return Files.size(file);
		} catch (IOException e) {
			throw new ChannelException(Kind.REJECTED, "The media file " + file.getFileName() + " cannot be read"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/**
	 * Cuts a file into consecutive ranges.
	 *
	 * @param file      the file
	 * @param chunkSize the size of every range but the last, positive
	 * @return the ranges in order; one empty range for an empty file
	 * @throws ChannelException {@link Kind#REJECTED} when the file cannot be read
	 */
	public static List<FileRange> chunks(Path file, long chunkSize) throws ChannelException {
		if (chunkSize <= 0) {
			throw new IllegalArgumentException("chunk size " + chunkSize); //$NON-NLS-1$
		}
		long size = size(file);
		List<FileRange> ranges = new ArrayList<>();
		for (long from = 0; from < size; from += chunkSize) {
			ranges.add(new FileRange(file, from, Math.min(chunkSize, size - from)));
		}
		if (ranges.isEmpty()) {
			ranges.add(new FileRange(file, 0, 0));
		}
		return ranges;
	}

	/** @return the offset just past the last byte */
	public long end() {
		return offset + length;
	}

	/**
	 * @return a body that reads this range from the disk each time it is sent (so a retried request sends
	 *         it again), with its length known in advance
	 */
	public HttpRequest.BodyPublisher publisher() {
		if (length == 0) {
			return HttpRequest.BodyPublishers.noBody();
		}
		return HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(this::open), length);
	}

	/**
	 * @return a stream over exactly this range; when the file can no longer be opened (deleted or
	 *         truncated after the upload began) a stream whose reads fail, so the request fails as a
	 *         broken connection instead of throwing out of the HTTP client
	 */
	public InputStream open() {
		try {
			InputStream in = Files.newInputStream(file);
			in.skipNBytes(offset);
			return new Bounded(in, length);
		} catch (IOException e) {
			return new InputStream() {
				@Override
				public int read() throws IOException {
					throw new IOException("the media file can no longer be read", e); //$NON-NLS-1$
				}
			};
		}
	}

	/** Reads at most a given number of bytes of the underlying stream. */
	private static final class Bounded extends FilterInputStream {
		private long left;

		Bounded(InputStream in, long left) {
			super(in);
			this.left = left;
		}

		@Override
		public int read() throws IOException {
			if (left <= 0) {
				return -1;
			}
			int b = super.read();
			if (b >= 0) {
				left--;
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int off, int len) throws IOException {
			if (left <= 0) {
				return -1;
			}
			int n = super.read(buffer, off, (int) Math.min(len, left));
			if (n > 0) {
				left -= n;
			}
			return n;
		}

		@Override
		public long skip(long n) throws IOException {
			long skipped = super.skip(Math.min(n, left));
			left -= skipped;
			return skipped;
		}

		@Override
		public int available() throws IOException {
			return (int) Math.min(super.available(), left);
		}

		@Override
		public boolean markSupported() {
			return false;
		}
	}
}
