// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.workspace.internal;

import java.util.function.Consumer;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.resource.Resource;

import io.github.chorus.plan.model.tracking.ModelChangeListener;
import io.github.chorus.plan.model.tracking.TrackedEObject;

/**
 * Tells a part which of its objects changed, so that a save writes only what changed. One
 * adapter on the part's resource: the model objects ({@link TrackedEObject}s) tell it of their
 * changes themselves, new ones included, so attaching it costs nothing however large the part
 * is, and it never resolves a proxy.
 */
public final class ChangeTracker extends AdapterImpl implements ModelChangeListener {

    private final Consumer<Notification> listener;

    /**
     * @param listener told of every change (not of touches) in the resource
     */
    public ChangeTracker(Consumer<Notification> listener) {
        this.listener = listener;
    }

    /**
     * Starts following a resource and every object in it.
     *
     * @param resource the part's resource
     */
    public void attach(Resource resource) {
        resource.eAdapters().add(this);
    }

    @Override
    public void notifyChanged(Notification notification) {
        if (notification.isTouch() || notification.getFeatureID(Resource.class) != Resource.RESOURCE__CONTENTS) {
            return; // isLoaded, isModified, URI, errors: not content
        }
        listener.accept(notification);
    }

    @Override
    public void objectChanged(Notification notification) {
        if (!notification.isTouch()) {
            listener.accept(notification);
        }
    }
}
