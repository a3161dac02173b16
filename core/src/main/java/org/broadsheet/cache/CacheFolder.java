package org.broadsheet.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.broadsheet.hash.Fingerprint;
import org.broadsheet.source.FileTree;

/**
 * The folder that holds a build cache: where it is for an output folder, its lock, and deleting
 * it or its old body packs.
 */
final class CacheFolder {

    private CacheFolder() {
    }

    /**
     * Where the cache of builds into {@code output} lives: {@code .broadsheet/cache} for the
     * site's own {@code site/}, a folder of its own for any other output (the dev server's, a
     * preview's), so that builds into different places do not undo each other's work.
     */
    static Path of(Path siteRoot, Path output, String name) {
        Path root = siteRoot.toAbsolutePath().normalize();
        Path out = output.toAbsolutePath().normalize();
        Path caches = root.resolve(BuildCache.FOLDER);
        if (name != null) {
            return caches.resolve("cache-" + name);
        }
        if (out.equals(root.resolve("site"))) {
            return caches.resolve("cache");
        }
        return caches.resolve("cache-" + Long.toHexString(new Fingerprint().add(out.toString()).value()));
    }

    /** The cache's lock, or null when another build holds it. */
    static FileLock lock(Path dir) throws IOException {
        FileChannel channel = FileChannel.open(dir.resolve("lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
            }
            return lock;
        } catch (OverlappingFileLockException e) {
            channel.close(); // held by another build in this process
            return null;
        }
    }

    /** Deletes the cache in {@code dir}, after it turned out damaged. */
    static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try {
            FileTree.delete(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("the build cache in " + dir + " is damaged and cannot be deleted", e);
        }
    }

    /** Deletes the body packs in {@code dir} but {@code keep} (none when null). */
    static void deletePacks(Path dir, Path keep) throws IOException {
        try (DirectoryStream<Path> packs = Files.newDirectoryStream(dir, "bodies-*.pack")) {
            for (Path file : packs) {
                if (!file.equals(keep)) {
                    Files.delete(file);
                }
            }
        }
    }
}
