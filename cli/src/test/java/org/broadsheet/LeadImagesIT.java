package org.broadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lead images beyond the article's own page: a bundle's featured.jpg as the lead image, the
 * small thumbnail on every card of the front page and the listings, the feeds' media, and the
 * alt text every picture must have (or say it is decorative).
 */
class LeadImagesIT {

    static TestSite site;

    @BeforeAll
    static void build(@TempDir Path dir) {
        site = TestSite.in(dir)
                .file("broadsheet.yml", "baseUrl: https://example.org/\n")
                .article("content/world/flood/index.md", """
                        title: Flood Waters Recede
                        date: 2026-01-05T10:00:00Z
                        author: Ana Ruiz
                        tags: [weather]
                        image_alt: A street under brown water
                        """, "The river fell overnight.\n")
                .bytes("content/world/flood/featured.jpg", ImagesIT.image("jpg", 300, 200))
                .article("content/world/vote.md", """
                        title: The Vote Tonight
                        date: 2026-01-06T10:00:00Z
                        author: Ana Ruiz
                        tags: [weather]
                        image: {src: /images/ballot.png, alt: ""}
                        """, "Polls close at eight.\n")
                .bytes("content/images/ballot.png", ImagesIT.image("png", 40, 30))
                .article("content/world/plain.md", "title: No Picture\ndate: 2026-01-07T10:00:00Z", "Text.\n")
                .built();
    }

    @Test
    void aBundlesFeaturedFileIsItsLeadImageDescribedByImageAlt() {
        Element img = site.page("world/flood/index.html").selectFirst("figure.lead-image img");
        assertEquals("/world/flood/featured.jpg", img.attr("src"));
        assertEquals("A street under brown water", img.attr("alt"));
        assertEquals("300", img.attr("width"));
        assertTrue(site.exists("world/flood/featured.jpg"));
        // social cards name the widest variant (at least 1200 px wide when the image is)
        assertEquals("https://example.org/world/flood/featured-300w.jpg",
                site.page("world/flood/index.html").selectFirst("meta[property=og:image]").attr("content"));
    }

    @Test
    void everyCardWithALeadImageShowsALazyThumbnailWithItsSize() {
        for (String page : List.of("index.html", "world/index.html", "tags/weather/index.html",
                "authors/ana-ruiz/index.html")) {
            Document doc = site.page(page);
            Element thumbnail = doc.selectFirst(".card:has(a[href=/world/flood/]) figure.card-image img");
            assertEquals("/world/flood/featured.jpg", thumbnail.attr("src"), page);
            assertEquals("lazy", thumbnail.attr("loading"), page);
            assertEquals("300x200", thumbnail.attr("width") + "x" + thumbnail.attr("height"), page);
            assertNull(doc.selectFirst(".card-image figcaption"), page);
        }
        Element decorative = site.page("world/index.html").selectFirst(".card:has(a[href=/world/vote/]) .card-image img");
        assertTrue(decorative.hasAttr("alt"));
        assertEquals("", decorative.attr("alt"));
        assertNull(site.page("world/index.html").selectFirst(".card:has(a[href=/world/plain/]) .card-image"));
    }

    @Test
    void feedsCarryTheLeadImage() {
        Document atom = org.jsoup.Jsoup.parse(site.text("feed.xml"), "", org.jsoup.parser.Parser.xmlParser());
        Element enclosure = atom.selectFirst("entry:has(title:containsOwn(Flood)) link[rel=enclosure]");
        assertEquals("https://example.org/world/flood/featured.jpg", enclosure.attr("href"));
        assertEquals("image/jpeg", enclosure.attr("type"));
        assertNull(atom.selectFirst("entry:has(title:containsOwn(No Picture)) link[rel=enclosure]"));
        assertTrue(site.text("feed.json").contains("\"image\":\"https://example.org/images/ballot.png\""),
                site.text("feed.json"));
        String structured = site.page("world/flood/index.html").selectFirst("script[type=application/ld+json]").data();
        assertTrue(structured.contains("\"image\":[\"https://example.org/world/flood/featured-16x9.jpg\""), structured);
    }

    @Test
    void anImageWithoutAltTextIsAWarningToBuildAndAnErrorToCheckAtItsLine(@TempDir Path dir) {
        TestSite broken = TestSite.in(dir)
                .article("content/world/storm/index.md", "title: Storm\ndate: 2026-01-05", "Text.\n")
                .bytes("content/world/storm/featured.png", ImagesIT.image("png", 2, 2))
                .article("content/world/quake.md", "title: Quake\ndate: 2026-01-05\nimage: /images/q.png", "Text.\n")
                .bytes("content/images/q.png", ImagesIT.image("png", 2, 2));

        TestSite.Run run = broken.build();
        TestSite.Run check = CheckIT.check(broken.root());

        List<String> expected = List.of("content/world/quake.md:4: image has no alt text for readers who cannot see"
                + " the picture: add alt: under image: (or image_alt: beside it) describing it, or write alt: \"\" if"
                + " it is only decorative", "content/world/storm/index.md:1: featured.png beside the article is its"
                + " lead image, but has no alt text for readers who cannot see it: add image_alt: describing it, or"
                + " write image_alt: \"\" if it is only decorative");
        // a build publishes them with a warning (a migrated archive may hold thousands); check fails on them
        assertEquals(0, run.exitCode(), run.toString());
        assertEquals(expected.stream().map(e -> e.replaceFirst(":(\\d+): ", ":$1: warning: ")).toList(),
                run.errLines().subList(0, 2));
        assertEquals("", broken.page("world/quake/index.html").selectFirst("figure.lead-image img").attr("alt"));
        assertEquals(1, check.exitCode(), check.toString());
        // check's report is its standard output
        assertEquals(expected, check.out().lines().filter(l -> l.contains("alt text") && !l.contains(": warning: ")).toList(),
                check::toString);
        TestSite.Run again = CheckIT.check(broken.root()); // from the check's cache: still an error
        assertEquals(1, again.exitCode(), again.toString());
    }
}
