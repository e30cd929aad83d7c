// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.content.ui.internal;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import io.github.chorus.content.model.ContentFactory;
import io.github.chorus.content.model.ContentItem;
import io.github.chorus.content.model.ContentPackage;
import io.github.chorus.content.model.PublicationState;
import io.github.chorus.content.model.ScheduledPublication;
import io.github.chorus.content.model.Variant;

/** The composer's workflow commands: schedule a variant, send an item's drafts for review. */
final class Workflow {

	private Workflow() {
	}

	/**
	 * @param domain           the editing domain
	 * @param variant          the variant to publish
	 * @param at               when
	 * @param zone             the time zone the time was entered in
	 * @param approvalRequired whether the plan requires approval (the publication then starts in review)
	 * @return the command creating the publication
	 */
	static Command schedule(EditingDomain domain, Variant variant, Instant at, String zone, boolean approvalRequired) {
		ScheduledPublication publication = ContentFactory.eINSTANCE.createScheduledPublication();
		publication.setId("publication-" + UUID.randomUUID()); //$NON-NLS-1$
		publication.setScheduledAt(at);
		publication.setTimeZone(zone);
		publication.setState(approvalRequired ? PublicationState.IN_REVIEW : PublicationState.SCHEDULED);
		Command command = AddCommand.create(domain, variant, ContentPackage.Literals.VARIANT__PUBLICATIONS, publication);
		return command;
	}

	/**
	 * @param domain the editing domain
	 * @param item   the item
	 * @return one command moving every draft publication of the item to review, or {@code null}
	 *         when there is none
	 */
	static Command sendForReview(EditingDomain domain, ContentItem item) {
		CompoundCommand command = new CompoundCommand("Send for review"); //$NON-NLS-1$
		for (Variant variant : item.getVariants()) {
			for (ScheduledPublication publication : variant.getPublications()) {
				if (publication.getState() == PublicationState.DRAFT) {
					command.append(SetCommand.create(domain, publication,
							ContentPackage.Literals.SCHEDULED_PUBLICATION__STATE, PublicationState.IN_REVIEW));
				}
			}
		}
		return command.isEmpty() ? null : command;
	}
}
