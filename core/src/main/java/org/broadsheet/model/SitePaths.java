package org.broadsheet.model;

import org.broadsheet.config.Language;

/**
 * Where the pages and files of a site go, named in one place: the output path of every page
 * that is not an article's (articles take theirs from the permalink pattern, in
 * {@link ArticlePlacer}), and the paths pages link to. Paths are relative to the output folder,
 * with '/', a folder's page ending in {@code index.html}; a language's paths carry its prefix.
 */
public final class SitePaths {

    /** The page that says no page is there, which static hosts serve for a missing path. */
    public static final String NOT_FOUND = "404.html";
    public static final String ROBOTS = "robots.txt";
    /** The sitemap, or the sitemap index when the site has more pages than one sitemap holds. */
    public static final String SITEMAP = "sitemap.xml";
    public static final String NEWS_SITEMAP = "news-sitemap.xml";
    /** The folder of the page a reader who sent a reply is taken to, before a language's prefix. */
    public static final String THANKS = "replies/thanks/";
    public static final String STYLESHEET = "assets/broadsheet.css";

    private SitePaths() {
    }

    /** The page of a folder: {@code world/} → {@code world/index.html}. */
    public static String pageOf(String folder) {
        return folder + "index.html";
    }

    /** The Atom feed of the listing (section, tag, author) whose pages are under {@code folder}. */
    public static String feedOf(String folder) {
        return folder + "feed.xml";
    }

    public static String frontPage(Language language) {
        return language.path(pageOf(""));
    }

    /** The Atom feed of every article of a language. */
    public static String feed(Language language) {
        return language.path(feedOf(""));
    }

    public static String jsonFeed(Language language) {
        return language.path("feed.json");
    }

    /** The Atom feed of a section, in a language. */
    public static String sectionFeed(Language language, String sectionSlug) {
        return language.path(feedOf(Listing.pathOf(Listing.Kind.SECTION, sectionSlug)));
    }

    public static String searchPage(Language language) {
        return language.path(pageOf("search/"));
    }

    /** What the search page loads first: how the edition's search index is split, and its size. */
    public static String searchIndex(Language language) {
        return searchFragment(language, "meta");
    }

    /** A fragment of the edition's search index, such as {@code t/636172} (a term fragment). */
    public static String searchFragment(Language language, String name) {
        return language.path("search/fragments/" + name + ".json");
    }

    /** The page that lists every tag or every author: {@code kind} is {@code tags} or {@code authors}. */
    public static String termIndex(Language language, String kind) {
        return language.path(pageOf(kind + "/"));
    }

    public static String thanksPage(Language language) {
        return language.path(pageOf(THANKS));
    }

    /** Part {@code n} of a sitemap too large for one file. */
    public static String sitemapPart(int n) {
        return "sitemap-" + n + ".xml";
    }
}
