// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.channels.ui.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;

import io.github.chorus.channels.ui.AccountPage;

/**
 * The account pages contributed through {@value #EXTENSION_POINT_ID}, read fresh on each use (the
 * wizard is short-lived, and plug-ins may come and go). Page classes are loaded only when the user
 * picks their network.
 */
public final class AccountPageRegistry {

	/** The extension point's id. */
	public static final String EXTENSION_POINT_ID = "io.github.chorus.channels.ui.accountPages"; //$NON-NLS-1$

	private final Map<String, IConfigurationElement> pages = new LinkedHashMap<>();

	/**
	 * Reads the contributions; one without a channel type or a class, or a second one for the same
	 * channel type, is logged and skipped.
	 *
	 * @param registry the extension registry
	 */
	public AccountPageRegistry(IExtensionRegistry registry) {
		for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT_ID)) {
			String channelType = element.getAttribute("channelType"); //$NON-NLS-1$
			String contributor = element.getContributor().getName();
			if (!"accountPage".equals(element.getName()) || channelType == null || channelType.isBlank() //$NON-NLS-1$
					|| element.getAttribute("class") == null) { //$NON-NLS-1$
				ILog.of(AccountPageRegistry.class).warn(contributor + ": an accountPage needs channelType and class; skipped"); //$NON-NLS-1$
			} else if (pages.containsKey(channelType)) {
				ILog.of(AccountPageRegistry.class).warn(contributor + ": a second account page for " + channelType //$NON-NLS-1$
						+ " was skipped; the one of " + pages.get(channelType).getContributor().getName() + " is used"); //$NON-NLS-1$ //$NON-NLS-2$
			} else {
				pages.put(channelType, element);
			}
		}
	}

	/** @return the registry of the running platform */
	public static AccountPageRegistry platform() {
		return new AccountPageRegistry(Platform.getExtensionRegistry());
	}

	/**
	 * @param channelTypeId a channel type id
	 * @return whether a plug-in contributes an account page for it
	 */
	public boolean hasPage(String channelTypeId) {
		return pages.containsKey(channelTypeId);
	}

	/**
	 * Creates a channel type's account page.
	 *
	 * @param channelTypeId a channel type id
	 * @return a new page, or empty when there is none or it cannot be created (logged)
	 */
	public Optional<AccountPage> createPage(String channelTypeId) {
		IConfigurationElement element = pages.get(channelTypeId);
		if (element == null) {
			return Optional.empty();
		}
		try {
			Object page = element.createExecutableExtension("class"); //$NON-NLS-1$
			if (page instanceof AccountPage accountPage) {
				return Optional.of(accountPage);
			}
			ILog.of(AccountPageRegistry.class).error(element.getContributor().getName() + ": " + page.getClass().getName() //$NON-NLS-1$
					+ " does not extend " + AccountPage.class.getName()); //$NON-NLS-1$
		} catch (CoreException e) {
			ILog.of(AccountPageRegistry.class).log(e.getStatus());
		}
		return Optional.empty();
	}
}
