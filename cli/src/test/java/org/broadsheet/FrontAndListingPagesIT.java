package org.broadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The front page, and the section, tag and author pages with their pagination. */
class FrontAndListingPagesIT {

    @TempDir
    static Path dir;

    static TestSite site;

    @BeforeAll
    static void build() {
        site = NewsroomSite.build(dir);
    }

    @Test
    void frontPageLeadsWithTheNewestArticle() {
        Document front = site.page("index.html");
        assertEquals(List.of("The Test Times"), front.select("h1").eachText());
        assertEquals("Alpha Storm Reaches the Coast", front.selectFirst(".lead-story .lead-title").text());
        assertEquals("A storm reached the coast on Monday.", front.selectFirst(".lead-story .lead-summary").text());
    }

    @Test
    void featuredArticlesLeadTheFrontPageNewestFirstAndTheRestStayNewestFirst(@TempDir Path other) {
        TestSite pinned = TestSite.in(other)
                .article("content/world/old.md", "title: The Inquiry\ndate: 2026-01-01\nfeatured: yes", "Long read.")
                .article("content/world/older.md", "title: Older Pinned\ndate: 2025-12-01\nfeatured: true", "Text.")
                .article("content/world/new.md", "title: Storm Today\ndate: 2026-01-05", "News.")
                .article("content/world/newer.md", "title: Vote Tonight\ndate: 2026-01-06\nfeatured: false", "News.");
        pinned.build();

        Document front = pinned.page("index.html");
        assertEquals("The Inquiry", front.selectFirst(".lead-story .lead-title").text());
        // the other pin tops the rest, which stay newest first
        assertEquals(List.of("Older Pinned", "Vote Tonight", "Storm Today"), front.select(".latest .card-title").eachText());
    }

    @Test
    void frontPageListsTheLatestWithSummariesNewestFirst() {
        Document front = site.page("index.html");
        assertEquals(List.of("Beta Floods Recede", "Gamma Photo Essay", "Delta Vote Passes", "Epsilon Shares Rise"),
                front.select(".latest .card-title").eachText());
        // without a summary, the text before <!--more--> stands in
        assertTrue(front.selectFirst(".latest .card-summary").text().startsWith("Waters receded slowly"));
    }

    @Test
    void frontPageHasABlockPerSectionInConfiguredOrder() {
        Document front = site.page("index.html");
        assertEquals(List.of("World News", "Politics", "Business"), front.select(".section-block h2").eachText());
        assertEquals(List.of("Alpha Storm Reaches the Coast", "Beta Floods Recede", "Gamma Photo Essay"),
                front.select(".section-block").first().select(".card-title").eachText());
    }

    @Test
    void sectionPagesArePaginatedNewestFirstWithPreviousAndNextLinks() {
        Document first = site.page("world/index.html");
        assertEquals("World News", first.selectFirst("h1").text());
        assertEquals(List.of("Alpha Storm Reaches the Coast", "Beta Floods Recede"), first.select(".card-title").eachText());
        assertEquals("Page 1 of 2", first.selectFirst(".pagination .page-number").text());
        assertNull(first.selectFirst(".pagination a[rel=prev]"));
        assertEquals("/news/world/page/2/", first.selectFirst(".pagination a[rel=next]").attr("href"));

        Document second = site.page("world/page/2/index.html");
        assertEquals(List.of("Gamma Photo Essay"), second.select(".card-title").eachText());
        assertEquals("Page 2 of 2", second.selectFirst(".pagination .page-number").text());
        assertEquals("/news/world/", second.selectFirst(".pagination a[rel=prev]").attr("href"));
        assertNull(second.selectFirst(".pagination a[rel=next]"));
    }

    @Test
    void tagSpellingsThatDifferOnlyInCaseShareOnePage() {
        Document climate = site.page("tags/climate/index.html");
        assertEquals("climate", climate.selectFirst("h1").text());
        assertEquals("3 articles · Feed", climate.selectFirst(".listing-count").text());
        Document second = site.page("tags/climate/page/2/index.html");
        assertEquals(List.of("Epsilon Shares Rise"), second.select(".card-title").eachText());
    }

    @Test
    void authorPagesListTheirArticlesUnderASlugOfTheirName() {
        Document ana = site.page("authors/ana-perez/index.html");
        assertEquals("Ana Pérez", ana.selectFirst("h1").text());
        assertEquals(List.of("Alpha Storm Reaches the Coast", "Gamma Photo Essay"), ana.select(".card-title").eachText());
        assertEquals("Page 1 of 2", ana.selectFirst(".page-number").text());
    }

    @Test
    void indexesOfTagsAndAuthorsCountArticles() {
        Document tags = site.page("tags/index.html");
        assertEquals(List.of("climate 3", "Elections 1", "Energy 1", "Markets 1", "Photography 1"),
                tags.select(".term-list li").eachText());
        assertEquals(List.of("Ana Pérez 3", "Bo Li 3"), site.page("authors/index.html").select(".term-list li").eachText());
    }

    @Test
    void draftsAppearInNoListing() {
        for (String file : site.outputFiles()) {
            if (file.endsWith(".html") || file.endsWith(".xml")) {
                assertFalse(site.text(file).contains("Unfinished Draft"), file);
            }
        }
    }

    @Test
    void notFoundPageAndRobotsExist() {
        Document notFound = site.page("404.html");
        assertEquals("Page not found", notFound.selectFirst("h1").text());
        assertEquals("/news/", notFound.selectFirst(".not-found a").attr("href"));
        assertEquals("/news/assets/broadsheet.css", notFound.selectFirst("link[rel=stylesheet]").attr("href"));
        assertEquals("User-agent: *\nAllow: /\n\nSitemap: https://example.org/news/sitemap.xml\n"
                + "Sitemap: https://example.org/news/news-sitemap.xml\n", site.text("robots.txt"));
    }
}
