// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.workspace.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

import io.github.chorus.calendar.ui.internal.CalendarEditor;
import io.github.chorus.core.runtime.ServiceLoaderMediator;
import io.github.chorus.workspace.ui.WorkspaceEditors;
import io.github.chorus.workspace.ui.WorkspaceSession;

/**
 * The service loader mediator is not started with the framework; the calendar's list view (NatTable
 * over Eclipse Collections) starts it before it needs it.
 */
class ServiceLoaderMediatorTest {

	private final IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();

	@AfterEach
	void tearDown() throws Exception {
		page.closeAllEditors(false);
		ServiceLoaderMediator.ensureStarted();
		Ui.assertNoLoggedErrors();
	}

	@Test
	void theCalendarsListViewStartsTheMediatorWhenNothingElseHas() throws Exception {
		page.closeAllEditors(false);
		Bundle mediator = Platform.getBundle(ServiceLoaderMediator.BUNDLE);
		assertThat(mediator).as("the mediator is installed").isNotNull();
		mediator.stop(Bundle.STOP_TRANSIENT); // as at start-up, before the background job ran
		assertThat(ServiceLoaderMediator.isActive()).isFalse();

		WorkspaceSession session = WorkspaceSession.of(PlatformUI.getWorkbench());
		CalendarEditor editor = (CalendarEditor) WorkspaceEditors.open(page, session, session.workspace().content());
		Ui.processEvents();

		assertThat(editor.calendarPage().listView().table().getRowCount()).isPositive();
		assertThat(ServiceLoaderMediator.isActive()).as("started by the list view").isTrue();
		assertThat(mediator.getState()).isEqualTo(Bundle.ACTIVE);
	}
}
