package io.github.chorus.app.internal;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.e4.ui.internal.workbench.E4XMIResourceFactory;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.advanced.MPlaceholder;
import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;
import org.eclipse.e4.ui.workbench.lifecycle.ProcessAdditions;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.osgi.util.NLS;

/**
 * The life cycle of the Chorus application model: before the saved model is loaded it checks
 * the model's generation ({@link ApplicationModelGeneration}); after loading it carries the
 * user's saved perspectives over from a retired model and records the generation.
 */
public final class ChorusLifeCycle {

	private static final String E4_STATE = ".metadata/.plugins/org.eclipse.e4.workbench/workbench.xmi"; //$NON-NLS-1$
	private static final String OWN_STATE = ".metadata/.plugins/io.github.chorus.app"; //$NON-NLS-1$

	private ApplicationModelGeneration generation;
	private Path retiredModel;

	/** Retires a saved model of another generation before the workbench loads it. */
	@PostContextCreate
	void checkSavedModel() {
		Optional<Path> instance = instanceFolder();
		if (instance.isEmpty()) {
			return;
		}
		generation = new ApplicationModelGeneration(instance.get().resolve(E4_STATE), instance.get().resolve(OWN_STATE));
		try {
			Optional<Path> backup = generation.retireIfStale(ApplicationModelGeneration.CURRENT);
			if (backup.isPresent()) {
				retiredModel = backup.get();
				String recorded = generation.recordedGeneration().isPresent()
						? Integer.toString(generation.recordedGeneration().getAsInt()) : "?"; //$NON-NLS-1$
				ILog.of(ChorusLifeCycle.class).log(Status.info(NLS.bind(Messages.ChorusLifeCycle_modelReset,
						new Object[] { recorded, ApplicationModelGeneration.CURRENT, retiredModel })));
			}
		} catch (IOException e) {
			ILog.of(ChorusLifeCycle.class).log(Status.error("Cannot check the saved window layout", e)); //$NON-NLS-1$
		}
	}

	/**
	 * Copies the perspectives the user saved (Window &gt; Perspective &gt; Save As) from a
	 * retired model into the new one, then records the running generation.
	 *
	 * @param application  the loaded application model
	 * @param modelService the model service
	 */
	@ProcessAdditions
	void carryOverPerspectives(MApplication application, EModelService modelService) {
		if (generation == null) {
			return;
		}
		if (retiredModel != null) {
			for (MPerspective saved : savedPerspectives(retiredModel)) {
				if (modelService.findSnippet(application, saved.getElementId()) == null) {
					for (MPlaceholder placeholder : modelService.findElements(saved, null, MPlaceholder.class)) {
						placeholder.setRef(null);
					}
					application.getSnippets().add(saved);
				}
			}
		}
		try {
			generation.record(ApplicationModelGeneration.CURRENT);
		} catch (IOException e) {
			ILog.of(ChorusLifeCycle.class).log(Status.error("Cannot record the window layout generation", e)); //$NON-NLS-1$
		}
	}

	private static List<MPerspective> savedPerspectives(Path model) {
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(Resource.Factory.Registry.DEFAULT_EXTENSION,
				new E4XMIResourceFactory());
		try {
			Resource resource = resourceSet.getResource(URI.createFileURI(model.toString()), true);
			if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof MApplication old)) {
				return List.of();
			}
			return old.getSnippets().stream().filter(MPerspective.class::isInstance)
					.map(snippet -> (MPerspective) EcoreUtil.copy((EObject) snippet)).toList();
		} catch (RuntimeException e) {
			ILog.of(ChorusLifeCycle.class).log(Status.warning("Cannot read saved perspectives from " + model, e)); //$NON-NLS-1$
			return List.of();
		}
	}

	private static Optional<Path> instanceFolder() {
		Location location = Platform.getInstanceLocation();
		if (location == null || !location.isSet() || location.getURL() == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(Path.of(location.getURL().toURI()));
		} catch (URISyntaxException | IllegalArgumentException e) {
			return Optional.of(Path.of(location.getURL().getFile()));
		}
	}
}
