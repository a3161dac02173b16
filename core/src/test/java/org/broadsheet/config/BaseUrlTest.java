package org.broadsheet.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BaseUrlTest {

    private static final String LOCAL = "http://localhost:8080";

    private static String refusal(String text) {
        return assertThrows(IllegalArgumentException.class, () -> BaseUrl.parse(text, LOCAL)).getMessage();
    }

    @Test
    void anOriginAloneServesFromTheRoot() {
        BaseUrl url = BaseUrl.parse("https://example.org", LOCAL);

        assertEquals(new BaseUrl("https://example.org", "/"), url);
        assertEquals("https://example.org/", url.toString());
    }

    @Test
    void aSubPathAlwaysEndsWithASlash() {
        assertEquals(new BaseUrl("https://example.org", "/news/"), BaseUrl.parse("https://example.org/news", LOCAL));
        assertEquals(new BaseUrl("https://example.org", "/news/"), BaseUrl.parse("https://example.org/news/", LOCAL));
        assertEquals(new BaseUrl("https://example.org", "/a/b/"), BaseUrl.parse("https://example.org/a/b", LOCAL));
    }

    @Test
    void schemeAndHostAreLowercased() {
        assertEquals(new BaseUrl("https://example.org", "/News/"), BaseUrl.parse("HTTPS://Example.ORG/News/", LOCAL));
    }

    @Test
    void aPortIsKept() {
        assertEquals("http://localhost:1313", BaseUrl.parse("http://localhost:1313/", LOCAL).origin());
    }

    @Test
    void aBarePathUsesTheFallbackOrigin() {
        assertEquals(new BaseUrl(LOCAL, "/news/"), BaseUrl.parse("/news", LOCAL));
        assertEquals(new BaseUrl(LOCAL, "/"), BaseUrl.parse("/", LOCAL));
    }

    @Test
    void onlyHttpAndHttpsAreAccepted() {
        String message = "must be an http:// or https:// URL such as https://example.org/news/";

        assertEquals(message, refusal("ftp://example.org/"));
        assertEquals(message, refusal("javascript:alert(1)"));
        assertEquals(message, refusal("example.org/news/"));
        assertEquals(message, refusal("//example.org/news/"));
        assertEquals(message, refusal("https:///news/"));
    }

    @Test
    void queriesAndFragmentsAreRefused() {
        assertEquals("must not have a query (?) or fragment (#)", refusal("https://example.org/news/?x=1"));
        assertEquals("must not have a query (?) or fragment (#)", refusal("https://example.org/news/#top"));
    }

    @Test
    void dotDotAndBackslashesAreRefused() {
        assertEquals("path must not contain '..' or '\\'", refusal("https://example.org/news/../admin/"));
        assertEquals("path must not contain '..' or '\\'", refusal("/news/../"));
        assertEquals("path must not contain '..' or '\\'", refusal("/news\\x/"));
    }

    @Test
    void somethingThatIsNotAUrlSaysWhy() {
        String message = refusal("https://exa mple.org/");

        assertTrue(message.startsWith("is not a URL: "), message);
    }

    @Test
    void linksPutTheBasePathInFront() {
        BaseUrl url = BaseUrl.parse("https://example.org/news/", LOCAL);

        assertEquals("/news/world/talks/", url.link("world/talks/"));
        assertEquals("/news/world/talks/", url.link("/world/talks/"));
        assertEquals("/news/", url.link(""));
    }

    @Test
    void absoluteUrlsHaveTheOrigin() {
        BaseUrl url = BaseUrl.parse("https://example.org/news/", LOCAL);

        assertEquals("https://example.org/news/feed.xml", url.absolute("feed.xml"));
        assertEquals("https://example.org/news/", url.absolute(""));
    }

    @Test
    void nonAsciiPathsArePercentEncoded() {
        BaseUrl url = BaseUrl.parse("https://example.org/", LOCAL);

        assertEquals("/world/%D8%A7%D9%84%D9%82%D8%A7%D9%87%D8%B1%D8%A9/", url.link("world/القاهرة/"));
        assertEquals("/tags/s%C3%A3o-paulo/", url.link("tags/são-paulo/"));
        assertEquals("/a%20b/", url.link("a b/"));
    }

    @Test
    void asciiPathsAreNotEncoded() {
        assertEquals("/x/a-b_c.d~e/", BaseUrl.parse("/x/", LOCAL).link("a-b_c.d~e/"));
    }
}
