// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.publishing.ui.internal;

import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.eclipse.core.runtime.preferences.InstanceScope;

/** Window &gt; Preferences &gt; Publishing: publish due posts automatically while the workbench is open. */
public final class PublishingPreferences extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	/** Creates the page. */
	public PublishingPreferences() {
		super(GRID);
		setDescription(Messages.Preferences_description);
	}

	@Override
	public void init(IWorkbench workbench) {
		ScopedPreferenceStore store = new ScopedPreferenceStore(InstanceScope.INSTANCE, OutboxMonitor.PREFERENCE_NODE);
		store.setDefault(OutboxMonitor.PREF_AUTO_MINUTES, 5);
		setPreferenceStore(store);
	}

	@Override
	protected void createFieldEditors() {
		addField(new BooleanFieldEditor(OutboxMonitor.PREF_AUTO, Messages.Preferences_auto, getFieldEditorParent()));
		IntegerFieldEditor minutes = new IntegerFieldEditor(OutboxMonitor.PREF_AUTO_MINUTES, Messages.Preferences_minutes,
				getFieldEditorParent());
		minutes.setValidRange(1, 24 * 60);
		addField(minutes);
	}
}
