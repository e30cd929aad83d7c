// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.calendar.ui.internal;

import java.time.ZoneId;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/**
 * Window &gt; Preferences &gt; Calendar: the time zone the calendar opens in (empty: the plan's)
 * and what publications are coloured by.
 */
public final class CalendarPreferences extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	/** The preference node. */
	public static final String NODE = "io.github.chorus.calendar.ui"; //$NON-NLS-1$
	/** The default time zone of the calendar; empty for the plan's time zone. */
	public static final String TIME_ZONE = "timeZone"; //$NON-NLS-1$
	/** {@code channel} or {@code campaign}. */
	public static final String COLOUR_BY = "colourBy"; //$NON-NLS-1$

	/** Creates the page. */
	public CalendarPreferences() {
		super(GRID);
		setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, NODE));
		setDescription("How the content calendar opens. Changes apply to calendars opened afterwards."); //$NON-NLS-1$
	}

	@Override
	public void init(IWorkbench workbench) {
		// nothing to do
	}

	@Override
	protected void createFieldEditors() {
		StringFieldEditor zone = new StringFieldEditor(TIME_ZONE, "Default time zone (empty: the plan's)", //$NON-NLS-1$
				getFieldEditorParent()) {
			@Override
			protected boolean doCheckState() {
				String value = getStringValue().strip();
				if (value.isEmpty()) {
					return true;
				}
				try {
					ZoneId.of(value);
					return true;
				} catch (RuntimeException e) {
					setErrorMessage("Not a time zone: " + value + " (for example Europe/Paris or UTC)"); //$NON-NLS-1$ //$NON-NLS-2$
					return false;
				}
			}
		};
		addField(zone);
		addField(new ComboFieldEditor(COLOUR_BY, "Colour publications by", //$NON-NLS-1$
				new String[][] { { "Channel", "channel" }, { "Campaign", "campaign" } }, getFieldEditorParent())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}
}
