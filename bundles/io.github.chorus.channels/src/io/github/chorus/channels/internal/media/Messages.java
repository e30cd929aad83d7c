package io.github.chorus.channels.internal.media;

import org.eclipse.osgi.util.NLS;

/** The media validator's messages, translatable through {@code messages.properties}. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "io.github.chorus.channels.internal.media.messages"; //$NON-NLS-1$

	public static String unknownPostType;
	public static String mediaRequired;
	public static String textRequired;
	public static String empty;
	public static String tooManyItems;
	public static String tooManyOfType;
	public static String mixingNotAllowed;
	public static String typeNotAccepted;
	public static String tooManyBytes;
	public static String tooNarrow;
	public static String tooWide;
	public static String tooLow;
	public static String tooHigh;
	public static String tooManyPixels;
	public static String aspectRatioBetween;
	public static String aspectRatioExactly;
	public static String tooShort;
	public static String tooLong;
	public static String altTextRequired;
	public static String image;
	public static String video;
	public static String file;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
