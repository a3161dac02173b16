package org.broadsheet.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SourceTextTest {

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] join(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    @Test
    void plainUtf8IsUnchanged() throws Exception {
        assertEquals("---\ntitle: Société\n---\nÑandú 日本\n", SourceText.decode(utf8("---\ntitle: Société\n---\nÑandú 日本\n")));
    }

    @Test
    void theByteOrderMarkIsStripped() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

        assertEquals("---\ntitle: A\n", SourceText.decode(join(bom, utf8("---\ntitle: A\n"))));
        assertEquals("", SourceText.decode(bom));
    }

    @Test
    void onlyTheLeadingByteOrderMarkIsStripped() throws Exception {
        assertEquals("a\uFEFFb", SourceText.decode(utf8("\uFEFFa\uFEFFb")));
    }

    @Test
    void windowsLineEndsBecomeNewlines() throws Exception {
        assertEquals("---\ntitle: A\n---\nBody\n", SourceText.decode(utf8("---\r\ntitle: A\r\n---\r\nBody\r\n")));
    }

    @Test
    void loneCarriageReturnsBecomeNewlines() throws Exception {
        assertEquals("a\nb\n\nc", SourceText.decode(utf8("a\rb\r\rc")));
    }

    @Test
    void mixedLineEndsAllBecomeNewlines() throws Exception {
        assertEquals("a\nb\nc\n\nd", SourceText.decode(utf8("a\r\nb\rc\n\r\nd")));
    }

    @Test
    void aByteOrderMarkAndWindowsLineEndsTogether() throws Exception {
        assertEquals("x\ny", SourceText.decode(join(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8("x\r\ny"))));
    }

    @Test
    void invalidUtf8NamesTheLineOfTheFirstBadByte() {
        byte[] latin1 = join(utf8("---\ntitle: A\n---\nCaf"), new byte[] {(byte) 0xE9}, utf8("\nmore\n"));

        SourceText.UnreadableTextException e = assertThrows(SourceText.UnreadableTextException.class, () -> SourceText.decode(latin1));

        assertEquals(4, e.line());
        assertEquals("is not UTF-8 (bad byte at offset 20); save the file as UTF-8", e.getMessage());
    }

    @Test
    void aControlCharacterIsAnErrorAtItsLineAndTabsAndLineEndsAreNot() throws Exception {
        SourceText.UnreadableTextException e = assertThrows(SourceText.UnreadableTextException.class,
                () -> SourceText.decode(utf8("---\ntitle: A\n---\nA\tbody\r\nwith \u001b[31m colour\n")));

        assertEquals(5, e.line());
        assertEquals("holds the invisible control character U+001B, which no page or feed may carry; delete it",
                e.getMessage());
        assertEquals("a\tb\nc\n", SourceText.decode(utf8("a\tb\r\nc\r")));
        assertEquals(1, assertThrows(SourceText.UnreadableTextException.class,
                () -> SourceText.decode(utf8("nul\u0000"))).line());
    }

    @Test
    void aBadByteOnTheFirstLineIsLineOne() {
        SourceText.UnreadableTextException e = assertThrows(SourceText.UnreadableTextException.class,
                () -> SourceText.decode(new byte[] {(byte) 0xFF, 'a', '\n'}));

        assertEquals(1, e.line());
        assertEquals("is not UTF-8 (bad byte at offset 0); save the file as UTF-8", e.getMessage());
    }

    @Test
    void aCutOffCharacterAtTheEndIsAnError() {
        // The first two bytes of "€" (E2 82 AC) without the third.
        byte[] cut = join(utf8("a\nb\nc\n"), new byte[] {(byte) 0xE2, (byte) 0x82});

        SourceText.UnreadableTextException e = assertThrows(SourceText.UnreadableTextException.class, () -> SourceText.decode(cut));

        assertEquals(4, e.line());
    }

    @Test
    void windowsLineEndsCountOnceForTheBadLine() {
        byte[] bytes = join(utf8("a\r\nb\r\n"), new byte[] {(byte) 0xC0, (byte) 0xAF});

        SourceText.UnreadableTextException e = assertThrows(SourceText.UnreadableTextException.class, () -> SourceText.decode(bytes));

        assertEquals(3, e.line());
    }

    @Test
    void encodedSurrogatesAreRefused() {
        byte[] surrogate = {'x', '\n', (byte) 0xED, (byte) 0xA0, (byte) 0x80};

        SourceText.UnreadableTextException e = assertThrows(SourceText.UnreadableTextException.class,
                () -> SourceText.decode(surrogate));

        assertEquals(2, e.line());
    }

    /** The replacement character written as it is, which a bad byte also decodes to first. */
    @Test
    void aReplacementCharacterInTheTextIsText() throws Exception {
        assertEquals("odd \uFFFD sign\n", SourceText.decode(utf8("odd \uFFFD sign\r\n")));
    }
}
