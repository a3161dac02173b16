package org.broadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Atom feeds as a feed reader reads them, and the sitemap as a search engine does. */
class FeedsAndSitemapIT {

    static final String ATOM = "http://www.w3.org/2005/Atom";

    @TempDir
    static Path dir;

    static TestSite site;

    @BeforeAll
    static void build() {
        site = NewsroomSite.build(dir);
    }

    static Document xml(String text) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(text)));
    }

    static List<String> texts(Document doc, String ns, String tag) {
        NodeList nodes = doc.getElementsByTagNameNS(ns, tag);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    @Test
    void siteFeedListsArticlesNewestFirstWithFullContent() throws Exception {
        Document feed = xml(site.text("feed.xml"));
        assertEquals("feed", feed.getDocumentElement().getLocalName());
        List<String> titles = texts(feed, ATOM, "title");
        assertEquals(List.of("The Test Times", "Alpha Storm Reaches the Coast", "Beta Floods Recede",
                "Gamma Photo Essay", "Delta Vote Passes", "Epsilon Shares Rise"), titles);
        assertEquals("2026-01-05T10:00:00Z", texts(feed, ATOM, "updated").get(0));
        Element entry = (Element) feed.getElementsByTagNameNS(ATOM, "entry").item(0);
        assertEquals("https://example.org/news/world/alpha/", entry.getElementsByTagNameNS(ATOM, "id").item(0).getTextContent());
        assertEquals("Ana Pérez", entry.getElementsByTagNameNS(ATOM, "name").item(0).getTextContent());
        Element content = (Element) entry.getElementsByTagNameNS(ATOM, "content").item(0);
        assertEquals("html", content.getAttribute("type"));
        assertTrue(content.getTextContent().contains("<table>"));
    }

    @Test
    void feedContentLinksAreAbsolute() throws Exception {
        Document feed = xml(site.text("world/feed.xml"));
        for (String html : texts(feed, ATOM, "content")) {
            org.jsoup.nodes.Document body = Jsoup.parseBodyFragment(html);
            for (org.jsoup.nodes.Element link : body.select("[href], [src]")) {
                String url = link.hasAttr("href") ? link.attr("href") : link.attr("src");
                assertTrue(url.startsWith("https://"), url + " in " + html);
            }
        }
        String gamma = texts(feed, ATOM, "content").get(2);
        assertTrue(gamma.contains("src=\"https://example.org/news/world/gamma/photo.png\""), gamma);
    }

    @Test
    void sectionFeedsHoldOnlyTheirSection() throws Exception {
        Document feed = xml(site.text("politics/feed.xml"));
        assertEquals(List.of("Politics – The Test Times", "Delta Vote Passes"), texts(feed, ATOM, "title"));
    }

    /** Not every tag of the site: the feeds of all tags together stay in proportion to the articles. */
    @Test
    void aTagsFeedListsOnlyTheTagsOfItsOwnEntries() throws Exception {
        Document feed = xml(site.text("tags/energy/feed.xml"));
        NodeList categories = feed.getElementsByTagNameNS(ATOM, "category");
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < categories.getLength(); i++) {
            terms.add(((Element) categories.item(i)).getAttribute("term"));
        }
        assertEquals(List.of("Alpha Storm Reaches the Coast"), texts(feed, ATOM, "title").subList(1, 2));
        assertEquals(List.of("Climate", "Energy"), terms);
    }

    @Test
    void pagesLinkTheirFeedsInTheHead() {
        var page = site.page("world/alpha/index.html");
        assertEquals(List.of("/news/feed.xml", "/news/world/feed.xml"),
                page.select("link[rel=alternate][type=application/atom+xml]").eachAttr("href"));
    }

    @Test
    void sitemapIsValidAndListsEveryPublicPageWithAbsoluteUrls() throws Exception {
        String text = site.text("sitemap.xml");
        XmlSchemas.validator("sitemap.xsd").validate(new StreamSource(new StringReader(text)));
        List<String> locs = texts(xml(text), "http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
        assertTrue(locs.containsAll(List.of("https://example.org/news/", "https://example.org/news/world/alpha/",
                "https://example.org/news/world/gamma/", "https://example.org/news/about/",
                "https://example.org/news/world/", "https://example.org/news/tags/climate/",
                "https://example.org/news/authors/bo-li/")), locs.toString());
        assertFalse(locs.contains("https://example.org/news/politics/draft/"));
        assertTrue(text.contains("<lastmod>2026-01-03T13:00:00Z</lastmod>"), "epsilon's updated date, in the site zone");
    }
}
