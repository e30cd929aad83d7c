package io.github.chorus.channels.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Media files for upload tests: bytes that differ from position to position, so a chunk sent from the
 * wrong offset or twice is seen.
 */
public final class SampleMedia {

	private SampleMedia() {
	}

	/**
	 * @param size how many bytes
	 * @return the content of a sample file of that size
	 */
	public static byte[] bytes(int size) {
		byte[] bytes = new byte[size];
		for (int i = 0; i < size; i++) {
			bytes[i] = (byte) (i * 31 + i / 251);
		}
		return bytes;
	}

	/**
	 * @param suffix the file name's end, such as {@code .mp4}
	 * @param size   how many bytes
	 * @return a new temporary file holding {@link #bytes(int)}; delete it after the test
	 * @throws IOException when it cannot be written
	 */
	public static Path file(String suffix, int size) throws IOException {
		Path file = Files.createTempFile("chorus-media", suffix);
		Files.write(file, bytes(size));
		return file;
	}
}
