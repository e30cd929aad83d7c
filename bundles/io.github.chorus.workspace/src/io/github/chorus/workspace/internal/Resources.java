// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.workspace.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
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
     */
    public static final class PartResource extends BinaryResourceImpl {

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
