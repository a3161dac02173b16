package org.broadsheet.render;

import java.util.HashMap;
import java.util.Map;
import org.broadsheet.config.Language;
import org.broadsheet.model.Listing;

/**
 * One file the site model calls for and a template renders: what it is, where it goes, which
 * template renders it and with what data. Pages are independent of each other.
 */
public sealed interface Page permits ArticlePage, FrontPage, ListingPage, TermIndexPage, AliasPage, FeedPage,
        JsonFeedPage, SitemapPage, SitemapIndexPage, NewsSitemapPage, SimplePage,
        SearchPage, SearchIndexPage {

    /** Where the page goes in the output folder: {@code world/story/index.html}. */
    String outputPath();

    /** Who asked for the page, for messages: a source file, or a description. */
    String owner();

    /** The template that renders it, e.g. {@code article.ftlh}. */
    String template();

    /**
     * The data its template sees: all of it, since the page's fingerprint is the hash of this
     * model ({@link Fingerprints}).
     */
    Map<String, Object> model(Views views);

    /** Counted in the build summary as a page, not as a feed or a file for machines. */
    default boolean isHtml() {
        return outputPath().endsWith(".html");
    }

    /** Sections, tags and authors have feeds; the date archives do not. */
    static boolean hasFeed(Listing listing) {
        return listing.kind() == Listing.Kind.SECTION || listing.kind() == Listing.Kind.TAG
                || listing.kind() == Listing.Kind.AUTHOR;
    }

    /** What every HTML page's template sees: the site, the page, the texts, and {@code <@cached>}. */
    static Map<String, Object> base(Views views, Language language, Views.PageView page) {
        Map<String, Object> model = new HashMap<>();
        model.put("site", views.site(language));
        model.put("page", page);
        model.put("t", views.messages(language));
        model.put("cached", views.fragments(language));
        return model;
    }
}
