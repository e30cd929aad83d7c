// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.workspace.internal.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.eclipse.osgi.util.NLS;

import io.github.chorus.cli.CommandContext;
import io.github.chorus.cli.ICommand;
import io.github.chorus.cli.UsageException;
import io.github.chorus.workspace.ChorusWorkspace;
import io.github.chorus.workspace.demo.DemoWorkspace;

/**
 * {@code chorus demo --workspace DIR [--seed S] [--posts N] [--messages N] [--observations N]
 * [--anchor YYYY-MM-DD]}: creates the demo workspace.
 */
public final class DemoCommand implements ICommand {

    @Override
    public int run(CommandContext context) throws Exception {
        Path folder = Path.of(context.requiredOption("--workspace")); //$NON-NLS-1$
        LocalDate anchor;
        String anchorText = context.option("--anchor").orElse(null); //$NON-NLS-1$
        try {
            anchor = anchorText == null ? LocalDate.now() : LocalDate.parse(anchorText);
        } catch (DateTimeParseException e) {
            throw new UsageException(NLS.bind(Messages.badDate, anchorText));
        }
        DemoWorkspace.Options defaults = DemoWorkspace.Options.defaults(anchor);
        DemoWorkspace.Options options = new DemoWorkspace.Options(
                context.longOption("--seed", defaults.seed()), //$NON-NLS-1$
                positive(context, "--posts", defaults.posts()), //$NON-NLS-1$
                positive(context, "--messages", defaults.messages()), //$NON-NLS-1$
                positive(context, "--observations", defaults.observations()), anchor); //$NON-NLS-1$
        if (ChorusWorkspace.isWorkspace(folder)) {
            context.err().println(NLS.bind(Messages.alreadyWorkspace, folder));
            return 1;
        }
        ChorusWorkspace workspace = DemoWorkspace.generate(folder, options);
        workspace.save();
        context.out().println(NLS.bind(Messages.demoCreated, new Object[] { folder, workspace.content().getItems().size(),
                workspace.community().getThreads().size(),
                workspace.community().getThreads().stream().mapToInt(t -> t.getMessages().size()).sum(),
                workspace.analytics().getSeries().size() }));
        return 0;
    }

    private static int positive(CommandContext context, String option, int defaultValue) {
        int value = context.intOption(option, defaultValue);
        if (value < 1) {
            throw new UsageException(option + " must be at least 1"); //$NON-NLS-1$
        }
        return value;
    }
}
