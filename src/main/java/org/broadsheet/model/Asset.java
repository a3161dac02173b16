package org.broadsheet.model;

import java.nio.file.Path;

/**
 * A file published as it is: an image or download under {@code content/}.
 *
 * @param file       where it is on disk
 * @param source     its path in the site folder, for messages
 * @param outputPath where it goes in the output folder, with '/'
 */
public record Asset(Path file, String source, String outputPath) {
}
