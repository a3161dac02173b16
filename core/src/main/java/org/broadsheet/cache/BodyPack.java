package org.broadsheet.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.broadsheet.hash.Fingerprint;
import org.broadsheet.markdown.BodyStore;

/**
 * Rendered bodies in one append-only file, so a build of 100,000 articles keeps none of them in
 * memory and the next build reuses those whose source did not change. Each body is a UTF-8
 * record at an offset; writers take disjoint ranges, so puts and gets run in parallel.
 */
public final class BodyPack implements BodyStore, AutoCloseable {

    /** Where a body is in the pack, and the fingerprint of its bytes. */
    public record Ref(long offset, int length, long fingerprint) {
    }

    private final Path file;
    private final FileChannel channel;
    private final AtomicLong end;
    private final Map<String, Ref> refs = new ConcurrentHashMap<>();

    private BodyPack(Path file, FileChannel channel, long end) {
        this.file = file;
        this.channel = channel;
        this.end = new AtomicLong(end);
    }

    /**
     * Opens the pack at {@code file}, keeping its first {@code validLength} bytes (what the last
     * saved manifest refers to) and dropping anything a failed build appended after them.
     */
    static BodyPack open(Path file, long validLength) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        if (channel.size() < validLength) {
            channel.close();
            throw new IOException("the pack is shorter than the manifest says");
        }
        channel.truncate(validLength);
        return new BodyPack(file, channel, validLength);
    }

    Path file() {
        return file;
    }

    /** The bytes in use by the pack, referenced or not. */
    long length() {
        return end.get();
    }

    @Override
    public void put(String key, String html) {
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        long offset = end.getAndAdd(bytes.length);
        try {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            long at = offset;
            while (buffer.hasRemaining()) {
                at += channel.write(buffer, at);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the build cache's body pack " + file, e);
        }
        refs.put(key, new Ref(offset, bytes.length, Fingerprint.of(bytes)));
    }

    /** Uses a body the pack already holds, from the last build. */
    void adopt(String key, Ref ref) {
        if (ref.offset() < 0 || ref.offset() + ref.length() > end.get()) {
            throw new IllegalArgumentException("body of " + key + " lies outside the pack");
        }
        refs.put(key, ref);
    }

    Ref ref(String key) {
        return refs.get(key);
    }

    @Override
    public String get(String key) {
        Ref ref = refs.get(key);
        if (ref == null) {
            throw new IllegalStateException("no rendered body for " + key);
        }
        ByteBuffer buffer = ByteBuffer.allocate(ref.length());
        try {
            long at = ref.offset();
            while (buffer.hasRemaining()) {
                int read = channel.read(buffer, at);
                if (read < 0) {
                    throw new IOException("the pack ends early");
                }
                at += read;
            }
        } catch (IOException e) {
            throw new CorruptCacheException("cannot read the body pack " + file + ": " + e.getMessage());
        }
        if (Fingerprint.of(buffer.array()) != ref.fingerprint()) {
            throw new CorruptCacheException("the body of " + key + " in " + file + " is damaged");
        }
        return new String(buffer.array(), StandardCharsets.UTF_8);
    }

    @Override
    public long fingerprint(String key) {
        Ref ref = refs.get(key);
        if (ref == null) {
            throw new IllegalStateException("no rendered body for " + key);
        }
        return ref.fingerprint();
    }

    /** Bytes of the pack that no body of this build refers to: what a compaction would free. */
    long garbage(Iterable<String> liveKeys) {
        long live = 0;
        for (String key : liveKeys) {
            Ref ref = refs.get(key);
            live += ref == null ? 0 : ref.length();
        }
        return end.get() - live;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
