package org.broadsheet.render;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.broadsheet.config.BaseUrl;
import org.broadsheet.config.Language;
import org.broadsheet.hash.Fingerprint;
import org.broadsheet.model.Article;
import org.broadsheet.model.Asset;
import org.broadsheet.model.Edition;
import org.broadsheet.model.Listing;
import org.broadsheet.model.Site;
import org.broadsheet.problem.Problems;
import org.broadsheet.problem.SourcePosition;
import org.broadsheet.source.FileNames;
import org.broadsheet.source.SymbolicLinks;

/**
 * Lists every page and file of the site, and refuses any that cannot be written as planned
 * ({@link OutputClaims}): two in the same place, where the second would silently replace the first.
 */
public final class PagePlanner {

    /** Articles in each feed, as most feed readers expect. */
    static final int FEED_SIZE = 20;
    /** The sitemaps.org limit of URLs in one sitemap. */
    static final int SITEMAP_SIZE = 50_000;
    /** The theme's files besides templates, listed in the jar (a folder in a jar cannot be listed). */
    private static final String THEME_ASSETS = "/theme/assets.txt";

    /** Where the reply intake sends a reader after a reply, under each language's prefix; its text is in its template. */
    public static final String THANKS_PAGE = "replies/thanks/index.html";

    private final Path siteRoot;
    private final int sitemapSize;
    private final FileNames names;

    /** @param names how this system writes file names, so that a page whose name it cannot write is an error */
    public PagePlanner(Path siteRoot, FileNames names) {
        this(siteRoot, SITEMAP_SIZE, names);
    }

    /** @param sitemapSize the most URLs in one sitemap; smaller than the protocol's in tests */
    PagePlanner(Path siteRoot, int sitemapSize, FileNames names) {
        this.siteRoot = siteRoot;
        this.sitemapSize = sitemapSize;
        this.names = names;
    }

    /**
     * The pages and files of a site, in a stable order.
     *
     * @param expires when the same input would plan other pages (an article leaves the news
     *                sitemap), so a build with nothing new to do must run again
     */
    public record Plan(List<Page> pages, List<StaticFile> files, Instant expires) {
        public Plan {
            pages = List.copyOf(pages);
            files = List.copyOf(files);
        }
    }

    /** @param now the build's time, which decides what the news sitemap holds */
    public Plan plan(Site site, Instant now, Problems problems) {
        List<Page> pages = new ArrayList<>();
        for (Edition edition : site.editions()) {
            pages.addAll(editionPages(edition, site.config().paginate()));
        }
        Language language = site.config().defaultLanguage();
        pages.addAll(sitemaps(sitemap(site), site.config().baseUrl(), language));
        NewsSitemap news = NewsSitemap.of(site, now);
        pages.add(new NewsSitemapPage(language, news.entries()));
        pages.add(new SimplePage("robots.txt", "robots.ftl", "robots", "not_found", language));
        pages.add(new SimplePage("404.html", "404.ftlh", "not-found", "not_found", language));
        if (site.config().hasComments()) {
            site.editions().forEach(e -> pages.add(new SimplePage(e.language().path(THANKS_PAGE), "reply-thanks.ftlh",
                    "reply-thanks", "thanks_title", e.language())));
        }
        List<StaticFile> files = new ArrayList<>(themeFiles(problems));
        files.add(SearchLibrary.file());
        for (Asset asset : site.assets()) {
            files.add(new StaticFile(asset.outputPath(), asset.source(), asset.file(), null,
                    new Fingerprint().add(asset.source()).add(asset.size()).add(asset.modified()).value()));
        }
        new OutputClaims(names).refuse(pages, files, problems);
        return new Plan(pages, files, news.expires());
    }

    /** The pages of one language: front page, articles, listings, indexes and feeds, under its prefix. */
    private static List<Page> editionPages(Edition edition, int size) {
        Language language = edition.language();
        List<Page> pages = new ArrayList<>();
        pages.add(new FrontPage(edition, 6, 4));
        edition.articles().forEach(a -> pages.add(new ArticlePage(a, language)));
        edition.pages().forEach(a -> pages.add(new ArticlePage(a, language)));
        Stream.concat(edition.articles().stream(), edition.pages().stream()).forEach(article ->
                article.aliases().forEach(alias -> pages.add(new AliasPage(alias.outputFile(), alias.line(), article,
                        language))));
        Stream.of(edition.sections(), edition.tags(), edition.authors(), edition.years(), edition.months())
                .flatMap(List::stream).forEach(listing -> {
                    int count = Math.max(1, (listing.articles().size() + size - 1) / size);
                    for (int n = 1; n <= count; n++) {
                        pages.add(new ListingPage(listing, language, n, count, size));
                    }
                });
        pages.add(new TermIndexPage("tags", language, edition.tags()));
        pages.add(new TermIndexPage("authors", language, edition.authors()));
        pages.add(new SearchPage(language));
        pages.add(new SearchIndexPage(language, edition.articles()));
        pages.add(new FeedPage(language.path("feed.xml"), language.title(), language.path(""), language,
                newest(edition.articles())));
        pages.add(new JsonFeedPage(language.path("feed.json"), language, newest(edition.articles())));
        Stream.of(edition.sections(), edition.tags(), edition.authors()).flatMap(List::stream).forEach(l ->
                pages.add(new FeedPage(l.path() + "feed.xml", l.name() + " – " + language.title(), l.path(),
                        language, newest(l.articles()))));
        return pages;
    }

    /**
     * One sitemap.xml while the URLs fit the protocol's limit of 50,000; beyond it, sitemap-1.xml,
     * sitemap-2.xml… and a sitemap index at sitemap.xml, so robots.txt names the same file.
     */
    private List<Page> sitemaps(List<Views.SitemapEntry> entries, BaseUrl base, Language language) {
        if (entries.size() <= sitemapSize) {
            return List.of(new SitemapPage("sitemap.xml", language, entries));
        }
        List<Page> pages = new ArrayList<>();
        List<Views.SitemapEntry> index = new ArrayList<>();
        for (int from = 0, n = 1; from < entries.size(); from += sitemapSize, n++) {
            List<Views.SitemapEntry> part = entries.subList(from, Math.min(from + sitemapSize, entries.size()));
            String path = "sitemap-" + n + ".xml";
            pages.add(new SitemapPage(path, language, part));
            index.add(new Views.SitemapEntry(base.absolute(path),
                    part.stream().map(Views.SitemapEntry::lastmod).filter(java.util.Objects::nonNull)
                            .max(String::compareTo).orElse(null), List.of()));
        }
        pages.add(new SitemapIndexPage(language, index));
        return pages;
    }

    private static List<Article> newest(List<Article> articles) {
        return articles.subList(0, Math.min(FEED_SIZE, articles.size()));
    }

    /** Every page search engines should find, each with its versions in the other languages. */
    private List<Views.SitemapEntry> sitemap(Site site) {
        BaseUrl base = site.config().baseUrl();
        List<Views.SitemapEntry> entries = new ArrayList<>();
        Map<String, String> fronts = new LinkedHashMap<>();
        site.editions().forEach(e -> fronts.put(e.language().code(), e.language().path("")));
        for (Edition edition : site.editions()) {
            String newest = edition.articles().isEmpty() ? null : lastmod(edition.articles().get(0));
            entries.add(new Views.SitemapEntry(base.absolute(edition.language().path("")), newest,
                    Views.alternates(site.config(), fronts)));
            for (Article a : edition.articles()) {
                entries.add(entry(site, a));
            }
            for (Article a : edition.pages()) {
                entries.add(entry(site, a));
            }
            Stream.of(edition.sections(), edition.tags(), edition.authors(), edition.years(), edition.months())
                    .flatMap(List::stream).forEach(listing -> entries.add(new Views.SitemapEntry(
                            base.absolute(listing.path()), listing.articles().stream()
                                    .max(Comparator.comparing((Article a) -> a.lastModified().toInstant()))
                                    .map(PagePlanner::lastmod).orElse(null),
                            List.of())));
        }
        return entries;
    }

    private static Views.SitemapEntry entry(Site site, Article article) {
        Map<String, String> versions = new LinkedHashMap<>();
        versions.put(article.lang(), article.path());
        site.translationsOf(article).forEach(t -> versions.putIfAbsent(t.lang(), t.path()));
        return new Views.SitemapEntry(site.config().baseUrl().absolute(article.path()), lastmod(article),
                Views.alternates(site.config(), versions));
    }

    private static String lastmod(Article article) {
        return IsoDates.iso(article.lastModified());
    }

    /**
     * The theme's stylesheet and other files, each replaced by a file of the same name in the
     * site's templates/assets/. Symbolic links there are reported and skipped, as under content/:
     * a link could publish a file from outside the site.
     */
    private List<StaticFile> themeFiles(Problems problems) {
        Path siteAssets = siteRoot.resolve("templates/assets");
        TreeSet<String> names = new TreeSet<>(themeAssetNames());
        if (Files.isDirectory(siteAssets)) {
            try (Stream<Path> walk = Files.walk(siteAssets)) {
                walk.filter(p -> !p.equals(siteAssets)).forEach(p -> {
                    String name = siteAssets.relativize(p).toString().replace('\\', '/');
                    if (Files.isSymbolicLink(p)) {
                        SymbolicLinks.skip("templates/assets/" + name, problems);
                    } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                        names.add(name);
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        List<StaticFile> files = new ArrayList<>();
        for (String name : names) {
            Path own = siteAssets.resolve(name);
            String resource = TemplateEngine.THEME + "/assets/" + name;
            files.add(Files.isRegularFile(own, LinkOption.NOFOLLOW_LINKS)
                    ? new StaticFile("assets/" + name, "templates/assets/" + name, own, null, fingerprintOf(own))
                    : new StaticFile("assets/" + name, "(built-in theme) assets/" + name, null, resource,
                            fingerprintOf(resource)));
        }
        return files;
    }

    private static long fingerprintOf(Path file) {
        try {
            var attributes = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
            return new Fingerprint().add(file.toString()).add(attributes.size())
                    .add(attributes.lastModifiedTime().toMillis()).value();
        } catch (IOException e) {
            return 0; // unreadable: copying it will report why
        }
    }

    private static long fingerprintOf(String resource) {
        try (InputStream in = PagePlanner.class.getResourceAsStream(resource)) {
            return in == null ? 0 : Fingerprint.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> themeAssetNames() {
        try (InputStream in = PagePlanner.class.getResourceAsStream(THEME_ASSETS)) {
            if (in == null) {
                return List.of();
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
