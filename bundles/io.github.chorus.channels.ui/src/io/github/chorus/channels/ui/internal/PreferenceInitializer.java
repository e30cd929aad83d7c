// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.channels.ui.internal;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;

/** Sets the default warning period: {@value ChannelsUi#DEFAULT_WARNING_DAYS} days. */
public final class PreferenceInitializer extends AbstractPreferenceInitializer {

	@Override
	public void initializeDefaultPreferences() {
		DefaultScope.INSTANCE.getNode(ChannelsUi.PLUGIN_ID).putInt(ChannelsUi.WARNING_DAYS, ChannelsUi.DEFAULT_WARNING_DAYS);
	}
}
