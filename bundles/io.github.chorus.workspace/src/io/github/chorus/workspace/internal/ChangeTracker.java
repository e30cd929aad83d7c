// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.workspace.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * Tells a part which of its objects changed, so that a save writes only what changed. Attached
 * to the part's resource, it follows every object in it (new ones included) and never resolves
 * a proxy.
 */
public final class ChangeTracker extends EContentAdapter {

    private final Consumer<Notification> listener;
    /** Set on the threads of {@link #attach} while they visit the contents themselves. */
    private final ThreadLocal<Boolean> bulk = new ThreadLocal<>();

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

    /**
     * Attaches the tracker to a resource and every object in it, as {@code resource.eAdapters().add(this)}
     * does, but the elements of the roots' lists (trees of their own: a million objects in a large
     * part) in parallel, each object visited once.
     *
     * @param resource the part's resource
     */
    public void attach(Resource resource) {
        List<EObject> items = new ArrayList<>();
        for (EObject root : resource.getContents()) {
            for (Iterator<EObject> contents = ((InternalEList<EObject>) root.eContents()).basicIterator(); contents
                    .hasNext();) {
                items.add(contents.next());
            }
        }
        items.parallelStream().forEach(item -> {
            bulk.set(Boolean.TRUE);
            try {
                ProperContents.visit(item, object -> object.eAdapters().add(this));
            } finally {
                bulk.remove();
            }
        });
        resource.eAdapters().add(this); // finds the items already followed
    }

    @Override
    protected void setTarget(EObject target) {
        if (bulk.get() != null) {
            basicSetTarget(target); // attach visits the contents itself
            return;
        }
        super.setTarget(target);
    }

    @Override
    protected boolean resolve() {
        return false;
    }
}
