package org.broadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The date archives: a page per year and per month, in the site's time zone, reached from every page's footer. */
class ArchivesIT {

    static TestSite site;

    @BeforeAll
    static void build(@TempDir Path dir) {
        site = TestSite.in(dir)
                .file("broadsheet.yml", "baseUrl: https://example.org/\ntimezone: America/New_York\npaginate: 2\n")
                .article("content/world/november.md", "title: November Story\ndate: 2025-11-20T12:00:00Z", "Text.")
                .article("content/world/december.md", "title: December Story\ndate: 2025-12-15T12:00:00Z", "Text.")
                // 21:00 on New Year's Eve in New York, though already 2026 in UTC
                .article("content/world/eve.md", "title: New Year's Eve Story\ndate: 2026-01-01T02:00:00Z", "Text.")
                .article("content/world/one.md", "title: January One\ndate: 2026-01-10T12:00:00Z", "Text.")
                .article("content/business/two.md", "title: January Two\ndate: 2026-01-20T12:00:00Z", "Text.")
                .article("content/world/three.md", "title: January Three\ndate: 2026-01-25T12:00:00Z", "Text.")
                .article("content/world/february.md", "title: February Story\ndate: 2026-02-03T12:00:00Z", "Text.")
                .article("content/about.md", "title: About Us\ndate: 2024-05-01", "A page, in no archive.")
                .built();
    }

    static List<String> titles(String path) {
        return site.page(path).select(".listing .card-title").eachText();
    }

    @Test
    void everyPagesFooterLinksEachYearNewestFirst() {
        for (String path : List.of("index.html", "world/one/index.html", "world/index.html", "about/index.html",
                "2025/12/index.html")) {
            Document page = site.page(path);
            assertEquals(List.of("2026", "2025"), page.select("footer .archive-links a").eachText(), path);
            assertEquals(List.of("/2026/", "/2025/"), page.select("footer .archive-links a").eachAttr("href"), path);
        }
    }

    @Test
    void aYearPageListsItsArticlesAndLinksItsMonths() {
        Document year = site.page("2025/index.html");
        assertEquals("2025", year.selectFirst("h1").text());
        assertEquals("3 articles", year.selectFirst(".listing-count").text());
        assertEquals(List.of("December 2025 2", "November 2025 1"), year.select("nav.periods li").eachText());
        assertEquals(List.of("/2025/12/", "/2025/11/"), year.select("nav.periods a").eachAttr("href"));
        assertEquals(List.of("New Year's Eve Story", "December Story"), titles("2025/index.html"));
        assertEquals(List.of("November Story"), titles("2025/page/2/index.html"));
    }

    @Test
    void aMonthPageListsItsArticlesInTheSitesTimeZone() {
        assertEquals("December 2025", site.page("2025/12/index.html").selectFirst("h1").text());
        assertEquals(List.of("New Year's Eve Story", "December Story"), titles("2025/12/index.html"));
        assertEquals(List.of("November Story"), titles("2025/11/index.html"));
        assertEquals(List.of("February Story"), titles("2026/02/index.html"));
    }

    @Test
    void aLongMonthIsPaginatedAndListsEverySection() {
        assertEquals(List.of("January Three", "January Two"), titles("2026/01/index.html"));
        assertEquals(List.of("January One"), titles("2026/01/page/2/index.html"));
        assertEquals("/2026/01/page/2/", site.page("2026/01/index.html").selectFirst(".pagination a[rel=next]").attr("href"));
    }

    @Test
    void theSitemapListsTheArchivePagesWithTheirNewestChange() {
        String sitemap = site.text("sitemap.xml");
        assertTrue(sitemap.contains("<loc>https://example.org/2026/</loc><lastmod>2026-02-03T07:00:00-05:00</lastmod>"),
                sitemap);
        assertTrue(sitemap.contains("<loc>https://example.org/2025/12/</loc><lastmod>2025-12-31T21:00:00-05:00</lastmod>"),
                sitemap);
    }

    @Test
    void thereIsNoArchiveForAPeriodWithoutArticles() {
        assertFalse(site.exists("2024/index.html"), "standalone pages are in no archive");
        assertFalse(site.exists("2025/10/index.html"));
        assertFalse(site.exists("2026/03/index.html"));
    }
}
