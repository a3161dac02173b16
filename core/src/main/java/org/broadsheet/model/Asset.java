package org.broadsheet.model;

import java.nio.file.Path;

import org.broadsheet.source.SourceFile;

/**
 * A file published as it is: an image or download under {@code content/}, or a file the image
 * stage made of one (a width, a WebP, a crop). It holds no path of its own, only the folder its
 * bytes are in, shared with its neighbours, and their name there: a site of 100,000 bundles with
 * photos has a million of these.
 *
 * @param origin     the file of {@code content/} it is, or was made from
 * @param folder     the folder its bytes are in: {@code content/}, or the image stage's folder of that image
 * @param name       their path in {@code folder}, with '/'
 * @param outputPath where it goes in the output folder, with '/'
 * @param size       its size when it was found
 * @param modified   its modification time when it was found (epoch nanoseconds)
 */
public record Asset(SourceFile origin, Path folder, String name, String outputPath, long size, long modified) {

    /** The file of {@code content/} published at {@code outputPath}. */
    public static Asset of(SourceFile file, String outputPath) {
        return new Asset(file, file.folder(), file.contentPath(), outputPath, file.size(), file.modified());
    }

    /** Where it is on disk. */
    public Path file() {
        return folder.resolve(name);
    }

    /** The path in the site folder of the file it is or was made from, for messages. */
    public String source() {
        return origin.sitePath();
    }
}
