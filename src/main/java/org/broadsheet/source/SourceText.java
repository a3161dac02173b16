package org.broadsheet.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a text file into the text Broadsheet reads: strictly UTF-8 (a bad byte
 * is an error naming its line, never mojibake), without a byte-order mark, with every line
 * ending as '\n'.
 */
public final class SourceText {

    private SourceText() {
    }

    /** Bytes that are not UTF-8, and the 1-based line where the first bad byte is. */
    public static final class NotUtf8Exception extends Exception {
        private static final long serialVersionUID = 1L;
        private final int line;

        NotUtf8Exception(int line, long offset) {
            super("is not UTF-8 (bad byte at offset " + offset + "); save the file as UTF-8");
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    public static String decode(byte[] bytes) throws NotUtf8Exception {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String text;
        try {
            text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            int bad = firstBadByte(bytes);
            throw new NotUtf8Exception(lineAt(bytes, bad), bad);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return normaliseLineEnds(text);
    }

    private static String normaliseLineEnds(String text) {
        if (text.indexOf('\r') < 0) {
            return text;
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static int firstBadByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return in.position();
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
