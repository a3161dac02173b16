package org.broadsheet.images;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.broadsheet.model.Asset;
import org.broadsheet.source.ImageSettings;

/**
 * The files of one source image in the cache folder {@code dir}: {@code 800.jpg} (and {@code 800.webp}) for each width,
 * where metadata is stripped {@code full.jpg}, and for a lead image its crops; the file {@code done} lists them and is
 * written last, so a folder without it was left half made and is made again.
 *
 * @param widths the widths made, ascending
 * @param full   the image at its own size without metadata, or null when the source is published as it is
 * @param crops  whether the lead image's crops ({@code 16x9.jpg}, {@code 4x3.jpg}, {@code 1x1.jpg}) were made
 * @param webp   whether each width was also made as WebP ({@code 800.webp})
 * @param webpFailure why the WebP files could not be made, or null when they were or were not asked for
 */
record Variants(Path dir, String extension, List<Integer> widths, Path full, boolean crops, boolean webp,
        String webpFailure) {

    private static final String DONE = "done";
    private static final String WEBP = "webp";
    private static final String WEBP_FAILED = "webp failed: ";

    Variants {
        widths = List.copyOf(widths);
    }

    /** The variants already in {@code dir}, or null when it holds none or not all of them. */
    static Variants cached(Path dir, String extension) throws IOException {
        Path done = dir.resolve(DONE);
        if (!Files.isRegularFile(done)) {
            return null;
        }
        List<Integer> widths = new ArrayList<>();
        Path full = null;
        boolean crops = false;
        boolean webp = false;
        String webpFailure = null;
        for (String line : Files.readAllLines(done, StandardCharsets.UTF_8)) {
            if (line.equals(WEBP)) {
                webp = true;
            } else if (line.startsWith(WEBP_FAILED)) {
                webpFailure = line.substring(WEBP_FAILED.length());
            } else if (line.equals("full")) {
                full = dir.resolve("full." + extension);
            } else if (line.equals("crops")) {
                crops = true;
            } else if (!line.isBlank()) {
                widths.add(Integer.parseInt(line.strip()));
            }
        }
        Variants variants = new Variants(dir, extension, widths, full, crops, webp, webpFailure);
        boolean whole = (full == null || Files.isRegularFile(full))
                && widths.stream().allMatch(w -> Files.isRegularFile(variants.file(w))
                        && (!variants.webp || Files.isRegularFile(variants.webpFile(w))))
                && (!crops || ImageSettings.CROPS.stream().allMatch(c -> Files.isRegularFile(variants.crop(c))));
        return whole ? variants : null;
    }

    /**
     * Writes the variants of {@code image}, the pixels of {@code source} already turned as its
     * {@code orientation} says, into {@code dir}. The full-size file without metadata is the
     * source's own bytes less its metadata where it shows as stored, so it loses nothing; a turned
     * one is encoded again, since without its EXIF it would show sideways.
     */
    static Variants make(Path source, int orientation, BufferedImage image, ImageSettings settings, Path dir,
            String extension, boolean crops) throws IOException {
        Files.createDirectories(dir);
        Files.deleteIfExists(dir.resolve(DONE));
        List<Integer> widths = settings.widthsFor(image.getWidth());
        Path full = settings.strip() ? dir.resolve("full." + extension) : null;
        if (full != null && (orientation > 1 || !MetadataStrip.copy(source, full))) {
            Encoder.write(image, full, settings.quality());
        }
        WebpFiles webp = new WebpFiles(settings.webp(), settings.quality(), extension.equals("png"));
        BufferedImage larger = image;
        for (int i = widths.size() - 1; i >= 0; i--) { // each from the next larger: the halvings are shared
            int width = widths.get(i);
            Path file = dir.resolve(width + "." + extension);
            boolean asIs = width == image.getWidth() && orientation <= 1 && MetadataStrip.copy(source, file);
            if (!asIs) { // at its own width, the source's bytes less metadata beat any encoding of them
                larger = Resizer.scale(larger, width);
                Encoder.write(larger, file, settings.quality());
            }
            webp.write(larger, dir.resolve(width + "." + WEBP));
        }
        Variants variants = new Variants(dir, extension, widths, full, crops, webp.made(), webp.failure());
        if (crops) {
            for (String shape : ImageSettings.CROPS) {
                Encoder.write(Resizer.crop(image, shape), variants.crop(shape), settings.quality());
            }
        }
        List<String> lines = new ArrayList<>();
        widths.forEach(w -> lines.add(Integer.toString(w)));
        if (variants.full != null) {
            lines.add("full");
        }
        if (crops) {
            lines.add("crops");
        }
        if (variants.webp) {
            lines.add(WEBP);
        } else if (variants.webpFailure != null) {
            lines.add(WEBP_FAILED + variants.webpFailure.replaceAll("\\s+", " "));
        }
        Files.write(dir.resolve(DONE), lines, StandardCharsets.UTF_8);
        return variants;
    }

    Path file(int width) {
        return dir.resolve(width + "." + extension);
    }

    Path webpFile(int width) {
        return dir.resolve(width + "." + WEBP);
    }

    Path crop(String shape) {
        return dir.resolve(shape + "." + extension);
    }

    /** What {@code source} publishes: its own file (without metadata where stripped) and each width beside it. */
    List<Asset> assets(Asset source) throws IOException {
        List<Asset> assets = new ArrayList<>();
        assets.add(full == null ? source : asset(full, source, source.outputPath()));
        for (int width : widths) {
            assets.add(asset(file(width), source, ImageSettings.variant(source.outputPath(), width)));
            if (webp) {
                assets.add(asset(webpFile(width), source, ImageSettings.webpVariant(source.outputPath(), width)));
            }
        }
        if (crops) {
            for (String shape : ImageSettings.CROPS) {
                assets.add(asset(crop(shape), source, ImageSettings.crop(source.outputPath(), shape)));
            }
        }
        return assets;
    }

    /** The file made of {@code source} at {@code file}, a file of this image's folder, named by that folder (shared) and its name. */
    private Asset asset(Path file, Asset source, String outputPath) throws IOException {
        return new Asset(source.origin(), dir, file.getFileName().toString().intern(), outputPath, Files.size(file),
                Files.getLastModifiedTime(file).to(TimeUnit.NANOSECONDS));
    }
}
