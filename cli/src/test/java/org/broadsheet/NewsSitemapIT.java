package org.broadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.xml.transform.stream.StreamSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The Google News sitemap, as Google News reads it: the articles of the 48 hours before the
 * build, at most 1,000, with their publication's name and language; and the lastmod dates of
 * the ordinary sitemap.
 */
class NewsSitemapIT {

    static final String NEWS = "http://www.google.com/schemas/sitemap-news/0.9";
    static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    /** 13:00 in Paris, where the site is. */
    static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");

    static TestSite site;

    @BeforeAll
    static void build(@TempDir Path dir) {
        site = TestSite.in(dir)
                .file("broadsheet.yml", """
                        title: The Gazette
                        baseUrl: https://example.org/news/
                        timezone: Europe/Paris
                        languages:
                          - code: en-GB
                          - code: es-VE
                            title: La Gaceta
                        """)
                .article("content/world/fresh.md", "title: Storms & Floods\ndate: " + ago(Duration.ofHours(1))
                        + "\nupdated: " + ago(Duration.ofMinutes(10)), "Just in.")
                .article("content/world/fresh.es.md", "title: Tormentas\ndate: " + ago(Duration.ofHours(2)), "Ahora.")
                .article("content/world/yesterday.md", "title: Yesterday\ndate: " + ago(Duration.ofHours(47).plusMinutes(59)),
                        "Still news.")
                .article("content/business/old.md", "title: Old News\ndate: " + ago(Duration.ofHours(48).plusMinutes(1)),
                        "No longer news.")
                .article("content/world/tomorrow.md", "title: Tomorrow\ndate: " + ago(Duration.ofHours(-1)), "Not yet.")
                .article("content/about.md", "title: About Us\ndate: " + ago(Duration.ofHours(1)), "A page, not news.");
        build(site, false);
    }

    static String ago(Duration duration) {
        return NOW.minus(duration).toString();
    }

    static void build(TestSite site, boolean future) {
        Broadsheet.build(BuildRequest.of(site.root()).at(NOW).withFuture(future));
    }

    static Document newsSitemap(TestSite site) throws Exception {
        return FeedsAndSitemapIT.xml(site.text("news-sitemap.xml"));
    }

    static List<String> locs(Document sitemap) {
        return FeedsAndSitemapIT.texts(sitemap, SITEMAP, "loc");
    }

    @Test
    void onlyArticlesOfTheLast48HoursAreListedNewestFirst() throws Exception {
        assertEquals(List.of("https://example.org/news/world/fresh/", "https://example.org/news/es/world/fresh/",
                "https://example.org/news/world/yesterday/"), locs(newsSitemap(site)));
    }

    @Test
    void eachArticleNamesItsPublicationLanguageDateAndTitle() throws Exception {
        Document sitemap = newsSitemap(site);
        assertEquals("urlset", sitemap.getDocumentElement().getLocalName());
        assertEquals(List.of("The Gazette", "La Gaceta", "The Gazette"), FeedsAndSitemapIT.texts(sitemap, NEWS, "name"));
        assertEquals(List.of("en", "es", "en"), FeedsAndSitemapIT.texts(sitemap, NEWS, "language"));
        assertEquals(List.of("Storms & Floods", "Tormentas", "Yesterday"), FeedsAndSitemapIT.texts(sitemap, NEWS, "title"));
        assertEquals("2026-03-10T12:00:00+01:00", FeedsAndSitemapIT.texts(sitemap, NEWS, "publication_date").get(0),
                "published, not updated, in the site's zone");
        Element news = (Element) sitemap.getElementsByTagNameNS(NEWS, "news").item(0);
        assertEquals("url", news.getParentNode().getLocalName());
        assertEquals("publication", ((Element) news.getElementsByTagNameNS(NEWS, "name").item(0).getParentNode())
                .getLocalName());
    }

    @Test
    void aScheduledArticleIsNotNewsBeforeItsTimeEvenInAPreview(@TempDir Path other) throws Exception {
        TestSite preview = TestSite.in(other)
                .article("content/world/now.md", "title: Now\ndate: " + ago(Duration.ZERO), "Now.")
                .article("content/world/tomorrow.md", "title: Tomorrow\ndate: " + ago(Duration.ofHours(-1)), "Later.");
        build(preview, true);
        assertTrue(preview.exists("world/tomorrow/index.html"));
        assertEquals(List.of("http://localhost:8080/world/now/"), locs(newsSitemap(preview)));
    }

    @Test
    void atMostTheThousandNewestArticlesAreListed(@TempDir Path other) throws Exception {
        TestSite busy = TestSite.in(other).file("broadsheet.yml", "paginate: 1000\n");
        for (int i = 0; i < 1005; i++) {
            busy.article("content/wire/story-" + i + ".md", "title: Story " + i + "\ndate: "
                    + ago(Duration.ofMinutes(i)), "");
        }
        build(busy, false);
        List<String> locs = locs(newsSitemap(busy));
        assertEquals(1000, locs.size());
        assertEquals("http://localhost:8080/wire/story-0/", locs.get(0));
        assertEquals("http://localhost:8080/wire/story-999/", locs.get(999));
    }

    @Test
    void theSitemapGivesEachPageTheLastChangeOfWhatItShows() throws Exception {
        String text = site.text("sitemap.xml");
        XmlSchemas.validator("xhtml-link.xsd", "sitemap.xsd").validate(new StreamSource(new StringReader(text)));
        Document sitemap = FeedsAndSitemapIT.xml(text);
        List<String> lastmods = new ArrayList<>();
        NodeList urls = sitemap.getElementsByTagNameNS(SITEMAP, "url");
        for (int i = 0; i < urls.getLength(); i++) {
            Element url = (Element) urls.item(i);
            NodeList lastmod = url.getElementsByTagNameNS(SITEMAP, "lastmod");
            lastmods.add(url.getElementsByTagNameNS(SITEMAP, "loc").item(0).getTextContent() + " "
                    + (lastmod.getLength() == 0 ? "-" : lastmod.item(0).getTextContent()));
        }
        // the article's updated date; its section's and the front page's newest change
        assertTrue(lastmods.contains("https://example.org/news/world/fresh/ 2026-03-10T12:50:00+01:00"), lastmods.toString());
        assertTrue(lastmods.contains("https://example.org/news/world/ 2026-03-10T12:50:00+01:00"), lastmods.toString());
        assertTrue(lastmods.contains("https://example.org/news/business/old/ 2026-03-08T12:59:00+01:00"), lastmods.toString());
        assertTrue(lastmods.contains("https://example.org/news/ 2026-03-10T12:50:00+01:00"), lastmods.toString());
    }
}
