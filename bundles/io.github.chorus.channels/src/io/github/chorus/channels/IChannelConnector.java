package io.github.chorus.channels;

/**
 * The behaviour of a channel type: the one piece of a channel plug-in that is code. Its class is
 * named by the {@code connector} attribute of the contribution and instantiated lazily, the first
 * time the workbench needs it, through the registry
 * ({@link IChannelTypeRegistry#connector(String)}).
 * <p>
 * This first version holds only what the text and media validation needs: the refinement of the
 * declared capabilities for one account. Authentication, publishing, fetching threads and
 * metrics will be added as default methods, so that connectors written against this version keep
 * working.
 * </p>
 * <p>
 * Clients implement this interface; the implementation class needs a public no-argument
 * constructor.
 * </p>
 *
 * @since 0.1
 */
public interface IChannelConnector {

	/**
	 * Refines the declared capabilities for one account, for example with the
	 * {@code configuration.statuses.max_characters} a Mastodon instance reports, or the longer
	 * posts of a paid X tier.
	 * <p>
	 * The declared capabilities must be returned unchanged when nothing is known about the account
	 * (the default). The method may block on network access: call it outside the UI thread. It must
	 * not throw: on failure it returns {@code declared}, so a post is then checked against the
	 * baseline, and reports the failure through its own log.
	 * </p>
	 *
	 * @param declared the capabilities declared in the channel type's contribution
	 * @param account  the account
	 * @return the capabilities that hold for this account
	 */
	default ChannelCapabilities refine(ChannelCapabilities declared, ChannelAccount account) {
		return declared;
	}
}
