package org.broadsheet.view;

import java.util.List;
import org.broadsheet.source.ImageSettings;

/**
 * An image; {@code width} and {@code height} are 0 when the file's size is not known.
 * {@code srcset} and {@code sizes} are empty when the image is published only as it is;
 * {@code smallUrl} and {@code largeUrl} are then its own URL. {@code webpSrcset} is the srcset of
 * its WebP variants, offered first through {@code <picture>}; empty when there are none. {@code socialUrl} is the absolute
 * URL of its variant at least 1200 pixels wide (or its largest), for social cards and structured data;
 * {@code crops} the absolute URLs of a lead image's 16×9, 4×3 and 1×1 crops, which Google asks
 * for in a news article's structured data (none when the image is not resized).
 */
public record ImageView(String url, String absUrl, String alt, String caption, String credit, int width,
        int height, String srcset, String webpSrcset, String sizes, String smallUrl, String largeUrl, String socialUrl,
        List<String> crops) {

    public ImageView {
        crops = List.copyOf(crops);
    }

    /** The width social networks and Google's news results ask for at least. */
    static final int SOCIAL_WIDTH = 1200;

    /** An image published only as it is. */
    static ImageView plain(String url, String absUrl, String alt, String caption, String credit, int width, int height) {
        return new ImageView(url, absUrl, alt, caption, credit, width, height, "", "", "", url, url, absUrl, List.of());
    }

    /**
     * A lead image published in {@code widths} besides its own file, and cropped; plain when none.
     *
     * @param webp whether each width is also published as WebP
     */
    static ImageView of(String url, String absUrl, String alt, String caption, String credit, int width, int height,
            List<Integer> widths, boolean webp) {
        if (widths.isEmpty()) {
            return plain(url, absUrl, alt, caption, credit, width, height);
        }
        int social = widths.stream().filter(w -> w >= SOCIAL_WIDTH).findFirst().orElse(widths.get(widths.size() - 1));
        return new ImageView(url, absUrl, alt, caption, credit, width, height, ImageSettings.srcset(url, widths),
                webp ? ImageSettings.webpSrcset(url, widths) : "", ImageSettings.sizes(width), ImageSettings.variant(url, widths.get(0)),
                ImageSettings.variant(url, widths.get(widths.size() - 1)), ImageSettings.variant(absUrl, social),
                ImageSettings.CROPS.stream().map(shape -> ImageSettings.crop(absUrl, shape)).toList());
    }
}
