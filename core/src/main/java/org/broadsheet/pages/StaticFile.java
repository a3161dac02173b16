package org.broadsheet.pages;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.broadsheet.model.Asset;

/**
 * A file published as it is: an asset under {@code content/} (or a file the image stage made of
 * one), or a file of the theme such as its stylesheet, from the site's {@code templates/assets/}
 * or else from the jar.
 */
public sealed interface StaticFile {

    /** Where it goes in the output folder. */
    String outputPath();

    /** Its source, for messages. */
    String owner();

    /** Changes when the file does: from its size and time, or a theme file's bytes. */
    long fingerprint();

    /** Its bytes. */
    InputStream open() throws IOException;

    /**
     * A file of {@code content/}, or one made of it: it holds the asset itself rather than copies
     * of its paths, of which a site of page bundles has a million.
     */
    record ContentFile(Asset asset, long fingerprint) implements StaticFile {

        @Override
        public String outputPath() {
            return asset.outputPath();
        }

        @Override
        public String owner() {
            return asset.source();
        }

        @Override
        public InputStream open() throws IOException {
            return Files.newInputStream(asset.file());
        }
    }

    /**
     * A file of the theme.
     *
     * @param file     the file on disk, or null for a theme file inside the jar
     * @param resource the class-path resource of a theme file inside the jar, or null
     */
    record ThemeFile(String outputPath, String owner, Path file, String resource, long fingerprint)
            implements StaticFile {

        @Override
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
}
