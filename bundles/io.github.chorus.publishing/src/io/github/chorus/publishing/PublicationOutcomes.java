// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.publishing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.util.EcoreUtil;

import io.github.chorus.content.model.ContentItem;
import io.github.chorus.content.model.ContentLibrary;
import io.github.chorus.content.model.PublishAttempt;
import io.github.chorus.content.model.ScheduledPublication;
import io.github.chorus.content.model.Variant;

/**
 * Carries what the outbox recorded about publications (their attempts, state, remote id and URL, and
 * publication time) from one copy of a workspace's content into another: a publisher whose save was
 * refused because another process changed the workspace re-applies its outcomes to a fresh copy, and the
 * workbench merges a publisher's outcomes into the copy the user is editing without losing the edits.
 * <p>
 * A publication's outcome is carried only when its attempts differ: every network call the outbox makes
 * is recorded as an attempt, so a publication the user changed but no publisher touched keeps the user's
 * state.
 * </p>
 *
 * @since 0.1
 */
public final class PublicationOutcomes {

	private PublicationOutcomes() {
	}

	/**
	 * @param library a content library, or {@code null}
	 * @return its publications by id, in document order
	 */
	public static Map<String, ScheduledPublication> byId(ContentLibrary library) {
		Map<String, ScheduledPublication> publications = new LinkedHashMap<>();
		if (library == null) {
			return publications;
		}
		for (ContentItem item : library.getItems()) {
			for (Variant variant : item.getVariants()) {
				for (ScheduledPublication publication : variant.getPublications()) {
					publications.put(publication.getId(), publication);
				}
			}
		}
		return publications;
	}

	/**
	 * Copies the outcomes of the selected publications of {@code from} into their namesakes in {@code to},
	 * where their attempts differ.
	 *
	 * @param from  the copy holding the outcomes
	 * @param to    the copy to bring up to date
	 * @param which selects publications by id
	 * @return the ids of the publications of {@code to} that changed
	 */
	public static List<String> merge(ContentLibrary from, ContentLibrary to, Predicate<String> which) {
		Map<String, ScheduledPublication> targets = byId(to);
		List<String> changed = new ArrayList<>();
		for (ScheduledPublication source : byId(from).values()) {
			ScheduledPublication target = targets.get(source.getId());
			if (target != null && which.test(source.getId()) && copy(source, target)) {
				changed.add(source.getId());
			}
		}
		return changed;
	}

	/**
	 * Copies one publication's outcome when its attempts differ.
	 *
	 * @param from the publication holding the outcome
	 * @param to   the same publication in another copy
	 * @return whether {@code to} changed
	 */
	public static boolean copy(ScheduledPublication from, ScheduledPublication to) {
		if (sameAttempts(from.getAttempts(), to.getAttempts())) {
			return false;
		}
		to.getAttempts().clear();
		to.getAttempts().addAll(EcoreUtil.copyAll(from.getAttempts()));
		to.setState(from.getState());
		to.setRemoteId(from.getRemoteId());
		to.setRemoteUrl(from.getRemoteUrl());
		to.setPublishedAt(from.getPublishedAt());
		return true;
	}

	private static boolean sameAttempts(List<PublishAttempt> a, List<PublishAttempt> b) {
		if (a.size() != b.size()) {
			return false;
		}
		for (int i = 0; i < a.size(); i++) {
			PublishAttempt x = a.get(i);
			PublishAttempt y = b.get(i);
			if (!Objects.equals(x.getId(), y.getId()) || x.getOutcome() != y.getOutcome()
					|| !Objects.equals(x.getStartedAt(), y.getStartedAt())
					|| !Objects.equals(x.getRemoteId(), y.getRemoteId())
					|| !Objects.equals(x.getRemoteUrl(), y.getRemoteUrl())
					|| !Objects.equals(x.getMessage(), y.getMessage())) {
				return false;
			}
		}
		return true;
	}
}
