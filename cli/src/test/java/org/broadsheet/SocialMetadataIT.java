package org.broadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What social networks, search engines and readers' tools take from a page's head and its
 * markup: Open Graph, the Twitter card, the canonical link, the description, machine-readable
 * dates and bylines that lead to the authors.
 */
class SocialMetadataIT {

    /** Pages of every kind that show articles with their bylines and dates. */
    static final List<String> PAGES = List.of("index.html", "world/storm/index.html", "world/index.html",
            "tags/climate/index.html", "authors/bo-li/index.html", "2026/index.html", "2026/01/index.html");

    static TestSite site;

    @BeforeAll
    static void build(@TempDir Path dir) {
        site = TestSite.copyOf("sites/gazette", dir).built();
    }

    static String meta(Document page, String property) {
        Element meta = page.selectFirst("meta[property=" + property + "], meta[name=" + property + "]");
        return meta == null ? null : meta.attr("content");
    }

    @Test
    void anArticleCarriesOpenGraphArticleProperties() {
        Document page = site.page("world/storm/index.html");
        assertEquals("article", meta(page, "og:type"));
        assertEquals(StructuredDataIT.HEADLINE, meta(page, "og:title"));
        assertEquals("A storm reached the coast.", meta(page, "og:description"));
        assertEquals("https://example.org/news/world/storm/", meta(page, "og:url"));
        assertEquals("https://example.org/news/images/storm.png", meta(page, "og:image"));
        assertEquals("The Gazette", meta(page, "og:site_name"));
        assertEquals("en_US", meta(page, "og:locale"));
        assertEquals("2026-01-05T10:00:00-05:00", meta(page, "article:published_time"));
        assertEquals("2026-01-06T08:30:00-05:00", meta(page, "article:modified_time"));
        assertEquals("World News", meta(page, "article:section"));
        assertEquals(List.of("Climate", "Energy"), page.select("meta[property=article:tag]").eachAttr("content"));
    }

    @Test
    void anArticleWithAnImageHasALargeTwitterCard() {
        Document page = site.page("world/storm/index.html");
        assertEquals("summary_large_image", meta(page, "twitter:card"));
        assertEquals(StructuredDataIT.HEADLINE, meta(page, "twitter:title"));
        assertEquals("https://example.org/news/images/storm.png", meta(page, "twitter:image"));
    }

    @Test
    void anArticleWithoutAnImageHasASmallCardWithThePublishersLogo() {
        Document page = site.page("world/calm/index.html");
        assertEquals("summary", meta(page, "twitter:card"));
        assertEquals("https://example.org/news/images/logo.png", meta(page, "og:image"));
        assertEquals(List.of(), page.select("meta[property=article:tag]"));
    }

    @Test
    void aProtocolRelativeImageIsGivenTheSitesScheme() {
        Document page = site.page("world/wire-photo/index.html");
        assertEquals("https://cdn.example/wire.jpg", meta(page, "og:image"));
        assertEquals("https://cdn.example/wire.jpg", meta(page, "twitter:image"));
    }

    @Test
    void theFrontPageIsAWebsiteWithoutArticleProperties() {
        Document front = site.page("index.html");
        assertEquals("website", meta(front, "og:type"));
        assertEquals("https://example.org/news/", meta(front, "og:url"));
        assertNull(meta(front, "article:published_time"));
        assertNull(meta(site.page("about/index.html"), "article:published_time"), "nor has a standalone page");
    }

    @Test
    void theCanonicalLinkIsThePagesOwnUnlessTheFrontMatterNamesAnother() {
        assertEquals("https://example.org/news/world/storm/",
                site.page("world/storm/index.html").selectFirst("link[rel=canonical]").attr("href"));
        Document calm = site.page("world/calm/index.html");
        assertEquals("https://example.org/news/world/storm/", calm.selectFirst("link[rel=canonical]").attr("href"),
                "a site path, under the base URL");
        assertEquals("https://example.org/news/world/storm/", meta(calm, "og:url"));
        Document copy = site.page("world/copy/index.html");
        assertEquals(List.of("https://wire.example/original/"), copy.select("link[rel=canonical]").eachAttr("href"));
        assertEquals("https://wire.example/original/", meta(copy, "og:url"));
    }

    @Test
    void theMetaDescriptionIsTheSummaryOrElseTheFirstParagraph() {
        assertEquals("A storm reached the coast.", meta(site.page("world/storm/index.html"), "description"));
        Document calm = site.page("world/calm/index.html");
        assertEquals("The sea was calm on Tuesday.", meta(calm, "description"));
        assertEquals("The sea was calm on Tuesday.", meta(calm, "og:description"));
    }

    @Test
    void everyDateShownIsATimeElementWithAnIsoDateTimeAndOffset() {
        for (String path : PAGES) {
            Document page = site.page(path);
            List<Element> times = page.select("time");
            assertFalse(times.isEmpty(), path);
            for (Element time : times) {
                String datetime = time.attr("datetime");
                assertTrue(datetime.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[+-]\\d\\d:\\d\\d"),
                        path + ": " + time.outerHtml());
                OffsetDateTime.parse(datetime);
                assertFalse(time.text().isBlank(), path + ": " + time.outerHtml());
            }
            // no date outside a <time>: each card's meta line holds its date in one
            for (Element meta : page.select(".card-meta, .article-meta .dates")) {
                assertTrue(meta.selectFirst("time") != null, path + ": " + meta.outerHtml());
            }
        }
        Document storm = site.page("world/storm/index.html");
        assertEquals(List.of("2026-01-05T10:00:00-05:00", "2026-01-06T08:30:00-05:00"),
                storm.select(".article-meta time").eachAttr("datetime"), "published and updated");
    }

    @Test
    void everyBylineLinksToTheAuthorsPage() {
        int bylines = 0;
        for (String path : PAGES) {
            for (Element link : site.page(path).select(".authors a")) {
                String href = link.attr("href");
                assertTrue(href.startsWith("/news/authors/"), path + ": " + link.outerHtml());
                String authorPage = href.substring("/news/".length()) + "index.html";
                assertTrue(site.exists(authorPage), path + ": " + href + " leads nowhere");
                assertEquals(link.text(), site.page(authorPage).selectFirst("h1").text());
                bylines++;
            }
        }
        assertTrue(bylines >= PAGES.size(), "bylines found: " + bylines);
    }
}
