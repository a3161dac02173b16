package org.broadsheet.cache;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * A 64-bit hash built up from values, to tell whether the inputs of a page or the bytes of a
 * file changed since the last build. Not cryptographic: it guards against accidents, and an
 * author who wanted to fool it could simply edit the output.
 */
public final class Fingerprint {

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

    public Fingerprint add(byte[] bytes) {
        add(bytes.length);
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        while (buffer.remaining() >= 8) {
            hash = mix(hash ^ buffer.getLong());
        }
        long tail = 0;
        while (buffer.hasRemaining()) {
            tail = (tail << 8) | (buffer.get() & 0xff);
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
