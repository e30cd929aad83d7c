// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.ui.emf;

import java.text.NumberFormat;
import java.util.Objects;

import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * A node that an {@link EmfContentProvider} shows in place of many children of one parent: all
 * the children held by one feature (for example a content library's 100,000 items), or a range
 * of them. Two groups are equal when they stand for the same feature of the same parent and start
 * at the same child, whatever the number of children now, so that a tree keeps a group expanded
 * while children are added or removed.
 *
 * @since 1.0
 */
public final class ChildGroup {

    private static final int WHOLE_FEATURE = -1;

    private final Object parent;
    private final EStructuralFeature feature;
    private final int first;
    private final int count;

    private ChildGroup(Object parent, EStructuralFeature feature, int first, int count) {
        this.parent = parent;
        this.feature = feature;
        this.first = first;
        this.count = count;
    }

    static ChildGroup wholeFeature(Object parent, EStructuralFeature feature, int count) {
        return new ChildGroup(parent, feature, WHOLE_FEATURE, count);
    }

    static ChildGroup range(Object parent, EStructuralFeature feature, int first, int count) {
        return new ChildGroup(parent, feature, first, count);
    }

    /** @return the object whose children the group holds */
    public Object parent() {
        return parent;
    }

    /** @return the feature of the parent that holds the group's children */
    public EStructuralFeature feature() {
        return feature;
    }

    /** @return whether the group holds all the children of its feature (else a range of them) */
    public boolean isWholeFeature() {
        return first == WHOLE_FEATURE;
    }

    /** @return the position of the group's first child among its feature's children (0 for a whole feature) */
    public int first() {
        return isWholeFeature() ? 0 : first;
    }

    /** @return how many children the group held when it was made */
    public int count() {
        return count;
    }

    /**
     * @return what a tree shows for the group: the feature's name and its number of children, for
     *         example "Items (100,000)", or a range of positions, for example "Items 1–1,000"
     */
    public String label() {
        NumberFormat numbers = NumberFormat.getIntegerInstance();
        String name = displayName(feature.getName());
        if (isWholeFeature()) {
            return name + " (" + numbers.format(count) + ")"; //$NON-NLS-1$ //$NON-NLS-2$
        }
        return name + ' ' + numbers.format(first + 1L) + '\u2013' + numbers.format((long) first + count);
    }

    /** "utmPresets" as "Utm Presets", as EMF.Edit's generated names of features read. */
    private static String displayName(String featureName) {
        StringBuilder name = new StringBuilder(featureName.length() + 4);
        for (int i = 0; i < featureName.length(); i++) {
            char c = featureName.charAt(i);
            if (i == 0) {
                name.append(Character.toUpperCase(c));
            } else {
                if (Character.isUpperCase(c)) {
                    name.append(' ');
                }
                name.append(c);
            }
        }
        return name.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ChildGroup group && group.parent.equals(parent) && group.feature == feature
                && group.first == first;
    }

    @Override
    public int hashCode() {
        return Objects.hash(parent, feature, first);
    }

    @Override
    public String toString() {
        return label();
    }
}
