package org.broadsheet.source;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.broadsheet.problem.Problems;

/**
 * Lists the files of {@code content/} in a fixed order (by path, whatever the file system
 * returns), skipping hidden files, and tells articles from the files beside them. Symbolic links
 * are not followed: a link could copy secrets from elsewhere into a public site, so each one is
 * reported and skipped ({@link FileTree}).
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
        List<FileTree.Entry> files = FileTree.publishedFiles(siteRoot, FOLDER, problems);
        Set<String> bundles = new HashSet<>();
        for (FileTree.Entry entry : files) {
            String path = entry.path();
            if (SourceFile.isBundleIndexName(entry.file().getFileName().toString()) && path.contains("/")) {
                bundles.add(path.substring(0, path.lastIndexOf('/')));
            }
        }
        List<SourceFile> sources = new ArrayList<>(files.size());
        for (FileTree.Entry entry : files) {
            String contentPath = entry.path();
            boolean markdown = isMarkdown(entry.file());
            String bundle = markdown ? "" : bundleOf(contentPath, bundles);
            sources.add(new SourceFile(entry.file(), "content/" + contentPath, contentPath,
                    markdown ? SourceFile.Kind.MARKDOWN : SourceFile.Kind.ASSET, bundle, entry.attributes().size(),
                    nanos(entry.attributes().lastModifiedTime())));
        }
        return List.copyOf(sources);
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
}
