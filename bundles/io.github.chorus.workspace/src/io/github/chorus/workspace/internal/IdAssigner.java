// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.workspace.internal;

import java.util.Iterator;
import java.util.Locale;
import java.util.UUID;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

import io.github.chorus.plan.model.Identified;

/**
 * Gives every object that joins a workspace part without an id (a channel presence added in the
 * plan editor, a variant added in the composer) a new, unique one, so references to it are by id
 * and survive reordering, segment files and merges, instead of by position in a list. The
 * workspace calls it from each part's {@link ChangeTracker}.
 */
public final class IdAssigner {

    private IdAssigner() {
    }

    /**
     * Gives the objects a change added, and their contents, an id where they have none.
     *
     * @param notification a change in a workspace part
     */
    public static void assignNewIds(Notification notification) {
        if (notification.isTouch() || !(notification.getFeature() instanceof EReference reference)
                || !reference.isContainment()) {
            return;
        }
        switch (notification.getEventType()) {
        case Notification.ADD, Notification.SET -> assign(notification.getNewValue());
        case Notification.ADD_MANY -> {
            if (notification.getNewValue() instanceof Iterable<?> added) {
                added.forEach(IdAssigner::assign);
            }
        }
        default -> {
            // removals and moves keep their ids
        }
        }
    }

    private static void assign(Object value) {
        if (!(value instanceof EObject object)) {
            return;
        }
        assignOne(object);
        for (Iterator<EObject> contents = object.eAllContents(); contents.hasNext();) {
            assignOne(contents.next());
        }
    }

    private static void assignOne(EObject object) {
        if (object instanceof Identified identified && (identified.getId() == null || identified.getId().isBlank())) {
            identified.setId(prefix(object) + '-' + UUID.randomUUID().toString().substring(0, 13));
        }
    }

    /** {@code ChannelPresence} becomes {@code channel-presence}. */
    private static String prefix(EObject object) {
        return object.eClass().getName().replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
