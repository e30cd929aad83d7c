package io.github.chorus.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The arguments and output streams of one command run, with GNU-style option parsing:
 * {@code --name value}, {@code --name=value} and boolean {@code --flag}. Everything that is not
 * an option is a positional argument; {@code --} ends option parsing.
 *
 * @since 0.1
 * @noextend This class is not intended to be subclassed by clients.
 */
public final class CommandContext {

	private static final String OPTION_PREFIX = "--"; //$NON-NLS-1$

	private final String commandName;
	private final List<String> arguments;
	private final InputStream in;
	private final PrintStream out;
	private final PrintStream err;

	/**
	 * @param commandName the name the command was invoked with
	 * @param arguments   the arguments after the command name
	 * @param in          the command's standard input
	 * @param out         where results go
	 * @param err         where diagnostics go
	 */
	public CommandContext(String commandName, List<String> arguments, InputStream in, PrintStream out,
			PrintStream err) {
		this.commandName = Objects.requireNonNull(commandName);
		this.arguments = List.copyOf(arguments);
		this.in = Objects.requireNonNull(in);
		this.out = Objects.requireNonNull(out);
		this.err = Objects.requireNonNull(err);
	}

	/**
	 * Creates a context whose standard input is empty.
	 *
	 * @param commandName the name the command was invoked with
	 * @param arguments   the arguments after the command name
	 * @param out         where results go
	 * @param err         where diagnostics go
	 */
	public CommandContext(String commandName, List<String> arguments, PrintStream out, PrintStream err) {
		this(commandName, arguments, InputStream.nullInputStream(), out, err);
	}

	/** @return the name the command was invoked with */
	public String commandName() {
		return commandName;
	}

	/** @return the raw arguments after the command name, unmodifiable */
	public List<String> arguments() {
		return arguments;
	}

	/** @return the command's standard input */
	public InputStream in() {
		return in;
	}

	/** @return the stream for results */
	public PrintStream out() {
		return out;
	}

	/** @return the stream for diagnostics */
	public PrintStream err() {
		return err;
	}

	/**
	 * Returns the value of an option given as {@code --name value} or {@code --name=value}.
	 *
	 * @param name the option with its leading dashes, for example {@code "--workspace"}
	 * @return the value of its last occurrence, or empty when the option is absent
	 * @throws UsageException when the option is present without a value
	 */
	public Optional<String> option(String name) {
		checkName(name);
		String value = null;
		for (int i = 0; i < arguments.size(); i++) {
			String argument = arguments.get(i);
			if (OPTION_PREFIX.equals(argument)) {
				break;
			}
			if (argument.equals(name)) {
				if (i + 1 >= arguments.size() || isOption(arguments.get(i + 1))) {
					throw new UsageException("option " + name + " needs a value"); //$NON-NLS-1$ //$NON-NLS-2$
				}
				value = arguments.get(++i);
			} else if (argument.startsWith(name + '=')) {
				value = argument.substring(name.length() + 1);
			}
		}
		return Optional.ofNullable(value);
	}

	/**
	 * @param name the option with its leading dashes
	 * @return the option's value
	 * @throws UsageException when the option is absent or has no value
	 */
	public String requiredOption(String name) {
		return option(name).orElseThrow(() -> new UsageException("missing required option " + name)); //$NON-NLS-1$
	}

	/**
	 * @param name the flag with its leading dashes, for example {@code "--once"}
	 * @return whether the flag is present
	 */
	public boolean flag(String name) {
		checkName(name);
		for (String argument : arguments) {
			if (OPTION_PREFIX.equals(argument)) {
				return false;
			}
			if (argument.equals(name)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * @param name         the option with its leading dashes
	 * @param defaultValue the value when the option is absent
	 * @return the option's value as an int
	 * @throws UsageException when the value is not an integer
	 */
	public int intOption(String name, int defaultValue) {
		return numericOption(name, Integer::valueOf, defaultValue);
	}

	/**
	 * @param name         the option with its leading dashes
	 * @param defaultValue the value when the option is absent
	 * @return the option's value as a long
	 * @throws UsageException when the value is not an integer
	 */
	public long longOption(String name, long defaultValue) {
		return numericOption(name, Long::valueOf, defaultValue);
	}

	private <T> T numericOption(String name, Function<String, T> parser, T defaultValue) {
		return option(name).map(value -> {
			try {
				return parser.apply(value);
			} catch (NumberFormatException e) {
				throw new UsageException("option " + name + " needs an integer, not '" + value + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
		}).orElse(defaultValue);
	}

	/**
	 * Returns the arguments that are neither options nor option values. Every argument that
	 * starts with {@code --} is taken as an option; its value is the following argument unless
	 * it is given with {@code =} or the following argument is itself an option. Use {@code --}
	 * before positional arguments that start with dashes.
	 *
	 * @param flags the names of the boolean flags this command accepts, which take no value
	 * @return the positional arguments in order
	 */
	public List<String> positionalArguments(String... flags) {
		List<String> flagNames = List.of(flags);
		List<String> positional = new ArrayList<>();
		for (int i = 0; i < arguments.size(); i++) {
			String argument = arguments.get(i);
			if (OPTION_PREFIX.equals(argument)) {
				positional.addAll(arguments.subList(i + 1, arguments.size()));
				break;
			}
			if (!isOption(argument)) {
				positional.add(argument);
			} else if (!argument.contains("=") && !flagNames.contains(argument) //$NON-NLS-1$
					&& i + 1 < arguments.size() && !isOption(arguments.get(i + 1))) {
				i++;
			}
		}
		return positional;
	}

	private static boolean isOption(String argument) {
		return argument.startsWith(OPTION_PREFIX) && argument.length() > OPTION_PREFIX.length();
	}

	private static void checkName(String name) {
		if (!isOption(name)) {
			throw new IllegalArgumentException("option names start with --: " + name); //$NON-NLS-1$
		}
	}
}
