// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.channels.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.advanced.MPlaceholder;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.jface.notifications.NotificationPopup;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.chorus.channels.ChannelTypeDescriptor;
import io.github.chorus.channels.IChannelTypeRegistry;
import io.github.chorus.channels.accounts.AccountDirectory;
import io.github.chorus.channels.connector.AccountProfile;
import io.github.chorus.channels.testing.FakeServer;
import io.github.chorus.channels.testing.FakeServer.Reply;
import io.github.chorus.channels.ui.AccountPage;
import io.github.chorus.channels.ui.internal.AccountPageRegistry;
import io.github.chorus.channels.ui.internal.AccountRow;
import io.github.chorus.channels.ui.internal.AccountState;
import io.github.chorus.channels.ui.internal.AccountsView;
import io.github.chorus.channels.ui.internal.ChannelsUi;
import io.github.chorus.channels.ui.internal.ConnectWizard;
import io.github.chorus.channels.ui.internal.ConnectWizardDialog;
import io.github.chorus.channels.ui.internal.WorkspaceAccounts;
import io.github.chorus.publishing.PublishingSettings;
import io.github.chorus.ui.ChorusWorkbench;
import io.github.chorus.workspace.ui.WorkspaceSession;

/**
 * The Accounts view and the Connect Account wizard in the running Chorus application: a Local feed and
 * a Bluesky account (against a loopback server) connected through the wizard, a refused app password
 * shown on the page, tokens kept out of the workspace and the log, and expiring, expired and paused
 * accounts flagged in the view and in the notification.
 */
class AccountsUiTest {

	static final String BLUESKY = "io.github.chorus.channel.bluesky";
	static final String LOCAL = "io.github.chorus.channel.local";
	static final String APP_PASSWORD = "abcd-efgh-ijkl-mnop";

	WorkspaceAccounts accounts;
	IChannelTypeRegistry registry;
	AccountsView view;
	ConnectWizardDialog dialog;

	@BeforeEach
	void openView() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry()
				.findPerspectiveWithId(ChorusWorkbench.PERSPECTIVE_STRATEGY));
		accounts = new WorkspaceAccounts(WorkspaceSession.of(PlatformUI.getWorkbench()).workspace().folder());
		Files.deleteIfExists(accounts.folder().resolve(AccountDirectory.FILE_NAME));
		Files.deleteIfExists(accounts.folder().resolve(PublishingSettings.FILE_NAME));
		registry = ChannelsUi.registry().orElseThrow();
		view = (AccountsView) page.showView(ChannelsUi.ACCOUNTS_VIEW);
		view.refresh();
	}

	@AfterEach
	void closeDialog() {
		if (dialog != null && dialog.getShell() != null) {
			dialog.close();
		}
		InstanceScope.INSTANCE.getNode(ChannelsUi.PLUGIN_ID).remove(ChannelsUi.WARNING_DAYS);
	}

	@Test
	void theStrategyPerspectiveHasTheAccountsView() {
		MApplication application = PlatformUI.getWorkbench().getService(MApplication.class);
		EModelService models = PlatformUI.getWorkbench().getService(EModelService.class);
		MUIElement strategy = models.findSnippet(application, ChorusWorkbench.PERSPECTIVE_STRATEGY);
		assertThat(strategy).isInstanceOf(MPerspective.class);
		assertThat(models.findElements(strategy, ChannelsUi.ACCOUNTS_VIEW, MPlaceholder.class)).hasSize(1);
		assertThat(strategy.getTags()).contains("persp.viewSC:" + ChannelsUi.ACCOUNTS_VIEW);
		assertThat(view.summary().getText()).startsWith("No account is connected yet");
	}

	@Test
	void connectsALocalFeedThroughTheWizard() throws Exception {
		openWizard();
		List<String> offered = List.of(table().getItems()).stream().map(org.eclipse.swt.widgets.TableItem::getText).toList();
		assertThat(offered).containsExactly("Bluesky", "Facebook Page", "Instagram", "LinkedIn", "Local feed", "Mastodon",
				"Threads", "X");
		table().deselectAll();
		table().notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
		assertThat(dialog.nextButton().isEnabled()).as("Next without a choice").isFalse();
		Ui.screenshot("connect-wizard-choose-network", dialog.getShell().getBounds());

		AccountPage page = choose("Local feed");
		Text folder = Ui.field(page.getControl(), "folder");
		assertThat(dialog.connectButton().isEnabled()).as("Connect without a folder").isFalse();
		folder.setText("feed");
		assertThat(page.getErrorMessage()).as("a relative folder").contains("Folder");
		assertThat(dialog.connectButton().isEnabled()).isFalse();
		// in the build folder, beside the screenshots, so that the test leaves nothing behind
		Path feed = Path.of(System.getProperty("chorus.screenshots", "target/screenshots")).toAbsolutePath().getParent()
				.resolve("feed-" + System.nanoTime());
		folder.setText(feed.toString());
		assertThat(dialog.connectButton().isEnabled()).isTrue();
		Ui.screenshot("connect-wizard-local-feed", dialog.getShell().getBounds());

		Ui.click(dialog.connectButton());
		Ui.waitUntil("the wizard to close", () -> dialog.getShell() == null);
		Ui.waitUntil("the account in the view", () -> view.rows().size() == 1);
		AccountRow row = view.rows().get(0);
		assertThat(row.channelName()).isEqualTo("Local feed");
		assertThat(row.profile().accountId()).isEqualTo(feed.toString());
		assertThat(row.state().kind()).isEqualTo(AccountState.Kind.CONNECTED);
		assertThat(view.viewer().getTable().getItem(0).getText(3)).isEqualTo("Does not expire");
		assertThat(new AccountDirectory(accounts.folder()).accounts()).extracting(AccountProfile::channelTypeId)
				.containsExactly(LOCAL);
	}

	@Test
	void connectsBlueskyAndKeepsTheTokensOutOfTheWorkspaceAndTheLog() throws Exception {
		Instant expiry = Instant.now().plus(Duration.ofDays(60)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
		String access = jwt(Instant.now().plus(Duration.ofHours(2)), "access");
		String refresh = jwt(expiry, "refresh");
		try (FakeServer server = new FakeServer()) {
			server.on("POST", "/xrpc/com.atproto.server.createSession", request -> request.text().contains(APP_PASSWORD)
					? Reply.json(200, "{\"accessJwt\":\"" + access + "\",\"refreshJwt\":\"" + refresh
							+ "\",\"handle\":\"emberandoak.bsky.social\",\"did\":\"did:plc:ember\",\"active\":true}")
					: Reply.json(401, "{\"error\":\"AuthenticationRequired\",\"message\":\"Invalid identifier or password\"}"));
			openWizard();
			AccountPage page = choose("Bluesky");
			Ui.field(page.getControl(), "handle").setText("@emberandoak.bsky.social");
			Ui.field(page.getControl(), "appPassword").setText("wrong-password");
			Ui.field(page.getControl(), "service").setText(server.base());
			assertThat(dialog.connectButton().isEnabled()).isTrue();

			Ui.click(dialog.connectButton());
			Ui.waitUntil("the refusal on the page", () -> page.getErrorMessage() != null);
			assertThat(dialog.getShell()).as("the wizard stays open").isNotNull();
			assertThat(page.getErrorMessage()).startsWith("Refused:").contains("Invalid identifier or password")
					.doesNotContain("Exception").doesNotContain("wrong-password");
			Ui.screenshot("connect-wizard-bluesky-refused", dialog.getShell().getBounds());

			Ui.field(page.getControl(), "appPassword").setText(APP_PASSWORD);
			assertThat(page.getErrorMessage()).as("typing clears the old failure").isNull();
			Ui.click(dialog.connectButton());
			Ui.waitUntil("the wizard to close", () -> dialog.getShell() == null);
		}
		Ui.waitUntil("the account in the view", () -> view.rows().size() == 1);
		AccountRow row = view.rows().get(0);
		assertThat(row.channelName()).isEqualTo("Bluesky");
		assertThat(row.profile().displayName()).isEqualTo("@emberandoak.bsky.social");
		assertThat(row.profile().tokenExpiry()).isEqualTo(expiry);
		assertThat(row.state().kind()).isEqualTo(AccountState.Kind.CONNECTED);
		assertThat(view.viewer().getTable().getItem(0).getText(3))
				.isEqualTo(java.time.format.DateTimeFormatter
						.ofLocalizedDateTime(java.time.format.FormatStyle.MEDIUM, java.time.format.FormatStyle.SHORT)
						.format(expiry.atZone(ZoneId.systemDefault())));
		Ui.screenshot("accounts-view-bluesky", view.getSite().getShell().getBounds());

		assertThat(WorkspaceAccounts.secrets(row.profile()).get("accessJwt")).as("the token in secure storage").hasValue(access);
		WorkspaceSession.of(PlatformUI.getWorkbench()).save();
		for (String secret : List.of(access, refresh, APP_PASSWORD, "wrong-password")) {
			assertThat(filesContaining(accounts.folder(), secret)).as("workspace files holding a secret").isEmpty();
			Path log = Platform.getLogFileLocation().toPath();
			assertThat(Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "").as("the log").doesNotContain(secret);
			assertThat(filesContaining(Path.of(System.getProperty("chorus.secureStorage.folder")), secret))
					.as("secure storage in clear").isEmpty();
		}
	}

	@Test
	void cancelStopsAMastodonConnectionWaitingForTheBrowser() throws Exception {
		try (FakeServer server = new FakeServer("{\"error\":\"Record not found\"}")) {
			server.on("POST", "/api/v1/apps", request -> Reply.json(200,
					"{\"id\":\"563419\",\"name\":\"Chorus\",\"client_id\":\"client-1\",\"client_secret\":\"client-secret-1\"}"));
			List<java.net.URI> opened = new java.util.concurrent.CopyOnWriteArrayList<>();
			openWizard(opened::add); // the user never authorizes in the browser
			AccountPage page = choose("Mastodon");
			assertThat(page.opensBrowser()).isTrue();
			Ui.field(page.getControl(), "instance").setText(server.base());
			Exception[] failure = new Exception[1];
			Ui.display().timerExec(1500, () -> {
				try {
					Ui.screenshot("connect-wizard-mastodon-waiting", dialog.getShell().getBounds());
				} catch (Exception e) {
					failure[0] = e;
				}
				// the wizard's progress part has the stop button; the dialog's Cancel is disabled meanwhile
				org.eclipse.swt.widgets.ToolItem stop = Ui.all(dialog.getShell(), org.eclipse.swt.widgets.ToolBar.class).stream()
						.flatMap(bar -> Stream.of(bar.getItems())).filter(item -> item.isEnabled()).findFirst().orElseThrow();
				stop.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
			});
			Ui.click(dialog.connectButton()); // returns once the cancelled job ended
			assertThat(failure[0]).isNull();
			assertThat(dialog.getShell()).as("the wizard stays open").isNotNull();
			assertThat(page.getMessage()).isEqualTo("Connecting was cancelled; nothing was saved.");
			assertThat(page.getErrorMessage()).isNull();
			assertThat(opened).singleElement().satisfies(uri -> assertThat(uri.toString())
					.startsWith(server.base() + "/oauth/authorize?").contains("code_challenge_method=S256"));
			assertThat(new AccountDirectory(accounts.folder()).accounts()).isEmpty();
		}
	}

	@Test
	void flagsExpiringExpiredAndPausedAccountsAndNotifies() throws Exception {
		Instant now = Instant.now();
		AccountDirectory directory = new AccountDirectory(accounts.folder());
		directory.save(new AccountProfile("io.github.chorus.channel.linkedin", "urn:li:person:ember", "Ember and Oak", null,
				now.plus(Duration.ofDays(2)).plus(Duration.ofMinutes(1)), Map.of("refreshable", "false")));
		directory.save(new AccountProfile("io.github.chorus.channel.mastodon", "@ember@mastodon.social", "@ember@mastodon.social",
				"https://mastodon.social", now.minus(Duration.ofDays(1)), Map.of()));
		directory.save(new AccountProfile("io.github.chorus.channel.x", "1234", "@emberandoak", null,
				now.plus(Duration.ofDays(30)), Map.of("refreshable", "true")));
		directory.save(new AccountProfile(LOCAL, "/tmp/ember-feed", "Local feed (ember-feed)", null, null, Map.of()));
		PublishingSettings publishing = PublishingSettings.load(accounts.folder());
		publishing.setAccountPause("io.github.chorus.channel.x", "1234", "authorization expired: token revoked");
		publishing.save();
		view.refresh();

		assertThat(view.rows()).extracting(r -> r.profile().displayName(), r -> r.state().label()).containsExactly(
				org.assertj.core.groups.Tuple.tuple("Ember and Oak", "Token expires in 2 days"),
				org.assertj.core.groups.Tuple.tuple("Local feed (ember-feed)", "Connected"),
				org.assertj.core.groups.Tuple.tuple("@ember@mastodon.social", "Token expired: reconnect"),
				org.assertj.core.groups.Tuple.tuple("@emberandoak", "Paused by the publishing engine: authorization expired: token revoked"));
		assertThat(view.summary().getText()).contains("4 connected accounts, 3 need attention");
		view.viewer().setSelection(new StructuredSelection(view.rows().get(2)));
		assertThat(view.actions().get(1).isEnabled()).as("Reconnect the expired account").isTrue();
		Ui.screenshot("accounts-view-attention", view.getSite().getShell().getBounds());

		List<AccountRow> attention = io.github.chorus.channels.ui.internal.ExpiryCheck.needingAttention(accounts, now,
				ZoneId.systemDefault(), ChannelsUi.warningDays());
		assertThat(attention).hasSize(3);
		NotificationPopup popup = io.github.chorus.channels.ui.internal.ExpiryCheck.notify(Ui.display(), attention);
		try {
			Shell shell = popup.getShell();
			Ui.waitUntil("the notification", () -> shell.isVisible());
			assertThat(Ui.all(shell, Label.class)).extracting(Label::getText)
					.anySatisfy(text -> assertThat(text).contains("LinkedIn Ember and Oak: Token expires in 2 days")
							.contains("Mastodon @ember@mastodon.social: Token expired: reconnect"));
			Ui.screenshot("expiry-notification", Ui.display().getBounds());
		} finally {
			popup.close();
		}

		InstanceScope.INSTANCE.getNode(ChannelsUi.PLUGIN_ID).putInt(ChannelsUi.WARNING_DAYS, 1);
		view.refresh();
		assertThat(view.rows().get(0).state().kind()).as("2 days left, warning 1 day before").isEqualTo(AccountState.Kind.CONNECTED);
	}

	private void openWizard() {
		openWizard(uri -> {
			throw new java.io.IOException("no browser in the tests");
		});
	}

	private void openWizard(io.github.chorus.channels.connector.ConnectRequest.IAuthorizationBrowser browser) {
		ConnectWizard wizard = new ConnectWizard(accounts, registry, AccountPageRegistry.platform(), browser, null);
		dialog = new ConnectWizardDialog(view.getSite().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		Ui.processEvents();
	}

	private org.eclipse.swt.widgets.Table table() {
		return Ui.all(dialog.getShell(), org.eclipse.swt.widgets.Table.class).get(0);
	}

	private AccountPage choose(String network) {
		ChannelTypeDescriptor channel = ConnectWizard.connectable(registry, AccountPageRegistry.platform()).stream()
				.filter(c -> c.name().equals(network)).findFirst().orElseThrow();
		org.eclipse.swt.widgets.Table table = table();
		int index = List.of(table.getItems()).stream().map(item -> item.getText()).toList().indexOf(channel.name());
		table.setSelection(index);
		table.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
		Ui.processEvents();
		assertThat(dialog.nextButton().isEnabled()).isTrue();
		Ui.click(dialog.nextButton());
		assertThat(dialog.getCurrentPage()).isInstanceOf(AccountPage.class);
		return (AccountPage) dialog.getCurrentPage();
	}

	private static List<Path> filesContaining(Path folder, String secret) throws Exception {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		byte[] needle = secret.getBytes(StandardCharsets.UTF_8);
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile).filter(file -> {
				try {
					return indexOf(Files.readAllBytes(file), needle) >= 0;
				} catch (java.io.IOException e) {
					throw new java.io.UncheckedIOException(e);
				}
			}).toList();
		}
	}

	private static int indexOf(byte[] haystack, byte[] needle) {
		outer: for (int i = 0; i <= haystack.length - needle.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	private static String jwt(Instant exp, String scope) {
		Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
		return b64.encodeToString("{\"typ\":\"at+jwt\",\"alg\":\"ES256K\"}".getBytes(StandardCharsets.UTF_8)) + '.'
				+ b64.encodeToString(("{\"scope\":\"com.atproto." + scope + "\",\"sub\":\"did:plc:ember\",\"exp\":"
						+ exp.getEpochSecond() + "}").getBytes(StandardCharsets.UTF_8))
				+ '.' + b64.encodeToString(("signature-of-" + scope).getBytes(StandardCharsets.UTF_8));
	}
}
