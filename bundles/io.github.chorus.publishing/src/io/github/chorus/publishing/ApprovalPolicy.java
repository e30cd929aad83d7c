// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.publishing;

import java.util.List;
import java.util.Objects;

import io.github.chorus.plan.model.RoleKind;

/**
 * How publications of a workspace are approved before they may be published.
 *
 * @param mode  the kind of workflow
 * @param steps for {@link Mode#MULTI_STEP}: the roles that approve, in order (one approval per step, each
 *              by a member who has that role); empty otherwise
 * @since 0.1
 */
public record ApprovalPolicy(Mode mode, List<RoleKind> steps) {

	/** The kinds of approval workflow. */
	public enum Mode {
		/** Nothing needs approval: scheduled publications go out as they are. */
		NONE,
		/** One approval of the current revision, by any member whose role grants {@code APPROVE_CONTENT}. */
		ONE_APPROVER,
		/** One approval per step, in order, each by a member with the step's role. */
		MULTI_STEP
	}

	/** Checks and copies the arguments. */
	public ApprovalPolicy {
		Objects.requireNonNull(mode, "mode"); //$NON-NLS-1$
		steps = List.copyOf(steps);
		if (mode == Mode.MULTI_STEP && steps.isEmpty()) {
			throw new IllegalArgumentException("a multi-step approval needs at least one step"); //$NON-NLS-1$
		}
		if (mode != Mode.MULTI_STEP && !steps.isEmpty()) {
			throw new IllegalArgumentException("only a multi-step approval has steps"); //$NON-NLS-1$
		}
	}

	/** @return no approval */
	public static ApprovalPolicy none() {
		return new ApprovalPolicy(Mode.NONE, List.of());
	}

	/** @return one approver */
	public static ApprovalPolicy oneApprover() {
		return new ApprovalPolicy(Mode.ONE_APPROVER, List.of());
	}

	/**
	 * @param steps the approving roles, in order
	 * @return a multi-step approval
	 */
	public static ApprovalPolicy multiStep(RoleKind... steps) {
		return new ApprovalPolicy(Mode.MULTI_STEP, List.of(steps));
	}

	/** @return whether publications need approval */
	public boolean required() {
		return mode != Mode.NONE;
	}

	/** @return a compact text form, as kept in the settings file ({@code none}, {@code one}, {@code APPROVER,ADMIN}) */
	public String encode() {
		return switch (mode) {
		case NONE -> "none"; //$NON-NLS-1$
		case ONE_APPROVER -> "one"; //$NON-NLS-1$
		case MULTI_STEP -> String.join(",", steps.stream().map(RoleKind::name).toList()); //$NON-NLS-1$
		};
	}

	/**
	 * @param text a text made by {@link #encode()}
	 * @return the policy
	 * @throws IllegalArgumentException when the text names no policy
	 */
	public static ApprovalPolicy decode(String text) {
		String value = text.strip();
		if ("none".equalsIgnoreCase(value)) { //$NON-NLS-1$
			return none();
		}
		if ("one".equalsIgnoreCase(value)) { //$NON-NLS-1$
			return oneApprover();
		}
		return new ApprovalPolicy(Mode.MULTI_STEP,
				java.util.Arrays.stream(value.split(",")).map(String::strip).map(RoleKind::valueOf).toList()); //$NON-NLS-1$
	}
}
