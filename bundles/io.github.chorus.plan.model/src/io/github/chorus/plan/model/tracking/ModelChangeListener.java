// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.plan.model.tracking;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;

/**
 * An adapter of a resource that is told of every change of every {@link TrackedEObject} in the
 * resource, however deep, while it is in the resource's adapters. It still gets the resource's
 * own notifications through {@link #notifyChanged(Notification)}.
 *
 * @since 1.0
 */
public interface ModelChangeListener extends Adapter {

    /**
     * Called after the adapters of the changed object were told.
     *
     * @param notification the change; its notifier is the changed object
     */
    void objectChanged(Notification notification);
}
