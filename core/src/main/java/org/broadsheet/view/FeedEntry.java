package org.broadsheet.view;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An entry of an Atom feed, with absolute links; {@code content} is made when printed.
 *
 * @param image     the article's lead image, or null when it has none
 * @param imageType the image's media type as its name says ({@code image/jpeg}), or empty
 */
public record FeedEntry(String title, String url, String id, String published, String updated,
        List<String> authors, List<String> categories, String summary, ImageView image, String imageType,
        Deferred content) implements Shared {

    private static final Map<String, String> TYPES = Map.of("jpg", "image/jpeg", "jpeg", "image/jpeg",
            "png", "image/png", "gif", "image/gif", "webp", "image/webp", "avif", "image/avif", "svg", "image/svg+xml");

    /** The media type an image's URL names by its extension ({@code image/jpeg}), or empty when it names none. */
    static String typeOf(ImageView image) {
        if (image == null) {
            return "";
        }
        String path = image.url().replaceFirst("[?#].*$", "");
        String extension = path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return path.lastIndexOf('.') > path.lastIndexOf('/') ? TYPES.getOrDefault(extension, "") : "";
    }
}
