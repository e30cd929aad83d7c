// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.channels.ui.internal;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/** Window &gt; Preferences &gt; Accounts: how many days before a token expires Chorus warns. */
public final class AccountsPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	/** The longest warning period the page accepts, in days. */
	static final int MAX_WARNING_DAYS = 90;

	/** Creates the page. */
	public AccountsPreferencePage() {
		super(GRID);
		setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, ChannelsUi.PLUGIN_ID));
		setDescription(Messages.Preferences_description);
	}

	@Override
	public void init(IWorkbench workbench) {
		// nothing to do
	}

	@Override
	protected void createFieldEditors() {
		IntegerFieldEditor days = new IntegerFieldEditor(ChannelsUi.WARNING_DAYS, Messages.Preferences_warningDays,
				getFieldEditorParent(), 2);
		days.setValidRange(0, MAX_WARNING_DAYS);
		addField(days);
	}

	@Override
	public boolean performOk() {
		boolean ok = super.performOk();
		ChannelsUi.fireAccountsChanged();
		return ok;
	}
}
