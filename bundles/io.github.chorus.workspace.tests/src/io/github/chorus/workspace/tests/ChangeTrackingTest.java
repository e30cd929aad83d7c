// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.workspace.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EPackage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.chorus.analytics.model.AnalyticsPackage;
import io.github.chorus.community.model.CommunityPackage;
import io.github.chorus.content.model.ContentFactory;
import io.github.chorus.content.model.ContentItem;
import io.github.chorus.content.model.ContentPackage;
import io.github.chorus.content.model.Variant;
import io.github.chorus.plan.model.PlanPackage;
import io.github.chorus.plan.model.tracking.TrackedEObject;
import io.github.chorus.workspace.ChorusWorkspace;
import io.github.chorus.workspace.WorkspacePart;
import io.github.chorus.workspace.demo.DemoWorkspace;

/**
 * The parts follow changes through their model objects ({@link TrackedEObject}), with one
 * listener per part and no adapter per object: what they notice, however deep, and what not.
 */
class ChangeTrackingTest {

    /** Enough posts for several content segments, little else. */
    private static final DemoWorkspace.Options POSTS = new DemoWorkspace.Options(3, 2_500, 20, 500, Fixtures.ANCHOR);

    @TempDir
    Path folder;

    @Test
    void everyModelClassTellsThePartOfItsChanges() {
        for (EPackage model : List.of(PlanPackage.eINSTANCE, ContentPackage.eINSTANCE, CommunityPackage.eINSTANCE,
                AnalyticsPackage.eINSTANCE)) {
            for (EClassifier classifier : model.getEClassifiers()) {
                if (classifier instanceof EClass type && !type.isAbstract() && !type.isInterface()) {
                    assertThat(model.getEFactoryInstance().create(type)).as(type.getName())
                            .isInstanceOf(TrackedEObject.class);
                }
            }
        }
    }

    @Test
    void aChangeDeepInsideAPartIsSavedByRewritingItsSegmentOnly() throws Exception {
        DemoWorkspace.generate(folder, POSTS).save();
        ChorusWorkspace workspace = ChorusWorkspace.open(folder);
        assertThat(workspace.unsavedParts()).isEmpty();
        List<Path> segments = workspace.files(WorkspacePart.CONTENT);
        assertThat(segments).hasSizeGreaterThan(3);
        Map<Path, FileTime> before = times(segments);
        ContentItem item = workspace.content().getItems().get(workspace.content().getItems().size() / 2);
        Variant variant = item.getVariants().get(0);
        variant.getPublications().get(0).setTimeZone("Pacific/Auckland"); // three levels below the list element

        assertThat(workspace.unsavedParts()).containsOnlyKeys(WorkspacePart.CONTENT);
        Thread.sleep(20);
        workspace.save();

        assertThat(changed(before)).singleElement()
                .satisfies(file -> assertThat(file.getParent().getFileName()).hasToString("content.segments"));
        assertThat(workspace.unsavedParts()).isEmpty();
        Variant reread = (Variant) ChorusWorkspace.open(folder).resource(WorkspacePart.CONTENT)
                .getEObject(variant.getId());
        assertThat(reread.getPublications().get(0).getTimeZone()).isEqualTo("Pacific/Auckland");
    }

    @Test
    void objectsAddedAfterOpeningAreFollowedAndRemovedOnesAreNot() throws Exception {
        DemoWorkspace.generate(folder, POSTS).save();
        ChorusWorkspace workspace = ChorusWorkspace.open(folder);
        ContentItem added = ContentFactory.eINSTANCE.createContentItem();
        added.setName("Added after opening");
        workspace.content().getItems().add(added);
        workspace.save();
        Variant variant = ContentFactory.eINSTANCE.createVariant();
        added.getVariants().add(variant);
        workspace.save();
        variant.setText("Written into the new variant after it was saved");

        assertThat(workspace.unsavedParts()).containsOnlyKeys(WorkspacePart.CONTENT);
        workspace.save();
        Variant reread = (Variant) ChorusWorkspace.open(folder).resource(WorkspacePart.CONTENT)
                .getEObject(variant.getId());
        assertThat(reread.getText()).isEqualTo("Written into the new variant after it was saved");

        ContentItem removed = workspace.content().getItems().remove(0);
        workspace.save();
        removed.setName("Changed after it left the workspace");
        removed.getVariants().get(0).setText("also changed");
        assertThat(workspace.unsavedParts()).isEmpty();
    }

    private static Map<Path, FileTime> times(List<Path> files) throws Exception {
        Map<Path, FileTime> times = new HashMap<>();
        for (Path file : files) {
            times.put(file, Files.getLastModifiedTime(file));
        }
        return times;
    }

    private static List<Path> changed(Map<Path, FileTime> before) {
        return before.keySet().stream().filter(file -> {
            try {
                return !Files.exists(file) || !Files.getLastModifiedTime(file).equals(before.get(file));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).toList();
    }
}
