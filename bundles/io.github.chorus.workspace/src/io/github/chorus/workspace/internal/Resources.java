// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.workspace.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceFactoryImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;

import io.github.chorus.analytics.model.AnalyticsPackage;
import io.github.chorus.community.model.CommunityPackage;
import io.github.chorus.content.model.ContentPackage;
import io.github.chorus.plan.model.PlanPackage;
import io.github.chorus.workspace.StorageFormat;

/** Resource set, resource factories and load/save options of a workspace. */
public final class Resources {

    private static final XMLParserPoolImpl PARSER_POOL = new XMLParserPoolImpl(true);

    private Resources() {
    }

    /** A resource set that knows the Chorus packages (also outside OSGi) and both formats. */
    public static ResourceSet newResourceSet() {
        ResourceSetImpl resourceSet = new ResourceSetImpl();
        resourceSet.setURIResourceMap(new HashMap<>());
        resourceSet.getPackageRegistry().put(PlanPackage.eNS_URI, PlanPackage.eINSTANCE);
        resourceSet.getPackageRegistry().put(ContentPackage.eNS_URI, ContentPackage.eINSTANCE);
        resourceSet.getPackageRegistry().put(CommunityPackage.eNS_URI, CommunityPackage.eINSTANCE);
        resourceSet.getPackageRegistry().put(AnalyticsPackage.eNS_URI, AnalyticsPackage.eINSTANCE);
        Map<String, Object> factories = resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap();
        factories.put(StorageFormat.XMI.extension(), new ResourceFactoryImpl() {
            @Override
            public Resource createResource(URI uri) {
                XMIResourceImpl resource = new XMIResourceImpl(uri);
                resource.setIntrinsicIDToEObjectMap(new HashMap<>());
                resource.setEncoding("UTF-8"); //$NON-NLS-1$
                return resource;
            }
        });
        factories.put(StorageFormat.BINARY.extension(), new ResourceFactoryImpl() {
            @Override
            public Resource createResource(URI uri) {
                PartResource resource = new PartResource(uri);
                resource.setIntrinsicIDToEObjectMap(new HashMap<>());
                return resource;
            }
        });
        return resourceSet;
    }

    /** Load options: unknown (future) features are recorded, not dropped, and saved again. */
    public static Map<Object, Object> loadOptions(StorageFormat format) {
        Map<Object, Object> options = new HashMap<>();
        if (format == StorageFormat.XMI) {
            options.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.TRUE);
            options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
            options.put(XMLResource.OPTION_USE_PARSER_POOL, PARSER_POOL);
            options.put(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, new HashMap<>());
            options.put(XMLResource.OPTION_USE_DEPRECATED_METHODS, Boolean.FALSE);
        } else {
            options.put(BinaryResourceImpl.OPTION_BUFFER_CAPACITY, 1 << 16);
        }
        return options;
    }

    /** Save options: deterministic output, relative cross-file references. */
    public static Map<Object, Object> saveOptions(StorageFormat format) {
        Map<Object, Object> options = new HashMap<>();
        if (format == StorageFormat.XMI) {
            options.put(XMLResource.OPTION_ENCODING, "UTF-8"); //$NON-NLS-1$
            options.put(XMLResource.OPTION_USE_CACHED_LOOKUP_TABLE, new ArrayList<>());
            options.put(XMLResource.OPTION_CONFIGURATION_CACHE, Boolean.TRUE);
            options.put(XMLResource.OPTION_LINE_WIDTH, 120);
            options.put(XMLResource.OPTION_PROCESS_DANGLING_HREF, XMLResource.OPTION_PROCESS_DANGLING_HREF_RECORD);
        } else {
            options.put(BinaryResourceImpl.OPTION_VERSION, BinaryResourceImpl.BinaryIO.Version.VERSION_1_1);
            options.put(BinaryResourceImpl.OPTION_STYLE_BINARY_FLOATING_POINT, Boolean.TRUE);
            options.put(BinaryResourceImpl.OPTION_STYLE_BINARY_ENUMERATOR, Boolean.TRUE);
            options.put(BinaryResourceImpl.OPTION_BUFFER_CAPACITY, 1 << 16);
        }
        return options;
    }

    /**
     * The resource of a binary part. It reads a plain EMF binary file (the format before
     * {@link SegmentedPart}); a segmented part fills it and then marks it loaded, so that EMF never
     * loads it again on its own when a reference into it is resolved.
     * <p>
     * Its loading can be deferred ({@link #deferLoad}): the first access to its contents, to an
     * object in it, or EMF's loading on demand (resolving a proxy into it) then runs the given
     * loading instead of reading the file as a plain EMF binary. The loading runs once, on the
     * thread that first needs it; other threads wait for it; accesses from inside the loading
     * itself see the contents as they are.
     * </p>
     */
    public static final class PartResource extends BinaryResourceImpl {

        private final Object loadLock = new Object();
        private volatile Runnable deferred;
        private volatile Thread loader;

        /**
         * @param uri the URI of the part's head file
         */
        public PartResource(URI uri) {
            super(uri);
        }

        /** Marks the resource loaded: its contents were read by {@link SegmentedPart}. */
        public void markLoaded() {
            setLoaded(true);
        }

        /**
         * Defers the loading of this resource to its first use.
         *
         * @param load fills the resource (and marks it loaded)
         */
        public void deferLoad(Runnable load) {
            deferred = load;
        }

        /** Drops a deferred loading that has not run: the resource stays empty (its part was reloaded). */
        public void cancelDeferredLoad() {
            synchronized (loadLock) {
                deferred = null;
            }
        }

        /** @return whether the loading is deferred and has not run to its end yet */
        public boolean isDeferred() {
            return deferred != null;
        }

        /** Runs the deferred loading, if any, unless this thread is running it; waits while another thread does. */
        public void loadDeferred() {
            if (deferred == null || loader == Thread.currentThread()) {
                return;
            }
            synchronized (loadLock) {
                Runnable load = deferred;
                if (load == null) {
                    return;
                }
                loader = Thread.currentThread();
                try {
                    load.run();
                } finally {
                    deferred = null;
                    loader = null;
                }
            }
        }

        @Override
        public EList<EObject> getContents() {
            loadDeferred();
            return super.getContents();
        }

        @Override
        public EObject getEObject(String uriFragment) {
            loadDeferred();
            return super.getEObject(uriFragment);
        }

        @Override
        public void load(Map<?, ?> options) throws IOException {
            if (deferred != null) {
                loadDeferred(); // EMF's loading on demand: the part's own loading, not a plain binary read
                return;
            }
            super.load(options);
        }
    }

    /** An input stream that knows how many bytes were read, to locate binary corruption. */
    public static final class CountingInputStream extends FilterInputStream {
        private long count;

        public CountingInputStream(InputStream in) {
            super(in);
        }

        public long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}
