package org.broadsheet.markdown;

import java.util.List;

/**
 * A Markdown body as HTML, with what templates need to know about its text.
 *
 * @param html      the body's HTML, links resolved for the page it appears on
 * @param excerpt   plain text for a summary: what comes before a {@code <!--more-->} marker,
 *                  or else the first paragraph, cut at a word near 160 characters
 * @param wordCount words in the body's text
 * @param images    the images the body shows, with their lines
 * @param links     its links to other articles' Markdown files, with their lines
 */
public record RenderedMarkdown(String html, String excerpt, int wordCount, List<ImageRef> images,
        List<ArticleLink> links) {

    /** Minutes to read at 230 words a minute, at least one. */
    public int readingMinutes() {
        return Math.max(1, Math.round(wordCount / 230f));
    }
}
