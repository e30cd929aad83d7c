// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.workspace.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl;
import org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl.DataConverter;

import io.github.chorus.analytics.model.AnalyticsPackage;
import io.github.chorus.analytics.model.ObservationBlock;
import io.github.chorus.plan.model.PlanPackage;

/**
 * EMF's binary format, as the head and segment files of a segmented part use it: observation
 * blocks are written as their raw bytes (not as base64 text), instants as numbers (not as
 * ISO-8601 text), and an object of the same resource
 * that lies outside what one file holds is written as a reference by id (a proxy resolved on
 * first use), never inline.
 */
final class PartBinary {

    private PartBinary() {
    }

    /** Save options of head and segment files. */
    static Map<Object, Object> options() {
        Map<Object, Object> options = new HashMap<>();
        options.put(BinaryResourceImpl.OPTION_VERSION, BinaryResourceImpl.BinaryIO.Version.VERSION_1_1);
        options.put(BinaryResourceImpl.OPTION_STYLE_BINARY_FLOATING_POINT, Boolean.TRUE);
        options.put(BinaryResourceImpl.OPTION_STYLE_BINARY_ENUMERATOR, Boolean.TRUE);
        options.put(BinaryResourceImpl.OPTION_BUFFER_CAPACITY, 1 << 16);
        // the streams' own buffer: without it EMF reads and writes the underlying stream byte by byte
        options.put(BinaryResourceImpl.OPTION_INTERNAL_BUFFER_CAPACITY, 1 << 16);
        return options;
    }

    /**
     * Load options: a smaller internal buffer than for writing, as each file is read from memory and
     * a loading makes one stream per segment file (hundreds of them).
     */
    private static Map<Object, Object> inputOptions() {
        Map<Object, Object> options = options();
        options.put(BinaryResourceImpl.OPTION_INTERNAL_BUFFER_CAPACITY, 1 << 13);
        return options;
    }

    private static DataConverter<?> converter(EDataType type) {
        if (type == AnalyticsPackage.Literals.OBSERVATIONS) {
            return ObservationsConverter.INSTANCE;
        }
        if (type == PlanPackage.Literals.INSTANT) {
            return InstantConverter.INSTANCE;
        }
        return null;
    }

    /** Instants as seconds and nanoseconds, not as ISO-8601 text to parse. */
    private static final class InstantConverter extends DataConverter<Instant> {
        static final InstantConverter INSTANCE = new InstantConverter();

        @Override
        public Instant read(BinaryResourceImpl.EObjectInputStream in) throws IOException {
            if (!in.readBoolean()) {
                return null;
            }
            long seconds = in.readLong();
            int nanos = in.readInt();
            try {
                return Instant.ofEpochSecond(seconds, nanos);
            } catch (java.time.DateTimeException e) {
                throw new IOException("bad instant: " + e.getMessage(), e); //$NON-NLS-1$
            }
        }

        @Override
        protected void doWrite(BinaryResourceImpl.EObjectOutputStream out, Instant value) throws IOException {
            out.writeBoolean(value != null);
            if (value != null) {
                out.writeLong(value.getEpochSecond());
                out.writeInt(value.getNano());
            }
        }
    }

    /** Observation blocks as a length and their raw bytes. */
    private static final class ObservationsConverter extends DataConverter<ObservationBlock> {
        static final ObservationsConverter INSTANCE = new ObservationsConverter();

        @Override
        public ObservationBlock read(BinaryResourceImpl.EObjectInputStream in) throws IOException {
            int length = in.readCompressedInt();
            if (length < 0) {
                return null;
            }
            byte[] bytes = new byte[length];
            for (int i = 0; i < length; i++) {
                bytes[i] = in.readByte();
            }
            try {
                return ObservationBlock.fromBytes(bytes);
            } catch (IllegalArgumentException e) {
                throw new IOException(e.getMessage(), e);
            }
        }

        @Override
        protected void doWrite(BinaryResourceImpl.EObjectOutputStream out, ObservationBlock value) throws IOException {
            if (value == null) {
                out.writeCompressedInt(-1);
                return;
            }
            byte[] bytes = value.toBytes();
            out.writeCompressedInt(bytes.length);
            for (byte b : bytes) {
                out.writeByte(b);
            }
        }
    }

    /** Writes objects of one resource; objects {@code outside} the file become references by id. */
    static final class Output extends BinaryResourceImpl.EObjectOutputStream {
        private final Predicate<EObject> outside;
        private final EObject skipOwner;
        private final List<? extends EStructuralFeature> skipped;
        private boolean positional;
        private boolean containment = true; // the objects handed to saveEObject directly are this file's own

        /**
         * @param out       the bytes
         * @param resource  the part's resource
         * @param outside   objects of the resource that other files hold
         * @param skipOwner an object some of whose features other files hold, or {@code null}
         * @param skipped   those features
         */
        Output(OutputStream out, Resource resource, Predicate<EObject> outside, EObject skipOwner,
                List<? extends EStructuralFeature> skipped) throws IOException {
            super(out, options());
            this.resource = resource;
            this.baseURI = resource.getURI();
            this.outside = outside;
            this.skipOwner = skipOwner;
            this.skipped = skipped;
        }

        /** @return whether an outside object without id was referenced by its position */
        boolean positional() {
            return positional;
        }

        @Override
        protected EStructuralFeatureData createEStructuralFeatureData(EStructuralFeature.Internal feature) {
            EStructuralFeatureData data = super.createEStructuralFeatureData(feature);
            DataConverter<?> converter = data.eDataType == null ? null : converter(data.eDataType);
            if (converter != null) {
                data.dataConverter = converter;
            }
            return data;
        }

        @Override
        protected void saveFeatureValue(InternalEObject object, int featureID, EStructuralFeatureData data)
                throws IOException {
            if (object == skipOwner && skipped.contains(object.eClass().getEStructuralFeature(featureID))) {
                return;
            }
            boolean outer = containment;
            containment = data.kind == FeatureKind.EOBJECT_CONTAINMENT || data.kind == FeatureKind.EOBJECT_CONTAINMENT_LIST
                    || data.kind == FeatureKind.EOBJECT_CONTAINMENT_PROXY_RESOLVING
                    || data.kind == FeatureKind.EOBJECT_CONTAINMENT_LIST_PROXY_RESOLVING;
            try {
                super.saveFeatureValue(object, featureID, data);
            } finally {
                containment = outer;
            }
        }

        @Override
        public void saveEObject(InternalEObject object, Check check) throws IOException {
            // the children of an object in this file are in this file: only references are checked
            if (!containment && object != null && !eObjectIDMap.containsKey(object) && object.eResource() == resource
                    && outside.test(object)) {
                int id = eObjectIDMap.size();
                writeCompressedInt(id);
                eObjectIDMap.put(object, id);
                writeEClass(object.eClass());
                writeCompressedInt(-1); // a proxy: its URI follows
                String fragment = resource.getURIFragment(object);
                positional |= fragment.startsWith("/"); //$NON-NLS-1$
                writeURI(resource.getURI(), fragment);
                if ((style & STYLE_PROXY_ATTRIBUTES) != 0) {
                    writeCompressedInt(0); // no attribute values follow
                }
                return;
            }
            super.saveEObject(object, check);
        }
    }

    /** Reads what {@link Output} wrote. */
    static final class Input extends BinaryResourceImpl.EObjectInputStream {

        Input(InputStream in, Resource resource) throws IOException {
            super(in, inputOptions());
            this.resource = resource;
            this.resourceSet = resource.getResourceSet();
            URI uri = resource.getURI();
            this.baseURI = uri;
        }

        /** @return every object this stream created so far, proxies included */
        List<InternalEObject> objects() {
            return eObjectList;
        }

        @Override
        protected EStructuralFeatureData getEStructuralFeatureData(EClassData eClassData, int featureID)
                throws IOException {
            EStructuralFeatureData data = super.getEStructuralFeatureData(eClassData, featureID);
            DataConverter<?> converter = data.eDataType == null ? null : converter(data.eDataType);
            if (converter != null) {
                data.dataConverter = converter;
            }
            return data;
        }
    }
}
