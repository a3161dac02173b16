package org.broadsheet.images;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The WebP files of one source image's widths, written one by one as the widths are made. WebP is
 * an addition: when one cannot be written (libwebp's native code does not load on this machine,
 * or it refuses the image) those already written are deleted and the image is published without
 * WebP, the reason kept for a warning; the build goes on.
 */
final class WebpFiles {

    private final boolean wanted;
    private final int quality;
    private final boolean lossless;
    private final List<Path> written = new ArrayList<>();
    private String failure;

    /**
     * @param wanted   whether WebP files are made at all
     * @param lossless whether they keep every pixel (a PNG source) rather than encode at {@code quality}
     */
    WebpFiles(boolean wanted, int quality, boolean lossless) {
        this.wanted = wanted;
        this.quality = quality;
        this.lossless = lossless;
    }

    /** Writes {@code image} as WebP to {@code file}, unless not wanted or an earlier one failed. */
    void write(BufferedImage image, Path file) throws IOException {
        if (!wanted || failure != null) {
            return;
        }
        try {
            Encoder.writeWebp(image, file, quality, lossless);
            written.add(file);
        } catch (IOException | RuntimeException | LinkageError e) {
            failure = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            for (Path made : written) {
                Files.deleteIfExists(made);
            }
            written.clear();
        }
    }

    /** Whether every width was written as WebP. */
    boolean made() {
        return wanted && failure == null;
    }

    /** Why the WebP files could not be written; null when they were, or were not wanted. */
    String failure() {
        return failure;
    }
}
