package org.broadsheet.markdown;

/**
 * An image a body shows, as written ({@code photo.jpg}, {@code /images/map.png}), and its line in
 * the article's file, so a missing image can be reported where it is.
 */
public record ImageRef(String src, int line) {
}
