package org.broadsheet.model;

import java.util.List;

/**
 * An article's lead image, its URL resolved for the site.
 *
 * @param url    where browsers load it: a full URL, or a path with the site's base path
 * @param source the path in the site folder when the image is a file of the site
 *               ({@code content/science/glacier/glacier.png}), or empty
 * @param width  its width in pixels, read from the file, or 0 when not known
 * @param height its height in pixels, or 0
 * @param widths the widths it is also published in ({@code photo-800w.jpg}), ascending; none when it is not resized
 */
public record ArticleImage(String url, String alt, String caption, String credit, String source, int width,
        int height, List<Integer> widths) {

    public ArticleImage {
        widths = List.copyOf(widths);
    }
}
