// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.content.ui.internal;

import org.eclipse.ui.PartInitException;

import io.github.chorus.content.model.ContentItem;
import io.github.chorus.workspace.ui.WorkspaceFormEditor;

/**
 * The composer: a content item written once, with its per-channel variants side by side, each
 * checked live against its network's rules.
 */
public final class ComposerEditor extends WorkspaceFormEditor {

	/** The editor id. */
	public static final String ID = "io.github.chorus.content.ui.composer"; //$NON-NLS-1$

	private ComposePage compose;

	@Override
	protected void addPages() {
		try {
			compose = new ComposePage(this);
			addPage(compose);
		} catch (PartInitException e) {
			throw new IllegalStateException(e);
		}
	}

	@Override
	protected void modelChanged() {
		if (compose != null) {
			compose.modelChanged();
		}
	}

	/** @return the content item */
	public ContentItem item() {
		return (ContentItem) object();
	}

	/** @return the compose page, for tests */
	public ComposePage composePage() {
		return compose;
	}
}
