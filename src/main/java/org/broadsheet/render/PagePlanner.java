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
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.broadsheet.model.Article;
import org.broadsheet.model.Asset;
import org.broadsheet.model.Listing;
import org.broadsheet.model.Site;
import org.broadsheet.problem.Problems;
import org.broadsheet.problem.SourcePosition;

/**
 * Lists every page and file of the site, and refuses two that would be written to the same
 * place: the second would silently replace the first. Paths are compared as a case-insensitive
 * file system (macOS, Windows) would see them.
 */
public final class PagePlanner {

    /** Articles in each feed, as most feed readers expect. */
    static final int FEED_SIZE = 20;
    /** The theme's files besides templates, listed in the jar (a folder in a jar cannot be listed). */
    private static final String THEME_ASSETS = "/theme/assets.txt";

    /** Where the reply intake sends a reader after a reply; the page's text is in its template. */
    public static final String THANKS_PAGE = "replies/thanks/index.html";

    private final Path siteRoot;

    public PagePlanner(Path siteRoot) {
        this.siteRoot = siteRoot;
    }

    /** The pages and files of a site, in a stable order. */
    public record Plan(List<Page> pages, List<StaticFile> files) {
        public Plan {
            pages = List.copyOf(pages);
            files = List.copyOf(files);
        }
    }

    public Plan plan(Site site, Problems problems) {
        List<Page> pages = new ArrayList<>();
        int size = site.config().paginate();
        pages.add(new Page.FrontPage(6, 4));
        site.articles().forEach(a -> pages.add(new Page.ArticlePage(a)));
        site.pages().forEach(a -> pages.add(new Page.ArticlePage(a)));
        Stream.of(site.sections(), site.tags(), site.authors()).flatMap(List::stream).forEach(listing -> {
            int count = Math.max(1, (listing.articles().size() + size - 1) / size);
            for (int n = 1; n <= count; n++) {
                pages.add(new Page.ListingPage(listing, n, count, size));
            }
        });
        pages.add(new Page.TermIndexPage("tags", "tags/", "Tags", site.tags()));
        pages.add(new Page.TermIndexPage("authors", "authors/", "Authors", site.authors()));
        pages.add(new Page.FeedPage("feed.xml", site.config().title(), "", newest(site.articles())));
        site.sections().forEach(s -> pages.add(new Page.FeedPage(s.path() + "feed.xml",
                s.name() + " – " + site.config().title(), s.path(), newest(s.articles()))));
        pages.add(new Page.SitemapPage(sitemap(site)));
        pages.add(new Page.SimplePage("robots.txt", "robots.ftl", "robots", "robots.txt"));
        pages.add(new Page.SimplePage("404.html", "404.ftlh", "not-found", "Page not found"));
        if (site.config().hasComments()) {
            pages.add(new Page.SimplePage(THANKS_PAGE, "reply-thanks.ftlh", "reply-thanks", "Thank you for your reply"));
        }
        List<StaticFile> files = new ArrayList<>(themeFiles(problems));
        for (Asset asset : site.assets()) {
            files.add(new StaticFile(asset.outputPath(), asset.source(), asset.file(), null));
        }
        refuseCollisions(pages, files, problems);
        return new Plan(pages, files);
    }

    private static List<Article> newest(List<Article> articles) {
        return articles.subList(0, Math.min(FEED_SIZE, articles.size()));
    }

    private List<Views.SitemapEntry> sitemap(Site site) {
        var base = site.config().baseUrl();
        List<Views.SitemapEntry> entries = new ArrayList<>();
        String newest = site.articles().isEmpty() ? null : lastmod(site.articles().get(0));
        entries.add(new Views.SitemapEntry(base.absolute(""), newest));
        for (Article a : site.articles()) {
            entries.add(new Views.SitemapEntry(base.absolute(a.path()), lastmod(a)));
        }
        for (Article a : site.pages()) {
            entries.add(new Views.SitemapEntry(base.absolute(a.path()), lastmod(a)));
        }
        Stream.of(site.sections(), site.tags(), site.authors()).flatMap(List::stream).forEach(listing ->
                entries.add(new Views.SitemapEntry(base.absolute(listing.path()),
                        listing.articles().stream().map(PagePlanner::lastmod).max(String::compareTo).orElse(null))));
        return entries;
    }

    private static String lastmod(Article article) {
        return article.lastModified().toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
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
                        problems.warning(SourcePosition.of("templates/assets/" + name),
                                "is a symbolic link; links are not followed, so it is not published");
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
            files.add(Files.isRegularFile(own, LinkOption.NOFOLLOW_LINKS)
                    ? new StaticFile("assets/" + name, "templates/assets/" + name, own, null)
                    : new StaticFile("assets/" + name, "(built-in theme) assets/" + name, null,
                            TemplateEngine.THEME + "/assets/" + name));
        }
        return files;
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

    private static void refuseCollisions(List<Page> pages, List<StaticFile> files, Problems problems) {
        Map<String, String> owners = new HashMap<>();
        List<String[]> claims = new ArrayList<>();
        pages.forEach(p -> claims.add(new String[] {p.outputPath(), p.owner()}));
        files.forEach(f -> claims.add(new String[] {f.outputPath(), f.owner()}));
        for (String[] claim : claims) {
            String key = java.text.Normalizer.normalize(claim[0], java.text.Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
            String first = owners.putIfAbsent(key, claim[1]);
            if (first != null) {
                boolean firstIsFile = first.startsWith("content/");
                String at = claim[1].startsWith("content/") ? claim[1] : (firstIsFile ? first : "content");
                String other = at.equals(claim[1]) ? first : claim[1];
                problems.error(SourcePosition.of(at), "would be written to " + claim[0]
                        + ", which " + other + " also writes to; give one of them another slug or path");
            }
        }
    }
}
