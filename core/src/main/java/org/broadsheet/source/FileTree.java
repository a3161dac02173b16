package org.broadsheet.source;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.TreeMap;
import org.broadsheet.problem.Problems;
import org.broadsheet.problem.SourcePosition;

/**
 * Lists the files of a folder of the site folder ({@code content/}, {@code comments/}) as every
 * stage that reads a whole tree does: sorted by path, whatever order the file system lists them
 * in; hidden files and folders ({@code .git}, {@code .draft.md}) and editors' backups
 * ({@code story.md~}) left out; symbolic links never followed, each one reported
 * ({@link SymbolicLinks}) and left out.
 */
public final class FileTree {

    /**
     * One regular file of the tree.
     *
     * @param path       its path under the folder, with '/' ({@code world/story.md})
     * @param sitePath   its path in the site folder, for messages ({@code content/world/story.md})
     * @param attributes what the walk read of it: its size and time
     */
    public record Entry(Path file, String path, String sitePath, BasicFileAttributes attributes) {
    }

    private FileTree() {
    }

    /** Every file under {@code siteRoot/folder}; an unreadable folder is reported at {@code folder}. */
    public static List<Entry> files(Path siteRoot, String folder, Problems problems) {
        return walk(siteRoot, folder, false, problems);
    }

    /**
     * The same, for files whose names become URLs: a name holding a control character, or one
     * that is not UTF-8, is reported and left out (a folder with such a name, and all in it).
     */
    public static List<Entry> publishedFiles(Path siteRoot, String folder, Problems problems) {
        return walk(siteRoot, folder, true, problems);
    }

    private static List<Entry> walk(Path siteRoot, String folder, boolean published, Problems problems) {
        Path top = siteRoot.resolve(folder);
        TreeMap<String, Entry> sorted = new TreeMap<>();
        try {
            Files.walkFileTree(top, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (dir.equals(top)) {
                        return FileVisitResult.CONTINUE;
                    }
                    return hidden(dir) || published && notUtf8(siteRoot, dir, problems) ? FileVisitResult.SKIP_SUBTREE
                            : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (hidden(file) || published && unpublishable(siteRoot, file, problems)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (attrs.isSymbolicLink() || Files.isSymbolicLink(file)) {
                        SymbolicLinks.skip(slashes(siteRoot.relativize(file)), problems);
                    } else if (attrs.isRegularFile()) {
                        String path = slashes(top.relativize(file));
                        sorted.put(path, new Entry(file, path, slashes(siteRoot.relativize(file)), attrs));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.error(SourcePosition.of(folder), "cannot be read: " + e.getMessage());
        }
        return List.copyOf(sorted.values());
    }

    /** Whether a file or folder is hidden, or an editor's backup: no stage reads it. */
    private static boolean hidden(Path path) {
        String name = path.getFileName().toString();
        return name.startsWith(".") || name.endsWith("~");
    }

    /** Whether the name of {@code file} cannot be published as it is, after reporting why. */
    private static boolean unpublishable(Path siteRoot, Path file, Problems problems) {
        String name = file.getFileName().toString();
        if (name.chars().anyMatch(c -> c < 0x20 || c == 0x7F)) {
            problems.error(SourcePosition.of(slashes(siteRoot.relativize(file)).replaceAll("\\p{Cntrl}", "?")),
                    "its name holds a control character (a line break, a tab); rename the file");
            return true;
        }
        return notUtf8(siteRoot, file, problems);
    }

    /**
     * Whether the name of {@code path} has bytes that are not UTF-8 (a name saved in Latin-1, say),
     * which Java reads as U+FFFD: its URL would hold neither what the author wrote nor the file's
     * name. Reported as an error.
     */
    private static boolean notUtf8(Path siteRoot, Path path, Problems problems) {
        if (path.getFileName().toString().indexOf('\uFFFD') < 0) {
            return false;
        }
        problems.error(SourcePosition.of(FileNames.shown(slashes(siteRoot.relativize(path)))),
                "its name is not UTF-8 (saved in another charset, such as Latin-1); rename it");
        return true;
    }

    /**
     * A relative path with '/' between its names, on any system; a backslash is a name's own
     * character where the system allows it (Linux), not a separator.
     */
    static String slashes(Path relative) {
        StringBuilder path = new StringBuilder();
        for (Path name : relative) {
            path.append(path.isEmpty() ? "" : "/").append(name);
        }
        return path.toString();
    }

    /** Deletes {@code root} and everything in it; nothing when it does not exist. */
    public static void delete(Path root) throws IOException {
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
