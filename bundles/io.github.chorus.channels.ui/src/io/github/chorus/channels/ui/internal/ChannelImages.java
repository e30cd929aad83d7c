// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.channels.ui.internal;

import java.net.MalformedURLException;
import java.net.URI;
import java.util.Optional;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.swt.graphics.Image;

import io.github.chorus.channels.ChannelTypeDescriptor;

/** The channel types' declared icons, as images owned by a resource manager. */
final class ChannelImages {

	private ChannelImages() {
	}

	/**
	 * @param channel   a channel type, when installed
	 * @param resources disposes the image with its owner
	 * @return the icon, or {@code null} when none is declared or it cannot be read
	 */
	static Image icon(Optional<ChannelTypeDescriptor> channel, ResourceManager resources) {
		Optional<String> uri = channel.flatMap(ChannelTypeDescriptor::iconUri);
		if (uri.isEmpty()) {
			return null;
		}
		try {
			return resources.create(ImageDescriptor.createFromURL(URI.create(uri.get()).toURL()));
		} catch (MalformedURLException | IllegalArgumentException e) {
			return null;
		}
	}
}
