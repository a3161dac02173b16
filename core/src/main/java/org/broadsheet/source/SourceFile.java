package org.broadsheet.source;

import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A file found under {@code content/}. It keeps one path, its content path, and gives the others
 * from it, so that a site of 100,000 page bundles holds one string per file rather than four.
 *
 * @param folder      the {@code content/} folder it is in, one object shared by all
 * @param contentPath its path relative to {@code content/} ({@code world/story.md})
 * @param kind        an article to render, a section's front page ({@code world/_index.md}), or a
 *                    file to copy
 * @param bundleLength for a file beside a bundle's {@code index.md}: the length of the content path
 *                    of that bundle's folder ({@code world/story}), which {@link #bundle} gives; otherwise 0
 * @param size        its size in bytes when it was found
 * @param modified    its modification time when it was found, in nanoseconds since the epoch:
 *                    with the size, how the build cache tells a file unchanged without reading it
 */
public record SourceFile(Path folder, String contentPath, Kind kind, int bundleLength, long size, long modified) {

    /** The folder under the site's folder that the files are in, as {@link #sitePath} names it. */
    private static final String FOLDER = "content/";

    /**
     * The file at {@code contentPath} under {@code folder}; {@code bundle} is the content path of
     * the bundle folder it is in (a prefix of its own), or empty.
     */
    public static SourceFile of(Path folder, String contentPath, Kind kind, String bundle, long size, long modified) {
        if (!bundle.isEmpty() && !contentPath.startsWith(bundle + "/")) {
            throw new IllegalArgumentException(contentPath + " is not in the bundle " + bundle);
        }
        return new SourceFile(folder, contentPath, kind, bundle.length(), size, modified);
    }

    /** The content path of the file a site path names ({@code content/world/story.md}), if it is under {@code content/}. */
    public static Optional<String> contentPathOf(String sitePath) {
        return sitePath.startsWith(FOLDER) ? Optional.of(sitePath.substring(FOLDER.length())) : Optional.empty();
    }

    /** Where it is on disk. */
    public Path path() {
        return folder.resolve(contentPath);
    }

    /** Its path relative to the site folder, with '/', as errors name it ({@code content/world/story.md}). */
    public String sitePath() {
        return FOLDER + contentPath;
    }

    /**
     * For a file beside a bundle's {@code index.md}: the content path of that bundle's folder
     * ({@code world/story}); otherwise empty.
     */
    public String bundle() {
        return contentPath.substring(0, bundleLength);
    }


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

    /**
     * Whether the article at {@code contentPath} is a standalone page rather than a dated article:
     * a file at the top of {@code content/} ({@code about.md}) or the text of a bundle there
     * ({@code about/index.md}), which no section holds.
     */
    public static boolean isPage(String contentPath) {
        int slashes = (int) contentPath.chars().filter(c -> c == '/').count();
        return slashes == 0 || (slashes == 1 && isBundleIndex(contentPath));
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
        return bundleLength > 0;
    }
}
