package org.broadsheet.pages;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file published as it is: an asset under {@code content/}, or a file of the theme such as
 * its stylesheet, from the site's {@code templates/assets/} or else from the jar.
 *
 * @param outputPath where it goes in the output folder
 * @param owner      its source, for messages
 * @param file       the file on disk, or null for a theme file inside the jar
 * @param resource   the class-path resource of a theme file inside the jar, or null
 * @param fingerprint changes when the file does: from its size and time, or a theme file's bytes
 */
public record StaticFile(String outputPath, String owner, Path file, String resource, long fingerprint) {

    public InputStream open() throws IOException {
        if (file != null) {
            return Files.newInputStream(file);
        }
        InputStream in = StaticFile.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("theme file " + resource + " is missing from the jar");
        }
        return in;
    }
}
