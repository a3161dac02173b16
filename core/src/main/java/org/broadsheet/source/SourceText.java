package org.broadsheet.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Turns the bytes of a text file into the text Broadsheet reads: strictly UTF-8 (a bad byte
 * is an error naming its line, never mojibake), without a byte-order mark, with every line
 * ending as '\n', and without control characters, which would make every feed invalid XML.
 */
public final class SourceText {

    private SourceText() {
    }

    /** Bytes that are not text Broadsheet reads (not UTF-8, or with a control character), and the 1-based line. */
    public static final class UnreadableTextException extends Exception {
        private static final long serialVersionUID = 1L;
        private final int line;

        UnreadableTextException(int line, String message) {
            super(message);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    /**
     * The index of the first character that no page or feed may carry (a control character
     * other than tab and line end, or U+FFFE, U+FFFF: XML has no way to write them), or -1.
     */
    public static int firstForbidden(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 ? c != '\n' && c != '\t' && c != '\r' : c >= 0xFFFE) {
                return i;
            }
        }
        return -1;
    }

    /** How messages name a character: U+001B. */
    public static String codePoint(char c) {
        return String.format(Locale.ROOT, "U+%04X", (int) c);
    }

    public static String decode(byte[] bytes) throws UnreadableTextException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String text;
        try {
            text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            int bad = firstBadByte(bytes);
            throw new UnreadableTextException(lineAt(bytes, bad),
                    "is not UTF-8 (bad byte at offset " + bad + "); save the file as UTF-8");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        text = normaliseLineEnds(text);
        int forbidden = firstForbidden(text);
        if (forbidden >= 0) {
            throw new UnreadableTextException((int) text.substring(0, forbidden).chars().filter(c -> c == '\n').count() + 1,
                    "holds the invisible control character " + codePoint(text.charAt(forbidden))
                            + ", which no page or feed may carry; delete it");
        }
        return text;
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
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
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
