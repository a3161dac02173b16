package org.broadsheet.markdown;

/**
 * An image a body shows, as written ({@code photo.jpg}, {@code /images/map.png}), and its line in
 * the article's file, so a missing image can be reported where it is.
 *
 * @param described whether it says what it shows: a Markdown image with alt text, or an image
 *                  whose description is checked elsewhere (a lead image)
 */
public record ImageRef(String src, int line, boolean described) {
}
