package org.broadsheet.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.broadsheet.model.Article;
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

    /** Counted in the build summary as a page, not as a feed or a file for machines. */
    default boolean isHtml() {
        return outputPath().endsWith(".html");
    }

    /** An article's (or a standalone page's) own page. */
    record ArticlePage(Article article) implements Page {
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
            List<Views.FeedLink> feeds = new ArrayList<>(List.of(views.siteFeed()));
            if (!article.isPage()) {
                feeds.add(new Views.FeedLink(article.section().name(),
                        views.base().link(article.section().slug() + "/feed.xml")));
            }
            Map<String, Object> model = base(views, views.page(article.isPage() ? "page" : "article",
                    article.title(), article.summary(), article.path(), article.lang(), feeds));
            Views.ArticleView view = views.articleWithBody(article);
            model.put("article", view);
            model.put("replyFields", views.replyFields());
            if (!article.isPage()) {
                model.put("jsonLd", JsonLd.newsArticle(view));
            }
            return model;
        }
    }

    /** The front page: the lead story, the latest articles, a block per section. */
    record FrontPage(int latest, int perSection) implements Page {
        public String outputPath() {
            return "index.html";
        }

        public String owner() {
            return "the front page";
        }

        public String template() {
            return "index.ftlh";
        }

        public Map<String, Object> model(Views views) {
            var site = views.model();
            var config = site.config();
            Map<String, Object> model = base(views, views.page("home", config.title(), config.description(), "",
                    config.language(), List.of(views.siteFeed())));
            List<Article> articles = site.articles();
            Views.ArticleView lead = articles.isEmpty() ? null : views.article(articles.get(0));
            List<Views.ArticleView> rest = views.articles(articles.subList(Math.min(1, articles.size()),
                    Math.min(1 + latest, articles.size())));
            List<Views.SectionBlock> blocks = site.sections().stream().map(section -> new Views.SectionBlock(
                    views.link(section),
                    views.articles(section.articles().subList(0, Math.min(perSection, section.articles().size())))))
                    .toList();
            model.put("front", new Views.FrontView(lead, rest, blocks));
            return model;
        }
    }

    /** One page of a section's, tag's or author's articles. */
    record ListingPage(Listing listing, int number, int count, int size) implements Page {
        public String outputPath() {
            return pathOf(number) + "index.html";
        }

        public String owner() {
            return "the " + listing.kind().name().toLowerCase(java.util.Locale.ROOT) + " page of \""
                    + listing.name() + "\"";
        }

        public String template() {
            return "listing.ftlh";
        }

        public Map<String, Object> model(Views views) {
            var config = views.model().config();
            String kind = listing.kind().name().toLowerCase(java.util.Locale.ROOT);
            boolean section = listing.kind() == Listing.Kind.SECTION;
            String feed = section ? views.base().link(listing.path() + "feed.xml") : null;
            List<Views.FeedLink> feeds = new ArrayList<>(List.of(views.siteFeed()));
            if (feed != null) {
                feeds.add(new Views.FeedLink(listing.name(), feed));
            }
            String title = number == 1 ? listing.name() : listing.name() + " (page " + number + ")";
            Map<String, Object> model = base(views, views.page(kind, title, description(kind),
                    pathOf(number), config.language(), feeds));
            int from = (number - 1) * size;
            List<Article> slice = listing.articles().subList(from, Math.min(from + size, listing.articles().size()));
            Views.PaginationView pagination = new Views.PaginationView(number, count, views.base().link(pathOf(1)),
                    number > 1 ? views.base().link(pathOf(number - 1)) : null,
                    number < count ? views.base().link(pathOf(number + 1)) : null);
            model.put("listing", new Views.ListingView(kind, listing.slug(), listing.name(),
                    views.base().link(listing.path()), views.base().absolute(listing.path()),
                    listing.articles().size(), views.articles(slice), pagination, feed));
            return model;
        }

        private String description(String kind) {
            return switch (listing.kind()) {
                case SECTION -> "The latest articles in " + listing.name() + ".";
                case TAG -> "Articles tagged " + listing.name() + ".";
                case AUTHOR -> "Articles by " + listing.name() + ".";
            };
        }

        private String pathOf(int n) {
            return n == 1 ? listing.path() : listing.path() + "page/" + n + "/";
        }
    }

    /** The list of all tags, or of all authors, with their article counts. */
    record TermIndexPage(String kind, String path, String title, List<Listing> listings) implements Page {
        public String outputPath() {
            return path + "index.html";
        }

        public String owner() {
            return "the " + kind + " index";
        }

        public String template() {
            return "terms.ftlh";
        }

        public Map<String, Object> model(Views views) {
            var config = views.model().config();
            Map<String, Object> model = base(views, views.page(kind + "-index", title, title + " of "
                    + config.title() + ".", path, config.language(), List.of(views.siteFeed())));
            model.put("terms", listings.stream().map(l -> new Views.TermView(l.name(),
                    views.base().link(l.path()), l.articles().size())).toList());
            return model;
        }
    }

    /** An Atom feed of the newest articles, with their full content. */
    record FeedPage(String path, String title, String alternatePath, List<Article> articles) implements Page {
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
            model.put("site", views.site());
            List<Views.FeedEntry> entries = articles.stream().map(views::feedEntry).toList();
            String updated = articles.stream().map(a -> a.lastModified())
                    .max(java.util.Comparator.comparing(java.time.ZonedDateTime::toInstant))
                    .map(d -> d.format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME))
                    .orElse(views.buildTime());
            model.put("feed", Map.of("title", title, "url", views.base().absolute(path),
                    "alternateUrl", views.base().absolute(alternatePath), "updated", updated, "entries", entries));
            return model;
        }
    }

    /** The sitemap: every page search engines should find, with when it last changed. */
    record SitemapPage(List<Views.SitemapEntry> entries) implements Page {
        public String outputPath() {
            return "sitemap.xml";
        }

        public String owner() {
            return "the sitemap";
        }

        public String template() {
            return "sitemap.ftlx";
        }

        public Map<String, Object> model(Views views) {
            return new HashMap<>(Map.of("site", views.site(), "entries", entries));
        }
    }

    /** A fixed page that only needs the site: robots.txt and 404.html. */
    record SimplePage(String outputPath, String template, String kind, String title) implements Page {
        public String owner() {
            return "the built-in " + outputPath;
        }

        public Map<String, Object> model(Views views) {
            var config = views.model().config();
            return base(views, views.page(kind, title, config.description(), outputPath, config.language(),
                    List.of(views.siteFeed())));
        }
    }

    private static Map<String, Object> base(Views views, Views.PageView page) {
        Map<String, Object> model = new HashMap<>();
        model.put("site", views.site());
        model.put("page", page);
        return model;
    }
}
