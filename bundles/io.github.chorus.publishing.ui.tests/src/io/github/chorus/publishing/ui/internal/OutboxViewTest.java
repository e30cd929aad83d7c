// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.publishing.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.model.application.ui.menu.MToolControl;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

import io.github.chorus.channels.IChannelTypeRegistry;
import io.github.chorus.channels.accounts.AccountDirectory;
import io.github.chorus.channels.connector.AccountProfile;
import io.github.chorus.content.model.ApprovalDecision;
import io.github.chorus.content.model.ContentFactory;
import io.github.chorus.content.model.ContentItem;
import io.github.chorus.content.model.ContentPackage;
import io.github.chorus.content.model.PublicationState;
import io.github.chorus.content.model.ScheduledPublication;
import io.github.chorus.content.model.Variant;
import io.github.chorus.plan.model.ChannelPresence;
import io.github.chorus.plan.model.Member;
import io.github.chorus.plan.model.Permission;
import io.github.chorus.plan.model.PlanPackage;
import io.github.chorus.publishing.ApprovalPolicy;
import io.github.chorus.publishing.ApprovalWorkflow;
import io.github.chorus.publishing.Outbox;
import io.github.chorus.publishing.OutboxEvent;
import io.github.chorus.publishing.PublicationOutcomes;
import io.github.chorus.publishing.PublisherLock;
import io.github.chorus.publishing.PublishingSettings;
import io.github.chorus.publishing.internal.Publisher;
import io.github.chorus.publishing.internal.RegistryResolver;
import io.github.chorus.publishing.ui.internal.OutboxRow.Status;
import io.github.chorus.ui.ChorusWorkbench;
import io.github.chorus.workspace.ChorusWorkspace;
import io.github.chorus.workspace.ui.WorkspaceSession;

/**
 * Drives the real Outbox view in the Chorus workbench: publishing due posts through the Local feed, a
 * failure with its reason, notification, Fix and Retry, and a publisher in another "process" (another
 * workspace instance) whose outcomes reach the open workbench.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OutboxViewTest {

	private static final String LOCAL = "io.github.chorus.channel.local";
	private static final long TIMEOUT_MILLIS = 30_000;

	private IWorkbenchWindow window;
	private IWorkbenchPage page;
	private WorkspaceSession session;
	private OutboxMonitor monitor;
	private OutboxView view;
	private Path feeds;

	@BeforeEach
	void setUp() throws Exception {
		window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		page = window.getActivePage();
		page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry()
				.findPerspectiveWithId(ChorusWorkbench.PERSPECTIVE_CONTENT));
		monitor = OutboxMonitor.of(PlatformUI.getWorkbench());
		session = monitor.session();
		view = (OutboxView) page.showView(OutboxView.ID);
		feeds = Files.createTempDirectory("chorus-feeds");
	}

	@AfterEach
	void tearDown() throws Exception {
		FailurePopup.closeAll();
		page.closeAllEditors(false);
		processEvents();
		try (var files = Files.walk(feeds)) {
			files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
		}
		assertNoLoggedErrors();
	}

	@Test
	@Order(1)
	void publishesDuePostsThroughTheLocalFeedAndTheRowsMoveToPublished() throws Exception {
		Path feed = connectLocalFeed("news");
		ScheduledPublication first = addDuePost("Fresh beans from the Outbox test");
		ScheduledPublication second = addDuePost("Second roast of the day");
		monitor.refresh();
		assertThat(row(first).status()).isEqualTo(Status.DUE);
		assertThat(row(first).account()).isEqualTo("Local feed (news)");
		assertThat(row(first).channel()).isEqualTo("Ember & Oak news feed");
		// the summary appears once the window has been painted
		waitUntil(() -> statusBarText().matches("Outbox: \\d+ due.*"), "the status bar's summary of the due posts");

		Job job = PublishDueHandler.start(window);
		assertThat(job).isNotNull();
		waitUntil(() -> monitor.rows().stream().noneMatch(r -> r.status() == Status.DUE) && !monitor.isPublishing(),
				"every due post published");

		for (ScheduledPublication publication : List.of(first, second)) {
			OutboxRow row = row(publication);
			assertThat(row.status()).isEqualTo(Status.PUBLISHED);
			assertThat(row.lastOutcome()).isEqualTo(Messages.Outcome_success);
			assertThat(row.link()).startsWith(feed.resolve("index.html").toUri().toString() + "#e-");
			assertThat(publication.getState()).as("the session's own object").isEqualTo(PublicationState.PUBLISHED);
		}
		assertThat(Files.readString(feed.resolve("feed.xml"))).contains("Fresh beans from the Outbox test")
				.contains("Second roast of the day");
		assertThat(session.isDirty()).as("outcomes are facts, not edits").isFalse();
		assertThat(session.workspace().changedOnDisk()).isEmpty();
		assertThat(statusBarText()).startsWith("Outbox: ").doesNotContain("publishing");

		view.filter().select(OutboxRow.Filter.PUBLISHED.ordinal());
		view.filter().notifyListeners(SWT.Selection, new Event());
		assertThat(view.viewer().getTable().getItemCount()).isEqualTo(view.shownRows().size());
		assertThat(view.shownRows()).allMatch(r -> r.status() == Status.PUBLISHED);
		view.select(first);
		page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
		Screenshots.save("outbox-published");
		page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
		view.filter().select(0);
		view.filter().notifyListeners(SWT.Selection, new Event());
	}

	@Test
	@Order(2)
	void aFailureShowsItsReasonANotificationAndOffersFixAndRetry() throws Exception {
		Path feed = connectLocalFeed("broken");
		Files.writeString(feed.resolve("feed.xml"), "this is not an Atom feed");
		ScheduledPublication post = addDuePost("Cold brew is back");

		PublishDueHandler.start(window);
		waitUntil(() -> statusOf(post) == Status.FAILED && !monitor.isPublishing(), "the post failed");

		OutboxRow failed = row(post);
		assertThat(failed.message()).contains("damaged and cannot be read");
		assertThat(failed.lastOutcome()).isEqualTo(Messages.Outcome_rejected);
		assertThat(failed.retryable()).as("the network never took it: retry is safe").isTrue();
		waitUntil(() -> FailurePopup.openNotifications().stream().anyMatch(n -> n.contains("Cold brew is back")),
				"a notification");
		assertThat(FailurePopup.openNotifications()).anySatisfy(n -> assertThat(n)
				.contains("Not published: Cold brew is back").contains("Ember & Oak news feed")
				.contains("damaged"));
		assertThat(statusBarText()).contains("failed");

		view.select(post);
		assertThat(view.retryButton().isEnabled()).isTrue();
		assertThat(view.fixButton().isEnabled()).isTrue();
		page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
		Screenshots.save("outbox-failed-with-notification");
		page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);

		view.fix();
		processEvents();
		assertThat(page.getActiveEditor()).isNotNull();
		assertThat(page.getActiveEditor().getEditorInput().getName()).endsWith("Cold brew is back");
		page.closeAllEditors(false);

		// the user moves the damaged file away, then retries: published, once
		Files.move(feed.resolve("feed.xml"), feeds.resolve("damaged-feed.xml"));
		view.select(post);
		view.retryButton().notifyListeners(SWT.Selection, new Event());
		waitUntil(() -> statusOf(post) == Status.PUBLISHED && !monitor.isPublishing(), "published on retry");
		assertThat(Files.readString(feed.resolve("feed.xml"))).containsOnlyOnce("<content type=\"text\">Cold brew is back</content>");
		assertThat(session.isDirty()).isFalse();
	}

	@Test
	@Order(3)
	void outcomesOfAPublisherInAnotherProcessReachTheOpenWorkbench() throws Exception {
		Path feed = connectLocalFeed("daemon");
		ScheduledPublication post = addDuePost("Published by the server's daemon");
		assertThat(publishInAnotherProcess()).isEqualTo(0);

		waitUntil(() -> statusOf(post) == Status.PUBLISHED, "the outcome merged into the workbench");
		assertThat(post.getRemoteUrl()).startsWith(feed.toUri().toString());
		assertThat(session.isDirty()).isFalse();
		assertThat(session.workspace().changedOnDisk()).isEmpty();
	}

	@Test
	@Order(4)
	void withUnsavedEditsTheUserIsAskedAndKeepsTheEditsAndTheOutcomes() throws Exception {
		connectLocalFeed("while-editing");
		ScheduledPublication post = addDuePost("Published while someone edits");
		ContentItem edited = session.workspace().content().getItems().get(0);
		String newName = edited.getName() + " (unsaved edit)";
		session.domain().getCommandStack().execute(SetCommand.create(session.domain(), edited,
				PlanPackage.Literals.NAMED__NAME, newName));
		assertThat(session.isDirty()).isTrue();
		AtomicReference<String> asked = new AtomicReference<>();
		java.util.concurrent.atomic.AtomicBoolean answering = new java.util.concurrent.atomic.AtomicBoolean(true);
		Display display = PlatformUI.getWorkbench().getDisplay();
		Runnable[] answer = new Runnable[1];
		answer[0] = () -> { // the user answers every question (the publisher saves twice) with Keep My Edits
			for (Shell shell : display.getShells()) {
				if (!shell.isDisposed() && Messages.Changed_title.equals(shell.getText())) {
					asked.set(shell.getText());
					pressButton(shell, Messages.Changed_keep);
				}
			}
			if (answering.get()) {
				display.timerExec(100, answer[0]);
			}
		};
		display.timerExec(100, answer[0]);

		Object code = publishInAnotherProcess();
		assertThat(code).isEqualTo(0);
		waitUntil(() -> statusOf(post) == Status.PUBLISHED && asked.get() != null, "the question and the merge");
		monitor.checkNow();
		answering.set(false);

		assertThat(session.isDirty()).as("the edit is kept").isTrue();
		assertThat(edited.getName()).isEqualTo(newName);
		session.save(); // no longer refused: the user chose to keep the edits over the other program's file
		ChorusWorkspace reread = ChorusWorkspace.open(session.workspace().folder());
		assertThat(reread.content().getItems().get(0).getName()).isEqualTo(newName);
		assertThat(PublicationOutcomes.byId(reread.content()).get(post.getId()).getState())
				.isEqualTo(PublicationState.PUBLISHED);
	}

	@Test
	@Order(5)
	void aSecondPublisherIsRefusedWithAMessageNamingTheFirst() throws Exception {
		connectLocalFeed("locked");
		ScheduledPublication post = addDuePost("Waits for the daemon to finish");
		AtomicReference<String> told = new AtomicReference<>();
		Display display = PlatformUI.getWorkbench().getDisplay();
		Runnable[] answer = new Runnable[1];
		answer[0] = () -> {
			for (Shell shell : display.getShells()) {
				if (!shell.isDisposed() && Messages.Job_name.equals(shell.getText())) {
					told.set(labels(shell, new StringBuilder()).toString());
					pressButton(shell, org.eclipse.jface.dialogs.IDialogConstants.OK_LABEL);
					return;
				}
			}
			display.timerExec(100, answer[0]);
		};
		try (PublisherLock daemon = PublisherLock.acquire(session.workspace().folder(), "chorus publish --daemon")) {
			display.timerExec(100, answer[0]);
			assertThat(PublishDueHandler.start(window)).isNotNull();
			waitUntil(() -> told.get() != null && !monitor.isPublishing(), "the message about the other publisher");
		}
		assertThat(told.get()).contains("Another publisher is already running")
				.contains("chorus publish --daemon (process " + ProcessHandle.current().pid());
		assertThat(row(post).status()).as("nothing was sent").isEqualTo(Status.DUE);

		PublishDueHandler.start(window); // once the daemon is gone
		waitUntil(() -> statusOf(post) == Status.PUBLISHED && !monitor.isPublishing(), "published after the daemon");
	}

	@Test
	@Order(6)
	void cancellingStopsBetweenPublications() throws Exception {
		Path feed = connectLocalFeed("cancelled");
		List<ScheduledPublication> posts = new java.util.ArrayList<>();
		for (int i = 1; i <= 4; i++) {
			posts.add(addDuePost("Queued post " + i));
		}
		AtomicReference<PublishDueJob> job = new AtomicReference<>();
		// the user presses the progress item's stop button as soon as the first post is out (posts of the
		// demo that fell due meanwhile on channels without an account are held, which is no call)
		job.set(new PublishDueJob(session.workspace().folder(), posts.size(), () -> {
			if (job.get().events().stream().anyMatch(event -> event.result() == OutboxEvent.Result.PUBLISHED)) {
				job.get().cancel();
			}
		}));
		job.get().schedule();
		job.get().join(TIMEOUT_MILLIS, null);

		assertThat(job.get().getResult().getSeverity()).isEqualTo(org.eclipse.core.runtime.IStatus.CANCEL);
		assertThat(job.get().events()).as("calls made").filteredOn(event -> event.result() != OutboxEvent.Result.HELD)
				.hasSize(1);
		ChorusWorkspace saved = ChorusWorkspace.open(session.workspace().folder());
		var states = posts.stream()
				.map(p -> PublicationOutcomes.byId(saved.content()).get(p.getId()).getState()).toList();
		assertThat(states).as("events %s", job.get().events()).containsExactly(PublicationState.PUBLISHED, PublicationState.SCHEDULED,
				PublicationState.SCHEDULED, PublicationState.SCHEDULED);
		assertThat(Files.readString(feed.resolve("feed.xml"))).contains("Queued post 1").doesNotContain("Queued post 2");
		waitUntil(() -> statusOf(posts.get(0)) == Status.PUBLISHED && statusOf(posts.get(1)) == Status.DUE,
				"the workbench showing the cancelled pass");

		PublishDueHandler.start(window); // the rest goes out on the next pass
		waitUntil(() -> posts.stream().allMatch(p -> statusOf(p) == Status.PUBLISHED) && !monitor.isPublishing(),
				"the rest published");
	}

	@Test
	@Order(7)
	void aLargeOutboxMakesTableItemsOnlyForWhatIsShown() throws Exception {
		ChannelPresence local = session.workspace().plan().getChannels().stream()
				.filter(c -> LOCAL.equals(c.getChannelTypeId())).findFirst().orElseThrow();
		List<ContentItem> items = new java.util.ArrayList<>();
		ScheduledPublication last = null;
		for (int i = 0; i < 3_000; i++) {
			ContentItem item = ContentFactory.eINSTANCE.createContentItem();
			item.setName("Archived post " + i);
			Variant variant = ContentFactory.eINSTANCE.createVariant();
			variant.setChannel(local);
			variant.setText("Archived post " + i);
			item.getVariants().add(variant);
			last = ContentFactory.eINSTANCE.createScheduledPublication();
			last.setState(PublicationState.PUBLISHED);
			last.setScheduledAt(Instant.parse("2025-01-01T10:00:00Z").plus(i, ChronoUnit.HOURS));
			last.setPublishedAt(last.getScheduledAt());
			last.setRemoteUrl("https://example.org/archive/" + i);
			variant.getPublications().add(last);
			items.add(item);
		}
		session.domain().getCommandStack().execute(AddCommand.create(session.domain(), session.workspace().content(),
				ContentPackage.Literals.CONTENT_LIBRARY__ITEMS, items));
		ScheduledPublication farthest = last;
		try {
			monitor.refresh();
			assertThat(view.shownRows()).hasSizeGreaterThan(3_000);
			view.select(farthest);
			processEvents();

			org.eclipse.swt.widgets.Table table = view.viewer().getTable();
			assertThat(table.getItemCount()).isEqualTo(view.shownRows().size());
			assertThat(view.viewer().getStructuredSelection().getFirstElement()).isInstanceOfSatisfying(OutboxRow.class,
					row -> assertThat(row.publication()).isSameAs(farthest));
			assertThat(table.getSelectionIndex()).isEqualTo(view.shownRows().indexOf(row(farthest)));
			long made = java.util.Arrays.stream(table.getItems()).filter(item -> item.getData() != null).count();
			assertThat(made).as("rows given to table items").isLessThan(200);
		} finally {
			session.domain().getCommandStack().undo();
			monitor.refresh();
		}
		assertThat(session.isDirty()).isFalse();
	}

	@Test
	@Order(8)
	void theClockAndTheSettingsOnDiskChangeRowsWithoutAnEdit() throws Exception {
		connectLocalFeed("clock");
		ScheduledPublication post = addPost("Due in two seconds", Instant.now().plusSeconds(2));
		monitor.refresh();
		assertThat(statusOf(post)).isEqualTo(Status.QUEUED);
		// the monitor makes the rows again when the post falls due, not on a fixed timer
		waitUntil(() -> statusOf(post) == Status.DUE, "the queued post due by the clock alone", 6_000);

		PublishingSettings settings = PublishingSettings.load(session.workspace().folder());
		AccountProfile local = new AccountDirectory(session.workspace().folder()).accounts().stream()
				.filter(account -> LOCAL.equals(account.channelTypeId())).findFirst().orElseThrow();
		settings.setAccountPause(LOCAL, local.accountId(), "paused by the test");
		settings.save();
		try {
			waitUntil(() -> statusOf(post) == Status.HELD, "the row held after the settings changed on disk", 6_000);
			assertThat(row(post).message()).contains("paused by the test");
		} finally {
			settings.setAccountPause(LOCAL, local.accountId(), null);
			settings.save();
			session.domain().getCommandStack().execute(org.eclipse.emf.edit.command.RemoveCommand.create(
					session.domain(), ((Variant) post.eContainer()).eContainer()));
			session.save();
		}
	}

	private static StringBuilder labels(Composite parent, StringBuilder text) {
		for (Control child : parent.getChildren()) {
			if (child instanceof org.eclipse.swt.widgets.Label label) {
				text.append(label.getText()).append('\n');
			} else if (child instanceof Composite composite) {
				labels(composite, text);
			}
		}
		return text;
	}

	private static void pressButton(Composite parent, String text) {
		for (Control child : parent.getChildren()) {
			if (child instanceof Button button && text.equals(button.getText())) {
				button.notifyListeners(SWT.Selection, new Event());
				return;
			}
			if (child instanceof Composite composite) {
				pressButton(composite, text);
			}
		}
	}

	/** Runs one pass of the engine on its own copy of the workspace, as a chorus publish --daemon does. */
	private Object publishInAnotherProcess() {
		BundleContext context = FrameworkUtil.getBundle(OutboxViewTest.class).getBundleContext();
		IChannelTypeRegistry registry = context.getService(context.getServiceReference(IChannelTypeRegistry.class));
		Path folder = session.workspace().folder();
		AtomicReference<Object> result = new AtomicReference<>();
		Thread daemon = new Thread(() -> {
			try {
				result.set(new Publisher(folder, new RegistryResolver(registry, folder), Clock.systemUTC(),
						Outbox.Options.defaults(), new PrintStream(new ByteArrayOutputStream(), true,
								StandardCharsets.UTF_8)).once());
			} catch (Exception e) {
				result.set(e);
			}
		});
		daemon.start();
		waitUntil(() -> result.get() != null, "the other publisher's pass");
		return result.get();
	}

	// helpers

	private Path connectLocalFeed(String name) throws Exception {
		AccountDirectory accounts = new AccountDirectory(session.workspace().folder());
		for (AccountProfile account : accounts.accounts()) {
			if (LOCAL.equals(account.channelTypeId())) {
				accounts.remove(LOCAL, account.accountId());
			}
		}
		Path feed = Files.createDirectories(feeds.resolve(name));
		accounts.save(new AccountProfile(LOCAL, feed.toString(), "Local feed (" + name + ")", null, null,
				Map.of("folder", feed.toString())));
		return feed;
	}

	/** Adds an approved post on the demo's Local feed channel, due five minutes ago, and saves. */
	private ScheduledPublication addDuePost(String text) throws Exception {
		return addPost(text, Instant.now().minus(5, ChronoUnit.MINUTES));
	}

	private ScheduledPublication addPost(String text, Instant due) throws Exception {
		ChannelPresence local = session.workspace().plan().getChannels().stream()
				.filter(c -> LOCAL.equals(c.getChannelTypeId())).findFirst().orElseThrow();
		Member approver = session.workspace().plan().getTeam().getMembers().stream()
				.filter(m -> m.getRoles().stream().anyMatch(r -> r.getPermissions().contains(Permission.APPROVE_CONTENT)))
				.findFirst().orElseThrow();
		String id = "outbox-test-" + System.nanoTime();
		ContentItem item = ContentFactory.eINSTANCE.createContentItem();
		item.setId(id);
		item.setName(text);
		Variant variant = ContentFactory.eINSTANCE.createVariant();
		variant.setId(id + "-local");
		variant.setChannel(local);
		variant.setText(text);
		item.getVariants().add(variant);
		ScheduledPublication publication = ContentFactory.eINSTANCE.createScheduledPublication();
		publication.setId(id + "-pub");
		publication.setState(PublicationState.DRAFT);
		variant.getPublications().add(publication);
		ApprovalWorkflow workflow = new ApprovalWorkflow(ApprovalPolicy.oneApprover());
		workflow.submit(publication);
		workflow.decide(publication, approver, ApprovalDecision.APPROVED, null, Instant.now().minusSeconds(60));
		workflow.schedule(publication, due, session.workspace().plan().getTimeZone());
		session.domain().getCommandStack().execute(AddCommand.create(session.domain(), session.workspace().content(),
				ContentPackage.Literals.CONTENT_LIBRARY__ITEMS, item));
		session.save();
		return publication;
	}

	private Status statusOf(ScheduledPublication publication) {
		return monitor.rows().stream().filter(r -> r.publication() == publication).map(OutboxRow::status).findFirst()
				.orElse(null);
	}

	private OutboxRow row(ScheduledPublication publication) {
		Optional<OutboxRow> row = monitor.rows().stream().filter(r -> r.publication() == publication).findFirst();
		return row.orElseThrow(() -> new AssertionError("no row for " + publication.getId()));
	}

	private String statusBarText() {
		EModelService models = window.getService(EModelService.class);
		List<MToolControl> controls = models.findElements(
				window.getService(org.eclipse.e4.ui.model.application.ui.basic.MWindow.class),
				"io.github.chorus.publishing.ui.status", MToolControl.class, null);
		assertThat(controls).as("the status bar's outbox summary").hasSize(1);
		return ((OutboxStatusControl) controls.get(0).getObject()).text();
	}

	private static void waitUntil(BooleanSupplier condition, String what) {
		waitUntil(condition, what, TIMEOUT_MILLIS);
	}

	private static void waitUntil(BooleanSupplier condition, String what, long timeoutMillis) {
		Display display = PlatformUI.getWorkbench().getDisplay();
		long end = System.currentTimeMillis() + timeoutMillis;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > end) {
				throw new AssertionError("timed out waiting for " + what);
			}
			if (!display.readAndDispatch()) {
				try {
					Thread.sleep(20);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					throw new AssertionError(e);
				}
			}
		}
	}

	static void processEvents() {
		Display display = PlatformUI.getWorkbench().getDisplay();
		while (display.readAndDispatch()) {
			// run pending UI work
		}
	}

	/** Fails when the workbench logged an error: such errors do not fail the test that caused them otherwise. */
	private static void assertNoLoggedErrors() throws Exception {
		processEvents();
		Path log = Platform.getLogFileLocation().toPath();
		List<String> errors = Files.exists(log)
				? Files.readAllLines(log).stream().filter(line -> line.matches("!ENTRY \\S+ 4 .*")).toList()
				: List.of();
		assertThat(errors).as("error entries in " + log).isEmpty();
	}
}
