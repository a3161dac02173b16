package org.broadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The Atom feeds of the site, its sections, tags and authors, and its JSON Feed, as a feed
 * reader reads them: far from the site, so every link in them must be absolute.
 */
class NewsFeedsIT {

    static final String ATOM = FeedsAndSitemapIT.ATOM;

    static TestSite site;

    @BeforeAll
    static void build(@TempDir Path dir) {
        site = TestSite.in(dir)
                .file("broadsheet.yml", """
                        title: The Gazette
                        description: News from the coast.
                        baseUrl: https://example.org/news/
                        language: en-GB
                        timezone: Europe/London
                        """)
                .article("content/world/storm/index.md", """
                        title: Storm Hits the Coast
                        date: 2026-01-05T10:00
                        authors: [Ana Pérez, Bo Li]
                        tags: [Climate]
                        """, """
                        The storm came ashore ([notes](#notes)), as [forecast](../calm/) and [reported](/world/calm/).

                        ![The harbour](harbour.png) ![Chart](/images/chart.png)
                        """)
                .bytes("content/world/storm/harbour.png", new byte[] {1})
                .bytes("content/images/chart.png", new byte[] {1})
                .article("content/world/calm.md", """
                        title: Calm Before the Storm
                        date: 2026-01-04T09:00
                        updated: 2026-01-06T12:00
                        author: Bo Li
                        tags: [Climate, Weather]
                        """, "The sea was calm. See [the markets](../business/shares/).")
                .article("content/business/shares.md", """
                        title: Shares Rise
                        date: 2026-01-03T08:00
                        author: Ana Pérez
                        """, "Shares rose. ![Chart](/images/chart.png)")
                .built();
    }

    static List<Element> entries(Document feed) {
        List<Element> entries = new ArrayList<>();
        for (int i = 0; i < feed.getElementsByTagNameNS(ATOM, "entry").getLength(); i++) {
            entries.add((Element) feed.getElementsByTagNameNS(ATOM, "entry").item(i));
        }
        return entries;
    }

    static String child(Element parent, String tag) {
        return parent.getElementsByTagNameNS(ATOM, tag).item(0).getTextContent();
    }

    static List<String> children(Element parent, String tag) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < parent.getElementsByTagNameNS(ATOM, tag).getLength(); i++) {
            texts.add(parent.getElementsByTagNameNS(ATOM, tag).item(i).getTextContent());
        }
        return texts;
    }

    /** Every href and src of an HTML fragment that is not an absolute https URL. */
    static List<String> relativeLinks(String html) {
        List<String> relative = new ArrayList<>();
        for (var element : Jsoup.parseBodyFragment(html).select("[href], [src]")) {
            String url = element.hasAttr("href") ? element.attr("href") : element.attr("src");
            if (!url.startsWith("https://example.org/news/")) {
                relative.add(url);
            }
        }
        return relative;
    }

    @ParameterizedTest
    @ValueSource(strings = {"feed.xml", "world/feed.xml", "business/feed.xml", "tags/climate/feed.xml",
        "tags/weather/feed.xml", "authors/ana-perez/feed.xml", "authors/bo-li/feed.xml"})
    void everyAtomFeedParsesWithDatesAuthorsAndAbsoluteFullContent(String path) throws Exception {
        Document feed = FeedsAndSitemapIT.xml(site.text(path));
        Element root = feed.getDocumentElement();
        assertEquals(ATOM, root.getNamespaceURI());
        assertEquals("feed", root.getLocalName());
        assertFalse(child(root, "title").isBlank(), path);
        List<Element> entries = entries(feed);
        assertFalse(entries.isEmpty(), path);
        OffsetDateTime newest = null;
        for (Element entry : entries) {
            OffsetDateTime.parse(child(entry, "published"));
            OffsetDateTime updated = OffsetDateTime.parse(child(entry, "updated"));
            newest = newest == null || updated.isAfter(newest) ? updated : newest;
            assertTrue(child(entry, "id").startsWith("https://example.org/news/"), path);
            assertFalse(children(entry, "name").isEmpty(), path + ": every entry has an author");
            Element content = (Element) entry.getElementsByTagNameNS(ATOM, "content").item(0);
            assertEquals("html", content.getAttribute("type"));
            assertEquals(List.of(), relativeLinks(content.getTextContent()), path + ": " + child(entry, "title"));
        }
        // the feed's updated date is its newest entry's
        assertEquals(newest, OffsetDateTime.parse(children(root, "updated").get(0)), path);
    }

    @Test
    void bundleImagesAndRelativeLinksResolveAgainstTheArticlesPage() throws Exception {
        Element storm = entries(FeedsAndSitemapIT.xml(site.text("feed.xml"))).get(0);
        var body = Jsoup.parseBodyFragment(child(storm, "content"));
        assertEquals(List.of("https://example.org/news/world/storm/#notes", "https://example.org/news/world/calm/",
                "https://example.org/news/world/calm/"), body.select("a").eachAttr("href"));
        assertEquals(List.of("https://example.org/news/world/storm/harbour.png",
                "https://example.org/news/images/chart.png"), body.select("img").eachAttr("src"));
    }

    @Test
    void tagAndAuthorFeedsHoldTheirOwnArticlesWithTheirAuthors() throws Exception {
        Document climate = FeedsAndSitemapIT.xml(site.text("tags/climate/feed.xml"));
        assertEquals("Climate – The Gazette", child(climate.getDocumentElement(), "title"));
        assertEquals(List.of("Storm Hits the Coast", "Calm Before the Storm"),
                entries(climate).stream().map(e -> child(e, "title")).toList());
        assertEquals(List.of("Ana Pérez", "Bo Li"), children(entries(climate).get(0), "name"));
        assertEquals("2026-01-06T12:00:00Z", children(climate.getDocumentElement(), "updated").get(0),
                "the newest change, not the newest article");

        Document ana = FeedsAndSitemapIT.xml(site.text("authors/ana-perez/feed.xml"));
        assertEquals("Ana Pérez – The Gazette", child(ana.getDocumentElement(), "title"));
        assertEquals(List.of("Storm Hits the Coast", "Shares Rise"),
                entries(ana).stream().map(e -> child(e, "title")).toList());
    }

    @Test
    void everyPageAnnouncesTheSitesFeedsToFeedReaders() {
        for (String path : List.of("index.html", "world/storm/index.html", "tags/index.html")) {
            org.jsoup.nodes.Document page = site.page(path);
            assertEquals("/news/feed.xml", page.selectFirst("link[rel=alternate][type=application/atom+xml]").attr("href"));
            assertEquals("/news/feed.json", page.selectFirst("link[rel=alternate][type=application/feed+json]").attr("href"));
        }
    }

    @Test
    void theJsonFeedIsVersionOnePointOneWithFullItems() {
        Map<?, ?> feed = (Map<?, ?>) Json.parse(site.text("feed.json"));
        assertEquals("https://jsonfeed.org/version/1.1", feed.get("version"));
        assertEquals("The Gazette", feed.get("title"));
        assertEquals("https://example.org/news/", feed.get("home_page_url"));
        assertEquals("https://example.org/news/feed.json", feed.get("feed_url"));
        List<Map<?, ?>> items = Json.list(feed.get("items")).stream().<Map<?, ?>>map(StructuredDataIT::map).toList();
        assertEquals(List.of("Storm Hits the Coast", "Calm Before the Storm", "Shares Rise"),
                items.stream().map(i -> i.get("title")).toList());
        Map<?, ?> storm = items.get(0);
        assertEquals("https://example.org/news/world/storm/", storm.get("id"));
        assertEquals("https://example.org/news/world/storm/", storm.get("url"));
        assertEquals("2026-01-05T10:00:00Z", storm.get("date_published"));
        assertEquals(List.of(Map.of("name", "Ana Pérez", "url", "https://example.org/news/authors/ana-perez/"),
                Map.of("name", "Bo Li", "url", "https://example.org/news/authors/bo-li/")), Json.list(storm.get("authors")));
        assertEquals("2026-01-06T12:00:00Z", items.get(1).get("date_modified"));
        for (Map<?, ?> item : items) {
            String html = (String) item.get("content_html");
            assertFalse(html.isBlank());
            assertEquals(List.of(), relativeLinks(html), item.get("title").toString());
        }
    }

    @Test
    void feedsHoldTheTwentyNewestArticles(@TempDir Path other) throws Exception {
        TestSite many = TestSite.in(other);
        for (int day = 1; day <= 21; day++) {
            many.article("content/world/day-" + day + ".md", "title: Day " + day + "\ndate: 2026-01-"
                    + (day < 10 ? "0" : "") + day + "T08:00:00Z\nauthor: Ana Pérez", "News of the day.");
        }
        assertEquals(0, many.build().exitCode());
        for (String path : List.of("feed.xml", "world/feed.xml", "authors/ana-perez/feed.xml")) {
            List<String> titles = entries(FeedsAndSitemapIT.xml(many.text(path))).stream().map(e -> child(e, "title"))
                    .toList();
            assertEquals(20, titles.size(), path);
            assertEquals("Day 21", titles.get(0), path);
            assertFalse(titles.contains("Day 1"), path);
        }
        List<?> items = Json.list(((Map<?, ?>) Json.parse(many.text("feed.json"))).get("items"));
        assertEquals(20, items.size());
        assertTrue(items.stream().map(i -> ((Map<?, ?>) i).get("date_published").toString())
                .sorted(Comparator.reverseOrder()).toList().get(0).startsWith("2026-01-21"));
    }
}
