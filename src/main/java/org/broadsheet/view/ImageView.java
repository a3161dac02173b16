package org.broadsheet.view;

/** An image; {@code width} and {@code height} are 0 when the file's size is not known. */
public record ImageView(String url, String absUrl, String alt, String caption, String credit, int width,
        int height) {
}
