// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.analytics.model;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;

/**
 * An immutable, compact block of metric observations: (time, value) samples with strictly
 * increasing times, at one-second resolution. A {@link MetricSeries} holds one block instead
 * of one model object per observation, so ten million observations cost tens of megabytes,
 * not gigabytes.
 * <p>
 * The text form ({@link #encode()}, used in XMI and in the binary resource format) is the
 * base64 of: the sample count, then per sample the time as a zig-zag varint of the change of
 * the interval since the previous sample (so a regular daily series costs one byte per time),
 * then the value: integral values (most metrics are counts) as a varint of
 * {@code zigzag(value - previous integral value) << 1}, others as a {@code 1} byte followed by
 * the 8 bytes of the IEEE double. Typical daily counts take two or three bytes.
 * </p>
 *
 * @since 1.0
 * @noextend This class is not intended to be subclassed by clients.
 */
public final class ObservationBlock {

    /** The empty block. */
    public static final ObservationBlock EMPTY = new ObservationBlock(new long[0], new double[0]);

    private static final long MAX_EXACT = 1L << 52;

    private final long[] epochSeconds;
    private final double[] values;

    private ObservationBlock(long[] epochSeconds, double[] values) {
        this.epochSeconds = epochSeconds;
        this.values = values;
    }

    /**
     * Creates a block from parallel arrays (copied).
     *
     * @param epochSeconds strictly increasing sample times, in seconds since the epoch
     * @param values       the values, same length
     * @return the block
     * @throws IllegalArgumentException when the lengths differ or the times do not increase
     */
    public static ObservationBlock of(long[] epochSeconds, double[] values) {
        if (epochSeconds.length != values.length) {
            throw new IllegalArgumentException("times and values differ in length"); //$NON-NLS-1$
        }
        for (int i = 1; i < epochSeconds.length; i++) {
            if (epochSeconds[i] <= epochSeconds[i - 1]) {
                throw new IllegalArgumentException("sample times must increase (sample " + i + ")"); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        return new ObservationBlock(epochSeconds.clone(), values.clone());
    }

    /** @return the number of samples */
    public int size() {
        return epochSeconds.length;
    }

    /**
     * @param index a sample index
     * @return the sample time in seconds since the epoch
     */
    public long epochSecond(int index) {
        return epochSeconds[index];
    }

    /**
     * @param index a sample index
     * @return the sample time
     */
    public Instant time(int index) {
        return Instant.ofEpochSecond(epochSeconds[index]);
    }

    /**
     * @param index a sample index
     * @return the sample value
     */
    public double value(int index) {
        return values[index];
    }

    /**
     * Encodes the block as compact text.
     *
     * @return the base64 text
     */
    public String encode() {
        return Base64.getEncoder().encodeToString(toBytes());
    }

    /**
     * Encodes the block as compact bytes: what {@link #encode()} writes as base64. Binary storage
     * writes these bytes as they are, which is a quarter smaller and needs no text decoding.
     *
     * @return the bytes
     * @since 1.0
     */
    public byte[] toBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(epochSeconds.length * 4 + 4);
        writeVarLong(out, epochSeconds.length);
        long previous = 0;
        long previousDelta = 0;
        long previousIntegral = 0;
        for (int i = 0; i < epochSeconds.length; i++) {
            long delta = epochSeconds[i] - previous;
            writeVarLong(out, zigzag(delta - previousDelta));
            previous = epochSeconds[i];
            previousDelta = delta;
            double value = values[i];
            long integral = (long) value;
            if (integral == value && Math.abs(integral) < MAX_EXACT && !(value == 0 && 1 / value < 0)) {
                writeVarLong(out, zigzag(integral - previousIntegral) << 1);
                previousIntegral = integral;
            } else {
                out.write(1);
                long bits = Double.doubleToRawLongBits(value);
                for (int shift = 56; shift >= 0; shift -= 8) {
                    out.write((int) (bits >>> shift));
                }
            }
        }
        return out.toByteArray();
    }

    /**
     * Decodes text made by {@link #encode()}.
     *
     * @param text the base64 text
     * @return the block
     * @throws IllegalArgumentException when the text is not a valid block
     */
    public static ObservationBlock decode(String text) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(text.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("observations are not valid base64: " + e.getMessage(), e); //$NON-NLS-1$
        }
        return fromBytes(bytes);
    }

    /**
     * Decodes bytes made by {@link #toBytes()}.
     *
     * @param bytes the bytes
     * @return the block
     * @throws IllegalArgumentException when the bytes are not a valid block
     * @since 1.0
     */
    public static ObservationBlock fromBytes(byte[] bytes) {
        int[] pos = { 0 };
        long count = readVarLong(bytes, pos);
        if (count < 0 || count > bytes.length) {
            throw new IllegalArgumentException("observations are corrupt: bad sample count " + count); //$NON-NLS-1$
        }
        long[] times = new long[(int) count];
        double[] values = new double[(int) count];
        long previous = 0;
        long previousDelta = 0;
        long previousIntegral = 0;
        for (int i = 0; i < count; i++) {
            previousDelta += unzigzag(readVarLong(bytes, pos));
            previous += previousDelta;
            times[i] = previous;
            if (pos[0] >= bytes.length) {
                throw new IllegalArgumentException("observations are truncated at sample " + i); //$NON-NLS-1$
            }
            if (bytes[pos[0]] == 1) {
                pos[0]++;
                if (pos[0] + 8 > bytes.length) {
                    throw new IllegalArgumentException("observations are truncated at sample " + i); //$NON-NLS-1$
                }
                long bits = 0;
                for (int b = 0; b < 8; b++) {
                    bits = bits << 8 | bytes[pos[0]++] & 0xff;
                }
                values[i] = Double.longBitsToDouble(bits);
            } else {
                previousIntegral += unzigzag(readVarLong(bytes, pos) >>> 1);
                values[i] = previousIntegral;
            }
        }
        if (pos[0] != bytes.length) {
            throw new IllegalArgumentException("observations are corrupt: trailing bytes"); //$NON-NLS-1$
        }
        for (int i = 1; i < times.length; i++) {
            if (times[i] <= times[i - 1]) {
                throw new IllegalArgumentException("observations are corrupt: sample times must increase (sample " + i + ")"); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        return new ObservationBlock(times, values); // fresh arrays: no copy needed
    }

    private static long zigzag(long value) {
        return value << 1 ^ value >> 63;
    }

    private static long unzigzag(long value) {
        return value >>> 1 ^ -(value & 1);
    }

    private static void writeVarLong(ByteArrayOutputStream out, long value) {
        while ((value & ~0x7FL) != 0) {
            out.write((int) (value & 0x7F | 0x80));
            value >>>= 7;
        }
        out.write((int) value);
    }

    private static long readVarLong(byte[] bytes, int[] pos) {
        long result = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (pos[0] >= bytes.length) {
                throw new IllegalArgumentException("observations are truncated"); //$NON-NLS-1$
            }
            byte b = bytes[pos[0]++];
            result |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return result;
            }
        }
        throw new IllegalArgumentException("observations are corrupt: varint too long"); //$NON-NLS-1$
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ObservationBlock block && Arrays.equals(epochSeconds, block.epochSeconds)
                && Arrays.equals(values, block.values);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(epochSeconds) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return size() == 0 ? "no observations" //$NON-NLS-1$
                : size() + " observations from " + time(0) + " to " + time(size() - 1); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
