package org.broadsheet.model;

import java.util.List;

/**
 * A group of articles with a page of its own: a section, a tag or an author.
 *
 * @param kind     which of the three
 * @param slug     its URL segment
 * @param name     its display name
 * @param path     its site path without base path: {@code world/}, {@code tags/climate/}
 * @param articles its articles, newest first
 */
public record Listing(Kind kind, String slug, String name, String path, List<Article> articles) {

    public enum Kind { SECTION, TAG, AUTHOR }

    public Listing {
        articles = List.copyOf(articles);
    }

    public Term term() {
        return new Term(slug, name);
    }
}
