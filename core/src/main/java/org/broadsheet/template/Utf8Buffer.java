package org.broadsheet.template;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A writer that encodes straight into a growing array of UTF-8 bytes: a page goes from the
 * template to its file's bytes without a UTF-16 string in between, and without the locks of a
 * {@link java.io.StringWriter}. One page at a time, one thread.
 */
public final class Utf8Buffer extends Writer {

    /** A buffer grown past this for one large page (a search index, a feed) starts small again. */
    private static final int KEPT_AT_MOST = 1 << 20;

    private final int capacity;
    private byte[] bytes;
    private int size;
    private char highSurrogate;
    private final char[] scratch = new char[512];

    public Utf8Buffer(int capacity) {
        this.capacity = capacity;
        bytes = new byte[capacity];
    }

    @Override
    public void write(int c) {
        write((char) c);
    }

    /** FreeMarker writes a template's own text this way. */
    @Override
    public void write(char[] chars, int offset, int length) {
        ensure(length);
        for (int i = offset, end = offset + length; i < end; i++) {
            char c = chars[i];
            if (c < 0x80 && highSurrogate == 0 && size < bytes.length) {
                bytes[size++] = (byte) c;
            } else {
                write(c);
            }
        }
    }

    /**
     * FreeMarker writes values this way, most of them whole: a whole string the JDK encodes
     * (for text in ISO-8859-1 that is a check and a copy), the rest goes through a copy of its
     * characters. Reading a string a character at a time was a twentieth of rendering.
     */
    @Override
    public void write(String text, int offset, int length) {
        if (offset == 0 && length == text.length() && highSurrogate == 0 && length > 0
                && !Character.isHighSurrogate(text.charAt(length - 1))) {
            byte[] encoded = text.getBytes(StandardCharsets.UTF_8);
            ensure(encoded.length);
            System.arraycopy(encoded, 0, bytes, size, encoded.length);
            size += encoded.length;
            return;
        }
        for (int from = offset, end = offset + length; from < end; from += scratch.length) {
            int count = Math.min(scratch.length, end - from);
            text.getChars(from, from + count, scratch, 0);
            write(scratch, 0, count);
        }
    }

    @Override
    public void write(String text) {
        write(text, 0, text.length());
    }

    @Override
    public Writer append(CharSequence text) {
        String s = String.valueOf(text);
        write(s, 0, s.length());
        return this;
    }

    /** Appends bytes that are UTF-8 already, such as a fragment this class made before. */
    public void writeUtf8(byte[] utf8) {
        endLoneSurrogate();
        ensure(utf8.length);
        System.arraycopy(utf8, 0, bytes, size, utf8.length);
        size += utf8.length;
    }

    private void write(char c) {
        ensure(4);
        if (highSurrogate != 0) {
            char high = highSurrogate;
            highSurrogate = 0;
            if (Character.isLowSurrogate(c)) {
                int code = Character.toCodePoint(high, c);
                bytes[size++] = (byte) (0xF0 | (code >> 18));
                bytes[size++] = (byte) (0x80 | ((code >> 12) & 0x3F));
                bytes[size++] = (byte) (0x80 | ((code >> 6) & 0x3F));
                bytes[size++] = (byte) (0x80 | (code & 0x3F));
                return;
            }
            bytes[size++] = '?'; // a lone surrogate, as String.getBytes writes it
        }
        if (c < 0x80) {
            bytes[size++] = (byte) c;
        } else if (c < 0x800) {
            bytes[size++] = (byte) (0xC0 | (c >> 6));
            bytes[size++] = (byte) (0x80 | (c & 0x3F));
        } else if (Character.isHighSurrogate(c)) {
            highSurrogate = c;
        } else if (Character.isLowSurrogate(c)) {
            bytes[size++] = '?';
        } else {
            bytes[size++] = (byte) (0xE0 | (c >> 12));
            bytes[size++] = (byte) (0x80 | ((c >> 6) & 0x3F));
            bytes[size++] = (byte) (0x80 | (c & 0x3F));
        }
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }

    /** Empties the buffer for the next page, keeping its array unless one large page grew it past 1 MiB. */
    public void reset() {
        size = 0;
        highSurrogate = 0;
        if (bytes.length > KEPT_AT_MOST) {
            bytes = new byte[capacity];
        }
    }

    /** The bytes written so far; a lone high surrogate at the end is written as '?'. */
    public byte[] toByteArray() {
        endLoneSurrogate();
        return Arrays.copyOf(bytes, size);
    }

    /** A high surrogate that nothing followed is written as '?', as String.getBytes writes it. */
    private void endLoneSurrogate() {
        if (highSurrogate != 0) {
            highSurrogate = 0;
            ensure(1);
            bytes[size++] = '?';
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
