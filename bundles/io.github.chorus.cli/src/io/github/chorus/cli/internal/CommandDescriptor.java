package io.github.chorus.cli.internal;

import java.util.Objects;
import java.util.function.Supplier;

import io.github.chorus.cli.ICommand;

/**
 * A command as declared in the {@code io.github.chorus.cli.commands} extension point. The
 * implementation is only created when the command runs.
 *
 * @param name        the word typed after {@code chorus}
 * @param description one line for {@code chorus help}
 * @param usage       the synopsis of the options, possibly empty
 * @param contributor the symbolic name of the contributing bundle
 * @param factory     creates a new instance of the command
 */
public record CommandDescriptor(String name, String description, String usage, String contributor,
		Supplier<ICommand> factory) {

	/** Validates the fields. */
	public CommandDescriptor {
		Objects.requireNonNull(name);
		Objects.requireNonNull(factory);
		description = description == null ? "" : description; //$NON-NLS-1$
		usage = usage == null ? "" : usage; //$NON-NLS-1$
	}

	/** @return {@code chorus NAME USAGE} */
	public String synopsis() {
		return usage.isBlank() ? "chorus " + name : "chorus " + name + ' ' + usage; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
