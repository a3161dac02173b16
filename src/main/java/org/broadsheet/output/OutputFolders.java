package org.broadsheet.output;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
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
        Set<String> candidates = new HashSet<>();
        try (Stream<Path> files = Files.walk(output)) {
            files.filter(p -> !Files.isDirectory(p))
                    .forEach(p -> candidates.add(output.relativize(p).toString().replace('\\', '/')));
        }
        candidates.removeAll(keep);
        candidates.remove(marker);
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
