// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.plan.model.tracking;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * The base class of every Chorus model object (the root class of the models' genmodels). Each
 * change of the object is told to the {@link ModelChangeListener}s among the adapters of the
 * resource it is in, so that one listener follows a whole part. An {@code EContentAdapter} would
 * add itself to every object instead: millions of adapters, and a walk over every object, each
 * time a large workspace opens.
 * <p>
 * An object outside any resource, or in a resource without such a listener, costs what any EMF
 * object costs: a change builds a notification only for the object's own adapters.
 * </p>
 *
 * @since 1.0
 */
public abstract class TrackedEObject extends MinimalEObjectImpl.Container {

    /** Creates an object; only subclasses (the generated model classes) do. */
    protected TrackedEObject() {
    }

    @Override
    public boolean eNotificationRequired() {
        return super.eNotificationRequired() || eDeliver() && hasListener(eInternalResource());
    }

    @Override
    public void eNotify(Notification notification) {
        super.eNotify(notification);
        Resource resource = eDeliver() ? eInternalResource() : null;
        if (resource == null) {
            return;
        }
        EList<Adapter> adapters = resource.eAdapters();
        for (int i = 0; i < adapters.size(); i++) {
            if (adapters.get(i) instanceof ModelChangeListener listener) {
                listener.objectChanged(notification);
            }
        }
    }

    private static boolean hasListener(Resource resource) {
        if (resource == null) {
            return false;
        }
        EList<Adapter> adapters = resource.eAdapters();
        for (int i = 0; i < adapters.size(); i++) {
            if (adapters.get(i) instanceof ModelChangeListener) {
                return true;
            }
        }
        return false;
    }
}
