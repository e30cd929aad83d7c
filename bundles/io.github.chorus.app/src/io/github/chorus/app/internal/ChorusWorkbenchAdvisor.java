package io.github.chorus.app.internal;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

import io.github.chorus.core.runtime.ServiceLoaderMediator;
import io.github.chorus.ui.ChorusWorkbench;

/**
 * Configures the Chorus workbench: layouts are saved on exit and restored on start; services
 * that the first window does not need start in the background once it is up.
 */
final class ChorusWorkbenchAdvisor extends WorkbenchAdvisor {

	/** How long after start-up the background services start, to stay clear of the first frames. */
	private static final long BACKGROUND_START_DELAY_MILLIS = 2000;

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		super.initialize(configurer);
		configurer.setSaveAndRestore(true);
	}

	@Override
	public void postStartup() {
		Job mediator = Job.create(Messages.ChorusWorkbenchAdvisor_startingServices, (IProgressMonitor monitor) -> {
			try {
				ServiceLoaderMediator.ensureStarted();
				return Status.OK_STATUS;
			} catch (IllegalStateException e) {
				return Status.error(e.getMessage(), e);
			}
		});
		mediator.setSystem(true);
		mediator.setPriority(Job.DECORATE);
		mediator.schedule(BACKGROUND_START_DELAY_MILLIS);
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return ChorusWorkbench.PERSPECTIVE_STRATEGY;
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new ChorusWorkbenchWindowAdvisor(configurer);
	}
}
