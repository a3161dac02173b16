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
import org.broadsheet.model.Relations;

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
            Relations relations = relations(views);
            model.put("related", views.articles(relations.related()));
            model.put("previous", relations.previous().map(views::article).orElse(null));
            model.put("next", relations.next().map(views::article).orElse(null));
            return model;
        }

        private Relations relations(Views views) {
            return views.model().editions().stream().filter(e -> e.language().equals(language)).findFirst()
                    .map(e -> e.relationsOf(article)).orElse(Relations.NONE);
        }

        private Views.PageView pageView(Views views) {
            List<Views.FeedLink> feeds = new ArrayList<>(List.of(views.siteFeed(language)));
            if (!article.isPage()) {
                feeds.add(new Views.FeedLink(article.section().name(),
                        views.base().link(language.path(article.section().slug() + "/feed.xml"))));
            }
            Views.PageView page = views.page(article.isPage() ? "page" : "article", article.title(), article.summary(),
                    article.path(), article.lang(), feeds, views.versions(article));
            Views.ArticleView card = views.article(article);
            String canonical = article.canonical().isEmpty() ? page.absUrl() : article.canonical();
            String image = card.image() != null ? card.image().absUrl() : page.image();
            return page.withMeta(article.isPage() ? "website" : "article", canonical, image,
                    StructuredData.article(card, views.site(language), views.base().origin(),
                            views.model().config().publisher(), views.logo(), canonical));
        }

        public long fingerprint(Fingerprints f) {
            Fingerprint fingerprint = f.start(template(), language).add(f.page(pageView(f.views()))).add(f.full(article));
            Relations relations = relations(f.views());
            relations.related().forEach(a -> fingerprint.add(f.card(a)));
            relations.previous().ifPresent(a -> fingerprint.add(f.card(a)));
            relations.next().ifPresent(a -> fingerprint.add(f.card(a)));
            return fingerprint.value();
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
            Views.PageView page = views.page("home", language.title(), language.description(), language.path(""),
                    language.code(), List.of(views.siteFeed(language)), views.everyEdition(""));
            return page.withMeta("website", page.canonical(), page.image(),
                    StructuredData.website(views.site(language), views.model().config().publisher(), views.logo()));
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
            String feed = hasFeed(listing) ? views.base().link(listing.path() + "feed.xml") : null;
            Views.PaginationView pagination = new Views.PaginationView(number, count, views.base().link(pathOf(1)),
                    number > 1 ? views.base().link(pathOf(number - 1)) : null,
                    number < count ? views.base().link(pathOf(number + 1)) : null);
            List<Views.TermView> periods = listing.kind() != Listing.Kind.YEAR ? List.of()
                    : edition(views).monthsOf(listing).stream().map(m -> new Views.TermView(m.name(),
                            views.base().link(m.path()), m.articles().size())).toList();
            model.put("listing", new Views.ListingView(kind(), listing.slug(), listing.name(),
                    views.base().link(listing.path()), views.base().absolute(listing.path()),
                    listing.articles().size(), views.articles(slice()), pagination, feed, periods));
            return model;
        }

        private Edition edition(Views views) {
            return views.model().editions().stream().filter(e -> e.language().equals(language)).findFirst()
                    .orElseThrow();
        }

        private Views.PageView pageView(Views views) {
            Messages.Lookup t = views.messages(language);
            List<Views.FeedLink> feeds = new ArrayList<>(List.of(views.siteFeed(language)));
            if (hasFeed(listing)) {
                feeds.add(new Views.FeedLink(listing.name(), views.base().link(listing.path() + "feed.xml")));
            }
            String title = number == 1 ? listing.name() : listing.name() + " (" + t.text("page_n", number) + ")";
            String description = t.text(kind() + "_description", listing.name());
            Views.PageView page = views.page(kind(), title, description, pathOf(number), language.code(), feeds,
                    number == 1 ? views.versions(listing.kind(), listing.slug()) : Map.of(language.code(), pathOf(number)));
            return page.withMeta(listing.kind() == Listing.Kind.AUTHOR ? "profile" : "website", page.canonical(),
                    page.image(), StructuredData.listing(kind(), listing.name(), page.absUrl(), views.site(language)));
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
            if (listing.kind() == Listing.Kind.YEAR) {
                edition(f.views()).monthsOf(listing).forEach(m -> fingerprint.add(m.name()).add(m.articles().size()));
            }
            return fingerprint.value();
        }
    }

    /** Sections, tags and authors have feeds; the date archives do not. */
    static boolean hasFeed(Listing listing) {
        return listing.kind() == Listing.Kind.SECTION || listing.kind() == Listing.Kind.TAG
                || listing.kind() == Listing.Kind.AUTHOR;
    }

    /** A page at an article's old path that sends readers and search engines to where it is now. */
    record AliasPage(String outputPath, Article article, Language language) implements Page {
        public String owner() {
            return article.source() + " (alias /" + outputPath.replaceFirst("index\\.html$", "") + ")";
        }

        public String template() {
            return "alias.ftlh";
        }

        public Map<String, Object> model(Views views) {
            Map<String, Object> model = base(views, language, pageView(views));
            model.put("target", views.article(article));
            return model;
        }

        private Views.PageView pageView(Views views) {
            Views.PageView page = views.page("alias", views.messages(language).text("redirect_title"), "",
                    outputPath, language.code(), List.of(), Map.of());
            return page.withMeta("website", views.base().absolute(article.path()), page.image(), "");
        }

        public long fingerprint(Fingerprints f) {
            return f.start(template(), language).add(f.page(pageView(f.views()))).add(f.card(article)).value();
        }
    }

    /** An edition's JSON Feed 1.1, the newest articles with their full content. */
    record JsonFeedPage(String outputPath, Language language, List<Article> articles) implements Page {
        public String owner() {
            return "the JSON feed " + outputPath;
        }

        public String template() {
            return "feed.json.ftl";
        }

        public Map<String, Object> model(Views views) {
            return new HashMap<>(Map.of("site", views.site(language), "json",
                    JsonFeed.of(views, language, outputPath, articles)));
        }

        public long fingerprint(Fingerprints f) {
            Fingerprint fingerprint = f.start(template(), language).add(outputPath);
            articles.forEach(a -> fingerprint.add(f.full(a)));
            return fingerprint.value();
        }
    }

    /**
     * The Google News sitemap: the articles published in the 48 hours before the build, at most
     * 1,000, with their publication's name and language.
     */
    record NewsSitemapPage(Language language, List<Views.NewsEntry> entries) implements Page {
        public String outputPath() {
            return "news-sitemap.xml";
        }

        public String owner() {
            return "the news sitemap";
        }

        public String template() {
            return "news-sitemap.ftlx";
        }

        public Map<String, Object> model(Views views) {
            return new HashMap<>(Map.of("site", views.site(language), "entries", entries));
        }

        public long fingerprint(Fingerprints f) {
            return Fingerprints.hash(entries, f.start(template(), language)).value();
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
