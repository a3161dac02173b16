package org.broadsheet.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The manifest's records read back exactly as they were written, and bytes that are not a record are refused. */
class CodecTest {

    @Test
    void aSourceWithEveryFieldReadsBackEqual() throws IOException {
        Manifest.Source source = CacheSamples.source("Maduro Says Venezuela Open to Talks");
        byte[] bytes = encode(codec -> codec.source(source));
        assertEquals(source, decoder(bytes).source());
    }

    @Test
    void aSummaryWithWarningsAndScheduledArticlesReadsBackEqual() throws IOException {
        Manifest.Summary summary = CacheSamples.summary();
        assertEquals(summary, decoder(encode(codec -> codec.summary(summary))).summary());
    }

    @Test
    void textsLongerThanWriteUtfAllowsReadBackWhole() throws IOException {
        String body = "ü".repeat(70_000); // 140,000 bytes: DataOutput.writeUTF stops at 65,535
        assertEquals(List.of(body, ""), decoder(encode(codec -> codec.strings(List.of(body, "")))).strings());
    }

    @Test
    void aRecordCutShortIsAnIOExceptionNotAnIncompleteRecord() throws IOException {
        byte[] bytes = encode(codec -> codec.source(CacheSamples.source("Talks")));
        for (int length : new int[] {0, 7, bytes.length / 2, bytes.length - 1}) {
            Codec codec = decoder(Arrays.copyOf(bytes, length));
            assertThrows(IOException.class, codec::source, "cut at " + length);
        }
    }

    @Test
    void aNegativeOrHugeLengthIsRefusedBeforeAnythingIsAllocated() {
        assertEquals("a string of -1 bytes",
                assertThrows(IOException.class, () -> decoder(length(-1)).string()).getMessage());
        assertEquals("a string of 2147483647 bytes",
                assertThrows(IOException.class, () -> decoder(length(Integer.MAX_VALUE)).string()).getMessage());
        assertEquals("a list of 2000000000 items",
                assertThrows(IOException.class, () -> decoder(length(2_000_000_000)).strings()).getMessage());
    }

    /** The four bytes of a length, with nothing after them. */
    private static byte[] length(int value) {
        return ByteBuffer.allocate(4).putInt(value).array();
    }

    @FunctionalInterface
    private interface Encoding {
        void write(Codec codec) throws IOException;
    }

    private static byte[] encode(Encoding encoding) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            encoding.write(new Codec(out));
        }
        return bytes.toByteArray();
    }

    private static Codec decoder(byte[] bytes) {
        return new Codec(new DataInputStream(new ByteArrayInputStream(bytes)));
    }
}
