package org.broadsheet.moderation;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Creates files that appear under their name complete or not at all, and never in place of
 * another file. The content goes to a hidden temporary file in the same folder, is forced to
 * disk, and is then given its name with a hard link, which fails if the name is taken (a
 * rename would silently replace it); the folder is forced to disk too, so the name survives a
 * power cut. A process killed half-way leaves at most a hidden temporary file, which readers
 * skip and {@link #removeLeftovers} deletes.
 */
final class AtomicFiles {

    /** Temporary files start with this; everything that lists a folder skips names starting with '.'. */
    static final String TEMP_PREFIX = ".tmp-";

    /** Writes a file's content to a stream. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    static void createNew(Path dir, String name, byte[] bytes) throws IOException {
        createNew(dir, name, out -> out.write(bytes));
    }

    /**
     * Creates {@code dir/name} with the given content.
     *
     * @throws FileAlreadyExistsException when the name is taken; nothing is then changed
     */
    static void createNew(Path dir, String name, Content content) throws IOException {
        Files.createDirectories(dir);
        Path target = dir.resolve(name);
        Path temp = dir.resolve(TEMP_PREFIX + UUID.randomUUID());
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                OutputStream out = Channels.newOutputStream(channel);
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            link(target, temp);
            syncFolder(dir);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void link(Path target, Path temp) throws IOException {
        try {
            Files.createLink(target, temp);
        } catch (UnsupportedOperationException e) {
            // A file system without hard links: a move without REPLACE_EXISTING refuses a taken name too.
            Files.move(temp, target);
        }
    }

    /** Forces a folder's entries to disk; some systems (Windows) cannot open a folder, and need not. */
    static void syncFolder(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // nothing more can be done here; the file itself is on disk
        }
    }

    /** Deletes temporary files older than {@code age} that a killed process left in {@code dir}. */
    static int removeLeftovers(Path dir, Duration age, Instant now) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        int removed = 0;
        FileTime before = FileTime.from(now.minus(age));
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(dir, TEMP_PREFIX + "*")) {
            for (Path temp : temps) {
                if (Files.getLastModifiedTime(temp).compareTo(before) < 0 && Files.deleteIfExists(temp)) {
                    removed++;
                }
            }
        }
        return removed;
    }
}
