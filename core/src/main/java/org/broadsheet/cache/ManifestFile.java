package org.broadsheet.cache;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32C;
import java.util.zip.CheckedOutputStream;

/**
 * Reads and writes the manifest as one binary file: a header, the records, and a CRC-32C of it
 * all at the end. Any file that does not read back whole and unchanged is refused, so a
 * half-written or damaged cache is rebuilt rather than trusted. Saving writes a temporary file
 * and renames it over the old one.
 */
final class ManifestFile {

    private static final String MAGIC = "broadsheet build cache";
    /** Raised whenever the layout of the file changes. */
    private static final int FORMAT = 12;

    private ManifestFile() {
    }

    /**
     * A manifest read and checked, with only its header decoded: a build with nothing to do
     * needs no more, and decoding ten thousand records takes a while.
     */
    static final class Loaded {
        private final Manifest header;
        private byte[] bytes;
        private final int recordsAt;
        private Manifest full;

        private Loaded(Manifest header, byte[] bytes, int recordsAt) {
            this.header = header;
            this.bytes = bytes;
            this.recordsAt = recordsAt;
        }

        private Loaded(Manifest full) {
            this(new Manifest(full.version(), full.parseKey(), full.inputsKey(), full.buildId(), full.output(),
                    full.pack(), full.packLength(), full.savedAt(), full.valid(), Map.of(), Map.of(),
                    full.summary()), null, 0);
            this.full = full;
        }

        /** The manifest without its records (empty sources and outputs). */
        Manifest header() {
            return header;
        }

        /** The whole manifest, decoded on first use. */
        synchronized Manifest full() throws IOException {
            if (full == null) {
                full = readRecords(header, bytes, recordsAt);
                bytes = null; // decoded: at 100,000 articles, 150 MB no longer needed
            }
            return full;
        }
    }

    /**
     * The manifest in {@code file}, checked whole; taken from {@code memory} rather than decoded
     * when that holds the very manifest this file was saved from.
     *
     * @throws IOException saying why it cannot be used
     */
    static Loaded read(Path file, ManifestMemory memory) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length < 8) {
            throw new IOException("the manifest is truncated");
        }
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, bytes.length - 8);
        if (crc.getValue() != ByteBuffer.wrap(bytes, bytes.length - 8, 8).getLong()) {
            throw new IOException("the manifest's checksum does not match");
        }
        Optional<Manifest> remembered = memory.recall(file, bytes.length, crc.getValue());
        if (remembered.isPresent()) {
            return new Loaded(remembered.get());
        }
        ByteArrayInputStream stream = new ByteArrayInputStream(bytes, 0, bytes.length - 8);
        DataInputStream in = new DataInputStream(stream);
        if (!MAGIC.equals(in.readUTF()) || in.readInt() != FORMAT) {
            throw new IOException("the manifest has another format");
        }
        Codec codec = new Codec(in);
        String version = in.readUTF();
        long parseKey = in.readLong();
        long inputsKey = in.readLong();
        String buildId = in.readUTF();
        String output = codec.string();
        String pack = in.readUTF();
        long packLength = in.readLong();
        long savedAt = in.readLong();
        Manifest.Validity valid = new Manifest.Validity(in.readLong(), in.readLong());
        Manifest.Summary summary = codec.summary();
        Manifest header = new Manifest(version, parseKey, inputsKey, buildId, output, pack, packLength, savedAt,
                valid, Map.of(), Map.of(), summary);
        return new Loaded(header, bytes, bytes.length - 8 - stream.available());
    }

    private static Manifest readRecords(Manifest header, byte[] bytes, int from) throws IOException {
        ByteArrayInputStream stream = new ByteArrayInputStream(bytes, from, bytes.length - 8 - from);
        DataInputStream in = new DataInputStream(stream);
        Codec codec = new Codec(in);
        int sourceCount = in.readInt();
        Map<String, Manifest.Source> sources = new HashMap<>(sourceCount * 2);
        for (int i = 0; i < sourceCount; i++) {
            sources.put(codec.string(), codec.source());
        }
        int outputCount = in.readInt();
        Map<String, Manifest.Output> outputs = new HashMap<>(outputCount * 2);
        for (int i = 0; i < outputCount; i++) {
            outputs.put(codec.string(), new Manifest.Output(in.readLong(), in.readLong()));
        }
        if (in.available() != 0) {
            throw new IOException("the manifest has bytes after its end");
        }
        return new Manifest(header.version(), header.parseKey(), header.inputsKey(), header.buildId(), header.output(),
                header.pack(), header.packLength(), header.savedAt(), header.valid(), sources, outputs,
                header.summary());
    }

    /**
     * Saves {@code manifest} into {@code file} at once, with the records of {@code spilled} (none
     * when null) among its sources, and tells {@code memory} it is there.
     */
    static void write(Manifest manifest, SpilledSources spilled, Path file, ManifestMemory memory)
            throws IOException {
        // Written as it is encoded, the checksum computed on the way: at 100,000 articles the
        // manifest is 150 MB, too much to hold in memory beside the site.
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        CRC32C crc = new CRC32C();
        try (OutputStream raw = Files.newOutputStream(temporary)) {
            // the checksummed stream is flushed, not closed: the checksum goes after it, into raw
            DataOutputStream out = new DataOutputStream(
                    new CheckedOutputStream(new BufferedOutputStream(raw, 1 << 16), crc));
            Codec codec = new Codec(out);
            out.writeUTF(MAGIC);
            out.writeInt(FORMAT);
            out.writeUTF(manifest.version());
            out.writeLong(manifest.parseKey());
            out.writeLong(manifest.inputsKey());
            out.writeUTF(manifest.buildId());
            codec.string(manifest.output());
            out.writeUTF(manifest.pack());
            out.writeLong(manifest.packLength());
            out.writeLong(manifest.savedAt());
            out.writeLong(manifest.valid().from());
            out.writeLong(manifest.valid().until());
            codec.summary(manifest.summary());
            out.writeInt(manifest.sources().size() + (spilled == null ? 0 : spilled.size()));
            for (Map.Entry<String, Manifest.Source> entry : manifest.sources().entrySet()) {
                codec.string(entry.getKey());
                codec.source(entry.getValue());
            }
            if (spilled != null) {
                spilled.writeTo(out, codec);
            }
            out.writeInt(manifest.outputs().size());
            for (Map.Entry<String, Manifest.Output> entry : manifest.outputs().entrySet()) {
                codec.string(entry.getKey());
                out.writeLong(entry.getValue().fingerprint());
                out.writeLong(entry.getValue().contentHash());
            }
            out.flush();
            raw.write(ByteBuffer.allocate(8).putLong(crc.getValue()).array());
        }
        memory.forget(); // while the file changes
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        memory.remember(file, Files.size(file), crc.getValue(), manifest);
    }
}
