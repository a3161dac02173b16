package org.broadsheet.model;

import java.util.List;

/**
 * A group of articles with a page of its own: a section, a tag, an author, a year or a month.
 *
 * @param kind     which of the three
 * @param slug     its URL segment
 * @param name     its display name
 * @param path     its site path without base path: {@code world/}, {@code tags/climate/}
 * @param articles its articles, newest first
 */
public record Listing(Kind kind, String slug, String name, String path, List<Article> articles) {

    /** Sections, tags and authors, and the date archives: a year, a month of a year. */
    public enum Kind { SECTION, TAG, AUTHOR, YEAR, MONTH }

    public Listing {
        articles = List.copyOf(articles);
    }

    public Term term() {
        return new Term(slug, name);
    }

    /** The site path of page {@code n} of the listing: its own path for the first, then {@code page/2/}… */
    public String pagePath(int n) {
        return n == 1 ? path : path + "page/" + n + "/";
    }
}
