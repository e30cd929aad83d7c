// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.workspace.ui;

import java.io.IOException;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.Saveable;

/**
 * The workspace as the one {@link Saveable} shared by all Chorus editors and views: the
 * workbench asks to save it once, when the last part showing it closes or when the workbench
 * exits, however many editors were open.
 *
 * @since 0.1
 * @noinstantiate This class is not intended to be instantiated by clients.
 */
public final class WorkspaceSaveable extends Saveable {

	private final WorkspaceSession session;

	WorkspaceSaveable(WorkspaceSession session) {
		this.session = session;
	}

	@Override
	public String getName() {
		return "Chorus workspace " + session.workspace().folder().getFileName(); //$NON-NLS-1$
	}

	@Override
	public String getToolTipText() {
		return session.workspace().folder().toString();
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return null;
	}

	@Override
	public void doSave(IProgressMonitor monitor) throws CoreException {
		try {
			session.save();
		} catch (IOException e) {
			throw new CoreException(Status.error("Cannot save " + getToolTipText() + ": " + e.getMessage(), e)); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	@Override
	public boolean isDirty() {
		return session.isDirty();
	}

	@Override
	public boolean equals(Object object) {
		return object instanceof WorkspaceSaveable other && other.session == session;
	}

	@Override
	public int hashCode() {
		return System.identityHashCode(session);
	}
}
