package org.broadsheet.cache;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The manifest that a long-running process (the dev server) saved last, by its file and
 * checksum, so that its next build, which reads the file and checks it as always, need not
 * decode ten thousand records it wrote itself a moment ago. Held by whoever builds the same
 * site again and again; a build that starts with a new one simply decodes. Thread-safe.
 */
public final class ManifestMemory {

    private record Written(Path file, long length, long checksum, Manifest manifest) {
    }

    private final AtomicReference<Written> last = new AtomicReference<>();
    private final boolean remembers;

    /** A memory for a process that builds the same site again and again. */
    public ManifestMemory() {
        this(true);
    }

    private ManifestMemory(boolean remembers) {
        this.remembers = remembers;
    }

    /**
     * No memory, for a build that is the process's only one: its cache need not keep the articles
     * it read in memory for the next build, so it keeps them on disk until it saves the manifest.
     */
    public static ManifestMemory none() {
        return new ManifestMemory(false);
    }

    /** Whether the manifest each build saves is kept in memory for the next. */
    boolean remembers() {
        return remembers;
    }

    /** The manifest saved last into {@code file}, if the file still has that length and checksum. */
    Optional<Manifest> recall(Path file, long length, long checksum) {
        Written written = last.get();
        if (written != null && written.file().equals(file) && written.length() == length
                && written.checksum() == checksum) {
            return Optional.of(written.manifest());
        }
        return Optional.empty();
    }

    /** Forgets the manifest before its file is replaced. */
    void forget() {
        last.set(null);
    }

    /** Remembers {@code manifest} as the one now in {@code file}. */
    void remember(Path file, long length, long checksum, Manifest manifest) {
        if (!remembers) {
            return;
        }
        last.set(new Written(file, length, checksum, manifest));
    }
}
