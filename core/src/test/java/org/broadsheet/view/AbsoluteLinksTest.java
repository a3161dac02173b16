package org.broadsheet.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.broadsheet.view.AbsoluteLinks;
import org.junit.jupiter.api.Test;

class AbsoluteLinksTest {

    private static final String PAGE = "https://example.org/news/world/storm/";

    @Test
    void relativeAndSitePathsBecomeAbsolute() {
        assertEquals("<p><a href=\"https://example.org/news/world/other/\">x</a> "
                + "<img src=\"https://example.org/news/world/storm/map.png\" alt=\"Map\"> "
                + "<a href=\"https://example.org/news/about/#team\">y</a></p>",
                AbsoluteLinks.rewrite("<p><a href=\"../other/\">x</a> <img src=\"map.png\" alt=\"Map\"> "
                        + "<a href=\"/news/about/#team\">y</a></p>", PAGE));
    }

    @Test
    void linksWithASchemeAndOtherAttributesAreKept() {
        String html = "<p><a href=\"https://elsewhere.example/a\">a</a> <a href=\"mailto:desk@example.org\">m</a> "
                + "<a data-href=\"x/\" title=\"src=&quot;y&quot;\">t</a> 🚀 <a href=\"\">e</a></p>";
        assertSame(html, AbsoluteLinks.rewrite(html, PAGE));
    }

    @Test
    void ampersandsInQueriesStayEscaped() {
        assertEquals("<a href=\"https://example.org/news/search/?q=a&amp;page=2\">s</a>",
                AbsoluteLinks.rewrite("<a href=\"/news/search/?q=a&amp;page=2\">s</a>", PAGE));
    }

    @Test
    void anAnchorOnTheSamePageNamesThePage() {
        assertEquals("<sup><a href=\"https://example.org/news/world/storm/#fn-1\">1</a></sup>",
                AbsoluteLinks.rewrite("<sup><a href=\"#fn-1\">1</a></sup>", PAGE));
    }

    @Test
    void eachUrlOfASrcsetBecomesAbsoluteWithItsWidth() {
        assertEquals("<img src=\"https://example.org/news/world/storm/map.png\" srcset=\"https://example.org/news/world/"
                + "storm/map-480w.png 480w, https://example.org/news/world/storm/map-800w.png 800w\" sizes=\"42rem\">",
                AbsoluteLinks.rewrite("<img src=\"map.png\" srcset=\"map-480w.png 480w, map-800w.png 800w\" sizes=\"42rem\">",
                        PAGE));
    }
}
