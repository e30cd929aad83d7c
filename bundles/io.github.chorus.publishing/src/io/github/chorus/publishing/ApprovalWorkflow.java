// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.publishing;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import io.github.chorus.content.model.Approval;
import io.github.chorus.content.model.ApprovalDecision;
import io.github.chorus.content.model.ContentFactory;
import io.github.chorus.content.model.PublicationState;
import io.github.chorus.content.model.ScheduledPublication;
import io.github.chorus.content.model.Variant;
import io.github.chorus.plan.model.Member;
import io.github.chorus.plan.model.Permission;
import io.github.chorus.plan.model.Role;
import io.github.chorus.plan.model.RoleKind;

/**
 * The approval workflow of one workspace under one {@link ApprovalPolicy}: DRAFT → IN_REVIEW → APPROVED →
 * SCHEDULED, with every decision recorded as an {@link Approval} naming the approver, the time and the
 * variant revision it was made on. Editing an approved variant ({@link #variantEdited}) raises its revision,
 * so earlier approvals no longer count and its publications go back to review. The outbox asks
 * {@link #isApproved} again right before publishing, so nothing unapproved is ever published when approval
 * is required.
 *
 * @since 0.1
 * @noextend This class is not intended to be subclassed by clients.
 */
public final class ApprovalWorkflow {

	private final ApprovalPolicy policy;

	/**
	 * @param policy the workspace's policy
	 */
	public ApprovalWorkflow(ApprovalPolicy policy) {
		this.policy = Objects.requireNonNull(policy, "policy"); //$NON-NLS-1$
	}

	/** @return the policy */
	public ApprovalPolicy policy() {
		return policy;
	}

	/**
	 * Sends a draft for review (or, when no approval is required, straight to APPROVED).
	 *
	 * @param publication a publication in DRAFT
	 * @throws IllegalStateException when it is not a draft
	 */
	public void submit(ScheduledPublication publication) {
		require(publication, PublicationState.DRAFT);
		publication.setState(policy.required() ? PublicationState.IN_REVIEW : PublicationState.APPROVED);
	}

	/**
	 * Records a reviewer's decision on the current revision of the publication's variant. An approval that
	 * completes the policy moves the publication to APPROVED; a request for changes or a rejection sends it
	 * back to DRAFT, to its author.
	 *
	 * @param publication a publication IN_REVIEW
	 * @param member      the reviewer
	 * @param decision    the decision
	 * @param comment     the reviewer's comment, or {@code null}
	 * @param at          when
	 * @return the recorded approval
	 * @throws IllegalStateException when the publication is not in review, or the member may not make this
	 *                               decision at this step
	 */
	public Approval decide(ScheduledPublication publication, Member member, ApprovalDecision decision, String comment,
			Instant at) {
		require(publication, PublicationState.IN_REVIEW);
		RoleKind step = nextStep(publication);
		boolean allowed = policy.mode() == ApprovalPolicy.Mode.MULTI_STEP ? hasRole(member, step)
				: hasPermission(member, Permission.APPROVE_CONTENT);
		if (!allowed) {
			throw new IllegalStateException(member.getName() + " may not review " + publication.getId() //$NON-NLS-1$
					+ (step == null ? "" : " at the " + step + " step")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		Approval approval = ContentFactory.eINSTANCE.createApproval();
		approval.setId(publication.getId() + "-a" + (publication.getApprovals().size() + 1)); //$NON-NLS-1$
		approval.setApprover(member);
		approval.setDecision(decision);
		approval.setDecidedAt(at);
		approval.setComment(comment);
		approval.setVariantRevision(revision(publication));
		publication.getApprovals().add(approval);
		if (decision != ApprovalDecision.APPROVED) {
			publication.setState(PublicationState.DRAFT);
		} else if (isApproved(publication)) {
			publication.setState(PublicationState.APPROVED);
		}
		return approval;
	}

	/**
	 * Schedules an approved publication at a local time in a zone.
	 *
	 * @param publication a publication in APPROVED or SCHEDULED (or DRAFT when no approval is required)
	 * @param at          the instant, see {@link Schedules#at}
	 * @param zone        the IANA zone it was planned in
	 * @throws IllegalStateException when approval is required and missing for the current revision
	 */
	public void schedule(ScheduledPublication publication, Instant at, String zone) {
		if (!isApproved(publication)) {
			throw new IllegalStateException(publication.getId() + " is not approved for revision " + revision(publication)); //$NON-NLS-1$
		}
		PublicationState state = publication.getState();
		if (state != PublicationState.APPROVED && state != PublicationState.SCHEDULED
				&& !(state == PublicationState.DRAFT && !policy.required())) {
			throw new IllegalStateException(publication.getId() + " cannot be scheduled from " + state); //$NON-NLS-1$
		}
		publication.setScheduledAt(at);
		publication.setTimeZone(zone);
		publication.setState(PublicationState.SCHEDULED);
	}

	/**
	 * Records an edit of a variant: its revision goes up, so approvals of earlier revisions no longer count,
	 * and its publications that were in review, approved or scheduled go back to review (when approval is
	 * required). Call it once per saved edit.
	 *
	 * @param variant the edited variant
	 */
	public void variantEdited(Variant variant) {
		variant.setRevision(variant.getRevision() + 1);
		if (!policy.required()) {
			return;
		}
		for (ScheduledPublication publication : variant.getPublications()) {
			switch (publication.getState()) {
			case APPROVED, SCHEDULED -> publication.setState(PublicationState.IN_REVIEW);
			default -> {
				// drafts stay drafts; published, failed and cancelled publications are history
			}
			}
		}
	}

	/**
	 * @param publication a publication
	 * @return whether it may be published under the policy: no approval is required, or the current revision
	 *         of its variant carries the approvals the policy asks for
	 */
	public boolean isApproved(ScheduledPublication publication) {
		return switch (policy.mode()) {
		case NONE -> true;
		case ONE_APPROVER -> currentApprovals(publication).stream()
				.anyMatch(a -> a.getApprover() != null && hasPermission(a.getApprover(), Permission.APPROVE_CONTENT));
		case MULTI_STEP -> nextStep(publication) == null;
		};
	}

	/**
	 * @param publication a publication
	 * @return the role whose approval is awaited next, or {@code null} when none is (or the policy has no
	 *         steps)
	 */
	public RoleKind nextStep(ScheduledPublication publication) {
		if (policy.mode() != ApprovalPolicy.Mode.MULTI_STEP) {
			return null;
		}
		int step = 0;
		List<RoleKind> steps = policy.steps();
		for (Approval approval : currentApprovals(publication)) {
			if (step < steps.size() && approval.getApprover() != null && hasRole(approval.getApprover(), steps.get(step))) {
				step++;
			}
		}
		return step < steps.size() ? steps.get(step) : null;
	}

	/**
	 * The approvals that count: decisions APPROVED on the current revision, made after the last request for
	 * changes or rejection of that revision.
	 */
	private static List<Approval> currentApprovals(ScheduledPublication publication) {
		int revision = revision(publication);
		List<Approval> current = new java.util.ArrayList<>();
		for (Approval approval : publication.getApprovals()) {
			if (approval.getVariantRevision() != revision) {
				continue;
			}
			if (approval.getDecision() == ApprovalDecision.APPROVED) {
				current.add(approval);
			} else {
				current.clear();
			}
		}
		return current;
	}

	private static int revision(ScheduledPublication publication) {
		return publication.eContainer() instanceof Variant variant ? variant.getRevision() : 0;
	}

	private static boolean hasRole(Member member, RoleKind kind) {
		return kind != null && member.getRoles().stream().anyMatch(r -> r.getKind() == kind);
	}

	private static boolean hasPermission(Member member, Permission permission) {
		for (Role role : member.getRoles()) {
			if (role.getPermissions().contains(permission)) {
				return true;
			}
		}
		return false;
	}

	private static void require(ScheduledPublication publication, PublicationState state) {
		if (publication.getState() != state) {
			throw new IllegalStateException(publication.getId() + " is " + publication.getState() + ", not " + state); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}
}
