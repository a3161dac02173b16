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
 * @param intro    what a section's front page ({@code world/_index.md}) adds to its page
 */
public record Listing(Kind kind, String slug, String name, String path, List<Article> articles, ListingIntro intro) {

    /** Sections, tags and authors, and the date archives: a year, a month of a year. */
    public enum Kind { SECTION, TAG, AUTHOR, YEAR, MONTH }

    public Listing {
        articles = List.copyOf(articles);
    }

    /** A listing with nothing but its articles: a tag's, an author's, a date archive's, most sections'. */
    public Listing(Kind kind, String slug, String name, String path, List<Article> articles) {
        this(kind, slug, name, path, articles, ListingIntro.NONE);
    }

    public Term term() {
        return new Term(slug, name);
    }

    /**
     * Where the listing of the section, tag or author with this slug is, before the language's
     * prefix: {@code world/}, {@code tags/climate/}, {@code authors/ana-perez/}. Articles link
     * there, so their links and the listings agree by construction.
     */
    public static String pathOf(Kind kind, String slug) {
        return switch (kind) {
            case SECTION -> slug + "/";
            case TAG -> "tags/" + slug + "/";
            case AUTHOR -> "authors/" + slug + "/";
            default -> throw new IllegalArgumentException("a " + kind + " has no slug of its own");
        };
    }

    /** The site path of page {@code n} of the listing: its own path for the first, then {@code page/2/}… */
    public String pagePath(int n) {
        return n == 1 ? path : path + "page/" + n + "/";
    }
}
