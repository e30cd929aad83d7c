package io.github.chorus.channels.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import io.github.chorus.content.model.PublicationState;
import io.github.chorus.content.model.ScheduledPublication;
import io.github.chorus.plan.model.validation.IConstraintContributor;
import io.github.chorus.workspace.ChorusWorkspace;
import io.github.chorus.workspace.WorkspaceValidator;
import io.github.chorus.workspace.WorkspaceValidator.Finding;
import io.github.chorus.workspace.demo.DemoWorkspace;

/**
 * The demo workspace a new user starts with must pass validation with the real channel rules
 * on, as `chorus demo` followed by `chorus validate` does in the product.
 */
class DemoWorkspaceChannelRulesTest {

	@TempDir
	Path folder;

	@Test
	void demoWorkspaceBreaksNoChannelRule() throws InterruptedException {
		ServiceTracker<IConstraintContributor, IConstraintContributor> tracker = new ServiceTracker<>(
				FrameworkUtil.getBundle(getClass()).getBundleContext(), IConstraintContributor.class, null);
		tracker.open();
		try {
			tracker.waitForService(TimeUnit.SECONDS.toMillis(20));
			List<IConstraintContributor> contributors = List.of(tracker.getServices(new IConstraintContributor[0]));
			assertThat(contributors).hasAtLeastOneElementOfType(ChannelRulesContributor.class);

			LocalDate anchor = LocalDate.of(2026, 11, 26);
			ChorusWorkspace workspace = DemoWorkspace.generate(folder, DemoWorkspace.Options.defaults(anchor));
			List<Finding> findings = WorkspaceValidator.validate(workspace, contributors,
					Clock.fixed(anchor.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
			assertThat(findings).filteredOn(finding -> finding.severity() == Diagnostic.ERROR)
					.extracting(Finding::message).isEmpty();
			assertThat(workspace.content().getItems()).as("the demo has content to check").isNotEmpty();
			assertThat(findings).as("every channel type of the demo is installed here")
					.noneMatch(finding -> ChannelRulesContributor.RULE_UNKNOWN_CHANNEL.equals(finding.rule()));

			// the offline flow: approved Local feed posts, some already due at the demo's noon
			Instant noon = anchor.atTime(12, 0).atZone(ZoneId.of("Europe/Paris")).toInstant();
			List<ScheduledPublication> local = workspace.content().getItems().stream()
					.flatMap(item -> item.getVariants().stream())
					.filter(variant -> "io.github.chorus.channel.local".equals(variant.getChannel().getChannelTypeId()))
					.flatMap(variant -> variant.getPublications().stream()).toList();
			assertThat(local).isNotEmpty().allSatisfy(publication -> {
				assertThat(publication.getState()).isEqualTo(PublicationState.SCHEDULED);
				assertThat(publication.getApprovals()).isNotEmpty();
			});
			assertThat(local).anySatisfy(publication -> assertThat(publication.getScheduledAt()).isBefore(noon));
		} finally {
			tracker.close();
		}
	}
}
