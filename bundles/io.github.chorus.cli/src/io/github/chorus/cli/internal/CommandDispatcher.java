package io.github.chorus.cli.internal;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

import io.github.chorus.cli.CommandContext;
import io.github.chorus.cli.UsageException;

/**
 * Turns the arguments of {@code chorus ...} into a run of one command: built-in {@code help}
 * and {@code --version}, or a contributed command.
 */
public final class CommandDispatcher {

	/** Exit code of a command that failed with an unexpected exception. */
	public static final int EXIT_FAILURE = 1;

	private final CommandRegistry registry;
	private final String version;
	private final InputStream in;
	private final PrintStream out;
	private final PrintStream err;

	/**
	 * @param registry the contributed commands
	 * @param version  the product version printed by {@code --version}
	 * @param in       the standard input handed to commands
	 * @param out      where results go
	 * @param err      where diagnostics go
	 */
	public CommandDispatcher(CommandRegistry registry, String version, InputStream in, PrintStream out,
			PrintStream err) {
		this.registry = registry;
		this.version = version;
		this.in = in;
		this.out = out;
		this.err = err;
	}

	/**
	 * @param arguments the program arguments, the command name first
	 * @return the exit code
	 */
	public int dispatch(List<String> arguments) {
		if (arguments.isEmpty()) {
			printHelp(err);
			return UsageException.EXIT_CODE;
		}
		String name = arguments.get(0);
		List<String> rest = arguments.subList(1, arguments.size());
		switch (name) {
		case "--version", "-version", "version": //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			out.println("Chorus " + version); //$NON-NLS-1$
			return 0;
		case "help", "--help", "-h": //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			return help(rest);
		default:
			return run(name, rest);
		}
	}

	private int help(List<String> rest) {
		if (rest.isEmpty()) {
			printHelp(out);
			return 0;
		}
		Optional<CommandDescriptor> command = registry.find(rest.get(0));
		if (command.isEmpty()) {
			return unknown(rest.get(0));
		}
		out.println(command.get().description());
		out.println();
		out.println("Usage: " + command.get().synopsis()); //$NON-NLS-1$
		return 0;
	}

	private int run(String name, List<String> rest) {
		Optional<CommandDescriptor> found = registry.find(name);
		if (found.isEmpty()) {
			return unknown(name);
		}
		CommandDescriptor descriptor = found.get();
		try {
			return descriptor.factory().get().run(new CommandContext(name, rest, in, out, err));
		} catch (UsageException e) {
			err.println("chorus " + name + ": " + e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
			err.println("Usage: " + descriptor.synopsis()); //$NON-NLS-1$
			return UsageException.EXIT_CODE;
		} catch (Exception e) {
			err.println("chorus " + name + ": error: " + describe(e)); //$NON-NLS-1$ //$NON-NLS-2$
			return EXIT_FAILURE;
		}
	}

	private static String describe(Throwable e) {
		StringBuilder message = new StringBuilder(String.valueOf(e.getMessage() != null ? e.getMessage() : e));
		for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
			if (cause.getMessage() != null && !message.toString().contains(cause.getMessage())) {
				message.append(": ").append(cause.getMessage()); //$NON-NLS-1$
			}
		}
		return message.toString();
	}

	private int unknown(String name) {
		err.println("chorus: unknown command '" + name + "'. Run 'chorus help' for the list of commands."); //$NON-NLS-1$ //$NON-NLS-2$
		return UsageException.EXIT_CODE;
	}

	private void printHelp(PrintStream stream) {
		stream.println("Chorus " + version); //$NON-NLS-1$
		stream.println();
		stream.println("Usage: chorus                     start the workbench"); //$NON-NLS-1$
		stream.println("       chorus COMMAND [options]   run a command without a display"); //$NON-NLS-1$
		stream.println();
		stream.println("Commands:"); //$NON-NLS-1$
		int width = registry.all().stream().mapToInt(c -> c.name().length()).max().orElse(0);
		width = Math.max(width, "--version".length()); //$NON-NLS-1$
		for (CommandDescriptor command : registry.all()) {
			stream.println("  " + pad(command.name(), width) + "  " + command.description()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		stream.println("  " + pad("help", width) + "  show this list, or 'chorus help COMMAND' for one command"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		stream.println("  " + pad("--version", width) + "  print the Chorus version"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private static String pad(String text, int width) {
		return text + " ".repeat(width - text.length()); //$NON-NLS-1$
	}
}
