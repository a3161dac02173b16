package org.broadsheet.pages;

import org.broadsheet.model.Listing;

/**
 * One file the site model calls for and a template renders: what it is, where it goes and which
 * template renders it. What the template receives is the view's business
 * ({@code org.broadsheet.view.PageModels}). Pages are independent of each other.
 */
public sealed interface Page permits ArticlePage, FrontPage, ListingPage, TermIndexPage, AliasPage, SectionAliasPage,
        FeedPage, JsonFeedPage, SitemapPage, SimplePage, SearchPage, SearchIndexPage, SearchFragmentPage {

    /** Where the page goes in the output folder: {@code world/story/index.html}. */
    String outputPath();

    /** Who asked for the page, for messages: a source file, or a description. */
    String owner();

    /** The template that renders it, e.g. {@code article.ftlh}. */
    String template();

    /** Counted in the build summary as a page, not as a feed or a file for machines. */
    default boolean isHtml() {
        return outputPath().endsWith(".html");
    }

    /** Sections, tags and authors have feeds; the date archives do not. */
    static boolean hasFeed(Listing listing) {
        return listing.kind() == Listing.Kind.SECTION || listing.kind() == Listing.Kind.TAG
                || listing.kind() == Listing.Kind.AUTHOR;
    }
}
