package org.broadsheet.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.broadsheet.problem.Problem.Severity;
import org.broadsheet.source.ImageFiles;
import org.broadsheet.source.ImageSettings;

/**
 * Warns about images that make readers wait: an {@code <img>} without srcset (raw HTML, a
 * template), which every reader downloads whole, when its file is larger than
 * {@code images.maxSizeKb} or wider than the widest of {@code images.widths}. An image with a
 * srcset lets the browser pick a file near its displayed size, Broadsheet's variants, so
 * neither applies. Thread-safe.
 */
final class ImageWeights {

    private final ImageSettings settings;
    private final OutputFiles files;
    private final Findings findings;
    private final Map<String, Long> bytes = new ConcurrentHashMap<>();
    private final Map<String, Integer> widths = new ConcurrentHashMap<>();

    ImageWeights(ImageSettings settings, OutputFiles files, Findings findings) {
        this.settings = settings;
        this.files = files;
        this.findings = findings;
    }

    /** Checks the image in the output file {@code file} that {@code ref} of the page at {@code outputPath} shows. */
    void check(String outputPath, ScannedPage.Reference ref, SiteAddress.Target target, String file) {
        if (!ref.fixedSize()) {
            return;
        }
        long size = bytes.computeIfAbsent(file, this::sizeOf);
        if (size > settings.maxBytes()) {
            findings.atUrl(Severity.WARNING, outputPath, ref.value(), Optional.of(target), "image " + ref.value() + " is "
                    + kilobytes(size) + " KB, more than images.maxSizeKb (" + kilobytes(settings.maxBytes())
                    + " KB); readers on slow connections wait for it");
        }
        int largest = settings.widths().isEmpty() ? Integer.MAX_VALUE : settings.widths().get(settings.widths().size() - 1);
        int width = widths.computeIfAbsent(file, this::widthOf);
        if (width > largest) {
            findings.atUrl(Severity.WARNING, outputPath, ref.value(), Optional.of(target), "image " + ref.value() + " is "
                    + width + " px wide and has no srcset, so phones download all of it; show it with Markdown"
                    + " (![alt](" + ref.value() + ")), which publishes it in widths up to " + largest + " px");
        }
    }

    private long sizeOf(String file) {
        try {
            return Files.size(files.path(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int widthOf(String file) {
        return ImageFiles.sizeOfFile(files.path(file)).map(ImageFiles.Size::width).orElse(0);
    }

    private static long kilobytes(long size) {
        return (size + 1023) / 1024;
    }
}
