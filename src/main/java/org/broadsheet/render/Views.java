package org.broadsheet.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModelException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.broadsheet.comments.Comments;
import org.broadsheet.comments.FormFields;
import org.broadsheet.config.BaseUrl;
import org.broadsheet.config.SiteConfig;
import org.broadsheet.markdown.BodyStore;
import org.broadsheet.model.Article;
import org.broadsheet.model.ArticleImage;
import org.broadsheet.model.Listing;
import org.broadsheet.model.Site;
import org.broadsheet.model.Term;

/**
 * Turns the site model into the read-only records templates see. Templates get data only:
 * texts, numbers, lists and records, never a service. Views of articles are made once and
 * shared by every page that lists them; thread-safe.
 */
public final class Views {

    /** Languages written right to left, for {@code dir="rtl"}. */
    private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "he", "fa", "ur", "ps", "sd", "ug", "yi", "dv", "ckb");

    private final Site site;
    private final BaseUrl base;
    private final BodyStore bodies;
    private final String version;
    private final SiteView siteView;
    private final String buildTime;
    private final Map<String, ArticleView> articleViews = new ConcurrentHashMap<>();
    private final CommentViews comments;

    /**
     * @param buildTime when the build runs, in the site's zone: from {@code SOURCE_DATE_EPOCH}
     *                  when set, so that output is reproducible
     */
    public Views(Site site, BodyStore bodies, Comments comments, String version, ZonedDateTime buildTime) {
        this.site = site;
        this.comments = new CommentViews(comments, site.config().hasComments());
        this.base = site.config().baseUrl();
        this.bodies = bodies;
        this.version = version;
        this.buildTime = buildTime.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        this.siteView = siteView(site.config(), buildTime.getYear());
    }

    /** The build time as ISO 8601, for the rare place that has no article date to show. */
    public String buildTime() {
        return buildTime;
    }

    // ---- the records templates see (documented in README.md, "Template variables") ----

    public record SiteView(String title, String description, String url, String absUrl, String lang,
            List<LanguageView> languages, List<LinkView> sections, String commentsEndpoint, String feedUrl,
            String stylesheetUrl, String generator, int year, Map<String, Object> params) {
    }

    public record LanguageView(String code, String name, String url) {
    }

    public record LinkView(String name, String url) {
    }

    public record DateView(String iso, String display, String displayDateTime, int year, int month, int day) {
    }

    public record ImageView(String url, String absUrl, String alt, String caption, String credit) {
    }

    public record ArticleView(String id, String source, String kind, String title, String url, String absUrl,
            DateView date, DateView updated, DateView lastModified, List<LinkView> authors, LinkView section,
            List<LinkView> tags, String summary, ImageView image, String lang, String dir, int wordCount,
            int readingMinutes, boolean draft, Map<String, Object> params, TemplateHTMLOutputModel body,
            CommentViews.CommentsView comments) {
    }

    public record PageView(String kind, String title, String description, String url, String absUrl, String lang,
            String dir, List<FeedLink> feeds) {
    }

    public record FeedLink(String title, String url) {
    }

    public record PaginationView(int page, int pages, String firstUrl, String prevUrl, String nextUrl) {
    }

    public record ListingView(String kind, String slug, String name, String url, String absUrl, int total,
            List<ArticleView> articles, PaginationView pagination, String feedUrl) {
    }

    public record SectionBlock(LinkView section, List<ArticleView> articles) {
    }

    public record FrontView(ArticleView lead, List<ArticleView> latest, List<SectionBlock> sections) {
    }

    public record TermView(String name, String url, int count) {
    }

    public record FeedEntry(String title, String url, String id, String published, String updated,
            List<String> authors, List<String> categories, String summary, String content) {
    }

    public record SitemapEntry(String loc, String lastmod) {
    }

    // ---- building them ----

    public SiteView site() {
        return siteView;
    }

    public BaseUrl base() {
        return base;
    }

    public Site model() {
        return site;
    }

    /** An article as listings show it, without its body. */
    public ArticleView article(Article article) {
        return articleViews.computeIfAbsent(article.source(), s -> articleView(article, null));
    }

    /** An article with its body, for its own page. */
    public ArticleView articleWithBody(Article article) {
        return articleView(article, html(bodies.get(article.bodyKey())));
    }

    public List<ArticleView> articles(List<Article> articles) {
        return articles.stream().map(this::article).toList();
    }

    /** The names of the reply form's fields. */
    public FormFields replyFields() {
        return comments.fields();
    }

    public LinkView link(Listing listing) {
        return new LinkView(listing.name(), base.link(listing.path()));
    }

    public DateView date(ZonedDateTime date, String lang) {
        Locale locale = Locale.forLanguageTag(lang);
        return new DateView(date.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)),
                date.format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                        .withLocale(locale).withZone(date.getZone())).replace('\u202F', ' '),
                date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    public PageView page(String kind, String title, String description, String path, String lang,
            List<FeedLink> feeds) {
        return new PageView(kind, title, description, base.link(path), base.absolute(path), lang, dir(lang), feeds);
    }

    /** The site feed's link, for every page's head. */
    public FeedLink siteFeed() {
        return new FeedLink(site.config().title(), base.link("feed.xml"));
    }

    /** An entry of an Atom feed: full content, with every link made absolute for feed readers. */
    public FeedEntry feedEntry(Article article) {
        String absUrl = base.absolute(article.path());
        return new FeedEntry(article.title(), absUrl, absUrl,
                article.date().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                article.lastModified().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                article.authors().stream().map(Term::name).toList(),
                article.tags().stream().map(Term::name).toList(),
                article.summary(), AbsoluteLinks.rewrite(bodies.get(article.bodyKey()), absUrl));
    }

    private ArticleView articleView(Article a, TemplateHTMLOutputModel body) {
        String lang = a.lang();
        return new ArticleView(a.id(), a.source(), a.isPage() ? "page" : "article", a.title(), base.link(a.path()),
                base.absolute(a.path()), date(a.date(), lang), a.updated().map(u -> date(u, lang)).orElse(null),
                date(a.lastModified(), lang),
                a.authors().stream().map(t -> new LinkView(t.name(), base.link("authors/" + t.slug() + "/"))).toList(),
                a.isPage() ? null : new LinkView(a.section().name(), base.link(a.section().slug() + "/")),
                a.tags().stream().map(t -> new LinkView(t.name(), base.link("tags/" + t.slug() + "/"))).toList(),
                a.summary(), a.image().map(this::image).orElse(null), lang, dir(lang), a.wordCount(),
                a.readingMinutes(), a.draft(), a.extra(), body,
                comments.of(a.id(), base.absolute(a.path()), lang, body != null, this));
    }

    private ImageView image(ArticleImage image) {
        String abs = image.url().startsWith("/") && !image.url().startsWith("//")
                ? base.origin() + image.url() : image.url();
        return new ImageView(image.url(), abs, image.alt(), image.caption(), image.credit());
    }

    private SiteView siteView(SiteConfig config, int buildYear) {
        String lang = config.language();
        List<LanguageView> languages = List.of(new LanguageView(lang, languageName(lang), base.link("")));
        List<LinkView> sections = site.sections().stream().map(this::link).toList();
        return new SiteView(config.title(), config.description(), base.link(""), base.absolute(""), lang,
                languages, sections, config.commentsEndpoint(), base.link("feed.xml"),
                base.link("assets/broadsheet.css"), "Broadsheet " + version, buildYear, config.params());
    }

    /** A language's name in that language, capitalised as a menu item ("English", "Español"). */
    static String languageName(String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        String name = locale.getDisplayLanguage(locale);
        return name.isEmpty() ? tag : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    static String dir(String lang) {
        return RIGHT_TO_LEFT.contains(Locale.forLanguageTag(lang).getLanguage()) ? "rtl" : "ltr";
    }

    private static TemplateHTMLOutputModel html(String markup) {
        try {
            return HTMLOutputFormat.INSTANCE.fromMarkup(markup);
        } catch (TemplateModelException e) {
            throw new IllegalStateException(e); // fromMarkup never fails for HTML
        }
    }
}
