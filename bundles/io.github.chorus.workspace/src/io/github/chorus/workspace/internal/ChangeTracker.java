// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.workspace.internal;

import java.util.function.Consumer;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EContentAdapter;

/**
 * Tells a part which of its objects changed, so that a save writes only what changed. Attached
 * to the part's resource, it follows every object in it (new ones included) and never resolves
 * a proxy.
 */
public final class ChangeTracker extends EContentAdapter {

    private final Consumer<Notification> listener;

    /**
     * @param listener told of every change (not of touches) in the resource
     */
    public ChangeTracker(Consumer<Notification> listener) {
        this.listener = listener;
    }

    @Override
    public void notifyChanged(Notification notification) {
        super.notifyChanged(notification);
        if (notification.isTouch()) {
            return;
        }
        if (notification.getNotifier() instanceof Resource
                && notification.getFeatureID(Resource.class) != Resource.RESOURCE__CONTENTS) {
            return; // isLoaded, isModified, URI, errors: not content
        }
        listener.accept(notification);
    }

    @Override
    protected boolean resolve() {
        return false;
    }
}
