package io.github.chorus.app.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.advanced.MPlaceholder;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.model.application.ui.menu.MToolControl;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Widget;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IPerspectiveRegistry;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.internal.registry.PerspectiveDescriptor;
import org.eclipse.ui.internal.registry.PerspectiveRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

import io.github.chorus.ui.ChorusWorkbench;

/** Runs inside the real Chorus application (Tycho UI harness) and checks what a user sees. */
class ChorusWorkbenchTest {

	private static final String PROPERTIES = "org.eclipse.ui.views.PropertySheet";
	private static final String PROGRESS = "org.eclipse.ui.views.ProgressView";
	private static final String ERROR_LOG = "org.eclipse.pde.runtime.LogView";

	private IWorkbenchWindow window;
	private IWorkbenchPage page;

	@BeforeEach
	void setUp() {
		window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		assertThat(window).as("the Chorus window is open").isNotNull();
		page = window.getActivePage();
	}

	@AfterEach
	void backToStrategy() {
		page.setPerspective(registry().findPerspectiveWithId(ChorusWorkbench.PERSPECTIVE_STRATEGY));
	}

	private static IPerspectiveRegistry registry() {
		return PlatformUI.getWorkbench().getPerspectiveRegistry();
	}

	private static void processEvents() {
		while (PlatformUI.getWorkbench().getDisplay().readAndDispatch()) {
			// run pending UI work
		}
	}

	@Test
	void windowIsTitledChorusAndStartsInStrategy() {
		page.setPerspective(registry().findPerspectiveWithId(ChorusWorkbench.PERSPECTIVE_STRATEGY));
		assertThat(window.getShell().getText()).isEqualTo("Chorus");
		assertThat(page.getPerspective().getId()).isEqualTo(ChorusWorkbench.PERSPECTIVE_STRATEGY);
	}

	@Test
	void menuBarHasFileEditWindowHelp() {
		assertThat(labels(window.getShell().getMenuBar())).containsSubsequence("File", "Edit", "Window", "Help");
	}

	@Test
	void menusOfferTheStandardWorkbenchActions() {
		Menu bar = window.getShell().getMenuBar();
		assertThat(submenuLabels(bar, "Edit")).contains("Undo", "Redo", "Cut", "Copy", "Paste", "Select All");
		assertThat(submenuLabels(bar, "File")).contains("Save", "Save All", "Import...", "Export...", "Exit");
		assertThat(submenuLabels(bar, "Window")).contains("Perspective", "Show View", "Preferences...");
		assertThat(submenuLabels(bar, "Help")).contains("Show Key Assist", "About Chorus");
	}

	@Test
	void thereAreFiveAreaPerspectivesWithLabelsAndIcons() {
		List<String> labels = ChorusWorkbench.AREA_PERSPECTIVES.stream().map(id -> {
			IPerspectiveDescriptor descriptor = registry().findPerspectiveWithId(id);
			assertThat(descriptor).as(id).isNotNull();
			assertThat(descriptor.getImageDescriptor()).as("icon of " + id).isNotNull();
			return descriptor.getLabel();
		}).toList();
		assertThat(labels).containsExactly("Strategy", "Content", "Community", "Campaigns", "Analytics");
	}

	@Test
	void eachPerspectiveOpensWithEditorAreaAndStandardViews() throws PartInitException {
		EModelService modelService = window.getService(EModelService.class);
		MWindow model = window.getService(MWindow.class);
		for (String id : ChorusWorkbench.AREA_PERSPECTIVES) {
			page.setPerspective(registry().findPerspectiveWithId(id));
			processEvents();
			assertThat(page.getPerspective().getId()).isEqualTo(id);
			assertThat(page.isEditorAreaVisible()).as("editor area in " + id).isTrue();
			MPerspective perspective = modelService.getActivePerspective(model);
			assertThat(page.getPerspectiveShortcuts()).as("Open Perspective shortcuts in " + id)
					.containsExactlyInAnyOrderElementsOf(ChorusWorkbench.AREA_PERSPECTIVES.stream()
							.filter(other -> !other.equals(id)).toList());
			for (String view : List.of(PROPERTIES, PROGRESS, ERROR_LOG)) {
				assertThat(modelService.findElements(perspective, view, MPlaceholder.class)).as(view + " in " + id)
						.hasSize(1);
				assertThat(page.getShowViewShortcuts()).as("Show View shortcuts in " + id).contains(view);
				IViewPart part = page.showView(view);
				assertThat(part.getViewSite().getId()).isEqualTo(view);
			}
		}
	}

	@Test
	void perspectiveSwitcherShowsTheOpenPerspectives() {
		for (String id : ChorusWorkbench.AREA_PERSPECTIVES) {
			page.setPerspective(registry().findPerspectiveWithId(id));
		}
		processEvents();
		MWindow model = window.getService(MWindow.class);
		EModelService modelService = window.getService(EModelService.class);
		MToolControl switcher = (MToolControl) modelService.find("PerspectiveSwitcher", model);
		assertThat(switcher).as("perspective switcher in the window trim").isNotNull();
		assertThat(switcher.isToBeRendered()).isTrue();
		assertThat(switcher.getWidget()).isInstanceOf(Control.class);
		ToolBar toolBar = findToolBar((Control) switcher.getWidget());
		assertThat(toolBar).isNotNull();
		assertThat(Arrays.stream(toolBar.getItems()).map(ToolItem::getText).toList()).contains("Strategy",
				"Content", "Community", "Campaigns", "Analytics");
	}

	@Test
	void userCanSaveALayoutAsANamedPerspective() {
		page.setPerspective(registry().findPerspectiveWithId(ChorusWorkbench.PERSPECTIVE_CONTENT));
		page.hideView(page.findViewReference(ERROR_LOG));
		PerspectiveRegistry perspectives = (PerspectiveRegistry) registry();
		PerspectiveDescriptor mine = perspectives.createPerspective("My Content",
				(PerspectiveDescriptor) page.getPerspective());
		page.savePerspectiveAs(mine);
		processEvents();

		MApplication application = window.getService(MApplication.class);
		assertThat(application.getSnippets()).extracting(MUIElement::getElementId).contains(mine.getId(),
				ChorusWorkbench.PERSPECTIVE_CONTENT);
		assertThat(registry().findPerspectiveWithLabel("My Content")).isSameAs(mine);
		assertThat(page.getPerspective()).isSameAs(mine);

		page.closePerspective(mine, false, false);
		perspectives.deletePerspective(mine);
		assertThat(registry().findPerspectiveWithId(ChorusWorkbench.PERSPECTIVE_CONTENT)).isNotNull();
	}

	@Test
	void startupLogsNoErrors() throws IOException {
		Path log = Platform.getLogFileLocation().toPath();
		List<String> errors = Files.exists(log)
				? Files.readAllLines(log).stream().filter(line -> line.matches("!ENTRY \\S+ 4 .*")).toList()
				: List.of();
		assertThat(errors).as("error entries in " + log).isEmpty();
	}

	@Test
	void aboutTextNamesTheReleaseOfTheBranding() {
		Version version = FrameworkUtil.getBundle(ChorusApplication.class).getVersion();
		String release = version.getMajor() + "." + version.getMinor() + "." + version.getMicro();
		assertThat(Platform.getProduct().getName()).isEqualTo("Chorus");
		assertThat(Platform.getProduct().getProperty("aboutText")).contains("Version: " + release);
	}

	private static ToolBar findToolBar(Control control) {
		if (control instanceof ToolBar toolBar) {
			return toolBar;
		}
		if (control instanceof org.eclipse.swt.widgets.Composite composite) {
			for (Control child : composite.getChildren()) {
				ToolBar found = findToolBar(child);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static List<String> labels(Menu menu) {
		return Arrays.stream(menu.getItems()).map(ChorusWorkbenchTest::label).toList();
	}

	private static String label(Widget item) {
		String text = ((MenuItem) item).getText();
		int tab = text.indexOf('\t');
		return (tab >= 0 ? text.substring(0, tab) : text).replace("&", "");
	}

	private static List<String> submenuLabels(Menu bar, String name) {
		MenuItem item = Arrays.stream(bar.getItems()).filter(i -> label(i).equals(name)).findFirst().orElseThrow();
		Menu menu = item.getMenu();
		// JFace fills menus when they are shown.
		menu.notifyListeners(org.eclipse.swt.SWT.Show, new org.eclipse.swt.widgets.Event());
		processEvents();
		List<String> labels = labels(menu);
		menu.notifyListeners(org.eclipse.swt.SWT.Hide, new org.eclipse.swt.widgets.Event());
		return labels;
	}
}
