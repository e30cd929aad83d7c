// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.workspace.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.github.chorus.content.model.ContentFactory;
import io.github.chorus.content.model.ContentItem;
import io.github.chorus.content.model.ContentLibrary;
import io.github.chorus.content.model.ContentPackage;
import io.github.chorus.ui.ChorusWorkbench;
import io.github.chorus.ui.emf.ChildGroup;
import io.github.chorus.ui.emf.EmfContentProvider;
import io.github.chorus.workspace.ui.WorkspaceSession;
import io.github.chorus.workspace.ui.internal.WorkspaceNavigator;

/**
 * An agency's content library holds 100,000 items: the navigator shows a large list as a group
 * of ranges, never as one level of tree nodes that the toolkit cannot handle.
 */
class NavigatorGroupsTest {

    private static final int ADDED = 2_500;

    private final WorkspaceSession session = WorkspaceSession.of(PlatformUI.getWorkbench());

    @AfterEach
    void tearDown() throws Exception {
        Ui.revertUnsaved(session);
        Ui.assertNoLoggedErrors();
    }

    @Test
    void aLargeListIsShownAsRangesAndAnItemInItCanBeRevealed() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry()
                .findPerspectiveWithId(ChorusWorkbench.PERSPECTIVE_CONTENT));
        WorkspaceNavigator navigator = (WorkspaceNavigator) page.showView(WorkspaceNavigator.ID);
        ContentLibrary library = session.workspace().content();
        List<ContentItem> added = new ArrayList<>();
        for (int i = 0; i < ADDED; i++) {
            ContentItem item = ContentFactory.eINSTANCE.createContentItem();
            item.setName("Bulk post " + i);
            added.add(item);
        }
        session.domain().getCommandStack().execute(AddCommand.create(session.domain(), library,
                ContentPackage.Literals.CONTENT_LIBRARY__ITEMS, added));
        Ui.waitFor(200);
        int items = library.getItems().size();
        int pillars = library.getPillars().size();
        NumberFormat numbers = NumberFormat.getIntegerInstance();

        TreeItem libraryNode = Arrays.stream(navigator.viewer().getTree().getItems())
                .filter(node -> node.getData() == library).findFirst().orElseThrow();
        List<String> children = Arrays.stream(libraryNode.getItems()).map(TreeItem::getText).toList();
        assertThat(items).isGreaterThan(EmfContentProvider.GROUP_SIZE);
        assertThat(libraryNode.getItemCount()).as("the library's children: %s", children)
                .isLessThanOrEqualTo(EmfContentProvider.GROUP_SIZE);
        assertThat(children.stream().filter(text -> text.startsWith("Pillar"))).as("small lists stay in place")
                .hasSize(pillars);
        assertThat(children).contains("Items (" + numbers.format(items) + ")");

        ContentItem target = added.get(1_500);
        int position = library.getItems().indexOf(target);
        navigator.viewer().setSelection(new StructuredSelection(target), true);
        Ui.processEvents();
        TreeItem[] selected = navigator.viewer().getTree().getSelection();
        assertThat(selected).hasSize(1);
        assertThat(selected[0].getData()).isSameAs(target);
        int first = position / EmfContentProvider.GROUP_SIZE * EmfContentProvider.GROUP_SIZE;
        assertThat(selected[0].getParentItem().getText()).isEqualTo("Items " + numbers.format(first + 1) + "\u2013"
                + numbers.format(Math.min(first + EmfContentProvider.GROUP_SIZE, items)));
        assertThat(selected[0].getParentItem().getParentItem().getData()).isInstanceOf(ChildGroup.class);
        assertThat(selected[0].getParentItem().getItemCount()).isLessThanOrEqualTo(EmfContentProvider.GROUP_SIZE);
        assertThat(((IStructuredSelection) navigator.viewer().getSelection()).getFirstElement()).isSameAs(target);
        Ui.screenshot("navigator-groups");

        // a rename inside a range shows at once; the ranges stay expanded as items come and go
        session.domain().getCommandStack().execute(org.eclipse.emf.edit.command.SetCommand.create(session.domain(),
                target, io.github.chorus.plan.model.PlanPackage.Literals.NAMED__NAME, "Renamed bulk post"));
        session.domain().getCommandStack().execute(org.eclipse.emf.edit.command.RemoveCommand.create(session.domain(),
                library, ContentPackage.Literals.CONTENT_LIBRARY__ITEMS, added.get(0)));
        Ui.waitFor(200);
        TreeItem shown = (TreeItem) navigator.viewer().testFindItem(target);
        assertThat(shown).isNotNull();
        assertThat(shown.getText()).contains("Renamed bulk post");
        assertThat(libraryNode.getItems()).extracting(TreeItem::getText)
                .contains("Items (" + numbers.format(items - 1) + ")");
    }
}
