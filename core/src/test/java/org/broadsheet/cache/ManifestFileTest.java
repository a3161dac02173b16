package org.broadsheet.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What is saved is what is read, and a manifest file that is not exactly as it was saved
 * (cut short, empty, a byte changed, another format) is refused with the reason, never decoded
 * into records the build would trust.
 */
class ManifestFileTest {

    @TempDir
    Path dir;

    Path file;

    final Manifest manifest = CacheSamples.manifest("1.0-test");

    @BeforeEach
    void save() throws IOException {
        file = dir.resolve("manifest.bin");
        ManifestFile.write(manifest, null, file, new ManifestMemory());
    }

    @Test
    void theWholeManifestReadsBackEqual() throws IOException {
        assertEquals(manifest, ManifestFile.read(file, new ManifestMemory()).full());
    }

    @Test
    void theHeaderReadsBackWithoutItsRecords() throws IOException {
        Manifest header = ManifestFile.read(file, new ManifestMemory()).header();
        assertEquals(new Manifest(manifest.version(), manifest.parseKey(), manifest.inputsKey(), manifest.buildId(),
                manifest.output(), manifest.pack(), manifest.packLength(), manifest.savedAt(), manifest.valid(),
                Map.of(), Map.of(), manifest.summary()), header);
    }

    @Test
    void savingLeavesNoTemporaryFileBehind() throws IOException {
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void theManifestAProcessSavedIsTakenFromItsMemoryNotDecodedAgain() throws IOException {
        ManifestMemory memory = new ManifestMemory();
        ManifestFile.write(manifest, null, file, memory);
        assertSame(manifest, ManifestFile.read(file, memory).full());
        assertNotSame(manifest, ManifestFile.read(file, new ManifestMemory()).full());
    }

    @Test
    void aMemoryOfAnotherSaveIsNotUsed() throws IOException {
        ManifestMemory memory = new ManifestMemory();
        ManifestFile.write(manifest, null, file, memory);
        Manifest other = CacheSamples.manifest("1.0-other");
        ManifestFile.write(other, null, file, new ManifestMemory()); // another process saved since

        assertEquals(other, ManifestFile.read(file, memory).full());
    }

    @Test
    void aMissingFileIsNoSuchFile() {
        assertThrows(NoSuchFileException.class, () -> ManifestFile.read(dir.resolve("none.bin"), new ManifestMemory()));
    }

    @Test
    void anEmptyFileIsRefusedAsTruncated() throws IOException {
        Files.write(file, new byte[0]);
        assertEquals("the manifest is truncated", refusal());
    }

    @Test
    void aFileCutShortAnywhereIsRefused() throws IOException {
        byte[] whole = Files.readAllBytes(file);
        for (int length : new int[] {4, 40, whole.length / 2, whole.length - 1}) {
            Files.write(file, Arrays.copyOf(whole, length));
            assertEquals(length < 8 ? "the manifest is truncated" : "the manifest's checksum does not match",
                    refusal(), "cut at " + length);
        }
    }

    @Test
    void aFlippedByteAnywhereIsRefused() throws IOException {
        byte[] whole = Files.readAllBytes(file);
        for (int index : new int[] {0, 30, whole.length / 2, whole.length - 9, whole.length - 1}) {
            Files.write(file, CacheSamples.flipped(whole, index));
            assertEquals("the manifest's checksum does not match", refusal(), "byte " + index);
        }
    }

    @Test
    void anotherFormatIsRefusedEvenWithAMatchingChecksum() throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        int formatAt = 2 + (ByteBuffer.wrap(bytes).getShort(0) & 0xffff); // after the magic string
        ByteBuffer.wrap(bytes).putInt(formatAt, ByteBuffer.wrap(bytes).getInt(formatAt) + 1);
        Files.write(file, withChecksum(bytes));
        assertEquals("the manifest has another format", refusal());
    }

    @Test
    void anotherMagicIsRefusedEvenWithAMatchingChecksum() throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        bytes[2] = 'B';
        Files.write(file, withChecksum(bytes));
        assertEquals("the manifest has another format", refusal());
    }

    @Test
    void recordsThatDoNotDecodeAreRefusedWhenRead() throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        Arrays.fill(bytes, bytes.length / 2, bytes.length - 8, (byte) 0xff);
        Files.write(file, withChecksum(bytes));
        ManifestFile.Loaded loaded = ManifestFile.read(file, new ManifestMemory());
        assertThrows(IOException.class, loaded::full);
    }

    @Test
    void bytesAfterTheLastRecordAreRefused() throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        byte[] longer = new byte[bytes.length + 3];
        System.arraycopy(bytes, 0, longer, 0, bytes.length - 8);
        Files.write(file, withChecksum(longer));
        ManifestFile.Loaded loaded = ManifestFile.read(file, new ManifestMemory());
        assertEquals("the manifest has bytes after its end", assertThrows(IOException.class, loaded::full).getMessage());
    }

    /** Why reading the manifest fails. */
    private String refusal() {
        return assertThrows(IOException.class, () -> ManifestFile.read(file, new ManifestMemory()).full()).getMessage();
    }

    /** {@code bytes} with their last eight set to the checksum of the others, as a save would. */
    private static byte[] withChecksum(byte[] bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, bytes.length - 8);
        ByteBuffer.wrap(bytes).putLong(bytes.length - 8, crc.getValue());
        return bytes;
    }
}
