package io.github.chorus.cli;

/**
 * A headless command run by the {@code chorus} launcher, contributed through the
 * {@code io.github.chorus.cli.commands} extension point.
 * <p>
 * A new instance is created for every run. Implementations write results to
 * {@link CommandContext#out()} and diagnostics to {@link CommandContext#err()}, never to
 * {@link System#out}, so that they can be tested and embedded.
 * </p>
 *
 * @since 0.1
 */
@FunctionalInterface
public interface ICommand {

	/**
	 * Runs the command.
	 *
	 * @param context the arguments and output streams of this run
	 * @return the process exit code: 0 for success, a documented non-zero code otherwise
	 * @throws UsageException when the arguments are missing or malformed (exit code 64)
	 * @throws Exception for any other failure, reported on standard error (exit code 1)
	 */
	int run(CommandContext context) throws Exception;
}
