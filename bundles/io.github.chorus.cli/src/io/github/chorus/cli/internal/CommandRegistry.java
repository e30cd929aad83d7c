package io.github.chorus.cli.internal;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;

import io.github.chorus.cli.ICommand;

/**
 * The commands contributed to {@code io.github.chorus.cli.commands}, read once, sorted by name.
 */
public final class CommandRegistry {

	/** The id of the extension point. */
	public static final String EXTENSION_POINT = "io.github.chorus.cli.commands"; //$NON-NLS-1$

	private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*"); //$NON-NLS-1$
	private static final Set<String> RESERVED = Set.of("help", "version"); //$NON-NLS-1$ //$NON-NLS-2$

	private final SortedMap<String, CommandDescriptor> commands = new TreeMap<>();

	/**
	 * @param descriptors the commands; on a name clash the first one wins
	 */
	public CommandRegistry(Collection<CommandDescriptor> descriptors) {
		for (CommandDescriptor descriptor : descriptors) {
			add(descriptor);
		}
	}

	/**
	 * Reads the contributions of all resolved bundles.
	 *
	 * @param extensionRegistry the registry to read
	 * @return the registry of the valid contributions; invalid ones are logged and skipped
	 */
	public static CommandRegistry read(IExtensionRegistry extensionRegistry) {
		CommandRegistry registry = new CommandRegistry(List.of());
		for (IConfigurationElement element : extensionRegistry.getConfigurationElementsFor(EXTENSION_POINT)) {
			if (!"command".equals(element.getName())) { //$NON-NLS-1$
				continue;
			}
			String contributor = element.getContributor().getName();
			String name = element.getAttribute("name"); //$NON-NLS-1$
			if (name == null || !NAME.matcher(name).matches() || RESERVED.contains(name)) {
				log("Ignored command '" + name + "' from " + contributor //$NON-NLS-1$ //$NON-NLS-2$
						+ ": names are lower-case words with hyphens, and 'help' and 'version' are reserved"); //$NON-NLS-1$
				continue;
			}
			registry.add(new CommandDescriptor(name, element.getAttribute("description"), //$NON-NLS-1$
					element.getAttribute("usage"), contributor, () -> create(element))); //$NON-NLS-1$
		}
		return registry;
	}

	private void add(CommandDescriptor descriptor) {
		CommandDescriptor existing = commands.putIfAbsent(descriptor.name(), descriptor);
		if (existing != null) {
			log("Command '" + descriptor.name() + "' of " + descriptor.contributor() //$NON-NLS-1$ //$NON-NLS-2$
					+ " ignored: already contributed by " + existing.contributor()); //$NON-NLS-1$
		}
	}

	private static ICommand create(IConfigurationElement element) {
		try {
			return (ICommand) element.createExecutableExtension("class"); //$NON-NLS-1$
		} catch (CoreException | ClassCastException e) {
			throw new IllegalStateException("Cannot create command '" + element.getAttribute("name") //$NON-NLS-1$ //$NON-NLS-2$
					+ "' of " + element.getContributor().getName() + ": " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	private static void log(String message) {
		ILog.of(CommandRegistry.class).log(Status.warning(message));
	}

	/**
	 * @param name a command name
	 * @return the command of that name
	 */
	public Optional<CommandDescriptor> find(String name) {
		return Optional.ofNullable(commands.get(name));
	}

	/** @return all commands sorted by name, unmodifiable */
	public Collection<CommandDescriptor> all() {
		return Collections.unmodifiableCollection(commands.values());
	}
}
