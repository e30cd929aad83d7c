// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.core.runtime;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;

/**
 * Starts the OSGi Service Loader Mediator (Apache Aries SPI Fly) when it is first needed rather
 * than at start-up.
 * <p>
 * Libraries such as Eclipse Collections (used by NatTable) find their implementations with
 * {@link java.util.ServiceLoader}, which in OSGi works only through the mediator. Started with the
 * framework, the mediator reads the manifests of every bundle, among them Eclipse Collections'
 * manifests of about 1 MB listing its services, and loads hundreds of classes to register them:
 * a large share of the workbench's start-up on the UI's critical path. So the product does not
 * start it; the workbench starts it in the background once its window is up, and code about to
 * use such a library calls {@link #ensureStarted()} first, which waits for it.
 * </p>
 * <p>
 * It is started transiently: it never becomes part of the saved framework state, so the next
 * launch does not start it with the framework either.
 * </p>
 *
 * @since 0.1
 */
public final class ServiceLoaderMediator {

	/** The symbolic name of the mediator bundle. */
	public static final String BUNDLE = "org.apache.aries.spifly.dynamic.bundle"; //$NON-NLS-1$

	private ServiceLoaderMediator() {
	}

	/**
	 * Starts the mediator unless it is already active; returns once it processes the installed
	 * bundles, so {@link java.util.ServiceLoader} calls in classes loaded from then on are
	 * mediated. Safe to call from any thread, any number of times.
	 *
	 * @throws IllegalStateException when the mediator is installed but cannot be started; the
	 *                               message names it and the reason
	 */
	public static void ensureStarted() {
		Bundle mediator = find();
		if (mediator == null || mediator.getState() == Bundle.ACTIVE) {
			return;
		}
		try {
			mediator.start(Bundle.START_TRANSIENT);
		} catch (BundleException e) {
			throw new IllegalStateException("Cannot start the service loader mediator " + mediator.getSymbolicName() //$NON-NLS-1$
					+ ' ' + mediator.getVersion() + ": " + e.getMessage(), e); //$NON-NLS-1$
		}
	}

	/** @return whether the mediator is installed and active */
	public static boolean isActive() {
		Bundle mediator = find();
		return mediator != null && mediator.getState() == Bundle.ACTIVE;
	}

	private static Bundle find() {
		Bundle self = FrameworkUtil.getBundle(ServiceLoaderMediator.class);
		BundleContext context = self == null ? null : self.getBundleContext();
		if (context == null) {
			return null; // not running in OSGi (plain unit tests): ServiceLoader works unmediated
		}
		for (Bundle bundle : context.getBundles()) {
			if (BUNDLE.equals(bundle.getSymbolicName())) {
				return bundle;
			}
		}
		return null;
	}
}
