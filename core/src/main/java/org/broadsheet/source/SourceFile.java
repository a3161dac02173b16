package org.broadsheet.source;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * A file found under {@code content/}.
 *
 * @param path       where it is on disk
 * @param sitePath   its path relative to the site folder, with '/', as errors name it
 *                   ({@code content/world/story.md})
 * @param contentPath its path relative to {@code content/} ({@code world/story.md})
 * @param kind       an article to render, a section's front page ({@code world/_index.md}), or a
 *                   file to copy
 * @param bundle     for a file beside a bundle's {@code index.md}: the content path of that
 *                   bundle's folder ({@code world/story}); otherwise empty
 * @param size       its size in bytes when it was found
 * @param modified   its modification time when it was found, in nanoseconds since the epoch:
 *                   with the size, how the build cache tells a file unchanged without reading it
 */
public record SourceFile(Path path, String sitePath, String contentPath, Kind kind, String bundle, long size,
        long modified) {

    /**
     * An article; a section's front page, Hugo's {@code _index.md} at the top of a section's
     * folder, which names and describes the section; or a file copied as it is.
     */
    public enum Kind { MARKDOWN, SECTION_FRONT, ASSET }

    /**
     * The name of a page bundle's text: {@code index.md}, or {@code index.fr.md} for a
     * translation, or with another extension of an article ({@code index.html} with front matter).
     */
    private static final Pattern BUNDLE_INDEX = Pattern.compile(
            "index(\\.[A-Za-z]{2,3}(-[A-Za-z0-9]+)*)?\\.(md|markdown|mdown|html)");

    /** Whether a file of this name ({@code index.md}, {@code index.fr.md}) is the text of a page bundle. */
    public static boolean isBundleIndexName(String fileName) {
        return BUNDLE_INDEX.matcher(fileName).matches();
    }

    /**
     * Whether the file at {@code contentPath} is the text of a page bundle: an index file in a
     * folder of {@code content/} ({@code world/story/index.md}), whose other files are its own.
     */
    public static boolean isBundleIndex(String contentPath) {
        int slash = contentPath.lastIndexOf('/');
        return slash > 0 && isBundleIndexName(contentPath.substring(slash + 1));
    }

    /** Whether the article at {@code contentPath} is HTML, passed through, rather than Markdown. */
    public static boolean isHtml(String contentPath) {
        return contentPath.regionMatches(true, contentPath.length() - 5, ".html", 0, 5);
    }

    public boolean isMarkdown() {
        return kind == Kind.MARKDOWN;
    }

    public boolean isSectionFront() {
        return kind == Kind.SECTION_FRONT;
    }

    public boolean isAsset() {
        return kind == Kind.ASSET;
    }

    public boolean inBundle() {
        return !bundle.isEmpty();
    }
}
