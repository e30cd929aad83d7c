package io.github.chorus.cli.internal;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The headless Chorus application ({@code io.github.chorus.cli.application}): what
 * {@code chorus COMMAND [options]} starts. It needs no display.
 */
public final class CommandLineApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		String[] arguments = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		List<String> argumentList = arguments == null ? List.of() : Arrays.asList(arguments);
		CommandDispatcher dispatcher = new CommandDispatcher(CommandRegistry.read(Platform.getExtensionRegistry()),
				productVersion(), System.in, System.out, System.err);
		int exitCode = dispatcher.dispatch(argumentList);
		System.out.flush();
		System.err.flush();
		return Integer.valueOf(exitCode);
	}

	@Override
	public void stop() {
		// A command runs to its end on the launcher's thread; there is nothing to interrupt.
	}

	/**
	 * @return the version of the bundle that defines the running product (the Chorus branding
	 *         bundle), or of this bundle when no product is running
	 */
	static String productVersion() {
		IProduct product = Platform.getProduct();
		Bundle bundle = product != null && product.getDefiningBundle() != null ? product.getDefiningBundle()
				: FrameworkUtil.getBundle(CommandLineApplication.class);
		return bundle.getVersion().toString();
	}
}
