package org.broadsheet.source;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.Set;
import org.broadsheet.problem.Problems;
import org.broadsheet.problem.SourcePosition;

/**
 * Lists the files of {@code content/} in a fixed order (by path, whatever the file system
 * returns), skipping hidden files. Symbolic links are not followed: a link could copy secrets
 * from elsewhere into a public site, so each one is reported and skipped.
 */
public final class ContentLoader {

    /** The folder of the site folder that holds articles, pages and their images. */
    public static final String FOLDER = "content";


    /** Every file under {@code siteRoot/content}, sorted by path; none when the folder is missing. */
    public List<SourceFile> load(Path siteRoot, Problems problems) {
        Path content = siteRoot.resolve(FOLDER);
        if (!Files.isDirectory(content)) {
            return List.of();
        }
        Map<Path, BasicFileAttributes> files = walk(siteRoot, content, problems);
        Set<String> bundles = new HashSet<>();
        for (Path file : files.keySet()) {
            if (SourceFile.isBundleIndexName(file.getFileName().toString()) && file.getParent() != null
                    && !file.getParent().equals(content)) {
                bundles.add(slashes(content.relativize(file.getParent())));
            }
        }
        List<SourceFile> sources = new ArrayList<>(files.size());
        for (Map.Entry<Path, BasicFileAttributes> entry : files.entrySet()) {
            Path file = entry.getKey();
            String contentPath = slashes(content.relativize(file));
            String sitePath = "content/" + contentPath;
            boolean markdown = isMarkdown(file);
            String bundle = markdown ? "" : bundleOf(contentPath, bundles);
            sources.add(new SourceFile(file, sitePath, contentPath,
                    markdown ? SourceFile.Kind.MARKDOWN : SourceFile.Kind.ASSET, bundle, entry.getValue().size(),
                    nanos(entry.getValue().lastModifiedTime())));
        }
        return List.copyOf(sources);
    }

    /** The files under {@code content}, sorted by path, with what the walk read of each. */
    private static Map<Path, BasicFileAttributes> walk(Path siteRoot, Path content, Problems problems) {
        // sorted by content path with '/', whatever order the file system lists them in
        Map<String, Map.Entry<Path, BasicFileAttributes>> sorted = new TreeMap<>();
        try {
            Files.walkFileTree(content, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (dir.equals(content)) {
                        return FileVisitResult.CONTINUE;
                    }
                    return hidden(dir) || notUtf8(siteRoot, dir, problems) ? FileVisitResult.SKIP_SUBTREE
                            : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (hidden(file)) {
                        return FileVisitResult.CONTINUE;
                    }
                    String name = file.getFileName().toString();
                    if (hasControlCharacter(name)) {
                        problems.error(SourcePosition.of(slashes(siteRoot.relativize(file)).replaceAll("\\p{Cntrl}", "?")),
                                "its name holds a control character (a line break, a tab); rename the file");
                    } else if (notUtf8(siteRoot, file, problems)) {
                        return FileVisitResult.CONTINUE;
                    } else if (attrs.isSymbolicLink() || Files.isSymbolicLink(file)) {
                        SymbolicLinks.skip(slashes(siteRoot.relativize(file)), problems);
                    } else if (attrs.isRegularFile()) {
                        sorted.put(slashes(content.relativize(file)), Map.entry(file, attrs));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.error(SourcePosition.of(FOLDER), "cannot be read: " + e.getMessage());
        }
        Map<Path, BasicFileAttributes> files = new java.util.LinkedHashMap<>();
        sorted.values().forEach(entry -> files.put(entry.getKey(), entry.getValue()));
        return files;
    }

    /** Whether {@code name} holds a control character (a line break, a tab, NUL). */
    private static boolean hasControlCharacter(String name) {
        return name.chars().anyMatch(c -> c < 0x20 || c == 0x7F);
    }

    /**
     * Why no file of {@code content/} can be at {@code contentPath}, as written in a link or image
     * ({@code a%00b.png}): it holds a control character, which no name the load stage accepts
     * has (and which a message could not print). Empty when a file could be there.
     */
    public static Optional<String> noFileCanBeAt(String contentPath) {
        for (int i = 0; i < contentPath.length(); i++) {
            char c = contentPath.charAt(i);
            if (c < 0x20 || c == 0x7F) {
                return Optional.of("a file name cannot hold the control character " + SourceText.codePoint(c));
            }
        }
        return Optional.empty();
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

    private static boolean hidden(Path path) {
        String name = path.getFileName().toString();
        return name.startsWith(".") || name.endsWith("~");
    }

    private static boolean isMarkdown(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".md") || name.endsWith(".markdown");
    }

    /** The innermost bundle folder holding this file, or "" when it is in none. */
    private static String bundleOf(String contentPath, Set<String> bundles) {
        String dir = contentPath;
        while (dir.contains("/")) {
            dir = dir.substring(0, dir.lastIndexOf('/'));
            if (bundles.contains(dir)) {
                return dir;
            }
        }
        return "";
    }

    private static long nanos(FileTime time) {
        Instant instant = time.toInstant();
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
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

    /** Reads and decodes a text file of the site folder. */
    public static String readText(Path file) throws IOException, SourceText.UnreadableTextException {
        return SourceText.decode(Files.readAllBytes(file));
    }

    /** True when {@code path} exists and is not a symbolic link. */
    public static boolean isPlainFile(Path path) {
        return Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS);
    }
}
