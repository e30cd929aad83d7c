/**
 * Checks the media of a post against a channel's {@link io.github.chorus.channels.MediaRules}
 * before it is scheduled, with messages a marketer understands, for example "Instagram needs an
 * aspect ratio between 4:5 and 1.91:1; this image is 1:3."
 *
 * @since 0.1
 */
package io.github.chorus.channels.media;
