package org.broadsheet.images;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.broadsheet.hash.Fingerprint;

/**
 * The hash of each source image's bytes, remembered in the cache by its path, size and time, so
 * that a build reads again only the images that changed. A damaged list is read as empty.
 */
final class SourceHashes {

    private final Path file;
    private final Map<String, Long> known = new ConcurrentHashMap<>();
    private final Map<String, Long> used = new ConcurrentHashMap<>();

    private SourceHashes(Path file) {
        this.file = file;
    }

    static SourceHashes load(Path file) {
        SourceHashes hashes = new SourceHashes(file);
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int tab = line.lastIndexOf('\t');
                if (tab > 0) {
                    hashes.known.put(line.substring(0, tab), Long.parseUnsignedLong(line.substring(tab + 1), 16));
                }
            }
        } catch (IOException | NumberFormatException e) {
            hashes.known.clear(); // absent or damaged: every image is hashed again
        }
        return hashes;
    }

    /** The hash of the bytes of {@code source}, a file of {@code size} bytes last modified at {@code modified}. */
    long of(Path source, long size, long modified) throws IOException {
        String stamp = source + "\t" + size + "\t" + modified;
        Long hash = known.get(stamp);
        if (hash == null) {
            hash = Fingerprint.of(Files.readAllBytes(source));
        }
        used.put(stamp, hash);
        return hash;
    }

    /** Writes the hashes this build used, and only those. */
    void save() throws IOException {
        List<String> lines = new ArrayList<>();
        new TreeMap<>(used).forEach((stamp, hash) -> lines.add(stamp + "\t" + Long.toHexString(hash)));
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        Files.write(partial, lines, StandardCharsets.UTF_8);
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
