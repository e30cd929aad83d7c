// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.publishing.tests;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import io.github.chorus.channel.mastodon.internal.MastodonConnector;
import io.github.chorus.channels.ChannelAccount;
import io.github.chorus.channels.accounts.MemoryAccountSecrets;
import io.github.chorus.channels.connector.AccountProfile;
import io.github.chorus.channels.connector.ChannelException;
import io.github.chorus.content.model.ApprovalDecision;
import io.github.chorus.content.model.ContentFactory;
import io.github.chorus.content.model.ContentItem;
import io.github.chorus.content.model.PublicationState;
import io.github.chorus.content.model.ScheduledPublication;
import io.github.chorus.content.model.Variant;
import io.github.chorus.plan.model.Campaign;
import io.github.chorus.plan.model.ChannelPresence;
import io.github.chorus.plan.model.Member;
import io.github.chorus.plan.model.PlanFactory;
import io.github.chorus.plan.model.Role;
import io.github.chorus.plan.model.RoleKind;
import io.github.chorus.publishing.ApprovalPolicy;
import io.github.chorus.publishing.ApprovalWorkflow;
import io.github.chorus.publishing.IConnectorResolver;
import io.github.chorus.workspace.ChorusWorkspace;

/**
 * A workspace with Mastodon channels on a loopback instance, members with roles, and helpers that add
 * approved, scheduled publications. Used by the tests and by the crash test's child process.
 */
public final class Fixture {

	/** The channel type id of Mastodon. */
	public static final String MASTODON = "io.github.chorus.channel.mastodon";

	public final ChorusWorkspace workspace;
	public final Member author;
	public final Member approver;
	public final Member admin;
	private final Map<String, String> tokens = new HashMap<>();
	private int items;

	/**
	 * @param folder the workspace folder
	 */
	public Fixture(Path folder) {
		workspace = ChorusWorkspace.createEmpty(folder, "Test", "Europe/Rome");
		author = member("member-author", RoleKind.CONTENT_MANAGER);
		approver = member("member-approver", RoleKind.APPROVER);
		admin = member("member-admin", RoleKind.ADMIN);
	}

	private Member member(String id, RoleKind kind) {
		Member member = PlanFactory.eINSTANCE.createMember();
		member.setId(id);
		member.setName(id.substring("member-".length()));
		for (Role role : workspace.plan().getTeam().getRoles()) {
			if (role.getKind() == kind) {
				member.getRoles().add(role);
			}
		}
		workspace.plan().getTeam().getMembers().add(member);
		return member;
	}

	/**
	 * @param account the account id (its access token is {@code token-<account>})
	 * @return a Mastodon channel for the account
	 */
	public ChannelPresence mastodon(String account) {
		ChannelPresence channel = PlanFactory.eINSTANCE.createChannelPresence();
		channel.setId("channel-" + account);
		channel.setName("Mastodon " + account);
		channel.setChannelTypeId(MASTODON);
		channel.setAccountHandle(account);
		workspace.plan().getChannels().add(channel);
		tokens.put(account, "token-" + account);
		return channel;
	}

	/**
	 * @param id the campaign id
	 * @return a new campaign
	 */
	public Campaign campaign(String id) {
		Campaign campaign = PlanFactory.eINSTANCE.createCampaign();
		campaign.setId(id);
		campaign.setName(id);
		workspace.plan().getCampaigns().add(campaign);
		return campaign;
	}

	/**
	 * Adds a publication in DRAFT on a new content item.
	 *
	 * @param channel the channel
	 * @param text    the variant's text
	 * @return the publication
	 */
	public ScheduledPublication draft(ChannelPresence channel, String text) {
		ContentItem item = ContentFactory.eINSTANCE.createContentItem();
		item.setId("item-" + ++items);
		item.setName(text);
		item.setOwner(author);
		Variant variant = ContentFactory.eINSTANCE.createVariant();
		variant.setId(item.getId() + "-v1");
		variant.setChannel(channel);
		variant.setText(text);
		item.getVariants().add(variant);
		ScheduledPublication publication = ContentFactory.eINSTANCE.createScheduledPublication();
		publication.setId(variant.getId() + "-pub");
		publication.setState(PublicationState.DRAFT);
		variant.getPublications().add(publication);
		workspace.content().getItems().add(item);
		return publication;
	}

	/**
	 * Adds a publication approved by the approver and scheduled at {@code at}.
	 *
	 * @param channel the channel
	 * @param text    the text
	 * @param at      when it is due
	 * @return the publication
	 */
	public ScheduledPublication scheduled(ChannelPresence channel, String text, Instant at) {
		ScheduledPublication publication = draft(channel, text);
		ApprovalWorkflow workflow = new ApprovalWorkflow(ApprovalPolicy.oneApprover());
		workflow.submit(publication);
		workflow.decide(publication, approver, ApprovalDecision.APPROVED, null, at.minusSeconds(3600));
		workflow.schedule(publication, at, "Europe/Rome");
		return publication;
	}

	/**
	 * @param instance the loopback instance URL
	 * @param timeout  how long one request may take
	 * @return a resolver that publishes through the real Mastodon connector to the loopback instance
	 */
	public IConnectorResolver resolver(String instance, Duration timeout) {
		MastodonConnector connector = new MastodonConnector(
				java.net.http.HttpClient.newBuilder().connectTimeout(timeout).build(), timeout,
				java.time.Clock.systemUTC(), Duration.ofMillis(10), 1);
		return resolver(instance, connector);
	}

	static IConnectorResolver resolver(String instance, MastodonConnector connector) {
		Map<String, IConnectorResolver.Binding> bindings = new HashMap<>();
		return channel -> {
			if (!MASTODON.equals(channel.getChannelTypeId())) {
				throw new ChannelException(ChannelException.Kind.GONE, "not connected: " + channel.getName());
			}
			return bindings.computeIfAbsent(channel.getAccountHandle(), account -> {
				MemoryAccountSecrets secrets = new MemoryAccountSecrets();
				secrets.put("accessToken", "token-" + account);
				return new IConnectorResolver.Binding(connector,
						new ChannelAccount(MASTODON, account, Map.of(AccountProfile.BASE_URL, instance)), secrets);
			});
		};
	}
}
