package org.broadsheet.render;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.broadsheet.authors.AuthorProfile;
import org.broadsheet.cache.Fingerprint;
import org.broadsheet.comments.Comments;
import org.broadsheet.comments.FormFields;
import org.broadsheet.config.BaseUrl;
import org.broadsheet.config.Language;
import org.broadsheet.config.SiteConfig;
import org.broadsheet.markdown.BodyStore;
import org.broadsheet.model.Article;
import org.broadsheet.model.ArticleImage;
import org.broadsheet.model.Edition;
import org.broadsheet.model.Listing;
import org.broadsheet.model.Site;
import org.broadsheet.model.Term;

/**
 * Turns the site model into the read-only records templates see. Templates get data only:
 * texts, numbers, lists and records, never a service. Views of articles are made once and
 * shared by every page that lists them; thread-safe.
 */
public final class Views {

    private final Site site;
    private final BaseUrl base;
    private final ArticleBodies bodies;
    private final Messages messages;
    private final String version;
    private final String buildTime;
    private final int buildYear;
    private final Map<String, SiteView> siteViews = new ConcurrentHashMap<>();
    /**
     * Each article is in a dozen listings and feeds; its view is made once, and held softly so
     * that a site of 100,000 articles still builds in bounded memory.
     */
    private final SoftCache<String, ArticleView> articleViews = new SoftCache<>();
    private final Map<String, LinkView> termLinks = new ConcurrentHashMap<>();
    /** The newest articles are in many feeds (the site's, their section's, tags' and authors'). */
    private final SoftCache<String, FeedEntry> feedEntries = new SoftCache<>();
    private final Map<String, DateTimeFormatter[]> dateFormats = new ConcurrentHashMap<>();
    private final Map<String, CachedDirective> fragments = new ConcurrentHashMap<>();
    private final CommentViews comments;
    /** Articles edited in place since the site model was made, by source: shown instead of the model's. */
    private final Map<String, Article> edited;

    /**
     * @param buildTime when the build runs, in the site's zone: from {@code SOURCE_DATE_EPOCH}
     *                  when set, so that output is reproducible
     */
    public Views(Site site, BodyStore bodies, Comments comments, Messages messages, String version,
            ZonedDateTime buildTime) {
        this(site, bodies, comments, messages, version, buildTime, List.of());
    }

    /**
     * Views of a site in which some articles were edited in place since its model was made
     * ({@link Article#samePlaceAs}): wherever the model names one of them, its edited version is
     * shown. The dev server's preview of an edit renders pages so.
     */
    public Views(Site site, BodyStore bodies, Comments comments, Messages messages, String version,
            ZonedDateTime buildTime, java.util.Collection<Article> edited) {
        this.edited = new java.util.HashMap<>();
        edited.forEach(a -> this.edited.put(a.source(), a));
        this.site = site;
        this.comments = new CommentViews(comments, site.config().hasComments());
        this.base = site.config().baseUrl();
        this.bodies = new ArticleBodies(site, bodies);
        this.messages = messages;
        this.version = version;
        this.buildTime = IsoDates.iso(buildTime);
        this.buildYear = buildTime.getYear();
    }

    // ---- the records templates see (documented in README.md, "Template variables") ----

    public record SiteView(String title, String description, String url, String absUrl, String lang, String dir,
            boolean multilingual, List<LanguageView> languages, List<LinkView> sections, List<LinkView> archives,
            String commentsEndpoint,
            String feedUrl, String jsonFeedUrl, String stylesheetUrl, String generator, int year, String twitter,
            Map<String, Object> params) implements Shared {
    }

    public record LanguageView(String code, String name, String url, String dir) {
    }

    /** One entry of the language selector: where this page is in that language, or its front page. */
    public record LanguageLink(String code, String name, String url, boolean current, boolean translated) {
    }

    /** A {@code <link rel="alternate" hreflang>}: this page in another language, or x-default. */
    public record Alternate(String hreflang, String url) {
    }

    public record LinkView(String name, String url) {
    }

    public record DateView(String iso, String display, String displayDateTime, int year, int month, int day) {
    }

    /** An image; {@code width} and {@code height} are 0 when the file's size is not known. */
    public record ImageView(String url, String absUrl, String alt, String caption, String credit, int width,
            int height) {
    }

    public record ArticleView(String id, String source, String kind, String title, String url, String absUrl,
            DateView date, DateView updated, DateView lastModified, List<LinkView> authors, LinkView section,
            List<LinkView> tags, String summary, ImageView image, String lang, String dir, int wordCount,
            int readingMinutes, boolean draft, Map<String, Object> params, Deferred body,
            CommentViews.CommentsView comments) implements Shared {
    }

    /**
     * The page itself. {@code canonical} is the URL search engines should index (the page's own
     * unless an article names another), {@code image} the picture social networks show (or null),
     * {@code type} its Open Graph type, {@code structuredData} its JSON-LD (safe in a script).
     */
    public record PageView(String kind, String title, String description, String url, String absUrl, String lang,
            String dir, List<FeedLink> feeds, List<LanguageLink> languages, List<Alternate> alternates,
            String canonical, String image, String type, String structuredData) {

        public PageView withMeta(String type, String canonical, String image, String structuredData) {
            return new PageView(kind, title, description, url, absUrl, lang, dir, feeds, languages, alternates,
                    canonical, image, type, structuredData);
        }
    }

    public record FeedLink(String title, String url) {
    }

    public record PaginationView(int page, int pages, String firstUrl, String prevUrl, String nextUrl) {
    }

    /**
     * A listing page; {@code periods} holds a year's months (empty for other kinds), {@code profile}
     * an author's profile (null for other kinds, and for an author without one).
     */
    public record ListingView(String kind, String slug, String name, String url, String absUrl, int total,
            List<ArticleView> articles, PaginationView pagination, String feedUrl, List<TermView> periods,
            ProfileView profile) {
    }

    /** An author's profile: {@code photo} is null without one, {@code bio} in the page's language. */
    public record ProfileView(String name, String role, ImageView photo, String bio, List<LinkView> links) {
    }

    public record SectionBlock(LinkView section, List<ArticleView> articles) {
    }

    public record FrontView(ArticleView lead, List<ArticleView> latest, List<SectionBlock> sections) {
    }

    public record TermView(String name, String url, int count) {
    }

    public record FeedEntry(String title, String url, String id, String published, String updated,
            List<String> authors, List<String> categories, String summary, Deferred content) implements Shared {
    }

    public record SitemapEntry(String loc, String lastmod, List<Alternate> alternates) {
    }

    /** An article in the Google News sitemap. */
    public record NewsEntry(String loc, String publication, String language, String published, String title) {
    }

    // ---- building them ----

    /** The site as the pages of one language see it. */
    public SiteView site(Language language) {
        return siteViews.computeIfAbsent(language.code(), code -> siteView(language));
    }

    public BaseUrl base() {
        return base;
    }

    public Site model() {
        return site;
    }

    /** The build time as ISO 8601, for the rare place that has no article date to show. */
    public String buildTime() {
        return buildTime;
    }

    /** The messages of a language for templates, as the function {@code t}. */
    public Messages.Lookup messages(Language language) {
        return messages.forLanguage(language.code());
    }

    /** The {@code <@cached key="…">} directive of a language's pages: each fragment once per build. */
    CachedDirective fragments(Language language) {
        return fragments.computeIfAbsent(language.code(), code -> new CachedDirective());
    }

    /** An article as listings show it, without its body. */
    public ArticleView article(Article article) {
        Article current = edited.getOrDefault(article.source(), article);
        return articleViews.get(current.source(), () -> articleView(current, null));
    }

    /** An article with its body, for its own page. */
    public ArticleView articleWithBody(Article article) {
        return articleView(article, Deferred.html(bodies.fingerprint(article), () -> bodies.of(article)));
    }

    /** The URL path of the article whose file has this content path: see {@link ArticleBodies#url}. */
    String articleUrl(String contentPath) {
        return bodies.url(contentPath);
    }

    public List<ArticleView> articles(List<Article> articles) {
        return articles.stream().map(this::article).toList();
    }

    /** The profile of the author with this slug, in a language; null when the author has none. */
    public ProfileView profile(String slug, String lang, String name) {
        AuthorProfile profile = site.profiles().get(slug);
        if (profile == null) {
            return null;
        }
        String photo = profile.photo();
        ImageView image = photo.isEmpty() ? null : new ImageView(photo.startsWith("/") ? base.link(photo) : photo,
                photo.startsWith("/") ? base.absolute(photo) : photo, name, "", "", 0, 0);
        return new ProfileView(name, profile.roleIn(lang), image, profile.bioIn(lang),
                profile.links().stream().map(l -> new LinkView(l.title(), l.url())).toList());
    }

    /** The names of the reply form's fields. */
    public FormFields replyFields() {
        return comments.fields();
    }

    /** An article's replies with their threads, as its own page shows them. */
    public CommentViews.CommentsView commentsOf(Article article) {
        return comments.of(article.id(), base.absolute(article.path()), article.lang(), true, this);
    }

    public LinkView link(Listing listing) {
        return new LinkView(listing.name(), base.link(listing.path()));
    }

    public DateView date(ZonedDateTime date, String lang) {
        DateTimeFormatter[] formats = dateFormats.computeIfAbsent(lang, Views::formatsFor);
        return new DateView(IsoDates.iso(date), date.format(formats[0]),
                date.format(formats[1]).replace('\u202F', ' '), date.getYear(), date.getMonthValue(),
                date.getDayOfMonth());
    }

    /** The long date, and the long date with a short time, as the language writes them. */
    private static DateTimeFormatter[] formatsFor(String lang) {
        Locale locale = Locale.forLanguageTag(lang);
        return new DateTimeFormatter[] {
            DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale),
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(locale)
        };
    }

    /**
     * The page itself as templates see it.
     *
     * @param versions the site path of this page in each language it exists in, by language code;
     *                 the selector links them, and {@code hreflang} alternates name them
     */
    public PageView page(String kind, String title, String description, String path, String lang,
            List<FeedLink> feeds, Map<String, String> versions) {
        return new PageView(kind, title, description, base.link(path), base.absolute(path), lang,
                Language.dir(lang), feeds, languageLinks(lang, versions), alternates(site.config(), versions),
                base.absolute(path), logo().isEmpty() ? null : logo(), "website", "");
    }

    /** The publisher's logo as an absolute URL, or "" without one. */
    public String logo() {
        String logo = site.config().publisher().logo();
        return logo.startsWith("/") && !logo.startsWith("//") ? base.absolute(logo) : withScheme(logo);
    }

    /**
     * A protocol-relative URL ({@code //cdn.example/x.jpg}) with the site's scheme: social
     * networks and search engines take only absolute URLs. Other URLs as they are.
     */
    private String withScheme(String url) {
        return url.startsWith("//") ? base.origin().substring(0, base.origin().indexOf(':') + 1) + url : url;
    }

    private List<LanguageLink> languageLinks(String lang, Map<String, String> versions) {
        List<LanguageLink> links = new ArrayList<>();
        for (Language language : site.config().languages()) {
            String path = versions.get(language.code());
            links.add(new LanguageLink(language.code(), language.name(),
                    base.link(path != null ? path : language.path("")), language.code().equals(lang), path != null));
        }
        return links;
    }

    /**
     * hreflang alternates for a page in two or more languages, each pointing at every version
     * including itself (so the set is the same on every version), plus x-default for the
     * default language's version.
     */
    static List<Alternate> alternates(SiteConfig config, Map<String, String> versions) {
        if (versions.size() < 2) {
            return List.of();
        }
        List<Alternate> alternates = new ArrayList<>();
        for (Language language : config.languages()) {
            String path = versions.get(language.code());
            if (path != null) {
                alternates.add(new Alternate(language.code(), config.baseUrl().absolute(path)));
            }
        }
        String fallback = versions.get(config.defaultLanguage().code());
        if (fallback != null) {
            alternates.add(new Alternate("x-default", config.baseUrl().absolute(fallback)));
        }
        return alternates;
    }

    /** The versions of an article: itself and its translations, by language. */
    public Map<String, String> versions(Article article) {
        Map<String, String> versions = new java.util.LinkedHashMap<>();
        versions.put(article.lang(), article.path());
        site.translationsOf(article).forEach(t -> versions.putIfAbsent(t.lang(), t.path()));
        return versions;
    }

    /** The versions of a page that every edition has at its own prefix, such as the front page. */
    public Map<String, String> everyEdition(String path) {
        Map<String, String> versions = new java.util.LinkedHashMap<>();
        site.editions().forEach(e -> versions.put(e.language().code(), e.language().path(path)));
        return versions;
    }

    /** The versions of a listing: the same section, tag or author in each edition that has it. */
    public Map<String, String> versions(Listing.Kind kind, String slug) {
        Map<String, String> versions = new java.util.LinkedHashMap<>();
        for (Edition edition : site.editions()) {
            edition.listing(kind, slug).ifPresent(l -> versions.put(edition.language().code(), l.path()));
        }
        return versions;
    }

    /** An edition's feed's link, for every page's head. */
    public FeedLink siteFeed(Language language) {
        return new FeedLink(language.title(), base.link(language.path("feed.xml")));
    }

    /** An entry of an Atom feed: full content, with every link made absolute for feed readers. */
    public FeedEntry feedEntry(Article article) {
        return feedEntries.get(article.source(), () -> newFeedEntry(article));
    }

    private FeedEntry newFeedEntry(Article article) {
        String absUrl = base.absolute(article.path());
        return new FeedEntry(article.title(), absUrl, absUrl,
                IsoDates.iso(article.date()),
                IsoDates.iso(article.lastModified()),
                article.authors().stream().map(Term::name).toList(),
                article.tags().stream().map(Term::name).toList(),
                article.summary(), Deferred.text(new Fingerprint().add(bodies.fingerprint(article)).add(absUrl).value(),
                        () -> AbsoluteLinks.rewrite(bodies.of(article), absUrl)));
    }

    private ArticleView articleView(Article a, Deferred body) {
        String lang = a.lang();
        Language language = site.config().languageOf(lang).orElse(site.config().defaultLanguage());
        DateView published = date(a.date(), lang);
        DateView updated = a.updated().map(u -> date(u, lang)).orElse(null);
        return new ArticleView(a.id(), a.source(), a.isPage() ? "page" : "article", a.title(), base.link(a.path()),
                base.absolute(a.path()), published, updated, updated != null ? updated : published, // last modified
                a.authors().stream().map(t -> termLink(t.name(), language.path("authors/" + t.slug() + "/")))
                        .toList(),
                a.isPage() ? null : termLink(a.section().name(), language.path(a.section().slug() + "/")),
                a.tags().stream().map(t -> termLink(tagName(t, language), language.path("tags/" + t.slug() + "/")))
                        .toList(),
                a.summary(), a.image().map(this::image).orElse(null), lang, Language.dir(lang), a.wordCount(),
                a.readingMinutes(), a.draft(), a.extra(), body,
                comments.of(a.id(), base.absolute(a.path()), lang, body != null, this));
    }

    /** One link object per name and page: a few hundred tags are named half a million times. */
    private LinkView termLink(String name, String path) {
        return termLinks.computeIfAbsent(name + '\n' + path, k -> new LinkView(name, base.link(path)));
    }

    private String tagName(Term tag, Language language) {
        String configured = site.config().names().tag(tag.slug(), language.code());
        return configured != null ? configured : tag.name();
    }

    private ImageView image(ArticleImage image) {
        String url = image.url();
        String abs = url.startsWith("/") && !url.startsWith("//") ? base.origin() + url : withScheme(url);
        return new ImageView(image.url(), abs, image.alt(), image.caption(), image.credit(), image.width(),
                image.height());
    }

    private SiteView siteView(Language language) {
        SiteConfig config = site.config();
        Edition edition = site.editions().stream().filter(e -> e.language().equals(language)).findFirst()
                .orElse(site.defaultEdition());
        List<LanguageView> languages = config.languages().stream()
                .map(l -> new LanguageView(l.code(), l.name(), base.link(l.path("")), l.dir())).toList();
        List<LinkView> sections = edition.sections().stream().map(this::link).toList();
        return new SiteView(language.title(), language.description(), base.link(language.path("")),
                base.absolute(language.path("")), language.code(), language.dir(), config.isMultilingual(), languages,
                sections, edition.years().stream().map(this::link).toList(), config.commentsEndpoint(), base.link(language.path("feed.xml")),
                base.link(language.path("feed.json")), base.link("assets/broadsheet.css"), "Broadsheet " + version, buildYear, config.publisher().twitter(),
                config.params());
    }
}
