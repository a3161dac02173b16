package org.broadsheet.output;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/** The folder operations of {@link SiteWriter}: checks, swaps, moves and clean-up. */
public final class OutputFolders {

    private OutputFolders() {
    }

    static void refuseDangerousPlace(Path out, Path root) throws OutputFolderException {
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

    static boolean isEmpty(Path dir) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            return !entries.iterator().hasNext();
        }
    }

    /** Staging and old folders that a killed build left behind. */
    static void removeLeftovers(Path out) throws IOException {
        String prefix = "." + out.getFileName() + ".";
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(out.getParent(),
                p -> p.getFileName().toString().startsWith(prefix + "staging-")
                        || p.getFileName().toString().startsWith(prefix + "old-"))) {
            for (Path leftover : siblings) {
                deleteTree(leftover);
            }
        }
    }

    /** Replaces {@code output} (absent or empty) by {@code staging}, in two renames at most. */
    static void replace(Path output, Path staging) throws IOException {
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
    }

    /**
     * Whether a file of {@code staging} cannot be moved to its place in {@code output} as it
     * is: a folder stands where it goes, or a file where one of its folders goes (an old
     * {@code report.pdf}, and now a page at {@code report.pdf/index.html}). Moving the others
     * first would leave a half-updated site when that one fails.
     */
    static boolean shapesDiffer(Path staging, Path output) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(staging)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        Set<Path> folders = new HashSet<>(); // each looked at once: a rewritten site shares most of them
        for (Path file : files) {
            Path target = output.resolve(staging.relativize(file).toString());
            if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                return true;
            }
            for (Path folder = target.getParent(); !folder.equals(output) && folders.add(folder);
                    folder = folder.getParent()) {
                if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS) && Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Puts into {@code staging} the files of {@code output} that {@code keep} names and staging
     * lacks, as hard links where the file system allows (so they keep their modification time
     * and cost no copy), else as copies with their times.
     */
    static void linkKept(Path output, Path staging, Set<String> keep) throws IOException {
        for (String path : keep) {
            Path target = OutputPaths.resolve(staging, path);
            Path existing = OutputPaths.resolve(output, path);
            if (Files.exists(target) || !Files.isRegularFile(existing, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            Files.createDirectories(target.getParent());
            try {
                Files.createLink(target, existing);
            } catch (IOException | UnsupportedOperationException e) {
                Files.copy(existing, target, StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }

    /** Moves every file of {@code staging} to the same place in {@code output}, replacing what is there. */
    static void moveInto(Path staging, Path output) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(staging)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        Set<Path> made = new HashSet<>();
        for (Path file : files) {
            Path target = output.resolve(staging.relativize(file).toString());
            if (made.add(target.getParent())) {
                Files.createDirectories(target.getParent());
            }
            Files.move(file, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /**
     * Deletes the files of {@code output} that this build does not claim, and the folders they
     * leave empty.
     *
     * @return the paths of the files deleted
     */
    static List<String> deleteAllBut(Path output, Set<String> keep, String marker) throws IOException {
        Set<String> candidates = filesBut(output, keep, marker);
        List<String> deleted = new java.util.ArrayList<>();
        for (String path : candidates) {
            Path file = OutputPaths.resolve(output, path);
            if (Files.deleteIfExists(file)) {
                deleted.add(path);
                removeEmptyFolders(file.getParent(), output);
            }
        }
        return deleted;
    }

    /** The files of {@code output} that {@code keep} does not name, but the marker. */
    static Set<String> filesBut(Path output, Set<String> keep, String marker) throws IOException {
        Set<String> files = new HashSet<>();
        try (Stream<Path> walk = Files.walk(output)) {
            walk.filter(p -> !Files.isDirectory(p))
                    .forEach(p -> files.add(output.relativize(p).toString().replace('\\', '/')));
        }
        files.removeAll(keep);
        files.remove(marker);
        return files;
    }

    private static void removeEmptyFolders(Path dir, Path output) throws IOException {
        Path current = dir;
        while (current != null && !current.equals(output) && current.startsWith(output) && isEmpty(current)) {
            Files.delete(current);
            current = current.getParent();
        }
    }

    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Deletes {@code root} and everything in it; nothing when it does not exist. */
    public static void deleteTree(Path root) throws IOException {
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
