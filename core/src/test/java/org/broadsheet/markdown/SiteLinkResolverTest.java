package org.broadsheet.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Links and images in rendered bodies: site paths, relative paths, and URLs that must not run script. */
class SiteLinkResolverTest {

    private static final MarkdownRenderer RENDERER = new MarkdownRenderer(true);

    private static Document dom(String markdown, String pagePath) {
        return Jsoup.parseBodyFragment(RENDERER.render(markdown, "/news/", pagePath).html());
    }

    private static String href(String markdown) {
        return href(markdown, "/news/world/");
    }

    private static String href(String markdown, String pagePath) {
        Element link = dom(markdown, pagePath).selectFirst("a");
        assertTrue(link != null, "no link in " + markdown);
        return link.attr("href");
    }

    private static String src(String markdown, String pagePath) {
        return dom(markdown, pagePath).selectFirst("img").attr("src");
    }

    @Test
    void rootRelativeLinksGetTheBasePath() {
        assertEquals("/news/images/x.jpg", href("[photo](/images/x.jpg)"));
        assertEquals("/news/images/x.jpg", src("![photo](/images/x.jpg)", "/news/world/"));
        assertEquals("/news/about/", href("[about](/about/)", ""));
    }

    @Test
    void rootRelativeLinksKeepQueryAndFragment() {
        assertEquals("/news/search/?q=rates#top", href("[s](/search/?q=rates#top)"));
    }

    @Test
    void relativeLinksResolveAgainstThePagePath() {
        assertEquals("/news/world/photo.jpg", href("[p](photo.jpg)"));
        assertEquals("/news/world/photo.jpg", src("![p](photo.jpg)", "/news/world/"));
        assertEquals("/news/world/photo.jpg", href("[p](./photo.jpg)"));
        assertEquals("/news/politics/vote/", href("[v](../politics/vote/)"));
        assertEquals("/news/world/story.md#quotes", href("[q](story.md#quotes)"));
    }

    @Test
    void relativeLinksCannotClimbAboveTheRoot() {
        assertEquals("/etc/passwd", href("[x](../../../../etc/passwd)"));
    }

    @Test
    void relativeLinksStayRelativeWithoutAPagePath() {
        assertEquals("photo.jpg", href("[p](photo.jpg)", ""));
        assertEquals("photo.jpg", src("![p](photo.jpg)", ""));
        assertEquals("../other/", href("[o](../other/)", ""));
    }

    @Test
    void fragmentsQueriesAndProtocolRelativeLinksAreUnchanged() {
        assertEquals("#reaction", href("[r](#reaction)"));
        assertEquals("?page=2", href("[n](?page=2)"));
        assertEquals("//cdn.example.org/x.js", href("[c](//cdn.example.org/x.js)"));
    }

    @Test
    void absoluteUrlsAreUnchanged() {
        assertEquals("https://example.org/a?b=c#d", href("[e](https://example.org/a?b=c#d)"));
        assertEquals("mailto:tips@example.org", href("[m](mailto:tips@example.org)"));
        assertEquals("tel:+58212555", href("[t](tel:+58212555)"));
    }

    @Test
    void javascriptLinksBecomeHash() {
        assertEquals("#", href("[a](javascript:alert(1))"));
        assertEquals("a", dom("[a](javascript:alert(1))", "/news/").selectFirst("a").text());
    }

    @Test
    void javascriptLinksInAnyCaseBecomeHash() {
        assertEquals("#", href("[a](JaVaScRiPt:alert(1))"));
        assertEquals("#", href("[a](vbscript:msgbox(1))"));
        assertEquals("#", href("[a](&#x6A;avascript:alert(1))"));
        assertEquals("#", href("[a](javascript&#58;alert(1))"));
        assertEquals("#", href("[a](&#32;javascript:alert(1))"));
    }

    @Test
    void scriptUrlsHiddenByControlCharactersAreRefused() {
        // Browsers drop tabs and newlines inside a URL and control characters around it.
        for (String markdown : List.of("[a](java&#9;script:alert(1))", "[a](java&#10;script:alert(1))",
                "[a](javas&#13;cript:alert(1))", "[a](&#1;javascript:alert(1))")) {
            for (String pagePath : List.of("", "/news/world/")) {
                String href = href(markdown, pagePath);
                String asBrowsersReadIt = href.replaceAll("[\\t\\n\\r]", "").replaceAll("^[\\x00-\\x20]+", "");
                assertFalse(asBrowsersReadIt.toLowerCase().startsWith("javascript:"), markdown + " -> " + href);
            }
        }
    }

    @Test
    void referenceLinksToScriptBecomeHash() {
        assertEquals("#", href("[a][evil]\n\n[evil]: javascript:alert(1)\n"));
    }

    @Test
    void dataUrlsInLinksBecomeHash() {
        assertEquals("#", href("[a](data:text/html;base64,PHNjcmlwdD4=)"));
        assertEquals("#", href("[a](DATA:image/png;base64,AAAA)"));
    }

    @Test
    void dataImagesStay() {
        assertEquals("data:image/png;base64,iVBORw0KGgo=", src("![dot](data:image/png;base64,iVBORw0KGgo=)", "/news/"));
    }

    @Test
    void dataUrlsThatAreNotImagesAreRefusedAsImages() {
        assertEquals("#", src("![x](data:text/html;base64,PHNjcmlwdD4=)", "/news/"));
        assertEquals("#", src("![x](javascript:alert(1))", "/news/"));
    }

    @Test
    void scriptAutolinksAreNotLive() {
        Document doc = dom("<JaVaScRiPt:alert(1)> and <javascript:alert(1)>", "/news/");

        for (Element link : doc.select("a")) {
            assertEquals("#", link.attr("href"));
        }
        assertFalse(doc.html().toLowerCase().contains("href=\"javascript"), doc.html());
    }

    @Test
    void bracketedTextWithoutAReferenceIsNotALink() {
        Document doc = dom("He said [the minister] was wrong [sic].", "/news/world/");

        assertNull(doc.selectFirst("a"), doc.html());
        assertEquals("He said [the minister] was wrong [sic].", doc.text());
    }

    @Test
    void bracketedTextStaysTextWithoutAPagePathToo() {
        Document doc = dom("See [/about] and [x][nowhere].", "");

        assertNull(doc.selectFirst("a"), doc.html());
        assertEquals("See [/about] and [x][nowhere].", doc.text());
    }

    @Test
    void definedReferenceLinksAreResolved() {
        assertEquals("/news/about/", href("[about][a]\n\n[a]: /about/\n"));
        assertEquals("/news/world/photo.jpg", href("[p][ref]\n\n[ref]: photo.jpg\n"));
    }

    @Test
    void resolveHandlesEachKindOfUrl() {
        assertEquals("/news/x/", SiteLinkResolver.resolve("/x/", "/news/", "/news/world/", false));
        assertEquals("/news/world/y.jpg", SiteLinkResolver.resolve("y.jpg", "/news/", "/news/world/", true));
        assertEquals("y.jpg", SiteLinkResolver.resolve("y.jpg", "/news/", "", true));
        assertEquals("/news/", SiteLinkResolver.resolve("..", "/news/", "/news/world/", false));
        assertEquals("/news/world/", SiteLinkResolver.resolve(".", "/news/", "/news/world/", false));
        assertEquals("", SiteLinkResolver.resolve("", "/news/", "/news/world/", false));
        assertEquals("#", SiteLinkResolver.resolve("javascript:x", "/", "/", true));
        assertEquals("data:image/gif;base64,R0", SiteLinkResolver.resolve("data:image/gif;base64,R0", "/", "/", true));
        assertEquals("#", SiteLinkResolver.resolve("data:image/gif;base64,R0", "/", "/", false));
    }

    @Test
    void aSiteAtTheRootKeepsRootPaths() {
        assertEquals("/images/x.jpg", Jsoup.parseBodyFragment(RENDERER.render("[p](/images/x.jpg)", "/", "/world/").html())
                .selectFirst("a").attr("href"));
    }
}
