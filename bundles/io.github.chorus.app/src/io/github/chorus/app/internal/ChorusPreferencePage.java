// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.app.internal;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

import io.github.chorus.core.preferences.ChorusPreferences;

/**
 * Preferences &gt; Chorus: the personal settings every area uses, starting with the time zone
 * of new workspaces and of the views that show times. The area pages sit below it.
 */
public final class ChorusPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	/** Creates the page. */
	public ChorusPreferencePage() {
		super(GRID);
		setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, ChorusPreferences.NODE));
		setDescription(Messages.ChorusPreferencePage_description);
	}

	@Override
	public void init(IWorkbench workbench) {
		// nothing to do
	}

	@Override
	protected void createFieldEditors() {
		List<String[]> zones = new ArrayList<>();
		zones.add(new String[] { Messages.ChorusPreferencePage_planTimeZone, "" }); //$NON-NLS-1$
		for (String id : new TreeSet<>(ZoneId.getAvailableZoneIds())) {
			if (id.contains("/") || id.equals("UTC")) { //$NON-NLS-1$ //$NON-NLS-2$
				zones.add(new String[] { id, id });
			}
		}
		addField(new ComboFieldEditor(ChorusPreferences.TIME_ZONE, Messages.ChorusPreferencePage_timeZone,
				zones.toArray(String[][]::new), getFieldEditorParent()));
	}
}
