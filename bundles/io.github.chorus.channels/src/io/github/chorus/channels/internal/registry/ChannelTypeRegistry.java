package io.github.chorus.channels.internal.registry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionPoint;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IRegistryEventListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import io.github.chorus.channels.ChannelAccount;
import io.github.chorus.channels.ChannelCapabilities;
import io.github.chorus.channels.ChannelTypeDescriptor;
import io.github.chorus.channels.IChannelConnector;
import io.github.chorus.channels.IChannelTypeListener;
import io.github.chorus.channels.IChannelTypeRegistry;

/**
 * The {@link IChannelTypeRegistry} service: reads {@code io.github.chorus.channels.channelTypes}
 * when activated and follows the extension registry's add and remove events afterwards, so channel
 * plug-ins can come and go at runtime.
 */
@Component(service = IChannelTypeRegistry.class)
public final class ChannelTypeRegistry implements IChannelTypeRegistry, IRegistryEventListener {

	private static final String PLUGIN_ID = "io.github.chorus.channels"; //$NON-NLS-1$

	/** A channel type read from the registry, with what is needed to create its connector. */
	private static final class Entry {
		final ChannelTypeDescriptor descriptor;
		final IConfigurationElement element;
		IChannelConnector connector;

		Entry(ChannelTypeDescriptor descriptor, IConfigurationElement element) {
			this.descriptor = descriptor;
			this.element = element;
		}

		/** Whether the id lies in the contributor's namespace, as {@code <bundle>} or {@code <bundle>.*}. */
		boolean ownsId() {
			String id = descriptor.id();
			String contributor = descriptor.contributor();
			return id.equals(contributor) || id.startsWith(contributor + '.');
		}
	}

	private final Object lock = new Object();
	/**
	 * All valid contributions by id, in the order they were read. When several contribute one id,
	 * the first that owns the id's namespace is active, or else the first one: the choice does not
	 * depend on the order bundles happen to be resolved in when one of them owns the id.
	 */
	private final Map<String, List<Entry>> candidates = new LinkedHashMap<>();
	/** The entries each extension contributed, to remove them with the extension. */
	private final Map<IExtension, List<Entry>> entriesByExtension = new HashMap<>();
	private final List<IChannelTypeListener> listeners = new CopyOnWriteArrayList<>();
	private final ILog log = ILog.of(ChannelTypeRegistry.class);

	@Reference
	private IExtensionRegistry extensionRegistry;

	/** Reads the current contributions and starts following the extension registry. */
	@Activate
	void activate() {
		extensionRegistry.addListener(this, EXTENSION_POINT_ID);
		IExtensionPoint point = extensionRegistry.getExtensionPoint(EXTENSION_POINT_ID);
		if (point == null) {
			log.error("extension point " + EXTENSION_POINT_ID + " is missing"); //$NON-NLS-1$ //$NON-NLS-2$
		} else {
			added(point.getExtensions());
		}
	}

	/** Stops following the extension registry. */
	@Deactivate
	void deactivate() {
		extensionRegistry.removeListener(this);
		synchronized (lock) {
			candidates.clear();
			entriesByExtension.clear();
		}
	}

	/** @return the active entry for an id, or {@code null}; call with the lock held */
	private Entry active(String id) {
		List<Entry> list = candidates.get(id);
		if (list == null || list.isEmpty()) {
			return null;
		}
		return list.stream().filter(Entry::ownsId).findFirst().orElse(list.get(0));
	}

	/** @return the active entries in reading order; call with the lock held */
	private List<Entry> activeEntries() {
		return candidates.keySet().stream().map(this::active).filter(Objects::nonNull).toList();
	}

	@Override
	public List<ChannelTypeDescriptor> channelTypes() {
		synchronized (lock) {
			return activeEntries().stream().map(entry -> entry.descriptor)
					.sorted(Comparator.comparing(ChannelTypeDescriptor::id)).toList();
		}
	}

	@Override
	public Optional<ChannelTypeDescriptor> channelType(String id) {
		synchronized (lock) {
			return Optional.ofNullable(active(id)).map(entry -> entry.descriptor);
		}
	}

	@Override
	public Optional<IChannelConnector> connector(String id) throws CoreException {
		Entry entry;
		synchronized (lock) {
			entry = active(id);
			if (entry == null || entry.descriptor.connectorClass().isEmpty()) {
				return Optional.empty();
			}
			if (entry.connector != null) {
				return Optional.of(entry.connector);
			}
		}
		// create outside the lock: loading the class may start the contributing bundle
		Object created = entry.element.createExecutableExtension("connector"); //$NON-NLS-1$
		if (!(created instanceof IChannelConnector connector)) {
			throw new CoreException(Status.error("connector " + created.getClass().getName() + " of channel type " //$NON-NLS-1$ //$NON-NLS-2$
					+ id + " does not implement " + IChannelConnector.class.getName())); //$NON-NLS-1$
		}
		synchronized (lock) {
			if (active(id) != entry) {
				return Optional.empty(); // removed or replaced meanwhile
			}
			if (entry.connector == null) {
				entry.connector = connector;
			}
			return Optional.of(entry.connector);
		}
	}

	@Override
	public Optional<ChannelCapabilities> capabilities(ChannelAccount account) throws CoreException {
		Optional<ChannelTypeDescriptor> descriptor = channelType(account.channelTypeId());
		if (descriptor.isEmpty()) {
			return Optional.empty();
		}
		ChannelCapabilities declared = descriptor.get().capabilities();
		Optional<IChannelConnector> connector = connector(account.channelTypeId());
		return Optional.of(connector.map(c -> c.refine(declared, account)).orElse(declared));
	}

	@Override
	public void addListener(IChannelTypeListener listener) {
		if (!listeners.contains(listener)) {
			listeners.add(listener);
		}
	}

	@Override
	public void removeListener(IChannelTypeListener listener) {
		listeners.remove(listener);
	}

	@Override
	public void added(IExtension[] extensions) {
		List<ChannelTypeDescriptor> added = new ArrayList<>();
		List<ChannelTypeDescriptor> removed = new ArrayList<>();
		synchronized (lock) {
			for (IExtension extension : extensions) {
				if (entriesByExtension.containsKey(extension)) {
					continue; // read already: the listener and the initial read may overlap
				}
				List<Entry> read = new ArrayList<>();
				for (IConfigurationElement element : extension.getConfigurationElements()) {
					if (!ChannelTypeReader.CHANNEL_TYPE.equals(element.getName())) {
						logInvalid("unknown element <" + element.getName() + "> contributed by " //$NON-NLS-1$ //$NON-NLS-2$
								+ element.getContributor().getName());
						continue;
					}
					try {
						Entry entry = new Entry(ChannelTypeReader.read(element), element);
						String id = entry.descriptor.id();
						Entry before = active(id);
						candidates.computeIfAbsent(id, key -> new ArrayList<>()).add(entry);
						read.add(entry);
						Entry after = active(id);
						if (before != after) {
							if (before != null) {
								removed.add(before.descriptor);
							}
							added.add(after.descriptor);
						}
						if (before != null) {
							Entry loser = before == after ? entry : before;
							logInvalid("channel type '" + id + "' is contributed by both " + before.descriptor.contributor() //$NON-NLS-1$ //$NON-NLS-2$
									+ " and " + entry.descriptor.contributor() + "; the one of " //$NON-NLS-1$ //$NON-NLS-2$
									+ loser.descriptor.contributor() + " is ignored"); //$NON-NLS-1$
						}
					} catch (ChannelTypeReader.InvalidContributionException e) {
						logInvalid(e.getMessage());
					}
				}
				entriesByExtension.put(extension, read);
			}
		}
		fire(added, removed);
	}

	@Override
	public void removed(IExtension[] extensions) {
		List<ChannelTypeDescriptor> added = new ArrayList<>();
		List<ChannelTypeDescriptor> removed = new ArrayList<>();
		synchronized (lock) {
			for (IExtension extension : extensions) {
				List<Entry> read = entriesByExtension.remove(extension);
				if (read == null) {
					continue;
				}
				for (Entry entry : read) {
					String id = entry.descriptor.id();
					Entry before = active(id);
					List<Entry> list = candidates.get(id);
					list.remove(entry);
					if (list.isEmpty()) {
						candidates.remove(id);
					}
					Entry after = active(id);
					if (before != after) {
						removed.add(before.descriptor);
						if (after != null) {
							added.add(after.descriptor);
						}
					}
				}
			}
		}
		fire(added, removed);
	}

	@Override
	public void added(IExtensionPoint[] extensionPoints) {
		// only extensions matter
	}

	@Override
	public void removed(IExtensionPoint[] extensionPoints) {
		// only extensions matter
	}

	private void logInvalid(String message) {
		log.log(new Status(IStatus.WARNING, PLUGIN_ID, message));
	}

	private void fire(List<ChannelTypeDescriptor> added, List<ChannelTypeDescriptor> removed) {
		if (added.isEmpty() && removed.isEmpty()) {
			return;
		}
		List<ChannelTypeDescriptor> addedView = List.copyOf(added);
		List<ChannelTypeDescriptor> removedView = List.copyOf(removed);
		for (IChannelTypeListener listener : listeners) {
			try {
				listener.channelTypesChanged(addedView, removedView);
			} catch (RuntimeException e) {
				log.error("channel type listener " + listener + " failed", e); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
	}
}
