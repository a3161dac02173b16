package org.broadsheet.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.broadsheet.config.BaseUrl;
import org.broadsheet.config.SiteConfig;
import org.broadsheet.model.Article;
import org.broadsheet.model.Listing;
import org.broadsheet.model.Site;
import org.broadsheet.model.Term;
import org.broadsheet.problem.Problems;
import org.broadsheet.render.PageRenderer;
import org.broadsheet.template.TemplateEngine;
import org.broadsheet.view.Messages;
import org.broadsheet.view.Views;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sitemap over the protocol's URL limit becomes a sitemap index over several sitemaps. */
class PagePlanner_SitemapTest {

    @TempDir
    Path root;

    static Site siteOf(int articles) {
        SiteConfig defaults = SiteConfig.defaults();
        SiteConfig config = new SiteConfig("T", "", BaseUrl.parse("https://example.org/news/", ""), true, "en-US",
                defaults.timezone(), 10, defaults.permalink(), "", true, defaults.languages(),
                org.broadsheet.config.DisplayNames.NONE, defaults.publisher(), defaults.images(), defaults.front(), Map.of());
        List<Article> list = new ArrayList<>();
        for (int i = 0; i < articles; i++) {
            ZonedDateTime date = ZonedDateTime.parse("2026-01-01T00:00:00Z").plusMinutes(articles - i);
            list.add(new Article("world/a" + i, "content/world/a" + i + ".md", Article.Kind.ARTICLE, "A" + i, date,
                    Optional.empty(), List.of(), new Term("world", "World"), List.of(), "", "", Optional.empty(), "en-US",
                    "world/a" + i, 1, "world/a" + i + "/", "world/a" + i + "/index.html", 1, "article", false,
                    Optional.empty(), 1, 1, "", List.of(),
                    "world/a" + i + ".md", List.of(),
                    Map.of()));
        }
        Listing world = new Listing(Listing.Kind.SECTION, "world", "World", "world/", list);
        return new Site(config, List.of(new org.broadsheet.model.Edition(config.defaultLanguage(), list, List.of(),
                List.of(world), List.of(), List.of(), List.of(), List.of(), Map.of(), List.of())), List.of(), Map.of(),
                Optional.empty(), Optional.empty(), Map.of());
    }

    static List<String> sitemapFiles(PagePlanner.Plan plan) {
        return plan.pages().stream().filter(p -> p instanceof SitemapPage s && s.kind() != SitemapPage.Kind.NEWS)
                .map(Page::outputPath).toList();
    }

    @Test
    void aSitemapWithinTheLimitIsOneFile() {
        PagePlanner.Plan plan = new PagePlanner(root, 10, new org.broadsheet.source.FileNames("UTF-8", "")).plan(siteOf(5), java.time.Instant.parse("2026-02-01T00:00:00Z"), new Problems());
        assertEquals(List.of("sitemap.xml"), sitemapFiles(plan));
    }

    @Test
    void aSitemapOverTheLimitIsSplitUnderAnIndex() {
        // 23 articles, the home page and the section page: 25 URLs, three sitemaps of at most 10
        PagePlanner.Plan plan = new PagePlanner(root, 10, new org.broadsheet.source.FileNames("UTF-8", "")).plan(siteOf(23), java.time.Instant.parse("2026-02-01T00:00:00Z"), new Problems());
        assertEquals(List.of("sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml", "sitemap.xml"), sitemapFiles(plan));
        SitemapPage index = (SitemapPage) plan.pages().stream()
                .filter(p -> p instanceof SitemapPage s && s.kind() == SitemapPage.Kind.INDEX).findFirst().orElseThrow();
        assertEquals(List.of("https://example.org/news/sitemap-1.xml", "https://example.org/news/sitemap-2.xml",
                "https://example.org/news/sitemap-3.xml"), index.entries().stream().map(e -> ((SitemapEntry) e).loc()).toList());
        assertEquals(5, ((SitemapPage) plan.pages().stream().filter(p -> p.outputPath().equals("sitemap-3.xml"))
                .findFirst().orElseThrow()).entries().size());
    }

    @Test
    void theIndexAndEachPartAreValidSitemaps() throws Exception {
        Site site = siteOf(23);
        PagePlanner.Plan plan = new PagePlanner(root, 10, new org.broadsheet.source.FileNames("UTF-8", "")).plan(site, java.time.Instant.parse("2026-02-01T00:00:00Z"), new Problems());
        PageRenderer renderer = new PageRenderer(new TemplateEngine(root, java.util.Locale.US, java.time.ZoneOffset.UTC),
                new Views(site, new org.broadsheet.markdown.MemoryBodyStore(), org.broadsheet.comments.Comments.none(),
                        Messages.load(root, site.config(), new Problems()), "test", ZonedDateTime.parse("2026-02-01T00:00:00Z")));
        var schemas = javax.xml.validation.SchemaFactory.newInstance(javax.xml.XMLConstants.W3C_XML_SCHEMA_NS_URI);
        for (Page page : plan.pages()) {
            String schema = !(page instanceof SitemapPage sitemap) || sitemap.kind() == SitemapPage.Kind.NEWS ? null
                    : sitemap.kind() == SitemapPage.Kind.INDEX ? "siteindex.xsd" : "sitemap.xsd";
            if (schema != null) {
                byte[] xml = renderer.render(page);
                schemas.newSchema(Path.of(getClass().getResource("/schemas/" + schema).toURI()).toFile()).newValidator()
                        .validate(new javax.xml.transform.stream.StreamSource(new java.io.ByteArrayInputStream(xml)));
            }
        }
    }
}
