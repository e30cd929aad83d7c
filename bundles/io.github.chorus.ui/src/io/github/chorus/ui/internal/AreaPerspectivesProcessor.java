package io.github.chorus.ui.internal;

import java.util.List;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.advanced.MPlaceholder;
import org.eclipse.e4.ui.model.application.ui.basic.MPartSashContainer;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;

import io.github.chorus.ui.ChorusWorkbench;

/**
 * Adds the perspectives of the five activity areas to the application's snippets, where the
 * workbench's perspective registry finds them. A perspective that is already there (from an
 * earlier start, possibly customised and saved by the user under the same name) is left as
 * it is; one the user deleted comes back on the next start.
 * <p>
 * Each area starts with the editor area and a details stack holding the Properties, Progress
 * and Error Log views, with shortcuts to those views and to the other areas; the area bundles
 * add their own views to these perspectives.
 * </p>
 */
public final class AreaPerspectivesProcessor {

	private static final String CONTRIBUTOR = "platform:/plugin/io.github.chorus.ui"; //$NON-NLS-1$
	/** The tag prefixes the workbench reads perspective and view shortcuts from. */
	private static final String PERSPECTIVE_SHORTCUT_TAG = "persp.perspSC:"; //$NON-NLS-1$
	private static final String VIEW_SHORTCUT_TAG = "persp.viewSC:"; //$NON-NLS-1$
	private static final String EDITOR_AREA = "org.eclipse.ui.editorss"; //$NON-NLS-1$
	private static final List<String> DETAIL_VIEWS = List.of("org.eclipse.ui.views.PropertySheet", //$NON-NLS-1$
			"org.eclipse.ui.views.ProgressView", "org.eclipse.pde.runtime.LogView"); //$NON-NLS-1$ //$NON-NLS-2$
	/** The workspace navigator, left of the editor area in the areas that edit the workspace. */
	private static final String NAVIGATOR = "io.github.chorus.workspace.ui.navigator"; //$NON-NLS-1$
	private static final String PROBLEMS = "io.github.chorus.workspace.ui.problems"; //$NON-NLS-1$
	/** The publishing Outbox, beside the Problems view in the Content area. */
	private static final String OUTBOX = "io.github.chorus.publishing.ui.outbox"; //$NON-NLS-1$
	private static final List<String> WORKSPACE_AREAS = List.of(ChorusWorkbench.PERSPECTIVE_STRATEGY,
			ChorusWorkbench.PERSPECTIVE_CONTENT);

	/**
	 * @param application  the application model being assembled
	 * @param modelService the model service
	 */
	@Execute
	public void addAreaPerspectives(MApplication application, EModelService modelService) {
		for (String id : ChorusWorkbench.AREA_PERSPECTIVES) {
			if (modelService.findSnippet(application, id) == null) {
				application.getSnippets().add(createPerspective(id, modelService));
			}
		}
	}

	private static MPerspective createPerspective(String id, EModelService modelService) {
		String area = id.substring(id.lastIndexOf('.') + 1);
		MPerspective perspective = modelService.createModelElement(MPerspective.class);
		perspective.setElementId(id);
		perspective.setContributorURI(CONTRIBUTOR);
		perspective.setLabel("%perspective." + area); //$NON-NLS-1$
		perspective.setTooltip("%perspective." + area + ".tooltip"); //$NON-NLS-1$ //$NON-NLS-2$
		perspective.setIconURI(CONTRIBUTOR + "/icons/perspectives/" + area + ".png"); //$NON-NLS-1$ //$NON-NLS-2$
		perspective.getTags().add(ChorusWorkbench.AREA_PERSPECTIVE_TAG);
		// Shortcuts for Window > Perspective > Open Perspective and Window > Show View.
		for (String other : ChorusWorkbench.AREA_PERSPECTIVES) {
			if (!other.equals(id)) {
				perspective.getTags().add(PERSPECTIVE_SHORTCUT_TAG + other);
			}
		}
		boolean workspaceArea = WORKSPACE_AREAS.contains(id);
		List<String> detailViews = new java.util.ArrayList<>(DETAIL_VIEWS);
		if (workspaceArea) {
			detailViews.add(1, PROBLEMS);
			perspective.getTags().add(VIEW_SHORTCUT_TAG + NAVIGATOR);
		}
		if (ChorusWorkbench.PERSPECTIVE_CONTENT.equals(id)) {
			detailViews.add(2, OUTBOX);
		}
		for (String viewId : detailViews) {
			perspective.getTags().add(VIEW_SHORTCUT_TAG + viewId);
		}

		MPartSashContainer main = modelService.createModelElement(MPartSashContainer.class);
		main.setElementId(id + ".main"); //$NON-NLS-1$
		main.setHorizontal(false);

		MPlaceholder editorArea = modelService.createModelElement(MPlaceholder.class);
		editorArea.setElementId(EDITOR_AREA);
		editorArea.setContainerData("7000"); //$NON-NLS-1$
		main.getChildren().add(editorArea);

		MPartStack details = modelService.createModelElement(MPartStack.class);
		details.setElementId(id + ".details"); //$NON-NLS-1$
		details.setContainerData("3000"); //$NON-NLS-1$
		for (String viewId : detailViews) {
			MPlaceholder view = modelService.createModelElement(MPlaceholder.class);
			view.setElementId(viewId);
			view.setCloseable(true);
			details.getChildren().add(view);
		}
		main.getChildren().add(details);

		if (!workspaceArea) {
			perspective.getChildren().add(main);
			perspective.setSelectedElement(main);
			return perspective;
		}
		MPartSashContainer outer = modelService.createModelElement(MPartSashContainer.class);
		outer.setElementId(id + ".outer"); //$NON-NLS-1$
		outer.setHorizontal(true);
		MPartStack left = modelService.createModelElement(MPartStack.class);
		left.setElementId(id + ".navigator"); //$NON-NLS-1$
		left.setContainerData("2200"); //$NON-NLS-1$
		MPlaceholder navigator = modelService.createModelElement(MPlaceholder.class);
		navigator.setElementId(NAVIGATOR);
		navigator.setCloseable(true);
		left.getChildren().add(navigator);
		outer.getChildren().add(left);
		main.setContainerData("7800"); //$NON-NLS-1$
		outer.getChildren().add(main);
		perspective.getChildren().add(outer);
		perspective.setSelectedElement(outer);
		return perspective;
	}
}
