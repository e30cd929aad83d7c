package io.github.chorus.cli.internal;

import java.util.Locale;

import io.github.chorus.cli.CommandContext;
import io.github.chorus.cli.ICommand;
import io.github.chorus.cli.UsageException;

/** Prints its positional arguments; contributed by this fragment's fragment.xml. */
public class EchoTestCommand implements ICommand {

	@Override
	public int run(CommandContext context) {
		var words = context.positionalArguments("--upper"); //$NON-NLS-1$
		if (words.isEmpty()) {
			throw new UsageException("nothing to echo"); //$NON-NLS-1$
		}
		if (words.contains("fail")) { //$NON-NLS-1$
			throw new IllegalStateException("asked to fail"); //$NON-NLS-1$
		}
		String line = String.join(" ", words); //$NON-NLS-1$
		context.out().println(context.flag("--upper") ? line.toUpperCase(Locale.ROOT) : line); //$NON-NLS-1$
		return words.size();
	}
}
