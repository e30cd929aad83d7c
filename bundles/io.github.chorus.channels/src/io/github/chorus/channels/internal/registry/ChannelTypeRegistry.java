package io.github.chorus.channels.internal.registry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
	}

	private final Object lock = new Object();
	/** Channel types by id, in the order they were read. */
	private final Map<String, Entry> entries = new LinkedHashMap<>();
	/** The ids each extension contributed (and won), to remove them with the extension. */
	private final Map<IExtension, List<String>> idsByExtension = new HashMap<>();
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
			entries.clear();
			idsByExtension.clear();
		}
	}

	@Override
	public List<ChannelTypeDescriptor> channelTypes() {
		synchronized (lock) {
			return entries.values().stream().map(entry -> entry.descriptor)
					.sorted(Comparator.comparing(ChannelTypeDescriptor::id)).toList();
		}
	}

	@Override
	public Optional<ChannelTypeDescriptor> channelType(String id) {
		synchronized (lock) {
			return Optional.ofNullable(entries.get(id)).map(entry -> entry.descriptor);
		}
	}

	@Override
	public Optional<IChannelConnector> connector(String id) throws CoreException {
		Entry entry;
		synchronized (lock) {
			entry = entries.get(id);
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
			if (entries.get(id) != entry) {
				return Optional.empty(); // removed meanwhile
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
		synchronized (lock) {
			for (IExtension extension : extensions) {
				if (idsByExtension.containsKey(extension)) {
					continue; // read already: the listener and the initial read may overlap
				}
				List<String> ids = new ArrayList<>();
				for (IConfigurationElement element : extension.getConfigurationElements()) {
					if (!ChannelTypeReader.CHANNEL_TYPE.equals(element.getName())) {
						logInvalid("unknown element <" + element.getName() + "> contributed by " //$NON-NLS-1$ //$NON-NLS-2$
								+ element.getContributor().getName());
						continue;
					}
					try {
						ChannelTypeDescriptor descriptor = ChannelTypeReader.read(element);
						Entry existing = entries.get(descriptor.id());
						if (existing != null) {
							logInvalid("channel type '" + descriptor.id() + "' contributed by " //$NON-NLS-1$ //$NON-NLS-2$
									+ descriptor.contributor() + " is ignored: " + existing.descriptor.contributor() //$NON-NLS-1$
									+ " contributes the same id"); //$NON-NLS-1$
							continue;
						}
						entries.put(descriptor.id(), new Entry(descriptor, element));
						ids.add(descriptor.id());
						added.add(descriptor);
					} catch (ChannelTypeReader.InvalidContributionException e) {
						logInvalid(e.getMessage());
					}
				}
				idsByExtension.put(extension, ids);
			}
		}
		fire(added, List.of());
	}

	@Override
	public void removed(IExtension[] extensions) {
		List<ChannelTypeDescriptor> removed = new ArrayList<>();
		synchronized (lock) {
			for (IExtension extension : extensions) {
				List<String> ids = idsByExtension.remove(extension);
				if (ids == null) {
					continue;
				}
				for (String id : ids) {
					Entry entry = entries.remove(id);
					if (entry != null) {
						removed.add(entry.descriptor);
					}
				}
			}
		}
		fire(List.of(), removed);
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
