// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.calendar.ui.internal;

import io.github.chorus.content.model.ContentItem;
import io.github.chorus.content.model.PublicationState;
import io.github.chorus.content.model.ScheduledPublication;
import io.github.chorus.content.model.Variant;
import io.github.chorus.plan.model.Campaign;
import io.github.chorus.plan.model.ChannelPresence;
import io.github.chorus.plan.model.Member;
import io.github.chorus.plan.model.Persona;

/**
 * What the calendar shows, shared by its month, week and list views; a {@code null} criterion
 * lets everything through.
 *
 * @param channel  only publications on this channel
 * @param campaign only items of this campaign
 * @param audience only items that serve this persona or one of its sub-targets
 * @param state    only publications in this state
 * @param assignee only items this team member owns
 */
public record CalendarFilter(ChannelPresence channel, Campaign campaign, Persona audience, PublicationState state,
		Member assignee) {

	/** The filter that shows everything. */
	public static final CalendarFilter NONE = new CalendarFilter(null, null, null, null, null);

	/**
	 * @param newChannel the channel criterion
	 * @return this filter with another channel criterion
	 */
	public CalendarFilter withChannel(ChannelPresence newChannel) {
		return new CalendarFilter(newChannel, campaign, audience, state, assignee);
	}

	/**
	 * @param newCampaign the campaign criterion
	 * @return this filter with another campaign criterion
	 */
	public CalendarFilter withCampaign(Campaign newCampaign) {
		return new CalendarFilter(channel, newCampaign, audience, state, assignee);
	}

	/**
	 * @param newAudience the audience criterion
	 * @return this filter with another audience criterion
	 */
	public CalendarFilter withAudience(Persona newAudience) {
		return new CalendarFilter(channel, campaign, newAudience, state, assignee);
	}

	/**
	 * @param newState the state criterion
	 * @return this filter with another state criterion
	 */
	public CalendarFilter withState(PublicationState newState) {
		return new CalendarFilter(channel, campaign, audience, newState, assignee);
	}

	/**
	 * @param newAssignee the assignee criterion
	 * @return this filter with another assignee criterion
	 */
	public CalendarFilter withAssignee(Member newAssignee) {
		return new CalendarFilter(channel, campaign, audience, state, newAssignee);
	}

	/**
	 * @param item the item
	 * @return whether the item-level criteria (campaign, audience, assignee) let it through
	 */
	public boolean acceptsItem(ContentItem item) {
		return (campaign == null || item.getCampaign() == campaign)
				&& (assignee == null || item.getOwner() == assignee)
				&& (audience == null || item.getPersonas().stream().anyMatch(this::withinAudience));
	}

	/**
	 * @param variant the variant
	 * @return whether the channel criterion lets it through
	 */
	public boolean acceptsVariant(Variant variant) {
		return channel == null || variant.getChannel() == channel;
	}

	/**
	 * @param publication the publication
	 * @return whether the state criterion lets it through
	 */
	public boolean acceptsPublication(ScheduledPublication publication) {
		return state == null || publication.getState() == state;
	}

	private boolean withinAudience(Persona persona) {
		for (Persona p = persona; p != null; p = p.eContainer() instanceof Persona parent ? parent : null) {
			if (p == audience) {
				return true;
			}
		}
		return false;
	}
}
