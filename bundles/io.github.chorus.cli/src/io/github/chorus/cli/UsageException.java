package io.github.chorus.cli;

/**
 * Thrown when a command's arguments are missing or malformed. The launcher prints the
 * message followed by the command's usage and exits with code {@value #EXIT_CODE}.
 *
 * @since 0.1
 * @noextend This class is not intended to be subclassed by clients.
 */
public class UsageException extends RuntimeException {

	/** The exit code for usage errors ({@code EX_USAGE} of sysexits.h). */
	public static final int EXIT_CODE = 64;

	private static final long serialVersionUID = 1L;

	/**
	 * @param message what is wrong with the arguments, naming the option
	 */
	public UsageException(String message) {
		super(message);
	}
}
