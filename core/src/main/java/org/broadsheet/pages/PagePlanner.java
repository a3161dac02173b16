package org.broadsheet.pages;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.broadsheet.config.Language;
import org.broadsheet.config.SiteConfig;
import org.broadsheet.hash.Fingerprint;
import org.broadsheet.model.Article;
import org.broadsheet.model.Asset;
import org.broadsheet.model.Edition;
import org.broadsheet.model.OutputClaims;
import org.broadsheet.model.Site;
import org.broadsheet.model.SitePaths;
import org.broadsheet.problem.Problems;
import org.broadsheet.problem.SourcePosition;
import org.broadsheet.source.FileNames;

/**
 * Lists every page and file of the site, at the paths the site model assigned, and refuses any
 * that cannot be written as planned ({@link OutputClaims}): two in the same place, where the
 * second would silently replace the first.
 */
public final class PagePlanner {

    /** Articles in each feed, as most feed readers expect. */
    static final int FEED_SIZE = 20;

    private final Path siteRoot;
    private final int sitemapSize;
    private final FileNames names;

    /** @param names how this system writes file names, so that a page whose name it cannot write is an error */
    public PagePlanner(Path siteRoot, FileNames names) {
        this(siteRoot, Sitemaps.SITEMAP_SIZE, names);
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

        /** The source file of each article's page, by output path, for services such as the link checker. */
        public Map<String, String> articleSources() {
            Map<String, String> sources = new HashMap<>();
            pages.stream().filter(ArticlePage.class::isInstance).forEach(p -> sources.put(p.outputPath(), p.owner()));
            return sources;
        }
    }

    /** @param now the build's time, which decides what the news sitemap holds */
    public Plan plan(Site site, Instant now, Problems problems) {
        List<Page> pages = new ArrayList<>();
        for (Edition edition : site.editions()) {
            pages.addAll(editionPages(edition, site.config()));
        }
        Language language = site.config().defaultLanguage();
        pages.addAll(Sitemaps.of(site, sitemapSize));
        NewsSitemap news = NewsSitemap.of(site, now);
        pages.add(new SitemapPage(SitemapPage.Kind.NEWS, SitePaths.NEWS_SITEMAP, language, news.entries()));
        pages.add(new SimplePage(SitePaths.ROBOTS, "robots.ftl", "robots", "not_found", language));
        pages.add(new SimplePage(SitePaths.NOT_FOUND, "404.ftlh", "not-found", "not_found", language));
        if (site.config().hasComments()) {
            site.editions().forEach(e -> pages.add(new SimplePage(SitePaths.thanksPage(e.language()), "reply-thanks.ftlh",
                    "reply-thanks", "thanks_title", e.language())));
        }
        List<StaticFile> files = new ArrayList<>(ThemeAssets.of(siteRoot, problems));
        for (Asset asset : site.assets()) {
            files.add(new StaticFile.ContentFile(asset,
                    new Fingerprint().add(asset.source()).add(asset.size()).add(asset.modified()).value()));
        }
        new OutputClaims(names).refuse(claims(pages, files), problems);
        return new Plan(pages, files, news.expires());
    }

    /** The pages of one language: front page, articles, listings, indexes and feeds, under its prefix. */
    private static List<Page> editionPages(Edition edition, SiteConfig config) {
        int size = config.paginate();
        Language language = edition.language();
        List<Page> pages = new ArrayList<>();
        pages.add(new FrontPage(edition, config.front()));
        edition.articles().forEach(a -> pages.add(new ArticlePage(a, language)));
        edition.pages().forEach(a -> pages.add(new ArticlePage(a, language)));
        Stream.concat(edition.articles().stream(), edition.pages().stream()).forEach(article ->
                article.aliases().forEach(alias -> pages.add(new AliasPage(alias.outputFile(), alias.line(), article,
                        language))));
        edition.sections().forEach(section -> section.intro().aliases().forEach(alias -> pages.add(
                new SectionAliasPage(alias.outputFile(), alias.line(), section, language))));
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
        pages.addAll(SearchPages.of(language, edition.articles()));
        pages.add(new FeedPage(SitePaths.feed(language), language.title(), language.path(""), language,
                newest(edition.articles())));
        pages.add(new JsonFeedPage(SitePaths.jsonFeed(language), language, newest(edition.articles())));
        Stream.of(edition.sections(), edition.tags(), edition.authors()).flatMap(List::stream).forEach(l ->
                pages.add(new FeedPage(SitePaths.feedOf(l.path()), l.name() + " – " + language.title(), l.path(),
                        language, newest(l.articles()))));
        return pages;
    }

    private static List<Article> newest(List<Article> articles) {
        return articles.subList(0, Math.min(FEED_SIZE, articles.size()));
    }

    /** The places in the output folder that the pages and files claim, each with who claims it. */
    private static List<OutputClaims.Claim> claims(List<Page> pages, List<StaticFile> files) {
        List<OutputClaims.Claim> claims = new ArrayList<>();
        for (Page page : pages) {
            if (page instanceof AliasPage alias) {
                claims.add(new OutputClaims.Claim(page.outputPath(), alias.article().source(), alias.position(),
                        "alias " + AliasPage.sitePath(alias.outputPath()) + " "));
            } else if (page instanceof SectionAliasPage alias) {
                claims.add(new OutputClaims.Claim(page.outputPath(), alias.section().intro().source(), alias.position(),
                        "alias " + AliasPage.sitePath(alias.outputPath()) + " "));
            } else {
                int line = page instanceof ArticlePage article ? article.article().urlLine() : 0;
                claims.add(new OutputClaims.Claim(page.outputPath(), page.owner(), SourcePosition.of(page.owner(), line), ""));
            }
        }
        files.forEach(f -> claims.add(new OutputClaims.Claim(f.outputPath(), f.owner(), SourcePosition.of(f.owner()), "")));
        return claims;
    }
}
