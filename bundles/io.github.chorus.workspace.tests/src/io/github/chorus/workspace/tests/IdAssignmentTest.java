// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.workspace.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.chorus.content.model.ContentFactory;
import io.github.chorus.content.model.ContentItem;
import io.github.chorus.content.model.Variant;
import io.github.chorus.plan.model.ChannelPresence;
import io.github.chorus.plan.model.PlanFactory;
import io.github.chorus.workspace.ChorusWorkspace;
import io.github.chorus.workspace.WorkspacePart;
import io.github.chorus.workspace.demo.DemoWorkspace;

/** Objects added to a workspace without an id get one, so references to them are by id. */
class IdAssignmentTest {

    @TempDir
    Path folder;

    @Test
    void aChannelPresenceAddedWithoutAnIdGetsOneAndAVariantFindsItAfterAReload() throws Exception {
        DemoWorkspace.generate(folder, Fixtures.SMALL).save();
        ChorusWorkspace workspace = ChorusWorkspace.open(folder);
        ChannelPresence x = PlanFactory.eINSTANCE.createChannelPresence();
        x.setName("X @emberandoak");
        x.setChannelTypeId("io.github.chorus.channel.x");
        workspace.plan().getChannels().add(0, x); // first: a reference by position would now point elsewhere

        ContentItem item = ContentFactory.eINSTANCE.createContentItem();
        item.setName("New item");
        Variant variant = ContentFactory.eINSTANCE.createVariant();
        variant.setChannel(x);
        item.getVariants().add(variant);
        workspace.content().getItems().add(item);

        assertThat(x.getId()).startsWith("channel-presence-");
        assertThat(item.getId()).startsWith("content-item-");
        assertThat(variant.getId()).as("contents of an added object too").startsWith("variant-");
        String id = x.getId();
        workspace.save();
        assertThat(Files.readString(workspace.file(WorkspacePart.CONTENT))).contains("#" + id);

        ChorusWorkspace reopened = ChorusWorkspace.open(folder);
        ContentItem reread = reopened.content().getItems().stream().filter(i -> "New item".equals(i.getName()))
                .findFirst().orElseThrow();
        assertThat(reread.getVariants().get(0).getChannel().getName()).isEqualTo("X @emberandoak");
        assertThat(reread.getVariants().get(0).getChannel().getId()).isEqualTo(id);
    }

    @Test
    void anIdGivenByTheCallerIsKept() throws Exception {
        DemoWorkspace.generate(folder, Fixtures.SMALL).save();
        ChorusWorkspace workspace = ChorusWorkspace.open(folder);
        ChannelPresence presence = PlanFactory.eINSTANCE.createChannelPresence();
        presence.setId("channel-x");
        workspace.plan().getChannels().add(presence);
        assertThat(presence.getId()).isEqualTo("channel-x");
    }
}
