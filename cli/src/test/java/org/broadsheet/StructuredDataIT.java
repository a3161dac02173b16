package org.broadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The schema.org JSON-LD of each kind of page, read back as a search engine's JSON parser reads it. */
class StructuredDataIT {

    /**
     * The headline of the gazette fixture's world/storm.md: it would end the script, and its quotes
     * a JSON string, were they not escaped.
     */
    static final String HEADLINE = "Storm </script><script>alert(1)</script> \"hits\" the coast & it's <b>bad</b>";

    static TestSite site;

    @BeforeAll
    static void build(@TempDir Path dir) {
        site = TestSite.copyOf("sites/gazette", dir).built();
    }

    /** The nodes of the page's one JSON-LD script, parsed. */
    static List<Map<?, ?>> graph(Document page) {
        List<String> scripts = page.select("script[type=application/ld+json]").eachAttr("type");
        assertEquals(1, scripts.size(), "one JSON-LD script");
        Map<?, ?> root = (Map<?, ?>) Json.parse(page.selectFirst("script[type=application/ld+json]").data());
        assertEquals("https://schema.org", root.get("@context"));
        return Json.list(root.get("@graph")).stream().<Map<?, ?>>map(StructuredDataIT::map).toList();
    }

    static Map<?, ?> map(Object value) {
        return (Map<?, ?>) value;
    }

    @Test
    void anArticleIsANewsArticleWithDatesAuthorsImageSectionAndKeywords() {
        Map<?, ?> news = graph(site.page("world/storm/index.html")).get(0);
        assertEquals("NewsArticle", news.get("@type"));
        assertEquals(HEADLINE, news.get("headline"));
        assertEquals("A storm reached the coast.", news.get("description"));
        // written without an offset, the dates are in the site's zone, and say so
        assertEquals("2026-01-05T10:00:00-05:00", news.get("datePublished"));
        assertEquals("2026-01-06T08:30:00-05:00", news.get("dateModified"));
        List<?> authors = Json.list(news.get("author"));
        assertEquals(2, authors.size());
        assertEquals(Map.of("@type", "Person", "name", "Ana Pérez", "url", "https://example.org/news/authors/ana-perez/"),
                authors.get(0));
        assertEquals("https://example.org/news/authors/bo-li/", map(authors.get(1)).get("url"));
        assertEquals(List.of("https://example.org/news/images/storm.png"), Json.list(news.get("image")));
        assertEquals("World News", news.get("articleSection"));
        assertEquals("Climate, Energy", news.get("keywords"));
        assertEquals("en-US", news.get("inLanguage"));
        assertEquals(Map.of("@type", "WebPage", "@id", "https://example.org/news/world/storm/"),
                news.get("mainEntityOfPage"));
    }

    @Test
    void thePublisherIsTheOrganisationNamedInTheConfigurationWithItsLogo() {
        Map<?, ?> publisher = map(graph(site.page("world/storm/index.html")).get(0).get("publisher"));
        assertEquals("Organization", publisher.get("@type"));
        assertEquals("Gazette Media", publisher.get("name"));
        assertEquals(Map.of("@type", "ImageObject", "url", "https://example.org/news/images/logo.png"),
                publisher.get("logo"));
    }

    @Test
    void anArticleHasBreadcrumbsFromHomeThroughItsSection() {
        Map<?, ?> breadcrumbs = graph(site.page("world/storm/index.html")).get(1);
        assertEquals("BreadcrumbList", breadcrumbs.get("@type"));
        List<?> items = Json.list(breadcrumbs.get("itemListElement"));
        assertEquals(List.of(1L, 2L, 3L), items.stream().map(i -> map(i).get("position")).toList());
        assertEquals(List.of("The Gazette", "World News", HEADLINE), items.stream().map(i -> map(i).get("name")).toList());
        assertEquals(List.of("https://example.org/news/", "https://example.org/news/world/",
                "https://example.org/news/world/storm/"), items.stream().map(i -> map(i).get("item")).toList());
    }

    @Test
    void aHeadlineHoldingAClosingScriptTagStaysInsideTheScript() {
        Document page = site.page("world/storm/index.html");
        // a break-out would show up as a second script, or as the alert in the page's text
        assertEquals(1, page.select("script").size());
        assertEquals(List.of(HEADLINE), page.select("h1").eachText());
    }

    @Test
    void anArticleDatedWithAnotherOffsetIsGivenInTheSitesZoneAndItsCanonicalIsTheMainEntity() {
        Map<?, ?> news = graph(site.page("world/copy/index.html")).get(0);
        assertEquals("2026-01-04T03:00:00-05:00", news.get("datePublished"));
        assertEquals("2026-01-04T03:00:00-05:00", news.get("dateModified"), "not updated: modified when published");
        assertEquals("https://wire.example/original/", map(news.get("mainEntityOfPage")).get("@id"));
        assertNull(news.get("image"));
        assertNull(news.get("keywords"));
    }

    @Test
    void aStandalonePageIsAWebPageNotANewsArticle() {
        List<Map<?, ?>> graph = graph(site.page("about/index.html"));
        assertEquals("WebPage", graph.get(0).get("@type"));
        assertEquals("https://example.org/news/about/", graph.get(0).get("url"));
        assertEquals(List.of("The Gazette", "About Us"), Json.list(graph.get(1).get("itemListElement")).stream()
                .map(i -> map(i).get("name")).toList());
    }

    @Test
    void theFrontPageIsTheWebSite() {
        List<Map<?, ?>> graph = graph(site.page("index.html"));
        assertEquals(1, graph.size());
        Map<?, ?> website = graph.get(0);
        assertEquals("WebSite", website.get("@type"));
        assertEquals("The Gazette", website.get("name"));
        assertEquals("News from the coast.", website.get("description"));
        assertEquals("https://example.org/news/", website.get("url"));
        assertEquals("en-US", website.get("inLanguage"));
        assertEquals("Gazette Media", map(website.get("publisher")).get("name"));
    }

    @Test
    void sectionAndTagPagesAreCollectionPagesOfTheWebSite() {
        Map<?, ?> section = graph(site.page("world/index.html")).get(0);
        assertEquals("CollectionPage", section.get("@type"));
        assertEquals("World News", section.get("name"));
        assertEquals("https://example.org/news/world/", section.get("url"));
        assertEquals(Map.of("@type", "WebSite", "name", "The Gazette", "url", "https://example.org/news/"),
                section.get("isPartOf"));
        Map<?, ?> tag = graph(site.page("tags/climate/index.html")).get(0);
        assertEquals("CollectionPage", tag.get("@type"));
        assertEquals("Climate", tag.get("name"));
        assertEquals("https://example.org/news/tags/climate/", tag.get("url"));
    }
}
