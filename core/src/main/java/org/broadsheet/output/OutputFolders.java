package org.broadsheet.output;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.broadsheet.source.FileTree;

/** The folder operations of {@link SiteWriter}, {@link OutputSwap} and {@link SpareUpdate}: checks, links, moves and clean-up. */
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

    /**
     * The file {@code path} of {@code root}, its folder made unless {@code made} (shared by the
     * writing threads) holds it.
     */
    static Path fileIn(Path root, String path, Set<Path> made) throws IOException {
        Path target = OutputPaths.resolve(root, path);
        Path parent = target.getParent();
        if (!made.contains(parent)) {
            Files.createDirectories(parent);
            made.add(parent);
        }
        return target;
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
                try {
                    FileTree.delete(leftover);
                } catch (IOException e) {
                    // a file in it resists (made immutable, say): it is no part of the site, try again next time
                }
            }
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
        List<String> deleted = new ArrayList<>();
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

    /** Deletes {@code dir} if it is empty, and its parents up to {@code output} that this leaves empty. */
    static void removeEmptyFolders(Path dir, Path output) throws IOException {
        Path current = dir;
        while (current != null && !current.equals(output) && current.startsWith(output) && isEmpty(current)) {
            Files.delete(current);
            current = current.getParent();
        }
    }

    /**
     * Whether {@code output} can be renamed: it does not exist, or lives on the same file system
     * as its parent folder (a mount point, such as a container's volume, cannot be).
     */
    static boolean canBeRenamed(Path output) throws IOException {
        if (!Files.isDirectory(output, LinkOption.NOFOLLOW_LINKS)) {
            return true;
        }
        try {
            return Files.getAttribute(output, "unix:dev").equals(Files.getAttribute(output.getParent(), "unix:dev"));
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return true; // no such attribute here: a failed rename still falls back
        }
    }

    /**
     * Makes {@code target} a hard link to {@code existing}, so it keeps its bytes and time at
     * no cost, or, where the file system cannot link, a copy with its times.
     */
    static void link(Path existing, Path target) throws IOException {
        try {
            Files.createLink(target, existing);
        } catch (NoSuchFileException e) {
            throw e;
        } catch (IOException | UnsupportedOperationException e) {
            Files.copy(existing, target, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
        }
    }

    /** Creates {@code folder} in {@code output}, deleting a file that stands where one of its folders goes. */
    static void makeFolders(Path output, Path folder) throws IOException {
        Path at = output;
        for (Path name : output.relativize(folder)) {
            at = at.resolve(name.toString());
            if (Files.exists(at, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(at, LinkOption.NOFOLLOW_LINKS)) {
                Files.delete(at);
            }
        }
        Files.createDirectories(folder);
    }

    /**
     * Puts {@code file} at {@code target}, replacing what is there at once, so that a reader sees
     * the old file or the new one: a rename, or, where {@code target} is on another file system
     * (an output folder that is a mount point, such as a container's volume, beside a staging
     * folder that is not), a copy beside {@code target} renamed over it. A copy a killed build
     * leaves is not in the site's list of files, and the swap's end deletes it.
     */
    static void replace(Path file, Path target) throws IOException {
        try {
            Files.move(file, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Path copy = target.resolveSibling("." + target.getFileName() + ".broadsheet-copy");
            Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES,
                    LinkOption.NOFOLLOW_LINKS);
            Files.move(copy, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Files.delete(file);
        }
    }

    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }
}
