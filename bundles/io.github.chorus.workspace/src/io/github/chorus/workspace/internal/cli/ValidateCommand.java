// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.workspace.internal.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

import io.github.chorus.cli.CommandContext;
import io.github.chorus.cli.ICommand;
import io.github.chorus.plan.model.validation.IConstraintContributor;
import io.github.chorus.workspace.ChorusWorkspace;
import io.github.chorus.workspace.LoadProblem;
import io.github.chorus.workspace.WorkspaceValidator;

/**
 * {@code chorus validate --workspace DIR}: prints {@code severity<TAB>resource<TAB>object<TAB>message}
 * per problem; exits 0 without errors, 1 with errors, 2 when a file cannot be read.
 */
public final class ValidateCommand implements ICommand {

    @Override
    public int run(CommandContext context) throws Exception {
        Path folder = Path.of(context.requiredOption("--workspace")); //$NON-NLS-1$
        return validate(folder, contributors(), Clock.systemUTC(), context.out(), context.err());
    }

    /** The command without OSGi: used by tests with explicit contributors and clock. */
    public static int validate(Path folder, List<IConstraintContributor> contributors, Clock clock, PrintStream out,
            PrintStream err) {
        ChorusWorkspace workspace;
        try {
            workspace = ChorusWorkspace.open(folder);
        } catch (IOException e) {
            err.println(NLS.bind(Messages.notFolder, folder, e.getMessage()));
            return 2;
        }
        workspace.loadAll(); // the bulk parts too, so that their problems are reported here
        for (LoadProblem problem : workspace.problems()) {
            out.println("error\t" + problem.file().getFileName() + "\t-\t" + problem.describe()); //$NON-NLS-1$ //$NON-NLS-2$
        }
        int errors = 0;
        int warnings = 0;
        for (WorkspaceValidator.Finding finding : WorkspaceValidator.validate(workspace, contributors, clock)) {
            out.println(finding.toLine());
            if (finding.severity() >= Diagnostic.ERROR) {
                errors++;
            } else if (finding.severity() >= Diagnostic.WARNING) {
                warnings++;
            }
        }
        err.println(NLS.bind(Messages.summary, new Object[] { errors, warnings, workspace.problems().size() }));
        return !workspace.problems().isEmpty() ? 2 : errors > 0 ? 1 : 0;
    }

    /** The channel rules and other contributed rules registered as OSGi services. */
    private static List<IConstraintContributor> contributors() throws InvalidSyntaxException {
        List<IConstraintContributor> contributors = new ArrayList<>();
        Bundle bundle = FrameworkUtil.getBundle(ValidateCommand.class);
        BundleContext bundleContext = bundle == null ? null : bundle.getBundleContext();
        if (bundleContext != null) {
            for (ServiceReference<IConstraintContributor> reference : bundleContext
                    .getServiceReferences(IConstraintContributor.class, null)) {
                IConstraintContributor contributor = bundleContext.getService(reference);
                if (contributor != null) {
                    contributors.add(contributor);
                }
            }
        }
        return contributors;
    }
}
