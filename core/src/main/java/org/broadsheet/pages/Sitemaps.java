package org.broadsheet.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.broadsheet.config.BaseUrl;
import org.broadsheet.config.Language;
import org.broadsheet.frontmatter.FrontMatter;
import org.broadsheet.model.Alternate;
import org.broadsheet.model.Article;
import org.broadsheet.model.Edition;
import org.broadsheet.model.IsoDates;
import org.broadsheet.model.Site;
import org.broadsheet.model.SitePaths;

/**
 * The sitemaps of a site: every page search engines should find, each with when it last
 * changed and its versions in the other languages. One sitemap.xml while the URLs fit the
 * protocol's limit of 50,000; beyond it, sitemap-1.xml, sitemap-2.xml… and a sitemap index at
 * sitemap.xml, so robots.txt names the same file.
 */
final class Sitemaps {

    /** The sitemaps.org limit of URLs in one sitemap. */
    static final int SITEMAP_SIZE = 50_000;

    private Sitemaps() {
    }

    /** @param size the most URLs in one sitemap; smaller than the protocol's in tests */
    static List<Page> of(Site site, int size) {
        List<SitemapEntry> entries = entries(site);
        Language language = site.config().defaultLanguage();
        if (entries.size() <= size) {
            return List.of(new SitemapPage(SitemapPage.Kind.URLS, SitePaths.SITEMAP, language, entries));
        }
        BaseUrl base = site.config().baseUrl();
        List<Page> pages = new ArrayList<>();
        List<SitemapEntry> index = new ArrayList<>();
        for (int from = 0, n = 1; from < entries.size(); from += size, n++) {
            List<SitemapEntry> part = entries.subList(from, Math.min(from + size, entries.size()));
            String path = SitePaths.sitemapPart(n);
            pages.add(new SitemapPage(SitemapPage.Kind.URLS, path, language, part));
            index.add(new SitemapEntry(base.absolute(path), part.stream().map(SitemapEntry::lastmod)
                    .filter(Objects::nonNull).max(String::compareTo).orElse(null), List.of()));
        }
        pages.add(new SitemapPage(SitemapPage.Kind.INDEX, SitePaths.SITEMAP, language, index));
        return pages;
    }

    private static List<SitemapEntry> entries(Site site) {
        BaseUrl base = site.config().baseUrl();
        List<SitemapEntry> entries = new ArrayList<>();
        Map<String, String> fronts = new LinkedHashMap<>();
        site.editions().forEach(e -> fronts.put(e.language().code(), e.language().path("")));
        for (Edition edition : site.editions()) {
            String newest = edition.articles().isEmpty() ? null : lastmod(edition.articles().get(0));
            entries.add(new SitemapEntry(base.absolute(edition.language().path("")), newest,
                    Alternate.of(site.config(), fronts)));
            for (Article a : edition.articles()) {
                entries.add(entry(site, a));
            }
            for (Article a : edition.pages()) {
                entries.add(entry(site, a));
            }
            Stream.of(edition.sections(), edition.tags(), edition.authors(), edition.years(), edition.months())
                    .flatMap(List::stream).forEach(listing -> entries.add(new SitemapEntry(
                            base.absolute(listing.path()), listing.articles().stream()
                                    .max(Comparator.comparing((Article a) -> a.lastModified().toInstant()))
                                    .map(Sitemaps::lastmod).orElse(null),
                            List.of())));
        }
        return entries;
    }

    private static SitemapEntry entry(Site site, Article article) {
        return new SitemapEntry(site.config().baseUrl().absolute(article.path()), lastmod(article),
                Alternate.of(site.config(), site.versionsOf(article)));
    }

    /** When the article last changed; none for a page that gives no date. */
    private static String lastmod(Article article) {
        return article.lastModified().toInstant().equals(FrontMatter.UNDATED) ? null : IsoDates.iso(article.lastModified());
    }
}
