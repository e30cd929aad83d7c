// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.publishing;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import io.github.chorus.channels.connector.ChannelException;
import io.github.chorus.channels.connector.MediaFile;
import io.github.chorus.channels.connector.PostPart;
import io.github.chorus.channels.connector.PublishRequest;
import io.github.chorus.channels.connector.PublishResult;
import io.github.chorus.content.model.Asset;
import io.github.chorus.content.model.AttemptOutcome;
import io.github.chorus.content.model.ContentFactory;
import io.github.chorus.content.model.ContentItem;
import io.github.chorus.content.model.PublicationState;
import io.github.chorus.content.model.PublishAttempt;
import io.github.chorus.content.model.ScheduledPublication;
import io.github.chorus.content.model.ThreadPart;
import io.github.chorus.content.model.Variant;
import io.github.chorus.plan.model.ChannelPresence;
import io.github.chorus.publishing.OutboxEvent.Result;
import io.github.chorus.workspace.ChorusWorkspace;

/**
 * The outbox of one workspace: publishes the due publications through their channels' connectors, so that
 * every publication ends in exactly one visible outcome and every attempt is on record.
 * <p>
 * <b>States.</b> A publication is due when it is SCHEDULED, its time has come and its retry time (if any)
 * has passed. Before any network call, the outbox moves it to PUBLISHING, appends a {@link PublishAttempt}
 * with outcome {@link AttemptOutcome#UNKNOWN} and <em>saves the workspace</em>. After the call it records
 * the outcome in that attempt and the publication's new state, and saves again:
 * </p>
 * <ul>
 * <li>success → PUBLISHED, with the remote id and URL;</li>
 * <li>transient failure or rate limit → SCHEDULED again with a retry time (exponential backoff, or the
 * network's Retry-After), FAILED after {@link Options#maxAttempts()} such attempts;</li>
 * <li>expired authorization → SCHEDULED, and the account is paused (its other publications are held, other
 * accounts continue) until the user reconnects it;</li>
 * <li>rejected content → DRAFT, back to its author, with the network's reason in the attempt;</li>
 * <li>account or post gone → FAILED.</li>
 * </ul>
 * <p>
 * <b>Never twice.</b> Every request carries an idempotency key derived from the publication's id and its
 * variant's revision, stable across retries and restarts. A publication still PUBLISHING when an outbox
 * starts was interrupted (the process died during the call): its outcome is unknown, so it is not sent as
 * new but <em>reconciled</em>: the request is repeated with the same key, which the connector contract
 * requires the network or the connector to deduplicate, and the answer names the post that already exists.
 * A transient failure without an HTTP answer (a timeout after sending) is recorded as UNKNOWN and
 * reconciled the same way.
 * </p>
 * <p>
 * <b>Batches.</b> Up to {@link Options#batchSize()} publications are marked and saved together before their
 * calls, and recorded and saved together after them: two workspace saves per batch, whatever its size.
 * </p>
 * <p>
 * Not thread-safe: one thread runs an outbox; {@link #requestStop()} may be called from any thread.
 * </p>
 *
 * @since 0.1
 * @noextend This class is not intended to be subclassed by clients.
 */
public final class Outbox {

	/**
	 * Tuning of an outbox.
	 *
	 * @param batchSize    publications marked and saved together (at least 1)
	 * @param maxAttempts  temporary failures before a publication is given up as FAILED
	 * @param firstBackoff the wait after the first temporary failure; doubled after each further one
	 * @param maxBackoff   the longest wait between attempts (a longer Retry-After is still respected)
	 * @param parallelism  network calls of one batch made at the same time (at least 1); outcomes are still
	 *                     recorded one by one and saved together after the batch
	 */
	public record Options(int batchSize, int maxAttempts, Duration firstBackoff, Duration maxBackoff, int parallelism) {

		/** Checks the arguments. */
		public Options {
			if (batchSize < 1 || maxAttempts < 1 || parallelism < 1) {
				throw new IllegalArgumentException("batch size, attempts and parallelism must be positive"); //$NON-NLS-1$
			}
			Objects.requireNonNull(firstBackoff, "firstBackoff"); //$NON-NLS-1$
			Objects.requireNonNull(maxBackoff, "maxBackoff"); //$NON-NLS-1$
		}

		/**
		 * @return one publication per batch (saved before and after each network call), 8 attempts, backoff
		 *         from 30 s to 1 h
		 */
		public static Options defaults() {
			return new Options(1, 8, Duration.ofSeconds(30), Duration.ofHours(1), 1);
		}

		/**
		 * @param size the batch size
		 * @return these options with another batch size
		 */
		public Options withBatchSize(int size) {
			return new Options(size, maxAttempts, firstBackoff, maxBackoff, parallelism);
		}

		/**
		 * @param calls the network calls of one batch made at the same time
		 * @return these options with another parallelism
		 */
		public Options withParallelism(int calls) {
			return new Options(batchSize, maxAttempts, firstBackoff, maxBackoff, calls);
		}
	}

	private final ChorusWorkspace workspace;
	private final IConnectorResolver resolver;
	private final Clock clock;
	private final Options options;
	private final Consumer<OutboxEvent> listener;
	private volatile boolean stopRequested;
	private boolean unsavedChanges;

	/**
	 * @param workspace the workspace, loaded
	 * @param resolver  finds connectors and accounts
	 * @param clock     gives "now" (tests pass a fixed or stepping clock)
	 * @param options   tuning
	 * @param listener  told of every outcome as it happens (on the outbox's thread)
	 */
	public Outbox(ChorusWorkspace workspace, IConnectorResolver resolver, Clock clock, Options options,
			Consumer<OutboxEvent> listener) {
		this.workspace = Objects.requireNonNull(workspace, "workspace"); //$NON-NLS-1$
		this.resolver = Objects.requireNonNull(resolver, "resolver"); //$NON-NLS-1$
		this.clock = Objects.requireNonNull(clock, "clock"); //$NON-NLS-1$
		this.options = Objects.requireNonNull(options, "options"); //$NON-NLS-1$
		this.listener = Objects.requireNonNull(listener, "listener"); //$NON-NLS-1$
	}

	/** Asks a running {@link #publishDue()} to stop after the call in progress; the rest of its batch is rolled back. */
	public void requestStop() {
		stopRequested = true;
	}

	/** @return whether {@link #requestStop()} was called */
	public boolean stopRequested() {
		return stopRequested;
	}

	/**
	 * Publishes what is due now. The publishing settings are read again first, so freezes and resumed
	 * accounts made by another process apply.
	 *
	 * @return one event per due publication, in the order they were handled
	 * @throws IOException when the workspace or the settings cannot be saved; what was saved before stays valid
	 */
	public List<OutboxEvent> publishDue() throws IOException {
		PublishingSettings settings = PublishingSettings.load(workspace.folder());
		ApprovalWorkflow approvals = new ApprovalWorkflow(
				settings.approvalPolicy(workspace.plan() == null || workspace.plan().isApprovalRequired()));
		Instant now = clock.instant();
		List<OutboxEvent> events = new ArrayList<>();
		Consumer<OutboxEvent> emit = event -> {
			events.add(event);
			listener.accept(event);
		};
		List<ScheduledPublication> due = due(now, settings);
		Map<ChannelPresence, Object> bindings = new HashMap<>();
		boolean settingsChanged = false;
		int index = 0;
		while (index < due.size() && !stopRequested) {
			List<Pending> batch = new ArrayList<>();
			while (index < due.size() && batch.size() < options.batchSize()) {
				ScheduledPublication publication = due.get(index++);
				Pending pending = prepare(publication, settings, approvals, bindings, now, emit);
				if (pending != null) {
					batch.add(pending);
				}
			}
			if (batch.isEmpty()) {
				continue;
			}
			if (settingsChanged) {
				settings.save();
				settingsChanged = false;
			}
			workspace.save(); // every publication of the batch is PUBLISHING with an UNKNOWN attempt, on disk
			unsavedChanges = false;
			List<Object> outcomes = options.parallelism() > 1 && batch.size() > 1 ? sendAll(batch) : null;
			for (int i = 0; i < batch.size(); i++) {
				Pending pending = batch.get(i);
				if (outcomes != null) {
					Object outcome = outcomes.get(i);
					if (outcome == NOT_SENT) {
						rollBack(pending);
					} else {
						settingsChanged |= record(pending, outcome, settings, emit);
					}
					continue;
				}
				if (stopRequested || settings.accountPause(pending.binding.account().channelTypeId(),
						pending.binding.account().accountId()).isPresent()) {
					rollBack(pending);
					if (!stopRequested) {
						emit.accept(event(pending.publication, Result.HELD, "held: its account is paused", null)); //$NON-NLS-1$
					}
					continue;
				}
				settingsChanged |= call(pending, settings, emit);
			}
			if (settingsChanged) {
				settings.save();
				settingsChanged = false;
			}
			workspace.save();
			unsavedChanges = false;
		}
		if (settingsChanged) {
			settings.save();
		}
		if (unsavedChanges) { // publications sent back to review or failed without a network call
			workspace.save();
			unsavedChanges = false;
		}
		return events;
	}

	/**
	 * @param now the time to look from
	 * @return when the next publication becomes due, if one is waiting (frozen ones excluded)
	 * @throws IOException when the settings cannot be read
	 */
	public Optional<Instant> nextDue(Instant now) throws IOException {
		PublishingSettings settings = PublishingSettings.load(workspace.folder());
		Instant next = null;
		for (ScheduledPublication publication : publications()) {
			if (publication.getState() != PublicationState.SCHEDULED || publication.getScheduledAt() == null
					|| frozen(publication, settings) != null) {
				continue;
			}
			Instant at = publication.getScheduledAt();
			Instant retry = settings.notBefore(publication.getId()).orElse(at);
			at = retry.isAfter(at) ? retry : at;
			if (next == null || at.isBefore(next)) {
				next = at;
			}
		}
		return Optional.ofNullable(next);
	}

	/** @return every publication of the workspace */
	private List<ScheduledPublication> publications() {
		List<ScheduledPublication> all = new ArrayList<>();
		if (workspace.content() == null) {
			return all;
		}
		for (ContentItem item : workspace.content().getItems()) {
			for (Variant variant : item.getVariants()) {
				all.addAll(variant.getPublications());
			}
		}
		return all;
	}

	private List<ScheduledPublication> due(Instant now, PublishingSettings settings) {
		List<ScheduledPublication> due = new ArrayList<>();
		for (ScheduledPublication publication : publications()) {
			PublicationState state = publication.getState();
			boolean interrupted = state == PublicationState.PUBLISHING;
			boolean scheduled = state == PublicationState.SCHEDULED && publication.getScheduledAt() != null
					&& !publication.getScheduledAt().isAfter(now);
			if ((interrupted || scheduled)
					&& settings.notBefore(publication.getId()).map(t -> !t.isAfter(now)).orElse(true)) {
				due.add(publication);
			}
		}
		due.sort(Comparator.comparing((ScheduledPublication p) -> p.getScheduledAt() == null ? Instant.MIN : p.getScheduledAt())
				.thenComparing(ScheduledPublication::getId));
		return due;
	}

	private static String frozen(ScheduledPublication publication, PublishingSettings settings) {
		Optional<String> workspaceFreeze = settings.workspaceFreeze();
		if (workspaceFreeze.isPresent()) {
			return "held: the workspace is frozen (" + workspaceFreeze.get() + ')'; //$NON-NLS-1$
		}
		if (publication.eContainer() instanceof Variant variant && variant.eContainer() instanceof ContentItem item
				&& item.getCampaign() != null) {
			Optional<String> freeze = settings.campaignFreeze(item.getCampaign().getId());
			if (freeze.isPresent()) {
				return "held: campaign " + item.getCampaign().getId() + " is frozen (" + freeze.get() + ')'; //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		return null;
	}

	private record Pending(ScheduledPublication publication, Variant variant, IConnectorResolver.Binding binding,
			PublishAttempt attempt, PublicationState previous, boolean interrupted) {
	}

	/** Checks that a due publication may go out, and marks it PUBLISHING with an UNKNOWN attempt. */
	private Pending prepare(ScheduledPublication publication, PublishingSettings settings, ApprovalWorkflow approvals,
			Map<ChannelPresence, Object> bindings, Instant now, Consumer<OutboxEvent> emit) {
		String freeze = frozen(publication, settings);
		if (freeze != null) {
			emit.accept(event(publication, Result.HELD, freeze, null));
			return null;
		}
		if (!(publication.eContainer() instanceof Variant variant) || variant.getChannel() == null) {
			publication.setState(PublicationState.FAILED);
			unsavedChanges = true;
			emit.accept(event(publication, Result.FAILED, "failed: the publication has no variant or channel", null)); //$NON-NLS-1$
			return null;
		}
		boolean interrupted = publication.getState() == PublicationState.PUBLISHING;
		if (!interrupted && !approvals.isApproved(publication)) {
			publication.setState(PublicationState.IN_REVIEW);
			unsavedChanges = true;
			emit.accept(event(publication, Result.BACK_TO_REVIEW,
					"not approved for revision " + variant.getRevision() + ": sent back to review, nothing sent", null)); //$NON-NLS-1$ //$NON-NLS-2$
			return null;
		}
		Object binding = bindings.computeIfAbsent(variant.getChannel(), channel -> {
			try {
				return resolver.resolve(channel);
			} catch (ChannelException e) {
				return e;
			}
		});
		if (binding instanceof ChannelException e) {
			emit.accept(event(publication, Result.HELD, "held: " + e.getMessage(), null)); //$NON-NLS-1$
			return null;
		}
		IConnectorResolver.Binding resolved = (IConnectorResolver.Binding) binding;
		Optional<String> pause = settings.accountPause(resolved.account().channelTypeId(), resolved.account().accountId());
		if (pause.isPresent()) {
			emit.accept(event(publication, Result.HELD, "held: account " + resolved.account().accountId() //$NON-NLS-1$
					+ " is paused (" + pause.get() + "); reconnect it to resume", null)); //$NON-NLS-1$ //$NON-NLS-2$
			return null;
		}
		PublishAttempt attempt = ContentFactory.eINSTANCE.createPublishAttempt();
		attempt.setId(publication.getId() + "-try" + (publication.getAttempts().size() + 1)); //$NON-NLS-1$
		attempt.setStartedAt(now);
		attempt.setOutcome(AttemptOutcome.UNKNOWN);
		attempt.setMessage(interrupted ? "reconciling an interrupted attempt with its idempotency key" //$NON-NLS-1$
				: "sending"); //$NON-NLS-1$
		publication.getAttempts().add(attempt);
		PublicationState previous = publication.getState();
		publication.setState(PublicationState.PUBLISHING);
		return new Pending(publication, variant, resolved, attempt, previous, interrupted);
	}

	/** Undoes {@link #prepare} for a publication whose call was never made. */
	private static void rollBack(Pending pending) {
		pending.publication.getAttempts().remove(pending.attempt);
		pending.publication.setState(pending.interrupted ? PublicationState.PUBLISHING : PublicationState.SCHEDULED);
	}

	/** Marks a call not made because a stop was requested first. */
	private static final Object NOT_SENT = new Object();

	/** Makes the calls of a batch at the same time; a call not yet started when a stop is requested is not made. */
	private List<Object> sendAll(List<Pending> batch) {
		List<PublishRequest> requests = batch.stream().map(this::request).toList(); // the model is read here only
		java.util.concurrent.ExecutorService executor = java.util.concurrent.Executors
				.newFixedThreadPool(Math.min(options.parallelism(), batch.size()));
		try {
			List<java.util.concurrent.Future<Object>> futures = new ArrayList<>();
			for (int i = 0; i < batch.size(); i++) {
				Pending pending = batch.get(i);
				PublishRequest request = requests.get(i);
				futures.add(executor.submit(() -> stopRequested ? NOT_SENT : send(pending, request)));
			}
			List<Object> outcomes = new ArrayList<>();
			for (java.util.concurrent.Future<Object> future : futures) {
				outcomes.add(awaitUninterruptibly(future));
			}
			return outcomes;
		} finally {
			executor.shutdown();
		}
	}

	private static Object awaitUninterruptibly(java.util.concurrent.Future<Object> future) {
		boolean interrupted = false;
		try {
			while (true) {
				try {
					return future.get();
				} catch (InterruptedException e) {
					interrupted = true; // the call is on its way: its outcome must be recorded
				} catch (java.util.concurrent.ExecutionException e) {
					return e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
				}
			}
		} finally {
			if (interrupted) {
				Thread.currentThread().interrupt();
			}
		}
	}

	/** @return the connector's {@link PublishResult}, or the exception it threw */
	private static Object send(Pending pending, PublishRequest request) {
		IConnectorResolver.Binding binding = pending.binding;
		try {
			return binding.connector().publish(binding.account(), binding.secrets(), request);
		} catch (ChannelException | RuntimeException e) {
			return e;
		}
	}

	/** Makes the network call and records its outcome; returns whether the settings changed. */
	private boolean call(Pending pending, PublishingSettings settings, Consumer<OutboxEvent> emit) {
		return record(pending, send(pending, request(pending)), settings, emit);
	}

	/** Records the outcome of a call; returns whether the settings changed. */
	private boolean record(Pending pending, Object outcome, PublishingSettings settings, Consumer<OutboxEvent> emit) {
		ScheduledPublication publication = pending.publication;
		PublishAttempt attempt = pending.attempt;
		if (outcome instanceof ChannelException e) {
			return failed(pending, e, settings, emit);
		}
		if (outcome instanceof UnsupportedOperationException e) {
			attempt.setOutcome(AttemptOutcome.REJECTED);
			attempt.setMessage("the channel cannot publish: " + e.getMessage()); //$NON-NLS-1$
			publication.setState(PublicationState.FAILED);
			emit.accept(event(publication, Result.FAILED, "failed: " + attempt.getMessage(), null)); //$NON-NLS-1$
			return false;
		}
		if (outcome instanceof RuntimeException e) {
			// a connector bug: whether the post went out is not known, so it is reconciled like a timeout
			return failed(pending, new ChannelException(ChannelException.Kind.TRANSIENT,
					"connector error: " + e, null, null, 0, e), settings, emit); //$NON-NLS-1$
		}
		PublishResult result = (PublishResult) outcome;
		attempt.setOutcome(AttemptOutcome.SUCCESS);
		attempt.setRemoteId(result.remoteId());
		attempt.setRemoteUrl(result.url() == null ? null : result.url().toString());
		attempt.setMessage(result.scheduled() ? "handed to the network, which publishes it at " + result.at() //$NON-NLS-1$
				: pending.interrupted ? "published (reconciled after an interrupted attempt)" : "published"); //$NON-NLS-1$ //$NON-NLS-2$
		publication.setRemoteId(result.remoteId());
		publication.setRemoteUrl(attempt.getRemoteUrl());
		publication.setPublishedAt(result.at());
		publication.setState(PublicationState.PUBLISHED);
		boolean changed = settings.notBefore(publication.getId()).isPresent();
		settings.setNotBefore(publication.getId(), null);
		emit.accept(event(publication, Result.PUBLISHED, attempt.getMessage(), result.remoteId()));
		return changed;
	}

	private boolean failed(Pending pending, ChannelException e, PublishingSettings settings, Consumer<OutboxEvent> emit) {
		ScheduledPublication publication = pending.publication;
		PublishAttempt attempt = pending.attempt;
		String reason = e.networkMessage().map(m -> e.getMessage() + ": " + m).orElse(e.getMessage()); //$NON-NLS-1$
		Instant now = clock.instant();
		switch (e.kind()) {
		case TRANSIENT, RATE_LIMITED -> {
			boolean rateLimited = e.kind() == ChannelException.Kind.RATE_LIMITED;
			boolean answered = e.httpStatus().isPresent();
			attempt.setOutcome(rateLimited ? AttemptOutcome.RATE_LIMITED
					: answered ? AttemptOutcome.TRANSIENT_ERROR : AttemptOutcome.UNKNOWN);
			attempt.setMessage(e.httpStatus().isPresent() ? e.httpStatus().getAsInt() + " " + reason : reason); //$NON-NLS-1$
			long retryable = publication.getAttempts().stream()
					.filter(a -> a.getOutcome() == AttemptOutcome.TRANSIENT_ERROR
							|| a.getOutcome() == AttemptOutcome.RATE_LIMITED || a.getOutcome() == AttemptOutcome.UNKNOWN)
					.count();
			if (retryable >= options.maxAttempts()) {
				publication.setState(PublicationState.FAILED);
				settings.setNotBefore(publication.getId(), null);
				emit.accept(event(publication, Result.FAILED, "failed after " + retryable + " attempts: " + reason //$NON-NLS-1$ //$NON-NLS-2$
						+ (attempt.getOutcome() == AttemptOutcome.UNKNOWN
								? " (the last outcome is unknown: check the channel before publishing it again)" //$NON-NLS-1$
								: ""), null)); //$NON-NLS-1$
				return true;
			}
			Duration wait = backoff(retryable);
			if (rateLimited && e.retryAfter().isPresent()) {
				wait = e.retryAfter().get(); // the network said when: exactly then, not earlier
			}
			Instant retryAt = now.plus(wait);
			settings.setNotBefore(publication.getId(), retryAt);
			// still PUBLISHING when the outcome is unknown would reconcile at once; SCHEDULED waits for retryAt,
			// and the retry carries the same idempotency key, so it reconciles too
			publication.setState(PublicationState.SCHEDULED);
			emit.accept(event(publication, Result.RETRY_LATER, attempt.getOutcome() + ", retry at " + retryAt + ": " + reason, //$NON-NLS-1$ //$NON-NLS-2$
					null));
			return true;
		}
		case AUTH_EXPIRED -> {
			attempt.setOutcome(AttemptOutcome.AUTH_ERROR);
			attempt.setMessage(reason);
			publication.setState(PublicationState.SCHEDULED);
			settings.setAccountPause(pending.binding.account().channelTypeId(), pending.binding.account().accountId(),
					"authorization expired at " + now + ": " + reason); //$NON-NLS-1$ //$NON-NLS-2$
			emit.accept(event(publication, Result.ACCOUNT_PAUSED, "account " + pending.binding.account().accountId() //$NON-NLS-1$
					+ " paused, its authorization expired (" + reason + "): reconnect it to resume", null)); //$NON-NLS-1$ //$NON-NLS-2$
			return true;
		}
		case REJECTED -> {
			attempt.setOutcome(AttemptOutcome.REJECTED);
			attempt.setMessage(reason);
			publication.setState(PublicationState.DRAFT);
			ContentItem item = pending.variant.eContainer() instanceof ContentItem i ? i : null;
			String author = item != null && item.getOwner() != null ? item.getOwner().getName() : "its author"; //$NON-NLS-1$
			emit.accept(event(publication, Result.REJECTED, "rejected by the network, back to " + author + ": " + reason, //$NON-NLS-1$ //$NON-NLS-2$
					null));
			return settings.notBefore(publication.getId()).isPresent() && clear(settings, publication);
		}
		case GONE -> {
			attempt.setOutcome(AttemptOutcome.REJECTED);
			attempt.setMessage("gone: " + reason); //$NON-NLS-1$
			publication.setState(PublicationState.FAILED);
			emit.accept(event(publication, Result.FAILED, "failed, gone for good: " + reason, null)); //$NON-NLS-1$
			return settings.notBefore(publication.getId()).isPresent() && clear(settings, publication);
		}
		default -> throw new IllegalStateException(e.kind().toString());
		}
	}

	private static boolean clear(PublishingSettings settings, ScheduledPublication publication) {
		settings.setNotBefore(publication.getId(), null);
		return true;
	}

	/**
	 * @param failures the temporary failures so far (at least 1)
	 * @return the wait before the next attempt
	 */
	Duration backoff(long failures) {
		Duration wait = options.firstBackoff();
		for (long i = 1; i < failures && wait.compareTo(options.maxBackoff()) < 0; i++) {
			wait = wait.multipliedBy(2);
		}
		return wait.compareTo(options.maxBackoff()) > 0 ? options.maxBackoff() : wait;
	}

	/**
	 * @param publication a publication
	 * @return the idempotency key of its requests: stable across retries and restarts, new after an edit
	 */
	public static String idempotencyKey(ScheduledPublication publication) {
		int revision = publication.eContainer() instanceof Variant variant ? variant.getRevision() : 0;
		return publication.getId() + "@r" + revision; //$NON-NLS-1$
	}

	private PublishRequest request(Pending pending) {
		Variant variant = pending.variant;
		List<PostPart> parts = new ArrayList<>();
		parts.add(new PostPart(variant.getText() == null ? "" : variant.getText(), null, media(variant.getMedia()))); //$NON-NLS-1$
		PublishRequest.FollowUps followUps = PublishRequest.FollowUps.THREAD;
		for (ThreadPart part : variant.getThreadParts()) {
			parts.add(new PostPart(part.getText() == null ? "" : part.getText(), null, media(part.getMedia()))); //$NON-NLS-1$
		}
		if (variant.getThreadParts().isEmpty() && variant.getFirstComment() != null && !variant.getFirstComment().isBlank()) {
			parts.add(PostPart.text(variant.getFirstComment()));
			followUps = PublishRequest.FollowUps.COMMENTS;
		}
		return new PublishRequest(idempotencyKey(pending.publication), parts, followUps, null, null, Map.of());
	}

	private List<MediaFile> media(List<Asset> assets) {
		List<MediaFile> files = new ArrayList<>();
		for (Asset asset : assets) {
			if (asset.getUri() == null || asset.getMimeType() == null) {
				continue;
			}
			Path path = workspace.folder().resolve(asset.getUri());
			files.add(new MediaFile(path, asset.getMimeType(), asset.getAltText()));
		}
		return files;
	}

	private static OutboxEvent event(ScheduledPublication publication, Result result, String message, String remoteId) {
		String channel = publication.eContainer() instanceof Variant variant && variant.getChannel() != null
				? variant.getChannel().getName()
				: "?"; //$NON-NLS-1$
		return new OutboxEvent(publication.getId(), channel, result, message, remoteId,
				remoteId == null ? null : publication.getRemoteUrl());
	}
}
