package org.broadsheet.model;

import java.nio.file.Path;

/**
 * A file published as it is: an image or download under {@code content/}.
 *
 * @param file       where it is on disk
 * @param source     its path in the site folder, for messages
 * @param outputPath where it goes in the output folder, with '/'
 * @param size       its size when it was found
 * @param modified   its modification time when it was found (epoch nanoseconds)
 */
public record Asset(Path file, String source, String outputPath, long size, long modified) {
}
