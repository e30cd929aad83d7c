// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.publishing.internal.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import io.github.chorus.cli.CommandContext;
import io.github.chorus.cli.ICommand;
import io.github.chorus.cli.UsageException;
import io.github.chorus.publishing.PublishingSettings;

/**
 * {@code chorus freeze|unfreeze --workspace DIR [--campaign ID] [--reason TEXT]}: holds (or releases) every
 * scheduled publication of the workspace or of one campaign. A running publisher sees it on its next pass.
 */
public final class FreezeCommand implements ICommand {

	@Override
	public int run(CommandContext context) throws Exception {
		Path workspace = Path.of(context.requiredOption("--workspace")); //$NON-NLS-1$
		if (!Files.isDirectory(workspace)) {
			throw new UsageException("no workspace folder at " + workspace); //$NON-NLS-1$
		}
		boolean freeze = "freeze".equals(context.commandName()); //$NON-NLS-1$
		Optional<String> campaign = context.option("--campaign"); //$NON-NLS-1$
		String reason = freeze ? context.option("--reason").orElse("frozen from the command line") : null; //$NON-NLS-1$ //$NON-NLS-2$
		PublishingSettings settings = PublishingSettings.load(workspace);
		if (campaign.isPresent()) {
			settings.setCampaignFreeze(campaign.get(), reason);
		} else {
			settings.setWorkspaceFreeze(reason);
		}
		settings.save();
		context.out().println((freeze ? "Frozen: " : "Released: ") //$NON-NLS-1$ //$NON-NLS-2$
				+ campaign.map(c -> "campaign " + c).orElse("the whole workspace")); //$NON-NLS-1$ //$NON-NLS-2$
		return 0;
	}
}
