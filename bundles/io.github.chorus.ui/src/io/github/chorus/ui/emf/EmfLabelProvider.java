// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.ui.emf;

import java.net.URL;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;

/**
 * A label provider over the {@link IItemLabelProvider}s of an adapter factory. Images given as
 * URLs (what generated item providers return) are created once and disposed with the provider.
 * A {@link ChildGroup} shows its own label with a folder image.
 *
 * @since 0.1
 */
public class EmfLabelProvider extends LabelProvider {

	private static final ImageDescriptor GROUP_IMAGE = ImageDescriptor
			.createFromURL(EmfLabelProvider.class.getResource("/icons/obj16/group.svg")); //$NON-NLS-1$

	private final AdapterFactory adapterFactory;
	private final LocalResourceManager images = new LocalResourceManager(JFaceResources.getResources());

	/**
	 * @param adapterFactory the factory of item providers (typically a composed one)
	 */
	public EmfLabelProvider(AdapterFactory adapterFactory) {
		this.adapterFactory = adapterFactory;
	}

	@Override
	public String getText(Object element) {
		if (element instanceof ChildGroup group) {
			return group.label();
		}
		Object provider = adapterFactory.adapt(element, IItemLabelProvider.class);
		if (provider instanceof IItemLabelProvider labels) {
			return labels.getText(element);
		}
		return element == null ? "" : element.toString(); //$NON-NLS-1$
	}

	@Override
	public Image getImage(Object element) {
		if (element instanceof ChildGroup) {
			return images.create(GROUP_IMAGE);
		}
		Object provider = adapterFactory.adapt(element, IItemLabelProvider.class);
		if (provider instanceof IItemLabelProvider labels) {
			Object image = labels.getImage(element);
			if (image instanceof URL url) {
				return images.create(ImageDescriptor.createFromURL(url));
			}
			if (image instanceof ImageDescriptor descriptor) {
				return images.create(descriptor);
			}
		}
		return null;
	}

	@Override
	public void dispose() {
		images.dispose();
		super.dispose();
	}
}
