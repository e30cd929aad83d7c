// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.content.ui.internal;

import java.util.List;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

import io.github.chorus.channels.ChannelTypeDescriptor;
import io.github.chorus.core.preferences.ChorusPreferences;

/**
 * Preferences &gt; Chorus &gt; Content: the channels a new content item starts with. A personal
 * preference (instance scope), since each writer works on their own networks.
 */
public final class ContentPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	private CheckboxTableViewer channels;

	/** Creates the page. */
	public ContentPreferencePage() {
		setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, ChorusPreferences.NODE));
		setDescription(Messages.ContentPreferences_description);
	}

	@Override
	public void init(IWorkbench workbench) {
		// nothing to do
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite composite = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(composite);
		List<ChannelTypeDescriptor> types = ComposePage.registry().map(r -> r.channelTypes()).orElse(List.of());
		new Label(composite, SWT.NONE).setText(types.isEmpty() ? Messages.ContentPreferences_noRegistry
				: Messages.ContentPreferences_channels);
		channels = CheckboxTableViewer.newCheckList(composite, SWT.BORDER);
		channels.setContentProvider(ArrayContentProvider.getInstance());
		channels.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return ((ChannelTypeDescriptor) element).name();
			}
		});
		channels.setInput(types);
		GridDataFactory.fillDefaults().grab(true, true).hint(300, 180).applyTo(channels.getControl());
		show(ChorusPreferences.defaultChannelTypes());
		return composite;
	}

	private void show(List<String> ids) {
		for (Object element : (List<?>) channels.getInput()) {
			channels.setChecked(element, ids.contains(((ChannelTypeDescriptor) element).id()));
		}
	}

	@Override
	protected void performDefaults() {
		show(List.of());
		super.performDefaults();
	}

	@Override
	public boolean performOk() {
		StringBuilder ids = new StringBuilder();
		for (Object checked : channels.getCheckedElements()) {
			ids.append(ids.isEmpty() ? "" : ",").append(((ChannelTypeDescriptor) checked).id()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		getPreferenceStore().setValue(ChorusPreferences.DEFAULT_CHANNEL_TYPES, ids.toString());
		try {
			((ScopedPreferenceStore) getPreferenceStore()).save();
		} catch (java.io.IOException e) {
			setErrorMessage(e.getMessage());
			return false;
		}
		return super.performOk();
	}

	/** @return the channel list, for tests */
	public CheckboxTableViewer channels() {
		return channels;
	}
}
