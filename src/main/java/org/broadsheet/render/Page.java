package org.broadsheet.render;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.broadsheet.cache.Fingerprint;
import org.broadsheet.config.Language;
import org.broadsheet.model.Article;
import org.broadsheet.model.Edition;
import org.broadsheet.model.Listing;

/**
 * One file the site model calls for and a template renders: what it is, where it goes, which
 * template renders it and with what data. Pages are independent of each other.
 */
public sealed interface Page {

    /** Where the page goes in the output folder: {@code world/story/index.html}. */
    String outputPath();

    /** Who asked for the page, for messages: a source file, or a description. */
    String owner();

    /** The template that renders it, e.g. {@code article.ftlh}. */
    String template();

    /** The data its template sees. */
    Map<String, Object> model(Views views);

    /**
     * One number for everything the page's output depends on; when it equals the last build's,
     * the page is not rendered again. It must cover all of {@link #model}.
     */
    long fingerprint(Fingerprints fingerprints);

    /** Counted in the build summary as a page, not as a feed or a file for machines. */
    default boolean isHtml() {
        return outputPath().endsWith(".html");
    }

    /** An article's (or a standalone page's) own page. */
    record ArticlePage(Article article, Language language) implements Page {
        public String outputPath() {
            return article.outputFile();
        }

        public String owner() {
            return article.source();
        }

        public String template() {
            return article.layout() + ".ftlh";
        }

        public Map<String, Object> model(Views views) {
            Map<String, Object> model = base(views, language, pageView(views));
            model.put("article", views.articleWithBody(article));
            return model;
        }

        private Views.PageView pageView(Views views) {
            List<Views.FeedLink> feeds = new ArrayList<>(List.of(views.siteFeed(language)));
            if (!article.isPage()) {
                feeds.add(new Views.FeedLink(article.section().name(),
                        views.base().link(language.path(article.section().slug() + "/feed.xml"))));
            }
            return views.page(article.isPage() ? "page" : "article", article.title(), article.summary(),
                    article.path(), article.lang(), feeds, views.versions(article));
        }

        public long fingerprint(Fingerprints f) {
            return f.start(template(), language).add(f.page(pageView(f.views()))).add(f.full(article)).value();
        }
    }

    /** An edition's front page: the lead story, the latest articles, a block per section. */
    record FrontPage(Edition edition, int latest, int perSection) implements Page {
        public String outputPath() {
            return edition.language().path("index.html");
        }

        public String owner() {
            return "the front page";
        }

        public String template() {
            return "index.ftlh";
        }

        public Map<String, Object> model(Views views) {
            Map<String, Object> model = base(views, edition.language(), pageView(views));
            List<Article> articles = edition.articles();
            Views.ArticleView lead = articles.isEmpty() ? null : views.article(articles.get(0));
            List<Views.ArticleView> rest = views.articles(articles.subList(Math.min(1, articles.size()),
                    Math.min(1 + latest, articles.size())));
            List<Views.SectionBlock> blocks = edition.sections().stream().map(section -> new Views.SectionBlock(
                    views.link(section),
                    views.articles(section.articles().subList(0, Math.min(perSection, section.articles().size())))))
                    .toList();
            model.put("front", new Views.FrontView(lead, rest, blocks));
            return model;
        }

        private Views.PageView pageView(Views views) {
            Language language = edition.language();
            return views.page("home", language.title(), language.description(), language.path(""), language.code(),
                    List.of(views.siteFeed(language)), views.everyEdition(""));
        }

        public long fingerprint(Fingerprints f) {
            Fingerprint fingerprint = f.start(template(), edition.language()).add(f.page(pageView(f.views())))
                    .add(latest).add(perSection);
            edition.articles().stream().limit(1L + latest).forEach(a -> fingerprint.add(f.card(a)));
            edition.sections().forEach(section -> {
                fingerprint.add(section.name()).add(section.path());
                section.articles().stream().limit(perSection).forEach(a -> fingerprint.add(f.card(a)));
            });
            return fingerprint.value();
        }
    }

    /** One page of a section's, tag's or author's articles. */
    record ListingPage(Listing listing, Language language, int number, int count, int size) implements Page {
        public String outputPath() {
            return pathOf(number) + "index.html";
        }

        public String owner() {
            return "the " + kind() + " page of \"" + listing.name() + "\"";
        }

        public String template() {
            return "listing.ftlh";
        }

        private String kind() {
            return listing.kind().name().toLowerCase(Locale.ROOT);
        }

        public Map<String, Object> model(Views views) {
            Map<String, Object> model = base(views, language, pageView(views));
            String feed = listing.kind() == Listing.Kind.SECTION ? views.base().link(listing.path() + "feed.xml") : null;
            Views.PaginationView pagination = new Views.PaginationView(number, count, views.base().link(pathOf(1)),
                    number > 1 ? views.base().link(pathOf(number - 1)) : null,
                    number < count ? views.base().link(pathOf(number + 1)) : null);
            model.put("listing", new Views.ListingView(kind(), listing.slug(), listing.name(),
                    views.base().link(listing.path()), views.base().absolute(listing.path()),
                    listing.articles().size(), views.articles(slice()), pagination, feed));
            return model;
        }

        private Views.PageView pageView(Views views) {
            Messages.Lookup t = views.messages(language);
            List<Views.FeedLink> feeds = new ArrayList<>(List.of(views.siteFeed(language)));
            if (listing.kind() == Listing.Kind.SECTION) {
                feeds.add(new Views.FeedLink(listing.name(), views.base().link(listing.path() + "feed.xml")));
            }
            String title = number == 1 ? listing.name() : listing.name() + " (" + t.text("page_n", number) + ")";
            String description = t.text(kind() + "_description", listing.name());
            return views.page(kind(), title, description, pathOf(number), language.code(), feeds,
                    number == 1 ? views.versions(listing.kind(), listing.slug()) : Map.of(language.code(), pathOf(number)));
        }

        private List<Article> slice() {
            int from = (number - 1) * size;
            return listing.articles().subList(from, Math.min(from + size, listing.articles().size()));
        }

        private String pathOf(int n) {
            return n == 1 ? listing.path() : listing.path() + "page/" + n + "/";
        }

        public long fingerprint(Fingerprints f) {
            Fingerprint fingerprint = f.start(template(), language).add(f.page(pageView(f.views())))
                    .add(listing.slug()).add(number).add(count).add(listing.articles().size());
            slice().forEach(a -> fingerprint.add(f.card(a)));
            return fingerprint.value();
        }
    }

    /** The list of all tags, or of all authors, of an edition, with their article counts. */
    record TermIndexPage(String kind, Language language, List<Listing> listings) implements Page {
        public String outputPath() {
            return language.path(kind + "/index.html");
        }

        public String owner() {
            return "the " + kind + " index";
        }

        public String template() {
            return "terms.ftlh";
        }

        public Map<String, Object> model(Views views) {
            Map<String, Object> model = base(views, language, pageView(views));
            model.put("terms", listings.stream().map(l -> new Views.TermView(l.name(),
                    views.base().link(l.path()), l.articles().size())).toList());
            return model;
        }

        private Views.PageView pageView(Views views) {
            String title = views.messages(language).text(kind);
            return views.page(kind + "-index", title, views.messages(language).text("index_description", title,
                    language.title()), language.path(kind + "/"), language.code(), List.of(views.siteFeed(language)),
                    views.everyEdition(kind + "/"));
        }

        public long fingerprint(Fingerprints f) {
            Fingerprint fingerprint = f.start(template(), language).add(f.page(pageView(f.views())));
            listings.forEach(l -> fingerprint.add(l.name()).add(l.path()).add(l.articles().size()));
            return fingerprint.value();
        }
    }

    /** An Atom feed of the newest articles, with their full content. */
    record FeedPage(String path, String title, String alternatePath, Language language, List<Article> articles)
            implements Page {
        public String outputPath() {
            return path;
        }

        public String owner() {
            return "the feed \"" + title + "\"";
        }

        public String template() {
            return "atom.ftlx";
        }

        public Map<String, Object> model(Views views) {
            Map<String, Object> model = new HashMap<>();
            model.put("site", views.site(language));
            List<Views.FeedEntry> entries = articles.stream().map(views::feedEntry).toList();
            String updated = articles.stream().map(Article::lastModified)
                    .max(Comparator.comparing(ZonedDateTime::toInstant))
                    .map(d -> d.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
                    .orElse(views.buildTime());
            model.put("feed", Map.of("title", title, "url", views.base().absolute(path),
                    "alternateUrl", views.base().absolute(alternatePath), "updated", updated, "entries", entries));
            return model;
        }

        public long fingerprint(Fingerprints f) {
            Fingerprint fingerprint = f.start(template(), language).add(path).add(title).add(alternatePath);
            articles.forEach(a -> fingerprint.add(f.full(a)));
            return fingerprint.add(articles.isEmpty() ? f.views().buildTime() : "").value();
        }
    }

    /** A sitemap: pages search engines should find, with when each last changed and its translations. */
    record SitemapPage(String outputPath, Language language, List<Views.SitemapEntry> entries) implements Page {
        public String owner() {
            return "the sitemap " + outputPath;
        }

        public String template() {
            return "sitemap.ftlx";
        }

        public Map<String, Object> model(Views views) {
            return new HashMap<>(Map.of("site", views.site(language), "entries", entries));
        }

        public long fingerprint(Fingerprints f) {
            return Fingerprints.hash(entries, f.start(template(), language)).value();
        }
    }

    /** The sitemap index over several sitemaps, when one would hold more than the protocol's 50,000 URLs. */
    record SitemapIndexPage(Language language, List<Views.SitemapEntry> sitemaps) implements Page {
        public String outputPath() {
            return "sitemap.xml";
        }

        public String owner() {
            return "the sitemap index";
        }

        public String template() {
            return "sitemapindex.ftlx";
        }

        public Map<String, Object> model(Views views) {
            return new HashMap<>(Map.of("site", views.site(language), "sitemaps", sitemaps));
        }

        public long fingerprint(Fingerprints f) {
            return Fingerprints.hash(sitemaps, f.start(template(), language)).value();
        }
    }

    /** A fixed page that only needs the site: robots.txt and 404.html. */
    record SimplePage(String outputPath, String template, String kind, String titleKey, Language language)
            implements Page {
        public String owner() {
            return "the built-in " + outputPath;
        }

        public Map<String, Object> model(Views views) {
            return base(views, language, pageView(views));
        }

        private Views.PageView pageView(Views views) {
            return views.page(kind, views.messages(language).text(titleKey), language.description(), outputPath,
                    language.code(), List.of(views.siteFeed(language)), Map.of());
        }

        public long fingerprint(Fingerprints f) {
            return f.start(template, language).add(f.page(pageView(f.views()))).value();
        }
    }

    private static Map<String, Object> base(Views views, Language language, Views.PageView page) {
        Map<String, Object> model = new HashMap<>();
        model.put("site", views.site(language));
        model.put("page", page);
        model.put("t", views.messages(language));
        return model;
    }
}
