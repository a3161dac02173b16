package org.broadsheet.hash;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * A 64-bit hash built up from values, to tell whether the inputs of a page or the bytes of a
 * file changed since the last build. Not cryptographic: it guards against accidents, and an
 * author who wanted to fool it could simply edit the output.
 */
public final class Fingerprint {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private long hash = 0x9E3779B97F4A7C15L;

    public static long of(byte[] bytes) {
        return new Fingerprint().add(bytes).value();
    }

    public static long of(String text) {
        return new Fingerprint().add(text).value();
    }

    public Fingerprint add(long value) {
        hash = mix(hash * 31 + value);
        return this;
    }

    public Fingerprint add(boolean value) {
        return add(value ? 1 : 2);
    }

    /** Adds a text; null and "" differ. */
    public Fingerprint add(String text) {
        if (text == null) {
            return add(-1L);
        }
        add(text.length());
        long block = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            block = (block << 16) | text.charAt(i);
            if ((i & 3) == 3) {
                hash = mix(hash ^ block);
                block = 0;
            }
        }
        return add(block);
    }

    /**
     * Adds bytes, such as a whole page: four words at a time in four independent lanes, so
     * the processor mixes them side by side instead of one after the other.
     */
    public Fingerprint add(byte[] bytes) {
        add(bytes.length);
        long a = hash;
        long b = hash + 1;
        long c = hash + 2;
        long d = hash + 3;
        int i = 0;
        for (int end = bytes.length - 31; i < end; i += 32) {
            a = mix(a ^ (long) LONGS.get(bytes, i));
            b = mix(b ^ (long) LONGS.get(bytes, i + 8));
            c = mix(c ^ (long) LONGS.get(bytes, i + 16));
            d = mix(d ^ (long) LONGS.get(bytes, i + 24));
        }
        hash = mix(mix(mix(a * 31 + b) * 31 + c) * 31 + d);
        for (int end = bytes.length - 7; i < end; i += 8) {
            hash = mix(hash ^ (long) LONGS.get(bytes, i));
        }
        long tail = 0;
        for (; i < bytes.length; i++) {
            tail = (tail << 8) | (bytes[i] & 0xff);
        }
        return add(tail);
    }

    public long value() {
        return mix(hash);
    }

    /** The finaliser of SplitMix64: every bit of the input moves about half the output bits. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
