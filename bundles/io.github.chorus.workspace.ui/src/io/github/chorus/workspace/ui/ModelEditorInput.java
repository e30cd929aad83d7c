// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.workspace.ui;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/**
 * An editor input naming one object of the workspace by its URI, so that opening the same
 * object twice activates the editor already open on it.
 *
 * @since 0.1
 */
public final class ModelEditorInput implements IEditorInput {

	private final URI uri;
	private final String name;

	/**
	 * @param object the object to edit
	 * @param name   the label of the object
	 */
	public ModelEditorInput(EObject object, String name) {
		this.uri = EcoreUtil.getURI(object);
		this.name = name;
	}

	/** @return the URI of the object */
	public URI uri() {
		return uri;
	}

	@Override
	public boolean exists() {
		return true;
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return null;
	}

	@Override
	public String getName() {
		return name;
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public String getToolTipText() {
		return name;
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}

	@Override
	public boolean equals(Object object) {
		return object instanceof ModelEditorInput other && other.uri.equals(uri);
	}

	@Override
	public int hashCode() {
		return uri.hashCode();
	}
}
