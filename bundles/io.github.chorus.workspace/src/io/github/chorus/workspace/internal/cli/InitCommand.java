// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.workspace.internal.cli;

import java.nio.file.Path;
import java.time.ZoneId;

import org.eclipse.osgi.util.NLS;

import io.github.chorus.cli.CommandContext;
import io.github.chorus.cli.ICommand;
import io.github.chorus.cli.UsageException;
import io.github.chorus.plan.model.internal.validation.PlanConstraints;
import io.github.chorus.workspace.ChorusWorkspace;

/** {@code chorus init --workspace DIR [--name NAME] [--time-zone ZONE]}: creates an empty workspace. */
public final class InitCommand implements ICommand {

    @Override
    public int run(CommandContext context) throws Exception {
        Path folder = Path.of(context.requiredOption("--workspace")); //$NON-NLS-1$
        String zone = context.option("--time-zone").orElse(ZoneId.systemDefault().getId()); //$NON-NLS-1$
        if (!PlanConstraints.isIanaZone(zone)) {
            throw new UsageException(NLS.bind(Messages.badTimeZone, zone));
        }
        if (ChorusWorkspace.isWorkspace(folder)) {
            context.err().println(NLS.bind(Messages.alreadyWorkspace, folder));
            return 1;
        }
        String name = context.option("--name").orElse(folder.toAbsolutePath().getFileName().toString()); //$NON-NLS-1$
        ChorusWorkspace.createEmpty(folder, name, zone).save();
        context.out().println(NLS.bind(Messages.created, folder));
        return 0;
    }
}
