package org.broadsheet.source;

import java.nio.file.Path;

/**
 * A file found under {@code content/}.
 *
 * @param path       where it is on disk
 * @param sitePath   its path relative to the site folder, with '/', as errors name it
 *                   ({@code content/world/story.md})
 * @param contentPath its path relative to {@code content/} ({@code world/story.md})
 * @param kind       an article to render, or a file to copy
 * @param bundle     for a file beside a bundle's {@code index.md}: the content path of that
 *                   bundle's folder ({@code world/story}); otherwise empty
 * @param size       its size in bytes when it was found
 * @param modified   its modification time when it was found, in nanoseconds since the epoch:
 *                   with the size, how the build cache tells a file unchanged without reading it
 */
public record SourceFile(Path path, String sitePath, String contentPath, Kind kind, String bundle, long size,
        long modified) {

    public enum Kind { MARKDOWN, ASSET }

    public boolean isMarkdown() {
        return kind == Kind.MARKDOWN;
    }

    public boolean inBundle() {
        return !bundle.isEmpty();
    }
}
