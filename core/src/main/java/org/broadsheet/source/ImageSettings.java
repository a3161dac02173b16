package org.broadsheet.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * How images are published ({@code images:} in {@code broadsheet.yml}): the widths each raster
 * image is written in, the JPEG quality, whether metadata is stripped, and the file size above
 * which {@code check} warns.
 *
 * @param widths   the widths of the variants, ascending; none is wider than its source
 * @param quality  JPEG quality, 1 to 100
 * @param strip    whether published images lose their metadata (GPS, camera, EXIF)
 * @param webp     whether each width is also published as WebP ({@code photo-800w.webp}), shown through {@code <picture>}
 * @param maxBytes the size above which {@code check} warns about an image file
 */
public record ImageSettings(List<Integer> widths, int quality, boolean strip, boolean webp, long maxBytes) {

    public static final ImageSettings DEFAULT = new ImageSettings(List.of(480, 800, 1200, 1600), 82, true, true, 1024 * 1024);

    /** The formats Broadsheet resizes: those ImageIO writes. GIF (animation), WebP and SVG are published as they are. */
    /** The shapes of a lead image's crops, as Google asks for a news article's structured data. */
    public static final List<String> CROPS = List.of("16x9", "4x3", "1x1");
    /** The width of a lead image's crops, where the image is that wide. */
    public static final int CROP_WIDTH = 1200;

    /** The width of the theme's article column, 42rem at the browsers' default 16 px. */
    private static final int COLUMN_PX = 672;

    private static final Set<String> RESIZED = Set.of("jpg", "jpeg", "png");

    public ImageSettings {
        widths = widths.stream().distinct().sorted().toList();
    }

    /** Whether the file at this path is a raster image that is written in several widths. */
    public static boolean resizes(String path) {
        int dot = path.lastIndexOf('.');
        return dot > path.lastIndexOf('/') && RESIZED.contains(path.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /**
     * The widths of the variants of an image {@code sourceWidth} pixels wide: the configured ones
     * below it, and its own width where it is narrower than the largest; never wider than it.
     */
    public List<Integer> widthsFor(int sourceWidth) {
        List<Integer> fit = new ArrayList<>();
        widths.stream().filter(w -> w < sourceWidth).forEach(fit::add);
        if (sourceWidth > 0 && (widths.isEmpty() || sourceWidth <= widths.get(widths.size() - 1))) {
            fit.add(sourceWidth);
        }
        return List.copyOf(fit);
    }

    /**
     * The path or URL of an image's variant: {@code photo-800w.jpg} for {@code photo.jpg},
     * keeping a query or fragment.
     */
    public static String variant(String path, int width) {
        return insert(path, "-" + width + "w");
    }

    private static String insert(String path, String suffix) {
        int end = pathEnd(path);
        int dot = path.lastIndexOf('.', end - 1);
        if (dot < 0 || dot < path.lastIndexOf('/', end - 1)) {
            dot = end;
        }
        return path.substring(0, dot) + suffix + path.substring(dot);
    }

    /** The path or URL of an image's WebP variant: {@code photo-800w.webp} for {@code photo.jpg}, keeping a query or fragment. */
    public static String webpVariant(String path, int width) {
        String variant = variant(path, width);
        int end = pathEnd(variant);
        int dot = variant.lastIndexOf('.', end - 1);
        return variant.substring(0, dot) + ".webp" + variant.substring(end);
    }

    /** Where the path of a URL ends: at its query or fragment, or its end. */
    private static int pathEnd(String url) {
        int end = url.length();
        for (char c : new char[] {'?', '#'}) {
            int at = url.indexOf(c);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return end;
    }

    /** The srcset of the WebP variants of an image at {@code url}: {@code photo-480w.webp 480w, photo-800w.webp 800w}. */
    public static String webpSrcset(String url, List<Integer> widths) {
        return srcset(url, widths, ImageSettings::webpVariant);
    }

    /** The path or URL of a lead image's crop: {@code photo-16x9.jpg} for {@code photo.jpg} and "16x9". */
    public static String crop(String path, String shape) {
        return insert(path, "-" + shape);
    }

    /** The srcset of an image at {@code url} published in these widths: {@code photo-480w.jpg 480w, photo-800w.jpg 800w}. */
    public static String srcset(String url, List<Integer> widths) {
        return srcset(url, widths, ImageSettings::variant);
    }

    private static String srcset(String url, List<Integer> widths, BiFunction<String, Integer, String> variant) {
        StringBuilder srcset = new StringBuilder();
        for (int width : widths) {
            srcset.append(srcset.length() == 0 ? "" : ", ").append(variant.apply(url, width)).append(' ').append(width).append('w');
        }
        return srcset.toString();
    }

    /**
     * The sizes of an image {@code width} pixels wide in the theme's article column (42rem): the
     * whole viewport on a narrower screen, else the column, or its own width when narrower.
     */
    public static String sizes(int width) {
        return width >= COLUMN_PX ? "(max-width: 42rem) 100vw, 42rem" : "(max-width: " + width + "px) 100vw, " + width + "px";
    }

    /** What a cached variant depends on besides its source: the widths, quality, stripping and WebP. */
    public String key() {
        return widths + "/" + quality + "/" + strip + "/" + webp;
    }
}
