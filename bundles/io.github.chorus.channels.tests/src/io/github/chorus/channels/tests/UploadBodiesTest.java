package io.github.chorus.channels.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.chorus.channels.connector.ChannelException;
import io.github.chorus.channels.connector.ChannelException.Kind;
import io.github.chorus.channels.connector.FileRange;
import io.github.chorus.channels.connector.MultipartBody;

/**
 * The request bodies uploads are made of: byte ranges read from the disk when sent, and multipart
 * bodies around them, each with its length known in advance.
 */
class UploadBodiesTest {

	@TempDir
	Path folder;

	static byte[] content(int size) {
		byte[] bytes = new byte[size];
		for (int i = 0; i < size; i++) {
			bytes[i] = (byte) (i * 7 + i / 256);
		}
		return bytes;
	}

	/** Reads a body the way the HTTP client does: subscribing and taking every buffer. */
	static byte[] read(HttpRequest.BodyPublisher body) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		CompletableFuture<byte[]> done = new CompletableFuture<>();
		body.subscribe(new Flow.Subscriber<ByteBuffer>() {
			@Override
			public void onSubscribe(Flow.Subscription subscription) {
				subscription.request(Long.MAX_VALUE);
			}

			@Override
			public void onNext(ByteBuffer item) {
				byte[] bytes = new byte[item.remaining()];
				item.get(bytes);
				out.writeBytes(bytes);
			}

			@Override
			public void onError(Throwable throwable) {
				done.completeExceptionally(throwable);
			}

			@Override
			public void onComplete() {
				done.complete(out.toByteArray());
			}
		});
		return done.get(10, TimeUnit.SECONDS);
	}

	@Test
	void aFileIsCutIntoConsecutiveChunksEachSentFromTheDisk() throws Exception {
		Path file = folder.resolve("clip.mp4");
		byte[] bytes = content(2_500);
		Files.write(file, bytes);

		List<FileRange> chunks = FileRange.chunks(file, 1_000);

		assertThat(chunks).extracting(FileRange::offset).containsExactly(0L, 1_000L, 2_000L);
		assertThat(chunks).extracting(FileRange::length).containsExactly(1_000L, 1_000L, 500L);
		assertThat(chunks.getLast().end()).isEqualTo(2_500);
		for (FileRange chunk : chunks) {
			HttpRequest.BodyPublisher body = chunk.publisher();
			assertThat(body.contentLength()).isEqualTo(chunk.length());
			byte[] expected = Arrays.copyOfRange(bytes, (int) chunk.offset(), (int) chunk.end());
			assertThat(read(body)).isEqualTo(expected);
			assertThat(read(body)).as("sent again after a failure: the same bytes").isEqualTo(expected);
		}
	}

	@Test
	void anEmptyFileIsOneEmptyChunk() throws Exception {
		Path file = Files.createFile(folder.resolve("empty.gif"));
		List<FileRange> chunks = FileRange.chunks(file, 1_000);
		assertThat(chunks).containsExactly(new FileRange(file, 0, 0));
		assertThat(chunks.get(0).publisher().contentLength()).isZero();
	}

	@Test
	void aMissingFileIsRejectedByName() {
		ChannelException failure = catchThrowableOfType(ChannelException.class, () -> FileRange.whole(folder.resolve("gone.mp4")));
		assertThat(failure.kind()).isEqualTo(Kind.REJECTED);
		assertThat(failure.getMessage()).contains("gone.mp4");
	}

	@Test
	void aFileDeletedAfterTheUploadBeganFailsTheBodyInsteadOfThrowing() throws Exception {
		Path file = folder.resolve("clip.mp4");
		Files.write(file, content(100));
		HttpRequest.BodyPublisher body = FileRange.whole(file).publisher();
		Files.delete(file);
		ExecutionException failure = catchThrowableOfType(ExecutionException.class, () -> read(body));
		assertThat(failure).hasRootCauseInstanceOf(IOException.class);
	}

	@Test
	void aMultipartBodyFramesFieldsAndFileRangesWithItsBoundaryAndKnownLength() throws Exception {
		Path file = folder.resolve("clip.mp4");
		byte[] bytes = content(300);
		Files.write(file, bytes);
		MultipartBody body = new MultipartBody().field("command", "APPEND").field("note", "caf\u00e9")
				.file("media", "clip\".mp4", "video/mp4", new FileRange(file, 100, 150));
		String boundary = body.contentType().substring("multipart/form-data; boundary=".length());
		HttpRequest.BodyPublisher publisher = body.publisher();

		byte[] sent = read(publisher);

		assertThat(publisher.contentLength()).isEqualTo(sent.length);
		ByteArrayOutputStream expected = new ByteArrayOutputStream();
		expected.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"command\"\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nAPPEND\r\n"
				+ "--" + boundary + "\r\nContent-Disposition: form-data; name=\"note\"\r\nContent-Type: text/plain; charset=utf-8\r\n\r\ncaf\u00e9\r\n"
				+ "--" + boundary + "\r\nContent-Disposition: form-data; name=\"media\"; filename=\"clip.mp4\"\r\nContent-Type: video/mp4\r\n\r\n")
				.getBytes(StandardCharsets.UTF_8));
		expected.writeBytes(Arrays.copyOfRange(bytes, 100, 250));
		expected.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		assertThat(sent).isEqualTo(expected.toByteArray());
		assertThat(read(publisher)).as("sent again").isEqualTo(sent);
	}
}
