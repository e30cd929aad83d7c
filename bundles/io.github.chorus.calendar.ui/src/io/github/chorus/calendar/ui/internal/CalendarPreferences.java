// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.calendar.ui.internal;

import java.time.ZoneId;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/**
 * Window &gt; Preferences &gt; Calendar: the time zone the calendar opens in (empty: the plan's),
 * what publications are coloured by (also remembered when changed in the calendar) and the
 * daily cadence per channel beyond which a day is flagged as overloaded.
 */
public final class CalendarPreferences extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	/** The preference node. */
	public static final String NODE = "io.github.chorus.calendar.ui"; //$NON-NLS-1$
	/** The default time zone of the calendar; empty for the plan's time zone. */
	public static final String TIME_ZONE = "timeZone"; //$NON-NLS-1$
	/** {@link #COLOUR_BY_CHANNEL} or {@link #COLOUR_BY_CAMPAIGN}. */
	public static final String COLOUR_BY = "colourBy"; //$NON-NLS-1$
	/** Colour publications by channel. */
	public static final String COLOUR_BY_CHANNEL = "channel"; //$NON-NLS-1$
	/** Colour publications by campaign. */
	public static final String COLOUR_BY_CAMPAIGN = "campaign"; //$NON-NLS-1$
	/** The daily maximum per channel type, as {@link Cadence#parse(String)} reads it. */
	public static final String CADENCE = "cadence"; //$NON-NLS-1$

	/** Creates the page. */
	public CalendarPreferences() {
		super(GRID);
		ScopedPreferenceStore store = new ScopedPreferenceStore(InstanceScope.INSTANCE, NODE);
		store.setDefault(COLOUR_BY, COLOUR_BY_CHANNEL);
		store.setDefault(CADENCE, Cadence.DEFAULTS);
		setPreferenceStore(store);
		setDescription(Messages.CalendarPreferences_description);
	}

	@Override
	public void init(IWorkbench workbench) {
		// nothing to do
	}

	@Override
	protected void createFieldEditors() {
		addField(new StringFieldEditor(TIME_ZONE, Messages.CalendarPreferences_timeZone, getFieldEditorParent()) {
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
					setErrorMessage(NLS.bind(Messages.CalendarPreferences_badZone, value));
					return false;
				}
			}
		});
		addField(new ComboFieldEditor(COLOUR_BY, Messages.CalendarPreferences_colourBy,
				new String[][] { { Messages.CalendarPage_channel, COLOUR_BY_CHANNEL },
						{ Messages.CalendarPage_campaign, COLOUR_BY_CAMPAIGN } },
				getFieldEditorParent()));
		addField(new StringFieldEditor(CADENCE, Messages.CalendarPreferences_cadence, getFieldEditorParent()) {
			@Override
			protected boolean doCheckState() {
				try {
					Cadence.parse(getStringValue());
					return true;
				} catch (IllegalArgumentException e) {
					setErrorMessage(e.getMessage());
					return false;
				}
			}
		});
	}
}
