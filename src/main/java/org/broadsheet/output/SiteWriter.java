package org.broadsheet.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writes a site into a staging folder beside the output folder, then replaces the output
 * folder with it in two renames. Until {@link #commit()} nothing in the output folder changes,
 * so a failed build leaves the previous site as it was, and files of the old site that no
 * longer have a source are gone after a successful one. Thread-safe for writes.
 */
public final class SiteWriter implements AutoCloseable {

    /** Marks a folder as Broadsheet's output, which a build may replace. */
    static final String MARKER = ".broadsheet-site";

    private final Path output;
    private final Path staging;
    private final AtomicInteger files = new AtomicInteger();
    private boolean committed;

    private SiteWriter(Path output, Path staging) {
        this.output = output;
        this.staging = staging;
    }

    /**
     * Prepares to write the site of {@code siteRoot} into {@code output}.
     *
     * @throws OutputFolderException when {@code output} is the site folder or contains it, lies
     *         inside {@code content/} or {@code templates/}, or already holds files that a
     *         Broadsheet build did not write (they would be lost)
     */
    public static SiteWriter open(Path output, Path siteRoot) throws OutputFolderException, IOException {
        Path out = output.toAbsolutePath().normalize();
        Path root = siteRoot.toAbsolutePath().normalize();
        refuseDangerousPlace(out, root);
        if (Files.exists(out)) {
            if (!Files.isDirectory(out)) {
                throw new OutputFolderException("is a file, not a folder");
            }
            if (!Files.exists(out.resolve(MARKER)) && !isEmpty(out)) {
                throw new OutputFolderException("holds files that Broadsheet did not write; a build replaces the whole "
                        + "folder, so move them away or choose another --output");
            }
        }
        Files.createDirectories(out.getParent());
        removeLeftovers(out);
        Path staging = out.resolveSibling("." + out.getFileName() + ".staging-" + UUID.randomUUID());
        Files.createDirectory(staging);
        return new SiteWriter(out, staging);
    }

    private static void refuseDangerousPlace(Path out, Path root) throws OutputFolderException {
        if (out.getParent() == null) {
            throw new OutputFolderException("is the root of the file system");
        }
        if (root.startsWith(out)) {
            throw new OutputFolderException("is the site folder or contains it; a build would replace the site's own files");
        }
        if (out.startsWith(root.resolve("content")) || out.startsWith(root.resolve("templates"))) {
            throw new OutputFolderException("is inside content/ or templates/; choose a folder of its own such as site/");
        }
        String home = System.getProperty("user.home");
        if (home != null && out.equals(Path.of(home).toAbsolutePath().normalize())) {
            throw new OutputFolderException("is your home folder");
        }
    }

    /** Writes one page. */
    public void write(String relativePath, byte[] bytes) {
        try {
            Path target = target(relativePath);
            Files.write(target, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            files.incrementAndGet();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + relativePath + ": " + e.getMessage(), e);
        }
    }

    /** Copies one file as it is. */
    public void copy(InputStream in, String relativePath) {
        try (in) {
            Files.copy(in, target(relativePath));
            files.incrementAndGet();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + relativePath + ": " + e.getMessage(), e);
        }
    }

    private Path target(String relativePath) throws IOException {
        Path target = OutputPaths.resolve(staging, relativePath);
        Files.createDirectories(target.getParent());
        return target;
    }

    public int filesWritten() {
        return files.get();
    }

    /** Puts the new site in place of the old one. */
    public void commit() throws IOException {
        Files.writeString(staging.resolve(MARKER), "This folder is written by Broadsheet; each build replaces it.\n");
        if (Files.exists(output)) {
            Path old = output.resolveSibling("." + output.getFileName() + ".old-" + UUID.randomUUID());
            move(output, old);
            try {
                move(staging, output);
            } catch (IOException e) {
                move(old, output);
                throw e;
            }
            deleteTree(old);
        } else {
            move(staging, output);
        }
        committed = true;
    }

    /** Throws the staging folder away unless the build was committed. */
    @Override
    public void close() throws IOException {
        if (!committed) {
            deleteTree(staging);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            return !entries.iterator().hasNext();
        }
    }

    /** Staging and old folders that a killed build left behind. */
    private static void removeLeftovers(Path out) throws IOException {
        String prefix = "." + out.getFileName() + ".";
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(out.getParent(),
                p -> p.getFileName().toString().startsWith(prefix + "staging-")
                        || p.getFileName().toString().startsWith(prefix + "old-"))) {
            for (Path leftover : siblings) {
                deleteTree(leftover);
            }
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
