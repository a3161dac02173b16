package org.broadsheet.view;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.broadsheet.authors.AuthorProfile;
import org.broadsheet.comments.Comments;
import org.broadsheet.comments.FormFields;
import org.broadsheet.config.BaseUrl;
import org.broadsheet.config.Language;
import org.broadsheet.config.SiteConfig;
import org.broadsheet.hash.Fingerprint;
import org.broadsheet.markdown.BodyStore;
import org.broadsheet.model.Article;
import org.broadsheet.model.ArticleImage;
import org.broadsheet.model.Edition;
import org.broadsheet.model.IsoDates;
import org.broadsheet.model.Listing;
import org.broadsheet.model.Site;
import org.broadsheet.model.SitePaths;
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
    private final Map<String, Fragments> fragments = new ConcurrentHashMap<>();
    private final PageViews pages;
    private final CommentViews comments;
    private final CorrectionViews corrections = new CorrectionViews();
    /** Articles edited in place since the site model was made, by source: shown instead of the model's. */
    private final Map<String, Article> edited;
    /** Which images are published as WebP too. */
    private final WebpFallback webp;

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
            ZonedDateTime buildTime, Collection<Article> edited) {
        this.edited = new HashMap<>();
        edited.forEach(a -> this.edited.put(a.source(), a));
        this.site = site;
        this.comments = new CommentViews(comments, site.config().hasComments());
        this.base = site.config().baseUrl();
        this.webp = new WebpFallback(site);
        this.bodies = new ArticleBodies(site, bodies, webp);
        this.messages = messages;
        this.version = version;
        this.buildTime = IsoDates.iso(buildTime);
        this.buildYear = buildTime.getYear();
        this.pages = new PageViews(site);
    }

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

    /** The fragments of a language's pages that {@code <@cached key="…">} renders once per build. */
    public Fragments fragments(Language language) {
        return fragments.computeIfAbsent(language.code(), code -> new Fragments());
    }

    /** Pages as templates see them: title, URLs, feeds, languages. */
    public PageViews pages() {
        return pages;
    }

    /** An article as listings show it, without its body. */
    public ArticleView article(Article article) {
        Article current = edited.getOrDefault(article.source(), article);
        return articleViews.get(current.source(), () -> articleView(current));
    }

    /** An article with its body, for its own page. */
    public ArticleView articleWithBody(Article article) {
        ArticleView card = edited.containsKey(article.source()) ? articleView(article) : article(article);
        return card.withBody(Deferred.html(bodies.fingerprint(article), () -> bodies.of(article)), commentsOf(article));
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
        ImageView image = photo.isEmpty() ? null : ImageView.plain(photo.startsWith("/") ? base.link(photo) : photo,
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

    /** An entry of an Atom feed: full content, with every link made absolute for feed readers. */
    public FeedEntry feedEntry(Article article) {
        return feedEntries.get(article.source(), () -> newFeedEntry(article));
    }

    private FeedEntry newFeedEntry(Article article) {
        String absUrl = base.absolute(article.path());
        ImageView image = article.image().map(this::image).orElse(null);
        return new FeedEntry(article.title(), absUrl, absUrl,
                IsoDates.iso(article.date()),
                IsoDates.iso(article.lastModified()),
                article.authors().stream().map(Term::name).toList(),
                article.tags().stream().map(Term::name).toList(),
                article.summary(), image, FeedEntry.typeOf(image), Deferred.text(new Fingerprint().add(bodies.fingerprint(article)).add(absUrl).value(),
                        () -> AbsoluteLinks.rewrite(bodies.of(article), absUrl)));
    }

    /** An article as listings show it: no body, and of its replies only the count. */
    private ArticleView articleView(Article a) {
        String lang = a.lang();
        Language language = site.config().languageOf(lang).orElse(site.config().defaultLanguage());
        DateView published = date(a.date(), lang);
        DateView updated = a.updated().map(u -> date(u, lang)).orElse(null);
        return new ArticleView(a.id(), a.source(), a.isPage() ? "page" : "article", a.title(), base.link(a.path()),
                base.absolute(a.path()), published, updated, updated != null ? updated : published, // last modified
                a.authors().stream().map(t -> termLink(t.name(),
                        language.path(Listing.pathOf(Listing.Kind.AUTHOR, t.slug())))).toList(),
                a.isPage() ? null : termLink(a.section().name(),
                        language.path(Listing.pathOf(Listing.Kind.SECTION, a.section().slug()))),
                a.tags().stream().map(t -> termLink(tagName(t, language),
                        language.path(Listing.pathOf(Listing.Kind.TAG, t.slug()))))
                        .toList(),
                a.summary(), a.image().map(this::image).orElse(null), lang, Language.dir(lang), a.wordCount(),
                a.readingMinutes(), a.draft(), corrections.of(a, at -> date(at.withZoneSameInstant(site.config().timezone()), lang)),
                a.extra(), null,
                comments.of(a.id(), base.absolute(a.path()), lang, false, this));
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
        String abs = url.startsWith("/") && !url.startsWith("//") ? base.origin() + url : PageViews.withScheme(base, url);
        return ImageView.of(image.url(), abs, image.alt(), image.caption(), image.credit(), image.width(),
                image.height(), image.widths(), webp.has(image.source()));
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
                sections, edition.years().stream().map(this::link).toList(), config.commentsEndpoint(), base.link(SitePaths.feed(language)),
                base.link(SitePaths.jsonFeed(language)), base.link(SitePaths.STYLESHEET), "Broadsheet " + version, buildYear, config.publisher().twitter(),
                config.params());
    }
}
