package org.broadsheet.frontmatter;

/**
 * An article's image as front matter gives it ({@code image: {src, alt, caption, credit}}, or
 * just {@code image: photo.jpg}). {@code src} is a URL, a site path ({@code /images/x.jpg}) or
 * a path beside the article ({@code photo.jpg}); absent texts are empty.
 */
public record Image(String src, String alt, String caption, String credit) {
}
