package org.broadsheet.images;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.broadsheet.hash.Fingerprint;
import org.broadsheet.model.Asset;
import org.broadsheet.model.Site;
import org.broadsheet.problem.Problems;
import org.broadsheet.problem.SourcePosition;
import org.broadsheet.run.Parallel;
import org.broadsheet.run.StageListener;
import org.broadsheet.source.FileTree;
import org.broadsheet.source.ImageSettings;

/**
 * Publishes each raster image of the site in the configured widths ({@code photo-800w.jpg}, and
 * {@code photo-800w.webp} unless WebP is turned off),
 * where metadata is stripped its own file without it, and a lead image's crops; all the right
 * way up. The files are made in {@code folder} (the build cache's), one folder per source content and
 * settings, and reused while those are unchanged; folders no image of this build uses are deleted.
 */
public final class ImageStage {

    /** Changes when what this class writes does, so that no cached file of an older Broadsheet is reused. */
    private static final String FORMAT = "2";

    private final ImageSettings settings;
    private final Path folder;
    private final StageListener progress;
    private final Problems problems;

    /**
     * @param folder   where the resized files are kept between builds
     * @param progress told as each image is done
     */
    public ImageStage(ImageSettings settings, Path folder, StageListener progress, Problems problems) {
        this.settings = settings;
        this.folder = folder;
        this.progress = progress;
        this.problems = problems;
    }

    /** How many of {@code assets} this stage works on: the raster images it resizes. */
    public static int count(List<Asset> assets) {
        return (int) assets.stream().filter(a -> ImageSettings.resizes(a.outputPath())).map(Asset::file).distinct().count();
    }

    /** The site with its images published as {@link #publish(List, Set)} says, its articles' lead images cropped. */
    public Site publish(Site site) {
        Set<String> leadImages = new HashSet<>();
        Stream.concat(site.articles().stream(), site.pages().stream()).flatMap(a -> a.image().stream())
                .forEach(image -> leadImages.add(image.source()));
        return site.withAssets(publish(site.assets(), leadImages));
    }

    /**
     * The assets as published: each resizable image with its variants beside it, and its own
     * file replaced by the one without metadata; other files as they are.
     *
     * @param leadImages the site paths of the articles' lead images ({@code content/world/x/photo.jpg}),
     *                   which are also cropped to the shapes of {@link ImageSettings#CROPS}
     */
    public List<Asset> publish(List<Asset> assets, Set<String> leadImages) {
        try {
            Files.createDirectories(folder);
            SourceHashes hashes = SourceHashes.load(folder.resolve("hashes"));
            Map<Path, List<Asset>> images = new LinkedHashMap<>();
            List<Asset> published = new ArrayList<>();
            for (Asset asset : assets) {
                if (ImageSettings.resizes(asset.outputPath())) {
                    images.computeIfAbsent(asset.file(), f -> new ArrayList<>()).add(asset);
                } else {
                    published.add(asset);
                }
            }
            Map<Path, Variants> made = new ConcurrentHashMap<>();
            Parallel.run(() -> {
                images.keySet().parallelStream().forEach(source -> {
                    Asset first = images.get(source).get(0);
                    Variants variants = variants(first, leadImages.contains(first.source()), hashes);
                    if (variants != null) {
                        made.put(source, variants);
                    }
                    progress.itemDone();
                });
                return null;
            });
            for (Map.Entry<Path, List<Asset>> image : images.entrySet()) {
                Variants variants = made.get(image.getKey());
                for (Asset use : image.getValue()) {
                    published.addAll(variants == null ? List.of(use) : variants.assets(use));
                }
            }
            hashes.save();
            deleteUnused(made.values().stream().map(Variants::dir).map(Path::getFileName).map(Path::toString)
                    .collect(Collectors.toSet()));
            published.sort(Comparator.comparing(Asset::outputPath));
            return published;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The variants of one source image, made now or found in the cache; null, reported, when it cannot be read. */
    private Variants variants(Asset source, boolean crops, SourceHashes hashes) {
        try {
            long hash = hashes.of(source.file(), source.size(), source.modified());
            String key = Long.toHexString(new Fingerprint().add(hash).add(settings.key()).add(crops).add(FORMAT).value());
            Variants variants = Variants.cached(folder.resolve(key), extension(source.outputPath()));
            if (variants == null) {
                int orientation = Resizer.orientation(source.file());
                BufferedImage image = Resizer.read(source.file(), orientation);
                if (image == null) {
                    return null; // not an image ImageIO knows, though named like one: published as it is, as before
                }
                variants = Variants.make(source.file(), orientation, image, settings, folder.resolve(key),
                        extension(source.outputPath()), crops);
            }
            if (variants.webpFailure() != null) {
                problems.warning(SourcePosition.of(source.source()), "cannot be written as WebP ("
                        + variants.webpFailure() + "); published without it");
            }
            return variants;
        } catch (IOException | RuntimeException e) {
            problems.warning(SourcePosition.of(source.source()), "cannot be resized (" + e.getMessage()
                    + "); published as it is");
            return null;
        }
    }

    private static String extension(String path) {
        return path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    }

    private void deleteUnused(Set<String> used) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, Files::isDirectory)) {
            for (Path entry : entries) {
                if (!used.contains(entry.getFileName().toString())) {
                    FileTree.delete(entry);
                }
            }
        }
    }
}
