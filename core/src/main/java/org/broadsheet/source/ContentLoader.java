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
import org.broadsheet.problem.SourcePosition;

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
        Set<String> articles = new HashSet<>();
        Set<String> bundles = new HashSet<>();
        for (FileTree.Entry entry : files) {
            String path = entry.path();
            if (isSectionFront(entry.file())) {
                if (!isSectionFolder(path)) { // not an article without a date: that error would stop a Hugo site
                    problems.warning(SourcePosition.of("content/" + path), "a Hugo front page (_index) is read only at"
                            + " the top of a section's folder (content/world/_index.md), where it names and describes"
                            + " the section; this one is not published: move its aliases to an article or a section's"
                            + " _index");
                }
                continue;
            }
            if (isArticle(entry.file())) {
                articles.add(path);
                if (SourceFile.isBundleIndexName(entry.file().getFileName().toString()) && path.contains("/")) {
                    bundles.add(path.substring(0, path.lastIndexOf('/')));
                }
            }
        }
        List<SourceFile> sources = new ArrayList<>(files.size());
        for (FileTree.Entry entry : files) {
            String contentPath = entry.path();
            boolean front = isSectionFront(entry.file());
            if (front && !isSectionFolder(contentPath)) {
                continue;
            }
            boolean markdown = articles.contains(contentPath);
            String bundle = markdown || front ? "" : bundleOf(contentPath, bundles);
            SourceFile.Kind kind = front ? SourceFile.Kind.SECTION_FRONT
                    : markdown ? SourceFile.Kind.MARKDOWN : SourceFile.Kind.ASSET;
            sources.add(SourceFile.of(content, contentPath, kind, bundle,
                    entry.attributes().size(), nanos(entry.attributes().lastModifiedTime())));
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

    /** Whether {@code file} is a Hugo section's front page: {@code _index.md}, {@code _index.fr.md}. */
    private static boolean isSectionFront(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith("_index.") && isArticle(file);
    }

    /** Whether the file at {@code contentPath} is at the top of a section's folder: {@code world/_index.md}. */
    private static boolean isSectionFolder(String contentPath) {
        return contentPath.indexOf('/') > 0 && contentPath.indexOf('/') == contentPath.lastIndexOf('/');
    }

    /**
     * Whether {@code file} is an article: a Markdown file ({@code .md}, {@code .markdown},
     * {@code .mdown}), or an {@code .html} file that starts with front matter, as Jekyll and Hugo
     * read it. Any other HTML file is copied as it is.
     */
    private static boolean isArticle(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".md") || name.endsWith(".markdown") || name.endsWith(".mdown")) {
            return true;
        }
        return name.endsWith(".html") && startsWithFrontMatter(file);
    }

    private static boolean startsWithFrontMatter(Path file) {
        try (java.io.InputStream in = Files.newInputStream(file)) {
            String start = new String(in.readNBytes(1024), java.nio.charset.StandardCharsets.UTF_8).stripLeading();
            return start.startsWith("---") || start.startsWith("+++") || start.startsWith("{");
        } catch (java.io.IOException e) {
            return false; // copied as a file, whose reading then reports what is wrong
        }
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
