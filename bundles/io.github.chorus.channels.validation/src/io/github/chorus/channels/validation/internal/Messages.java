package io.github.chorus.channels.validation.internal;

import org.eclipse.osgi.util.NLS;

/** Messages of the channel rules in model validation. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "io.github.chorus.channels.validation.internal.messages"; //$NON-NLS-1$

	public static String unknownChannelType;
	public static String partMain;
	public static String partThread;
	public static String tooLong;
	public static String tooManyBytes;
	public static String tooManyHashtags;
	public static String empty;
	public static String invalidCharacters;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
