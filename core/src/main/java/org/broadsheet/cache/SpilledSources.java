package org.broadsheet.cache;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The articles a one-off build read, as the manifest it saves at its end records them, kept in a
 * file of the cache folder rather than in memory until then. Their front matter, excerpts and
 * search texts are a second copy of what the site model holds, about 1.5 KB an article, which a
 * build of 100,000 page bundles cannot also keep through rendering in a heap of 1 GB. Each is
 * encoded as the manifest encodes it and copied into the manifest as it is. Thread-safe.
 */
final class SpilledSources implements Closeable {

    private static final String GLOB = "sources-*.tmp";

    /** Where one record is in the file. */
    private record Span(long offset, int length) {
    }

    private final Path file;
    private final FileChannel channel;
    private final Map<String, Span> spans = new ConcurrentHashMap<>();
    private long end;

    private SpilledSources(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    /** A new, empty file of records in {@code dir}; those a killed build left there are deleted first. */
    static SpilledSources create(Path dir) throws IOException {
        try (DirectoryStream<Path> stale = Files.newDirectoryStream(dir, GLOB)) {
            for (Path old : stale) {
                Files.delete(old);
            }
        }
        Path file = dir.resolve("sources-" + UUID.randomUUID() + ".tmp");
        return new SpilledSources(file, FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                StandardOpenOption.WRITE));
    }

    /** Keeps the record of the article at {@code contentPath}, in place of any kept before. */
    void put(String contentPath, Manifest.Source source) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(2048);
        DataOutputStream out = new DataOutputStream(bytes);
        new Codec(out).source(source);
        out.flush();
        ByteBuffer buffer = ByteBuffer.wrap(bytes.toByteArray());
        long offset;
        synchronized (this) {
            offset = end;
            end += buffer.remaining();
        }
        while (buffer.hasRemaining()) {
            channel.write(buffer, offset + buffer.position());
        }
        spans.put(contentPath, new Span(offset, bytes.size()));
    }

    void remove(String contentPath) {
        spans.remove(contentPath);
    }

    /** The content paths of the records kept. */
    Set<String> contentPaths() {
        return spans.keySet();
    }

    int size() {
        return spans.size();
    }

    /** The record of the article at {@code contentPath}, decoded. */
    Manifest.Source get(String contentPath) throws IOException {
        return new Codec(new DataInputStream(new ByteArrayInputStream(bytes(spans.get(contentPath))))).source();
    }

    /** Writes each record as the manifest holds it: its content path, then its encoding. */
    void writeTo(DataOutputStream out, Codec codec) throws IOException {
        for (Map.Entry<String, Span> entry : spans.entrySet()) {
            codec.string(entry.getKey());
            out.write(bytes(entry.getValue()));
        }
    }

    private byte[] bytes(Span span) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(span.length());
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, span.offset() + buffer.position()) < 0) {
                throw new IOException(file + " ends before its records do");
            }
        }
        return buffer.array();
    }

    /** Deletes the file. */
    @Override
    public void close() throws IOException {
        try {
            channel.close();
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
