// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.workspace.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Collection;

import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.chorus.analytics.model.provider.AnalyticsItemProviderAdapterFactory;
import io.github.chorus.community.model.provider.CommunityItemProviderAdapterFactory;
import io.github.chorus.content.model.provider.ContentItemProviderAdapterFactory;
import io.github.chorus.plan.model.provider.PlanItemProviderAdapterFactory;
import io.github.chorus.workspace.ChorusWorkspace;

/** The generated, headless item providers label and structure the demo (what views will show). */
class EditProvidersTest {

    @TempDir
    Path folder;

    @Test
    void itemProvidersLabelAndListTheDemo() {
        ChorusWorkspace workspace = Fixtures.demo(folder);
        ComposedAdapterFactory factory = new ComposedAdapterFactory();
        factory.addAdapterFactory(new PlanItemProviderAdapterFactory());
        factory.addAdapterFactory(new ContentItemProviderAdapterFactory());
        factory.addAdapterFactory(new CommunityItemProviderAdapterFactory());
        factory.addAdapterFactory(new AnalyticsItemProviderAdapterFactory());
        try {
            var goal = workspace.plan().getGoals().get(0);
            IItemLabelProvider labels = (IItemLabelProvider) factory.adapt(goal, IItemLabelProvider.class);
            // the type name comes from the edit bundle's plugin.properties
            assertThat(labels.getText(goal)).isEqualTo("Goal " + goal.getName());

            ITreeItemContentProvider tree = (ITreeItemContentProvider) factory.adapt(workspace.content(),
                    ITreeItemContentProvider.class);
            Collection<Object> children = new java.util.ArrayList<>(tree.getChildren(workspace.content()));
            assertThat(children).containsAll(workspace.content().getItems());

            var thread = workspace.community().getThreads().get(0);
            assertThat(((IItemLabelProvider) factory.adapt(thread, IItemLabelProvider.class)).getText(thread))
                    .startsWith("Message Thread");
        } finally {
            factory.dispose();
        }
    }
}
