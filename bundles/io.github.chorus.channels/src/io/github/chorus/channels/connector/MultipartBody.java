package io.github.chorus.channels.connector;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code multipart/form-data} body (RFC 7578) whose file parts are read from the disk while the
 * request is sent, so a large file or a chunk of one never sits in memory whole.
 *
 * <pre>
 * MultipartBody body = new MultipartBody().field("command", "APPEND").file("media", "clip.mp4", "video/mp4", range);
 * request.header("Content-Type", body.contentType()).POST(body.publisher());
 * </pre>
 *
 * @since 0.1
 * @noextend This class is not intended to be subclassed by clients.
 */
public final class MultipartBody {

	private final String boundary = "chorus-" + OAuthLoopback.randomToken(12); //$NON-NLS-1$
	private final List<HttpRequest.BodyPublisher> parts = new ArrayList<>();

	/**
	 * Adds a text field.
	 *
	 * @param name  the field's name
	 * @param value its value, sent as UTF-8
	 * @return this body
	 */
	public MultipartBody field(String name, String value) {
		parts.add(text("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + quoted(name) //$NON-NLS-1$ //$NON-NLS-2$
				+ "\"\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + value + "\r\n")); //$NON-NLS-1$ //$NON-NLS-2$
		return this;
	}

	/**
	 * Adds a file part whose bytes are streamed from the disk.
	 *
	 * @param name        the field's name
	 * @param fileName    the file name the network sees
	 * @param contentType the part's MIME type
	 * @param range       the bytes to send
	 * @return this body
	 */
	public MultipartBody file(String name, String fileName, String contentType, FileRange range) {
		parts.add(text("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + quoted(name) + "\"; filename=\"" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ quoted(fileName) + "\"\r\nContent-Type: " + contentType + "\r\n\r\n")); //$NON-NLS-1$ //$NON-NLS-2$
		parts.add(range.publisher());
		parts.add(text("\r\n")); //$NON-NLS-1$
		return this;
	}

	/** @return the value of the request's {@code Content-Type} header */
	public String contentType() {
		return "multipart/form-data; boundary=" + boundary; //$NON-NLS-1$
	}

	/** @return the body, with its length known; it can be sent again (every file part is read anew) */
	public HttpRequest.BodyPublisher publisher() {
		List<HttpRequest.BodyPublisher> all = new ArrayList<>(parts);
		all.add(text("--" + boundary + "--\r\n")); //$NON-NLS-1$ //$NON-NLS-2$
		return HttpRequest.BodyPublishers.concat(all.toArray(HttpRequest.BodyPublisher[]::new));
	}

	private static HttpRequest.BodyPublisher text(String text) {
		return HttpRequest.BodyPublishers.ofByteArray(text.getBytes(StandardCharsets.UTF_8));
	}

	private static String quoted(String text) {
		return text.replace("\"", "").replace("\r", "").replace("\n", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
	}
}
