package io.github.chorus.channels.graph;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.chorus.channels.connector.ChannelException;
import io.github.chorus.channels.connector.ChannelException.Kind;
import io.github.chorus.channels.connector.FileRange;
import io.github.chorus.channels.connector.HttpExchange;
import io.github.chorus.channels.connector.MediaFile;
import io.github.chorus.channels.connector.MultipartBody;

/**
 * The Graph API's resumable video upload to a {@code /{object}/videos} edge (a Page's videos on
 * {@code graph-video.facebook.com}), in three phases:
 * <ol>
 * <li>{@code upload_phase=start} with {@code file_size}: the server opens a session and answers with
 * {@code upload_session_id}, {@code video_id} and the first byte range it wants
 * ({@code start_offset}, {@code end_offset});</li>
 * <li>{@code upload_phase=transfer} with the session, {@code start_offset} and the bytes as
 * {@code video_file_chunk} (multipart, streamed from the file): the server answers with the next range,
 * until {@code start_offset} equals {@code end_offset};</li>
 * <li>{@code upload_phase=finish} with the session and the post's fields (description, scheduling).</li>
 * </ol>
 * A transfer that fails transiently (a broken connection, a timeout, a 5xx, a Graph error marked
 * transient) is sent again from the last range the server asked for, so the chunks already uploaded
 * are not sent again; after {@code attemptsPerChunk} failures of one chunk the last failure is thrown.
 * Every other failure (an expired token, a rate limit, a rejected file) ends the upload at once.
 *
 * @since 0.1
 */
public final class GraphVideoUpload {

	private final HttpExchange http;
	private final int attemptsPerChunk;
	private final Duration retryPause;

	/**
	 * @param http             the connector's exchange (its error interpreter should be {@link GraphErrors})
	 * @param attemptsPerChunk how many times one chunk is sent before giving up, at least 1
	 * @param retryPause       the pause before a chunk is sent again
	 */
	public GraphVideoUpload(HttpExchange http, int attemptsPerChunk, Duration retryPause) {
		if (attemptsPerChunk < 1) {
			throw new IllegalArgumentException("attemptsPerChunk " + attemptsPerChunk); //$NON-NLS-1$
		}
		this.http = http;
		this.attemptsPerChunk = attemptsPerChunk;
		this.retryPause = retryPause;
	}

	/**
	 * Uploads a video and publishes it with the finish phase.
	 *
	 * @param videosUrl    the edge, for example {@code https://graph-video.facebook.com/v21.0/{page}/videos}
	 * @param token        the access token (sent in the {@code Authorization} header)
	 * @param video        the video file
	 * @param finishFields the fields of the finish phase ({@code description}, {@code title},
	 *                     {@code published}, {@code scheduled_publish_time}...)
	 * @return the video's id
	 * @throws ChannelException classified by the exchange; {@link Kind#REJECTED} when the file cannot be
	 *                          read; {@link Kind#TRANSIENT} when the server does not confirm the finish
	 */
	public String upload(String videosUrl, String token, MediaFile video, Map<String, String> finishFields) throws ChannelException {
		long size = FileRange.size(video.file());
		Map<String, String> start = new LinkedHashMap<>();
		start.put("upload_phase", "start"); //$NON-NLS-1$ //$NON-NLS-2$
		start.put("file_size", Long.toString(size)); //$NON-NLS-1$
		String startWhat = "POST /{object}/videos upload_phase=start"; //$NON-NLS-1$
		JsonNode session = http.readJson(http.send(HttpExchange.form(videosUrl, start).header("Authorization", "Bearer " + token), startWhat), //$NON-NLS-1$ //$NON-NLS-2$
				startWhat);
		String sessionId = http.requiredText(session, "upload_session_id", startWhat); //$NON-NLS-1$
		String videoId = http.requiredText(session, "video_id", startWhat); //$NON-NLS-1$
		long from = offset(session, "start_offset", size, startWhat); //$NON-NLS-1$
		long to = offset(session, "end_offset", size, startWhat); //$NON-NLS-1$
		String transferWhat = "POST /{object}/videos upload_phase=transfer"; //$NON-NLS-1$
		String fileName = video.file().getFileName().toString();
		while (from < to) {
			JsonNode next = transfer(videosUrl, token, sessionId, new FileRange(video.file(), from, to - from), fileName, video.mimeType(),
					transferWhat);
			long nextFrom = offset(next, "start_offset", size, transferWhat); //$NON-NLS-1$
			long nextTo = offset(next, "end_offset", size, transferWhat); //$NON-NLS-1$
			if (nextFrom <= from && nextFrom != nextTo) {
				throw http.unreadable(transferWhat, new IllegalStateException("the upload did not advance past byte " + from)); //$NON-NLS-1$
			}
			from = nextFrom;
			to = nextTo;
		}
		Map<String, String> finish = new LinkedHashMap<>();
		finish.put("upload_phase", "finish"); //$NON-NLS-1$ //$NON-NLS-2$
		finish.put("upload_session_id", sessionId); //$NON-NLS-1$
		finish.putAll(finishFields);
		String finishWhat = "POST /{object}/videos upload_phase=finish"; //$NON-NLS-1$
		JsonNode done = http.readJson(http.send(HttpExchange.form(videosUrl, finish).header("Authorization", "Bearer " + token), finishWhat), //$NON-NLS-1$ //$NON-NLS-2$
				finishWhat);
		if (!done.path("success").asBoolean(false)) { //$NON-NLS-1$
			throw new ChannelException(Kind.TRANSIENT, http.network() + ": the video upload was not confirmed; publish again later"); //$NON-NLS-1$
		}
		return videoId;
	}

	private JsonNode transfer(String videosUrl, String token, String sessionId, FileRange chunk, String fileName, String mimeType, String what)
			throws ChannelException {
		for (int attempt = 1;; attempt++) {
			MultipartBody body = new MultipartBody().field("upload_phase", "transfer") //$NON-NLS-1$ //$NON-NLS-2$
					.field("upload_session_id", sessionId) //$NON-NLS-1$
					.field("start_offset", Long.toString(chunk.offset())) //$NON-NLS-1$
					.file("video_file_chunk", fileName, mimeType, chunk); //$NON-NLS-1$
			try {
				return http.readJson(http.send(HttpExchange.bearer(videosUrl, token).header("Content-Type", body.contentType()) //$NON-NLS-1$
						.POST(body.publisher()), what), what);
			} catch (ChannelException e) {
				if (e.kind() != Kind.TRANSIENT || attempt >= attemptsPerChunk) {
					throw e;
				}
				http.pause(retryPause, what);
			}
		}
	}

	private long offset(JsonNode answer, String field, long size, String what) throws ChannelException {
		String text = http.requiredText(answer, field, what);
		try {
			long value = Long.parseLong(text.strip());
			if (value < 0 || value > size) {
				throw new NumberFormatException(field + " " + value + " outside the file of " + size + " bytes"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
			return value;
		} catch (NumberFormatException e) {
			throw http.unreadable(what, e);
		}
	}
}
