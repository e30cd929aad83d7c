/**
 * A client for Meta's Graph API shared by connectors of Meta networks (Facebook Pages, Instagram,
 * Threads) and open to third-party connectors: the classification of Graph error bodies
 * ({@link GraphErrors}), Graph times and inbox cursors ({@link GraphTime}), Facebook Login with a
 * long-lived user token ({@link GraphLogin}) and the resumable, chunked video upload
 * ({@link GraphVideoUpload}).
 * <p>
 * Everything here builds only on the exported connector API of {@code io.github.chorus.channels}
 * ({@link io.github.chorus.channels.connector.HttpExchange}), exactly as a third-party connector does.
 * </p>
 *
 * @since 0.1
 */
package io.github.chorus.channels.graph;
